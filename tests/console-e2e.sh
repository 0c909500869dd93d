#!/usr/bin/env bash
# The hotline console end to end (issue #14, "Done means"), first on SQLite
# with one relay, then on PostgreSQL with two relay processes sharing one
# database (tests/pg-cluster.sh): a Burmese message written with the phone
# CLI while the relay is unreachable is queued, then synced; in headless
# Chromium (playwright-core, console/e2e/flow.mjs) an admin invited with
# `waymark-server console-invite` imports keys/dev-hotline.key.hex, invites
# and grants operators A and B and saves a Burmese canned reply; A sees the
# message decrypted with its language and assigns it to B; B (on the
# second relay with PostgreSQL) answers with the canned reply; the phone
# shows the reply and "replied"; the admin removes A (old session 401, no
# sign-in); retention deletes the closed conversation and the phone's next
# sync is quiet. Then the relays' database files (SQLite db, -wal, -shm; a
# pg_dump) and stderr logs are scanned for every text written in the run.
# Then, on a fresh SQLite relay, the Firefox leg (console/e2e/firefox.mjs,
# headless firefox-esr over WebDriver BiDi with puppeteer-core, 1280×720):
# an admin accepts an invitation, imports the hotline key, signs in again,
# reads a phone's Burmese message with its language, replies, and the
# phone shows the reply and "replied"; no page error or CSP violation.
# Waits are on page state, never fixed sleeps. Writes target/screens/console/
# inbox.png and conversation.png (from the SQLite run), firefox-inbox.png
# and firefox-conversation.png.
# Needs: node + npm, /usr/bin/chromium (Debian `chromium`), /usr/bin/firefox-esr
# (Debian `firefox-esr`), PostgreSQL (installed from Debian by
# tests/pg-cluster.sh when missing).
# CONSOLE_E2E_STORES="sqlite" runs one store only.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

