#!/usr/bin/env bash
# Drives `waymark tui` in tmux as a person would: set up a profile, read a
# lesson, answer a quiz question, switch language, quick exit; and asserts
# what the screen shows. Waits poll the screen (bounded, 10 s per step) for
# the text to appear; nothing sleeps a fixed time. Needs tmux.
set -uo pipefail
cd "$(dirname "$0")/.."

cargo build -q -p waymark-cli
BIN=$PWD/target/debug/waymark
DIR=$(mktemp -d)
S=waymark-tui-$$
cleanup() { tmux kill-session -t "$S" 2>/dev/null; rm -rf "$DIR"; }
trap cleanup EXIT

passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok   $1"; }
bad() { failed=$((failed + 1)); echo "FAIL $1"; tmux capture-pane -p -t "$S" 2>/dev/null | head -30; }

# expect TEXT DESCRIPTION: the screen shows TEXT within 10 s.
expect() {
    for _ in $(seq 1 100); do
        if tmux capture-pane -p -t "$S" 2>/dev/null | grep -qF -- "$1"; then
            ok "$2"
            return 0
        fi
        sleep 0.1
    done
    bad "$2 (expected: $1)"
}

tmux new-session -d -s "$S" -x 110 -y 40 "LANG=C.UTF-8 $BIN --data-dir $DIR/p --locale en tui"
expect "Set up Waymark" "the set-up screen comes first"
tmux send-keys -t "$S" 2468 Enter 2468 Enter
expect "Welcome back." "set-up leads home"
tmux send-keys -t "$S" Enter
expect "0 of 8 lessons done" "the lesson list"
tmux send-keys -t "$S" Enter
expect "What the words mean" "a lesson's text"
tmux send-keys -t "$S" Enter
expect "Question 1 of 5" "the quiz"
tmux send-keys -t "$S" Down Enter
expect "Correct" "feedback for the answer"
tmux send-keys -t "$S" F2
expect "ข้อที่ 1 จาก 5" "the language key switches to Thai"
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

echo "tui: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
