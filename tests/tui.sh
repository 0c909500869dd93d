#!/usr/bin/env bash
# Drives `waymark tui` in tmux as a person would: set up a profile, read a
# lesson, answer a quiz question, switch language, write to the test hotline
# through the in-process relay and see the message sent, quick exit; then
# go on with the quiz where it stopped, see its result and retake it, filter
# the directory by country and language, and open a search result; and
# asserts what the screen shows. Against a relay that never answers:
# backup, restore and sync show their progress, Esc stops them, and quick exit
# during a backup acts at once. At 80×24 the selected item is on screen
# ("Erase now" when chosen and armed), and at 60×9 settings, backup and
# SOS scroll to their selected item. Then, in Thai, Burmese, Khmer and Lao, checks that every
# bordered row has its right border in the same column (the terminal's own
# width for each character), and that quick exit shows the calculator
# disguise; that focus (the terminal's lifecycle) follows the core's auto-lock
# rule; and change PIN, the second PIN, the erase policy and SOS history
# (with the decoy). Against a relay process: a reply the hotline sends shows
# up in the open conversation without a key press (the app redraws when the
# core reports a change, and syncs when the core says a sync is due). Waits
# poll the screen (bounded) for the text to appear; nothing sleeps a fixed
# time. Needs tmux and python3.
set -uo pipefail
cd "$(dirname "$0")/.."