(cd console && npm ci --no-audit --no-fund --loglevel=error && npm run build --silent) || { echo "console: build failed"; exit 1; }
cargo build -q -p waymark-cli -p waymark-server || exit 1
BIN=${CARGO_TARGET_DIR:-$PWD/target}/debug
case $BIN in /*) ;; *) BIN=$PWD/$BIN ;; esac
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
[ -x "$CHROMIUM" ] || { echo "no Chromium at $CHROMIUM (apt-get install chromium)"; exit 1; }
FIREFOX=${FIREFOX:-/usr/bin/firefox-esr}
[ -x "$FIREFOX" ] || { echo "no Firefox at $FIREFOX (apt-get install firefox-esr)"; exit 1; }
DIR=$(mktemp -d)
PIDS=()
cleanup() {
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; done
    rm -rf "$DIR"
}
trap cleanup EXIT

passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok   $1"; }
bad() { failed=$((failed + 1)); echo "FAIL $1"; }

# report_steps LABEL OUTPUT: counts the "ok   …" / "FAIL …" lines of a browser script.
report_steps() {
    local line
    while IFS= read -r line; do
        case $line in
            "ok   "*) ok "$1: ${line#ok   }" ;;
            "FAIL "*) bad "$1: ${line#FAIL }" ;;
            *) [ -n "$line" ] && echo "     $line" ;;
        esac
    done <<<"$2"
}

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# start_relay DB LOG: a relay on a free port; RELAY_URL once it answers.
start_relay() {
    local port
    port=$(free_port)
    "$BIN/waymark-server" serve --db "$1" --listen "127.0.0.1:$port" --rate-limit 0 >>"$2" 2>&1 &
    PIDS+=($!)
    RELAY_URL="http://127.0.0.1:$port"
    for _ in $(seq 1 100); do
        curl -sf "$RELAY_URL/v1/health" >/dev/null && return 0
        sleep 0.1
    done
    return 1
}

# run_store NAME DB: the whole flow against one store.
run_store() {
    local name=$1 db=$2 work="$DIR/$1" r1 r2 conv message send sync1 sync2 token flow
    mkdir -p "$work"
    echo "--- $name"
    start_relay "$db" "$work/relay1.log" || { bad "$name: the relay starts"; return; }
    r1=$RELAY_URL
    if [ "$name" = postgres ]; then
        start_relay "$db" "$work/relay2.log" || { bad "$name: the second relay starts"; return; }
        r2=$RELAY_URL
    else
        r2=$r1
    fi
    export WAYMARK_PIN=135790
    local phone=(env WAYMARK_PIN=135790 "$BIN/waymark" --data-dir "$work/phone" --json)
    "${phone[@]}" --locale my init >/dev/null || { bad "$name: phone set-up"; return; }
    message="မင်္ဂလာပါ။ ကျွန်မ အလုပ်ရှင်က ပတ်စပို့ကို သိမ်းထားပါတယ်။ ကူညီပါ။ $name-$RANDOM"
    send=$(printf '%s' "$message" | "${phone[@]}" message send --hotline waymark-dev) || { bad "$name: message send"; return; }
    conv=$(printf '%s' "$send" | python3 -c 'import json,sys; print(json.load(sys.stdin)["conversation"])')
    # The relay is unreachable: nothing listens on this port.
    sync1=$("${phone[@]}" --relay "http://127.0.0.1:$(free_port)" sync)
    if printf '%s' "$sync1" | python3 -c 'import json,sys; d=json.load(sys.stdin); sys.exit(0 if d["sent"]==0 and d["queued"]==1 and d["network_errors"]>0 else 1)'; then
        ok "$name: offline, the Burmese message stays queued"
    else
        bad "$name: offline, the Burmese message stays queued ($sync1)"
    fi
    sync2=$("${phone[@]}" --relay "$r1" sync --wait 30)
    if printf '%s' "$sync2" | python3 -c 'import json,sys; d=json.load(sys.stdin); sys.exit(0 if d["sent"]==1 and d["queued"]==0 else 1)'; then
        ok "$name: online, the queued message is delivered to the relay"
    else
        bad "$name: online, the queued message is delivered to the relay ($sync2)"
    fi
    token=$("$BIN/waymark-server" console-invite --db "$db" --role admin --json |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])') || { bad "$name: console-invite"; return; }
    local shots=""
    [ "$name" = sqlite ] && shots="$(dirname "$BIN")/screens/console" && mkdir -p "$shots"
    flow=$(cd console && RELAY1=$r1 RELAY2=$r2 WAYMARK="$BIN/waymark" PHONE_DIR="$work/phone" \
        CONVERSATION=$conv MESSAGE=$message INVITE=$token HOTLINE_KEY=$(cat "$ROOT/keys/dev-hotline.key.hex") \
        SHOTS=$shots CHROMIUM=$CHROMIUM TEXTS_OUT="$work/texts" node e2e/flow.mjs 2>&1)
    report_steps "$name" "$flow"

    # Nothing written in the run is readable in the relay's files or logs.
    local files=("$work"/relay*.log)
    if [ "$name" = sqlite ]; then
        files+=("${db#sqlite:}" "${db#sqlite:}-wal" "${db#sqlite:}-shm")
    else
        "$PG_BIN/pg_dump" "$db" >"$work/dump.sql" || bad "$name: pg_dump"
        files+=("$work/dump.sql")
    fi
    local leaks=0 text f
    while IFS= read -r text; do
        [ -n "$text" ] || continue
        for f in "${files[@]}"; do
            [ -e "$f" ] || continue
            if grep -aqF -- "$text" "$f"; then
                leaks=$((leaks + 1))
                echo "     found a written text in $(basename "$f")"
            fi
        done
    done <"$work/texts"
    local scanned
    scanned=$(ls "${files[@]}" 2>/dev/null | wc -l)
    if [ "$leaks" = 0 ] && [ "$(wc -l <"$work/texts")" -ge 4 ] && [ "$scanned" -ge 2 ]; then
        ok "$name: none of the message, reply, note or canned-reply texts is in the database files or logs ($scanned files)"
    else
        bad "$name: texts found in the relay's files or logs ($leaks)"
    fi
    # The scan would see a leak: the phone's own text is in the texts file in clear.
    grep -aqF -- "$message" "$work/texts" && ok "$name: the scan reads the texts it looks for" || bad "$name: the scan reads the texts it looks for"
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; done
    PIDS=()
}

# phone_message_on RELAY WORK: a phone in WORK/phone sends a Burmese
# message and syncs it to RELAY; MESSAGE and CONVERSATION are set.
phone_message_on() {
    local send sync
    "$BIN/waymark" --data-dir "$2/phone" --json --locale my init >/dev/null || return 1
    MESSAGE="မင်္ဂလာပါ။ ကျွန်မ အလုပ်ရှင်က ပတ်စပို့ကို သိမ်းထားပါတယ်။ ကူညီပါ။ firefox-$RANDOM"
    send=$(printf '%s' "$MESSAGE" | "$BIN/waymark" --data-dir "$2/phone" --json message send --hotline waymark-dev) || return 1
    CONVERSATION=$(printf '%s' "$send" | python3 -c 'import json,sys; print(json.load(sys.stdin)["conversation"])') || return 1
    sync=$("$BIN/waymark" --data-dir "$2/phone" --json --relay "$1" sync --wait 30) || return 1
    printf '%s' "$sync" | python3 -c 'import json,sys; sys.exit(0 if json.load(sys.stdin)["sent"]==1 else 1)'
}

# run_firefox: the Firefox leg on its own fresh SQLite relay.
run_firefox() {
    local work="$DIR/firefox" db="sqlite:$DIR/firefox/relay.db" token shots flow t0
    mkdir -p "$work"
    echo "--- firefox"
    t0=$(date +%s)
    start_relay "$db" "$work/relay.log" || { bad "firefox: the relay starts"; return; }
    export WAYMARK_PIN=135790
    phone_message_on "$RELAY_URL" "$work" || { bad "firefox: the phone sends a Burmese message to the relay"; return; }
    token=$("$BIN/waymark-server" console-invite --db "$db" --role admin --json |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])') || { bad "firefox: console-invite"; return; }
    shots="$(dirname "$BIN")/screens/console"
    mkdir -p "$shots"
    flow=$(cd console && RELAY=$RELAY_URL WAYMARK="$BIN/waymark" PHONE_DIR="$work/phone" \
        CONVERSATION=$CONVERSATION MESSAGE=$MESSAGE INVITE=$token HOTLINE_KEY=$(cat "$ROOT/keys/dev-hotline.key.hex") \
        SHOTS=$shots FIREFOX=$FIREFOX node e2e/firefox.mjs 2>&1)
    report_steps firefox "$flow"
    echo "     firefox leg: $(($(date +%s) - t0)) s"
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; done
    PIDS=()
}

started=$(date +%s)
for store in ${CONSOLE_E2E_STORES:-sqlite postgres}; do
    case $store in
        sqlite) run_store sqlite "sqlite:$DIR/relay.db" ;;
        postgres)
            # shellcheck source=tests/pg-cluster.sh
            . tests/pg-cluster.sh
            start_pg_cluster off || { bad "postgres: the cluster starts"; continue; }
            run_store postgres "$WAYMARK_TEST_POSTGRES_URL"
            ;;
    esac
done
run_firefox
echo "console-e2e: $(($(date +%s) - started)) s"
echo "console-e2e: $passed passed, $failed failed"
[ "$failed" = 0 ]