cargo build -q -p waymark-cli -p waymark-server
BIN=${CARGO_TARGET_DIR:-$PWD/target}/debug/waymark
case $BIN in /*) ;; *) BIN=$PWD/$BIN ;; esac
SERVER=$(dirname "$BIN")/waymark-server
DIR=$(mktemp -d)
S=waymark-tui-$$
# The classroom entry comes right after the lessons: one Down per lesson.
TO_CLASSROOM=$(for _ in content/lessons/*.json; do printf "Down "; done)
HANG_PID=
RELAY_PID=
# The auto-lock check runs on its own tmux server (focus reports are a
# server option) with one attached client.
L=waymark-autolock-$$
CLIENT_PID=
cleanup() {
    tmux kill-session -t "$S" 2>/dev/null
    [ -n "$HANG_PID" ] && kill "$HANG_PID" 2>/dev/null
    [ -n "$RELAY_PID" ] && kill "$RELAY_PID" 2>/dev/null
    [ -n "$CLIENT_PID" ] && kill "$CLIENT_PID" 2>/dev/null
    tmux -L "$L" kill-server 2>/dev/null
    rm -rf "$DIR"
}
trap cleanup EXIT

passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok   $1"; }
bad() { failed=$((failed + 1)); echo "FAIL $1"; tmux capture-pane -p -t "$S" 2>/dev/null | head -30; }

# expect TEXT DESCRIPTION [SECONDS]: the screen shows TEXT within 10 s (or SECONDS).
expect() {
    for _ in $(seq 1 $((${3:-10} * 10))); do
        if tmux capture-pane -p -t "$S" 2>/dev/null | grep -qF -- "$1"; then
            ok "$2"
            return 0
        fi
        sleep 0.1
    done
    bad "$2 (expected: $1)"
}

# gone TEXT DESCRIPTION: the screen stops showing TEXT within 10 s.
gone() {
    for _ in $(seq 1 100); do
        if ! tmux capture-pane -p -t "$S" 2>/dev/null | grep -qF -- "$1"; then
            ok "$2"
            return 0
        fi
        sleep 0.1
    done
    bad "$2 (still shown: $1)"
}

tmux new-session -d -s "$S" -x 110 -y 40 "LANG=C.UTF-8 $BIN --data-dir $DIR/p --locale en tui"
expect "Set up Waymark" "the set-up screen comes first"
tmux send-keys -t "$S" 2468 Enter 2468 Enter
expect "Welcome back." "set-up leads home"
tmux send-keys -t "$S" Enter
expect "0 of 15 lessons done" "the lesson list"
tmux send-keys -t "$S" Enter
expect "What the words mean" "a lesson's text"
tmux send-keys -t "$S" Enter
expect "Question 1 of 5" "the quiz"
tmux send-keys -t "$S" Down Enter
expect "Correct" "feedback for the answer"
tmux send-keys -t "$S" F2
expect "ข้อที่ 1 จาก 5" "the language key switches to Thai"
# Eight more presses go round the nine languages back to English.
tmux send-keys -t "$S" F2 F2 F2 F2 F2 F2 F2 F2
expect "Question 1 of 5" "the language key comes back to English"
# One Escape at a time: two at once can read as Alt-Escape.
tmux send-keys -t "$S" Escape
expect "Start the quiz" "Escape goes back to the lesson"
tmux send-keys -t "$S" Escape
expect "lessons done" "Escape goes back to the lesson list"
# Classroom mode: the entry after the lessons, a session with a hand
# count, the answer on closing, then Escape ends it.
# shellcheck disable=SC2086 # one Down per lesson
tmux send-keys -t "$S" $TO_CLASSROOM Enter
expect "Classroom mode stores nothing about students" "classroom mode says it stores nothing"
tmux send-keys -t "$S" Enter
expect "Before the lesson · Step 1 of" "a classroom session starts with the pre-test"
tmux send-keys -t "$S" + + Down +
expect "3 hands counted" "raised hands are counted"
tmux send-keys -t "$S" Enter
expect "The right answer:" "closing a question shows the right answer"
expect "Classroom mode stores nothing about students" "the session step says it stores nothing"
tmux send-keys -t "$S" Escape
expect "Before the lesson: 5 quiz questions" "Escape ends the session"
tmux send-keys -t "$S" Escape
expect "lessons done" "and goes back to the lesson list"
tmux send-keys -t "$S" Escape
expect "Write to a hotline" "home offers quiet contact"
expect "Backup and restore" "home offers backup"
tmux send-keys -t "$S" Down Down Down Down Down Enter
expect "Waymark test hotline" "the quiet-contact list offers the test hotline"
tmux send-keys -t "$S" Enter
expect "This is a test hotline" "the conversation says it is a test hotline"
expect "Only the hotline can read these messages" "the conversation shows the privacy note"
tmux send-keys -t "$S" -l "Hello from the terminal test"
expect "Hello from the terminal test▏" "the compose line shows what is typed"
tmux send-keys -t "$S" Enter
expect "You: Hello from the terminal test" "the message is in the conversation"
# Sync runs in the background against the in-process relay; the status
# changes on screen by itself.
expect "You: Hello from the terminal test  [Sent]" "the message status becomes Sent" 30
tmux send-keys -t "$S" C-x
gone=no
for _ in $(seq 1 100); do
    if ! tmux has-session -t "$S" 2>/dev/null; then gone=yes; break; fi
    sleep 0.1
done
[ "$gone" = yes ] && ok "quick exit leaves the app" || bad "quick exit leaves the app"

state=$("$BIN" --data-dir "$DIR/p" --json status | python3 -c 'import json,sys; print(json.load(sys.stdin)["state"])')
[ "$state" = locked ] && ok "the profile is locked after quick exit" || bad "profile state is $state"
correct=$(WAYMARK_PIN=2468 "$BIN" --data-dir "$DIR/p" --json quiz what-is-trafficking --result |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["correct"])')
[ "$correct" = 1 ] && ok "the quiz answer was kept, sealed" || bad "quiz result is $correct"
status=$(WAYMARK_PIN=2468 "$BIN" --data-dir "$DIR/p" --json message list |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["conversations"][0]["status"])')
case $status in sent | delivered | replied) ok "the message left the phone ($status)" ;;
*) bad "message status is $status" ;; esac

# A reply appears by itself: a relay process, the hotline's operator tools
# answering, and no key pressed while the conversation waits for it. The
# core polls the reply mailbox on its own schedule (docs/protocol.md), so
# this waits up to three minutes.
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
RELAY_DB="sqlite:$DIR/relay.db"
"$SERVER" serve --db "$RELAY_DB" --listen "127.0.0.1:$PORT" --quiet >/dev/null 2>&1 &
RELAY_PID=$!
python3 -c '
import sys, time, urllib.request
for _ in range(300):
    try:
        urllib.request.urlopen(sys.argv[1] + "/v1/health", timeout=1)
        sys.exit(0)
    except OSError:
        time.sleep(0.1)
sys.exit(1)
' "http://127.0.0.1:$PORT" && ok "a relay process listens" || bad "the relay process did not start"
tmux kill-session -t "$S" 2>/dev/null
tmux new-session -d -s "$S" -x 110 -y 40 "LANG=C.UTF-8 $BIN --data-dir $DIR/answered --locale en --relay http://127.0.0.1:$PORT tui"
expect "Set up Waymark" "reply: the set-up screen"
tmux send-keys -t "$S" 2468 Enter 2468 Enter
expect "Welcome back." "reply: home"
tmux send-keys -t "$S" Down Down Down Down Down Enter
expect "Waymark test hotline" "reply: quiet contact"
tmux send-keys -t "$S" Enter
expect "Only the hotline can read these messages" "reply: the conversation"
tmux send-keys -t "$S" -l "Is anyone there?"
tmux send-keys -t "$S" Enter
expect "You: Is anyone there?  [Sent]" "reply: the message is sent" 30
operator() { "$SERVER" "$@" --db "$RELAY_DB" --key keys/dev-hotline.key.hex --json; }
id=$(operator inbox | python3 -c 'import json,sys; print(json.load(sys.stdin)["messages"][0]["id"])')
echo "Yes. We are here to help." | operator reply --to "$id" >/dev/null &&
    ok "the hotline answers" || bad "the operator could not answer"
expect "Yes. We are here to help." "the reply appears without a key press" 180
tmux send-keys -t "$S" C-x
for _ in $(seq 1 20); do tmux has-session -t "$S" 2>/dev/null || break; sleep 0.1; done
kill "$RELAY_PID" 2>/dev/null
RELAY_PID=


# The quiz goes on where it stopped (the core says where it starts), its
# result shows the right answers, and a retake starts over; the directory
# filters by country and language together; a search result opens the
# entry it found.
tmux kill-session -t "$S" 2>/dev/null
tmux new-session -d -s "$S" -x 110 -y 40 "LANG=C.UTF-8 $BIN --data-dir $DIR/p --locale en tui"
expect "Enter your PIN" "again: unlock"
tmux send-keys -t "$S" 2468 Enter
expect "Ctrl-X Quick exit" "home names quick exit itself"
tmux send-keys -t "$S" Enter Enter
expect "Start the quiz" "again: the first lesson"
tmux send-keys -t "$S" Enter
expect "Question 2 of 5" "the quiz goes on at the first question not answered"
# Option a to questions 2 to 5: two of five right in all.
tmux send-keys -t "$S" Enter Enter Enter Enter Enter Enter Enter Enter
expect "You answered 2 of 5 questions correctly." "the quiz result"
expect "Your answer: a)" "the result shows a wrong answer"
expect "The right answer: c)" "and the right one"
tmux send-keys -t "$S" Enter
expect "Question 1 of 5" "a retake starts at the first question"
gone "Your answer: a)" "the retake leaves the result"
gone "Correct" "the retaken question is not answered yet"
tmux send-keys -t "$S" Escape
expect "Start the quiz" "back to the lesson after the retake"
tmux send-keys -t "$S" Escape
expect "lessons done" "back to the lesson list"
tmux send-keys -t "$S" Escape
expect "Welcome back." "and home"
tmux send-keys -t "$S" Down Down Down Enter
expect "▸ Country: ◂ All ▸" "the directory starts unfiltered"
tmux send-keys -t "$S" Right
expect "▸ Country: ◂ Thailand ▸" "→ chooses a country"
expect "1300 Social Assistance Center (Prachabodi) — Thailand" "a Thai line is listed"
tmux send-keys -t "$S" Down Right Right Right
expect "▸ Language: ◂ မြန်မာ ▸" "→ chooses a language too"
expect "1694 migrant worker hotline — Thailand" "the line that speaks Burmese in Thailand stays"
gone "1300 Social Assistance Center (Prachabodi) — Thailand" "a line without Burmese goes"
expect "Call: 1694" "each number is a labelled action"
tmux send-keys -t "$S" Escape
expect "Welcome back." "home from the directory"
tmux send-keys -t "$S" Down Enter
expect "Search" "the search screen"
tmux send-keys -t "$S" -l "1300"
expect "[Hotline] 1300 Social Assistance Center (Prachabodi)" "search finds the hotline"
tmux send-keys -t "$S" Enter
expect "▸ 1300 Social Assistance Center (Prachabodi) — Thailand" "the result opens the directory at that line"
tmux send-keys -t "$S" C-x
for _ in $(seq 1 20); do tmux has-session -t "$S" 2>/dev/null || break; sleep 0.1; done

# msg LOCALE ID: a one-line message as the locale's file has it.
msg() { grep -h "^$2 = " locales/"$1"/*.ftl | head -1 | sed "s/^$2 = //"; }

# A relay that takes connections and never answers.
python3 -c '
import socket, sys
s = socket.socket()
s.bind(("127.0.0.1", 0))
s.listen(64)
print(s.getsockname()[1], flush=True)
held = []
while True:
    held.append(s.accept()[0])
' >"$DIR/hang.port" &
HANG_PID=$!
for _ in $(seq 1 50); do [ -s "$DIR/hang.port" ] && break; sleep 0.1; done
HANG="http://127.0.0.1:$(cat "$DIR/hang.port")"

tmux kill-session -t "$S" 2>/dev/null
tmux new-session -d -s "$S" -x 80 -y 24 "LANG=C.UTF-8 $BIN --data-dir $DIR/slow --locale en --relay $HANG tui"
expect "Set up Waymark" "slow relay: the set-up screen"
tmux send-keys -t "$S" 2468 Enter 2468 Enter
expect "Welcome back." "slow relay: home"
tmux send-keys -t "$S" Down Down Down Down Down Down Down Down Down Down Enter
expect "$(msg en backup-now)" "slow relay: the backup screen"
tmux send-keys -t "$S" Enter
expect "$(msg en backup-working)" "a backup shows its progress"
tmux send-keys -t "$S" Escape
expect "$(msg en error-cancelled)" "Esc stops the backup" 2
gone "$(msg en backup-working)" "the stopped backup shows no progress"
# Any 24 letters and digits of the code alphabet make a recovery code.
tmux send-keys -t "$S" Down
tmux send-keys -t "$S" -l "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF"
tmux send-keys -t "$S" Enter
expect "$(msg en restore-working)" "a restore shows its progress"
gone "$(msg en error-cancelled)" "the last result gives way to the progress"
tmux send-keys -t "$S" Escape
expect "$(msg en error-cancelled)" "Esc stops the restore" 2
gone "$(msg en restore-working)" "the stopped restore shows no progress"
tmux send-keys -t "$S" Escape
expect "Welcome back." "a second Esc leaves the backup screen"
tmux send-keys -t "$S" Up Up Up Up Up Enter
expect "$(msg en sync-running)" "quiet contact shows the sync running"
tmux send-keys -t "$S" Escape
expect "$(msg en error-cancelled)" "Esc stops the sync" 2
tmux send-keys -t "$S" Escape
expect "Welcome back." "a second Esc leaves quiet contact"
tmux send-keys -t "$S" Down Down Down Down Down Enter
expect "$(msg en backup-now)" "the backup screen again"
tmux send-keys -t "$S" Enter
expect "$(msg en backup-working)" "another backup is on its way"
tmux send-keys -t "$S" C-x
gone=no
for _ in $(seq 1 20); do
    if ! tmux has-session -t "$S" 2>/dev/null; then gone=yes; break; fi
    sleep 0.1
done
[ "$gone" = yes ] && ok "quick exit during a backup leaves within 2 s" ||
    bad "quick exit during a backup leaves within 2 s"
state=$("$BIN" --data-dir "$DIR/slow" --json status | python3 -c 'import json,sys; print(json.load(sys.stdin)["state"])')
[ "$state" = locked ] && ok "the profile is locked after quick exit during a backup" ||
    bad "profile state is $state"

# The selected item is always on screen: at 80×24, "Erase now" when it is
# chosen and when it is armed.
tmux kill-session -t "$S" 2>/dev/null
tmux new-session -d -s "$S" -x 80 -y 24 "LANG=C.UTF-8 $BIN --data-dir $DIR/slow --locale en --relay $HANG tui"
expect "Enter your PIN" "80×24: unlock"
tmux send-keys -t "$S" 2468 Enter
expect "Welcome back." "80×24: home"
tmux send-keys -t "$S" Down Down Down Down Down Down Down Down Down Enter
expect "$(msg en disguise-calculator)" "80×24: the safety screen"
# Change PIN, the second PIN, the erase policy, four disguises, Erase now.
tmux send-keys -t "$S" Down Down Down Down Down Down Down
expect "▸ $(msg en wipe-confirm)" "80×24: Erase now is on screen when chosen"
tmux send-keys -t "$S" Enter
expect "▸ ⚠ $(msg en wipe-confirm) ⏎" "80×24: Erase now is on screen when armed"
tmux send-keys -t "$S" Up Up Up Up
expect "▸ ● Waymark" "80×24: going back up shows the first disguise"
tmux send-keys -t "$S" C-x
for _ in $(seq 1 20); do tmux has-session -t "$S" 2>/dev/null || break; sleep 0.1; done

# At 60×9 (five rows of text) settings, backup and SOS do not fit: they
# scroll to what is selected.
tmux kill-session -t "$S" 2>/dev/null
tmux new-session -d -s "$S" -x 60 -y 9 "LANG=C.UTF-8 $BIN --data-dir $DIR/slow --locale en --relay $HANG tui"
expect "Enter your PIN" "60×9: unlock"
tmux send-keys -t "$S" 2468 Enter
tmux send-keys -t "$S" Down Down Down Down Down Down Down Down Down Down Down
expect "▸ $(msg en menu-settings)" "60×9: home scrolls to its last item"
tmux send-keys -t "$S" Enter
expect "▸ $(msg en settings-language)" "60×9: settings"
tmux send-keys -t "$S" Down Down Down Down
expect "▸ $(msg en form-cancel)" "60×9: settings scroll to the last item"
tmux send-keys -t "$S" Up Up Up Up
expect "▸ $(msg en settings-language)" "60×9: and back to the first"
tmux send-keys -t "$S" Escape
expect "▸ $(msg en menu-settings)" "60×9: back home"
tmux send-keys -t "$S" Up Enter
expect "▸ ⏎ $(msg en backup-now)" "60×9: backup"
tmux send-keys -t "$S" Down
expect "▸ ⌨" "60×9: backup scrolls to the recovery-code field"
tmux send-keys -t "$S" Escape
expect "▸ $(msg en menu-backup)" "60×9: home again"
tmux send-keys -t "$S" Up Up Up Enter
expect "▸ ⏎ $(msg en sos-title)" "60×9: SOS scrolls to its action"
tmux send-keys -t "$S" C-x
for _ in $(seq 1 20); do tmux has-session -t "$S" 2>/dev/null || break; sleep 0.1; done

# absent TEXT DESCRIPTION: the screen does not show TEXT (call it after an
# expect, so the screen is drawn).
absent() {
    if tmux capture-pane -p -t "$S" 2>/dev/null | grep -qF -- "$1"; then
        bad "$2 (shown: $1)"
    else
        ok "$2"
    fi
}

# leave: once home is drawn, quits and waits until the app has ended.
leave() {
    for _ in $(seq 1 100); do
        tmux capture-pane -p -t "$S" 2>/dev/null | grep -qF "Welcome back." && break
        sleep 0.1
    done
    tmux send-keys -t "$S" q
    for _ in $(seq 1 50); do tmux has-session -t "$S" 2>/dev/null || break; sleep 0.1; done
}

# The safety flows: change PIN, a trusted contact and an SOS practice in
# the history, the second PIN set, the erase policy; the decoy the second
# PIN opens shows neither the second PIN nor the real history; then the
# second PIN removed. The core's state is checked from the command line.
F=$DIR/flows
tmux kill-session -t "$S" 2>/dev/null
tmux new-session -d -s "$S" -x 100 -y 40 "LANG=C.UTF-8 $BIN --data-dir $F --locale en tui"
expect "Set up Waymark" "flows: set-up"
tmux send-keys -t "$S" 2468 Enter 2468 Enter
expect "Welcome back." "flows: home"
tmux send-keys -t "$S" Down Down Down Down Down Down Down Down Down Enter
expect "▸ $(msg en change-pin-title)" "the safety screen starts on change PIN"
tmux send-keys -t "$S" Enter
expect "$(msg en change-pin-current)" "the change-PIN form"
tmux send-keys -t "$S" -l 2468
tmux send-keys -t "$S" Enter
tmux send-keys -t "$S" -l 97531
tmux send-keys -t "$S" Enter
tmux send-keys -t "$S" -l 97532
tmux send-keys -t "$S" Enter Enter
expect "$(msg en error-pins-differ)" "change PIN: entries that differ are refused, localized"
expect "$(msg en change-pin-new): •••••" "change PIN: the PIN shows as dots and is kept"
tmux send-keys -t "$S" Up BSpace
tmux send-keys -t "$S" -l 1
tmux send-keys -t "$S" Enter Enter
expect "$(msg en change-pin-done)" "change PIN: done"
tmux send-keys -t "$S" Down Enter
expect "$(msg en duress-state-off)" "the second-PIN form says none is set"
tmux send-keys -t "$S" -l 97531
tmux send-keys -t "$S" Enter
tmux send-keys -t "$S" -l 1357
tmux send-keys -t "$S" Enter
tmux send-keys -t "$S" -l 1357
tmux send-keys -t "$S" Enter Down Enter
expect "$(msg en duress-set-done)" "the second PIN is set"
tmux send-keys -t "$S" Down Enter
expect "▸ ● $(msg en policy-wipe-off)" "the erase policy starts off"
tmux send-keys -t "$S" Down Enter
expect "● Erase everything after 10 wrong PINs in a row." "the erase policy is set to 10"
tmux send-keys -t "$S" Escape
expect "▸ Erase everything after 10 wrong PINs in a row." "the safety screen shows the policy"
tmux send-keys -t "$S" Escape
expect "Welcome back." "flows: home again"
tmux send-keys -t "$S" Up Up Up Enter
expect "$(msg en contact-add)" "flows: contacts"
tmux send-keys -t "$S" Enter
tmux send-keys -t "$S" -l "Anna"
tmux send-keys -t "$S" Enter
tmux send-keys -t "$S" -l "+66812345678"
tmux send-keys -t "$S" Enter Enter Enter Enter Space Down Enter
expect "$(msg en contact-saved)" "a trusted contact is saved"
tmux send-keys -t "$S" Escape
expect "Welcome back." "flows: home once more"
tmux send-keys -t "$S" Down Enter
expect "▸ ⏎ $(msg en sos-title)" "the SOS screen"
tmux send-keys -t "$S" p
expect "Ready to send to 1" "an SOS practice"
tmux send-keys -t "$S" Escape
expect "Welcome back." "flows: home after the practice"
tmux send-keys -t "$S" Enter Down Down Enter
expect "practice with one trusted person" "SOS history shows the practice"
tmux send-keys -t "$S" Escape
expect "▸ $(msg en sos-history-title)" "Esc goes back to the SOS screen"
tmux send-keys -t "$S" Escape
expect "Welcome back." "flows: home before the backup"
# code: the recovery code on screen (the line under its title).
code() { tmux capture-pane -p -t "$S" | grep -A1 -F "$(msg en backup-code-title)" | tail -1 | tr -d '│ '; }
tmux send-keys -t "$S" Down Down Down Enter
expect "$(msg en backup-now)" "flows: the backup screen"
absent "$(msg en backup-new-code)" "no new-code action before there is a code"
tmux send-keys -t "$S" Enter
expect "$(msg en backup-done)" "the first backup is saved" 30
expect "$(msg en backup-code-title)" "the first backup shows its recovery code"
first=$(code)
tmux send-keys -t "$S" Down
expect "▸ ⏎ $(msg en backup-new-code)" "a new recovery code is offered once there is one"
tmux send-keys -t "$S" Enter
second=$first
for _ in $(seq 1 300); do
    second=$(code)
    [ "$second" != "$first" ] && break
    sleep 0.1
done
[ -n "$first" ] && [ -n "$second" ] && [ "$first" != "$second" ] &&
    ok "the new recovery code differs from the first" ||
    bad "recovery codes: first '$first', then '$second'"
tmux send-keys -t "$S" Escape
leave

tmux new-session -d -s "$S" -x 100 -y 40 "LANG=C.UTF-8 $BIN --data-dir $F --locale en tui"
expect "Enter your PIN" "decoy: unlock"
tmux send-keys -t "$S" 1357 Enter
expect "Welcome back." "decoy: home"
tmux send-keys -t "$S" Down Down Down Down Down Down Down Down Down Enter
expect "▸ $(msg en change-pin-title)" "decoy: the safety screen"
absent "$(msg en duress-title)" "decoy: the safety screen says nothing of a second PIN"
tmux send-keys -t "$S" Down
expect "▸ Erase everything after 10 wrong PINs in a row." "decoy: the next entry is the erase policy"
tmux send-keys -t "$S" Escape
expect "Welcome back." "decoy: back home"
tmux send-keys -t "$S" Up Up Enter Down Down Enter
expect "$(msg en sos-history-empty)" "decoy: SOS history is empty"
tmux send-keys -t "$S" Escape
expect "▸ $(msg en sos-history-title)" "decoy: back to SOS"
tmux send-keys -t "$S" Escape
leave

tmux new-session -d -s "$S" -x 100 -y 40 "LANG=C.UTF-8 $BIN --data-dir $F --locale en tui"
expect "Enter your PIN" "flows: unlock with the new PIN"
tmux send-keys -t "$S" 97531 Enter
expect "Welcome back." "flows: home with the new PIN"
tmux send-keys -t "$S" Down Down Down Down Down Down Down Down Down Enter Down Enter
expect "$(msg en duress-state-on)" "the second-PIN form says one is set"
tmux send-keys -t "$S" -l 97531
tmux send-keys -t "$S" Down Down Down Down Down Enter
expect "▸ ⚠ $(msg en duress-remove) ⏎" "removing the second PIN asks once more"
tmux send-keys -t "$S" Enter
expect "$(msg en duress-removed)" "the second PIN is removed"
tmux send-keys -t "$S" Escape
leave

cli_check() {
    local got
    got=$(eval "$2")
    [ "$got" = "$3" ] && ok "$1" || bad "$1 (got $got, want $3)"
}
cli_check "the old PIN no longer opens the profile" \
    "WAYMARK_PIN=2468 $BIN --data-dir $F --json unlock >/dev/null 2>&1; echo \$?" 3
cli_check "the removed second PIN no longer opens anything" \
    "WAYMARK_PIN=1357 $BIN --data-dir $F --json unlock >/dev/null 2>&1; echo \$?" 3
cli_check "the erase policy is kept" \
    "WAYMARK_PIN=97531 $BIN --data-dir $F --json policy | python3 -c 'import json,sys; print(json.load(sys.stdin)[\"safety\"][\"wipe_after\"])'" 10
cli_check "the SOS history holds the practice" \
    "WAYMARK_PIN=97531 $BIN --data-dir $F --json sos --history | python3 -c 'import json,sys; h=json.load(sys.stdin)[\"history\"]; print(len(h), h[0][\"practice\"])'" "1 True"

# borders WHAT: every row of every box on screen has its right border in
# the pane's last column, counting each character as the terminal does
# (wcwidth: combining marks and vowel signs take no column).
borders() {
    local out
    out=$(tmux capture-pane -p -t "$S" | python3 -c '
import ctypes, locale, sys
locale.setlocale(locale.LC_ALL, "C.UTF-8")
libc = ctypes.CDLL("libc.so.6")
def width(c): return max(libc.wcwidth(ctypes.c_wchar(c)), 0)
want = int(sys.argv[1]) - 1
rows = [l for l in sys.stdin.read().split("\n") if l[:1] in ("│", "┌", "└")]
bad = []
for n, line in enumerate(rows):
    col, last = 0, None
    for ch in line:
        if ch in "│┐┘": last = col
        col += width(ch)
    if last != want: bad.append("row %d: right border at %s, not %d" % (n, last, want))
print("; ".join(bad[:3]) if bad else "ok %d rows" % len(rows))
' 100)
    case $out in ok*) ok "$1: right borders line up ($out)" ;; *) bad "$1: $out" ;; esac
}

for loc in th my km lo; do
    tmux kill-session -t "$S" 2>/dev/null
    tmux new-session -d -s "$S" -x 100 -y 30 "LANG=C.UTF-8 $BIN --data-dir $DIR/$loc --locale $loc tui"
    expect "$(msg $loc setup-pin-label)" "$loc: the set-up screen"
    borders "$loc set-up"
    tmux send-keys -t "$S" 2468 Enter 2468 Enter
    expect "$(msg $loc menu-quiet)" "$loc: home"
    borders "$loc home"
    tmux send-keys -t "$S" Enter
    expect "$(msg $loc lessons-title)" "$loc: lesson list"
    tmux send-keys -t "$S" Enter
    expect "$(msg $loc lesson-quiz-start)" "$loc: a lesson"
    borders "$loc lesson"
    tmux send-keys -t "$S" Escape
    expect "$(msg $loc lessons-intro | cut -c1-12)" "$loc: back to the lesson list"
    # shellcheck disable=SC2086
    tmux send-keys -t "$S" $TO_CLASSROOM Enter
    expect "$(msg $loc classroom-title)" "$loc: classroom mode"
    borders "$loc classroom mode"
    tmux send-keys -t "$S" Enter
    expect "$(msg $loc classroom-end)" "$loc: a classroom session"
    borders "$loc classroom session"
    tmux send-keys -t "$S" Escape
    expect "$(msg $loc classroom-intro | cut -c1-12)" "$loc: the session ended"
    tmux send-keys -t "$S" Escape
    expect "$(msg $loc lessons-intro | cut -c1-12)" "$loc: back to the lesson list again"
    tmux send-keys -t "$S" Escape
    expect "$(msg $loc menu-quiet)" "$loc: back home"
    tmux send-keys -t "$S" Down Down Down Down Down Enter
    expect "$(msg $loc quiet-hotlines-title)" "$loc: quiet contact"
    borders "$loc quiet contact"
    tmux send-keys -t "$S" Enter
    expect "$(msg $loc quiet-compose-hint)" "$loc: a conversation"
    borders "$loc conversation"
    # Esc would stop a sync still running rather than leave.
    gone "$(msg $loc sync-running)" "$loc: the sync has ended"
    tmux send-keys -t "$S" Escape
    expect "$(msg $loc quiet-hotlines-title)" "$loc: back to quiet contact"
    gone "$(msg $loc sync-running)" "$loc: no sync running on quiet contact"
    tmux send-keys -t "$S" Escape
    expect "$(msg $loc menu-quiet)" "$loc: back home again"
    tmux send-keys -t "$S" Down Enter
    expect "$(msg $loc contact-add)" "$loc: emergency contacts"
    tmux send-keys -t "$S" Enter
    expect "$(msg $loc contact-channel)" "$loc: the contact form"
    borders "$loc contact form"
    tmux send-keys -t "$S" Escape
    expect "$(msg $loc contacts-title)" "$loc: back to the contacts"
    tmux send-keys -t "$S" Escape
    expect "$(msg $loc menu-quiet)" "$loc: home once more"
    tmux send-keys -t "$S" Down Down Down Enter
    expect "$(msg $loc disguise-calculator)" "$loc: safety settings"
    borders "$loc safety"
    # The calculator disguise (after change PIN, the second PIN, the erase
    # policy and the first disguise), then quick exit shows it.
    tmux send-keys -t "$S" Down Down Down Down Enter
    expect "● $(msg $loc disguise-calculator)" "$loc: the calculator disguise is chosen"
    tmux send-keys -t "$S" C-x
    expect "0-9 . + - * / = ⌫ c" "$loc: quick exit shows the calculator disguise"
    borders "$loc calculator"
done

# Auto-lock: the terminal's focus is the app's lifecycle. An attached
# client on a private server switches to another window and back: a short
# absence leaves the profile open; one past the core's grace (5 s, polled,
# not slept) locks it while away, and coming back shows the PIN screen.
if command -v script >/dev/null; then
    lshow() { tmux -L "$L" capture-pane -p -t A:0 2>/dev/null | grep -qF -- "$1"; }
    lexpect() {
        for _ in $(seq 1 $((${3:-10} * 10))); do
            if lshow "$1"; then ok "$2"; return 0; fi
            sleep 0.1
        done
        bad "$2 (expected: $1)"
        tmux -L "$L" capture-pane -p -t A:0 2>/dev/null | head -10
    }
    tmux -L "$L" -f /dev/null new-session -d -s A -x 100 -y 30 \
        "LANG=C.UTF-8 $BIN --data-dir $DIR/autolock --locale en tui"
    tmux -L "$L" set -g focus-events on
    lexpect "Set up Waymark" "auto-lock: set-up"
    tmux -L "$L" send-keys -t A:0 2468 Enter 2468 Enter
    lexpect "Welcome back." "auto-lock: home"
    script -qfc "tmux -L $L attach -t A" /dev/null >/dev/null 2>&1 &
    CLIENT_PID=$!
    for _ in $(seq 1 50); do
        tmux -L "$L" list-clients 2>/dev/null | grep -q . && break
        sleep 0.1
    done
    tmux -L "$L" new-window -d -t A:1
    tmux -L "$L" select-window -t A:1
    tmux -L "$L" select-window -t A:0
    tmux -L "$L" send-keys -t A:0 Enter
    lexpect "lessons done" "auto-lock: a moment away leaves the profile open"
    tmux -L "$L" send-keys -t A:0 Escape
    lexpect "Welcome back." "auto-lock: home again"
    tmux -L "$L" select-window -t A:1
    for _ in $(seq 1 150); do
        lshow "Enter your PIN" && break
        sleep 0.1
    done
    tmux -L "$L" select-window -t A:0
    lexpect "Enter your PIN" "auto-lock: away past the grace locks the profile"
    absent_l() { lshow "$1" && bad "$2 (shown: $1)" || ok "$2"; }
    absent_l "Welcome back." "auto-lock: nothing of the profile stays on screen"
    kill "$CLIENT_PID" 2>/dev/null
    CLIENT_PID=
    tmux -L "$L" kill-server 2>/dev/null
else
    echo "skip auto-lock: no script(1) to attach a client"
fi

echo "tui: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
