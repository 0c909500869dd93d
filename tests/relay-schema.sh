#!/usr/bin/env bash
# The relay keeps its own contract: schemathesis (PyPI, installed by .ci/run
# into $WAYMARK_TOOLS/schemathesis) generates valid and invalid requests for
# every operation in the relay's served /v1/openapi.json and runs all of its
# checks: it fails on any 5xx, an undocumented status code, a response that
# does not match its schema or content type, invalid input that is accepted,
# valid input that is refused, and auth or method handling that breaks the
# document. Runs `waymark-server serve` on a free loopback port with a
# throwaway SQLite database and an operator token, bounded in time, then
# stops it. Ends with "schema: N passed, N failed" (one per operation
# schemathesis tested).
set -euo pipefail
cd "$(dirname "$0")/.."

export WAYMARK_TOOLS=${WAYMARK_TOOLS:-$HOME/.cache/waymark-tools}
ST=${WAYMARK_SCHEMATHESIS:-$WAYMARK_TOOLS/schemathesis/bin/schemathesis}
# Whole-run bound: well under 3 minutes on 2 cores.
BUDGET=${WAYMARK_SCHEMA_SECONDS:-150}
EXAMPLES=${WAYMARK_SCHEMA_EXAMPLES:-100}

if [ ! -x "$ST" ]; then
    echo "schemathesis is not installed at $ST (bash .ci/run installs it)" >&2
    echo "schema: 0 passed, 1 failed"
    exit 1
fi

cargo build --quiet -p waymark-server
SERVER="${CARGO_TARGET_DIR:-target}/debug/waymark-server"

WORK=$(mktemp -d)
RELAY_PID=""
cleanup() {
    if [ -n "$RELAY_PID" ]; then
        kill "$RELAY_PID" 2>/dev/null || true
        wait "$RELAY_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

TOKEN=$(python3 -c 'import secrets; print(secrets.token_hex(32))')
# Port 0: the relay takes a free port and prints it, so two runs on one
# machine never collide.
WAYMARK_OPERATOR_TOKEN=$TOKEN "$SERVER" serve --json --quiet --rate-limit 0 \
    --db "sqlite:$WORK/relay.db" --listen 127.0.0.1:0 >"$WORK/serve.out" 2>"$WORK/serve.err" &
RELAY_PID=$!
ADDR=""
for _ in $(seq 1 100); do
    ADDR=$(python3 -c 'import json,sys; print(json.loads(sys.stdin.readline())["listening"])' \
        <"$WORK/serve.out" 2>/dev/null || true)
    [ -n "$ADDR" ] && break
    kill -0 "$RELAY_PID" 2>/dev/null || break
    sleep 0.1
done
if [ -z "$ADDR" ]; then
    echo "the relay did not start:" >&2
    cat "$WORK/serve.err" >&2
    echo "schema: 0 passed, 1 failed"
    exit 1
fi
echo "relay at http://$ADDR, schemathesis $("$ST" --version | awk '{print $NF}')"

# Data behind the routes, so requests reach more than 401 and 404: a
# published pack (a well-formed frame; the relay does not check publisher
# signatures) and a mailbox with its capability.
read -r CAP MAILBOX < <(python3 - "http://$ADDR" "$TOKEN" <<'PY'
import hashlib, secrets, struct, sys, urllib.request
base, token = sys.argv[1], sys.argv[2]
payload = b'{"locales":["en"]}'
frame = (b"WMPACK" + bytes([1]) + bytes(8) + struct.pack(">QI", 1, len(payload))
         + payload + bytes(64))
req = urllib.request.Request(base + "/v1/packs", data=frame, method="PUT",
                             headers={"Authorization": "Bearer " + token})
urllib.request.urlopen(req).read()
cap = secrets.token_bytes(32)
mailbox = hashlib.sha256(b"waymark/v1/mailbox" + cap).hexdigest()[:32]
print(cap.hex(), mailbox)
PY
)
# A hotline console admin (invited with `console-invite`) with a session,
# holding a hotline key.
read -r SESSION CSRF HANDLE < <(python3 - "http://$ADDR" \
    "$("$SERVER" console-invite --db "sqlite:$WORK/relay.db" --role admin --json)" <<'PY'
import base64, hashlib, json, secrets, sys, urllib.request
base, invite = sys.argv[1], json.loads(sys.argv[2])
def call(path, body, cookie=None, csrf=None):
    headers = {"Content-Type": "application/json"}
    if cookie:
        headers["Cookie"] = "waymark_console=" + cookie
        headers["X-Waymark-CSRF"] = csrf
    req = urllib.request.Request(base + path, data=json.dumps(body).encode(), method="POST",
                                 headers=headers)
    with urllib.request.urlopen(req) as r:
        return json.load(r), r.headers.get("Set-Cookie", "")
auth = secrets.token_hex(32)
call("/v1/console/invites/" + invite["token"], {
    "name": "schema-admin", "auth": auth, "public_key": secrets.token_hex(32),
    "key_blob": base64.b64encode(b"\x01" + secrets.token_bytes(60)).decode()})
view, cookie = call("/v1/console/session", {"name": "schema-admin", "auth": auth})
sessions = [cookie.split(";")[0].split("=", 1)[1], view["csrf"]]
pk = secrets.token_bytes(32)
call("/v1/console/hotline-keys", {"public_key": pk.hex(),
     "wrapped": base64.b64encode(secrets.token_bytes(80)).decode()}, sessions[0], sessions[1])
# One envelope to that key (a well-formed format 2 header; the relay
# never opens it) sorted into a conversation with a mailbox.
env_id = secrets.token_bytes(16)
envelope = b"\x02" + env_id + hashlib.sha256(pk).digest()[:8] + secrets.token_bytes(48)
call("/v1/envelopes", {"envelopes": [base64.b64encode(envelope).decode()]})
handle = secrets.token_hex(16)
call("/v1/console/sort", {"links": [{"envelope_id": env_id.hex(), "conversation": handle,
     "mailbox_id": secrets.token_hex(16)}]}, sessions[0], sessions[1])
print(*sessions, handle)
PY
)
# Valid credentials for every operation: the operator token (also a fine
# backup write token), the capability for the one mailbox it reads, and
# the console session with its CSRF token.
cat >"$WORK/schemathesis.toml" <<TOML
headers = { Authorization = "Bearer $TOKEN" }
auth.openapi.consoleSession.api_key = "$SESSION"
auth.openapi.consoleCsrf.api_key = "$CSRF"
# Every check (named here, not on the command line, where it would override
# the exception below).
checks.enabled = true
# Invalid data may also be a body over the route's documented limit: 413
# `too_large`, refused before it is read.
checks.negative_data_rejection.expected-statuses = ["400", "401", "403", "404", "405", "406", "409", "413", "415", "422", "428", "429", "5xx"]

[[operations]]
include-operation-id = "readMailbox"
headers = { Authorization = "Bearer $CAP" }
parameters = { "path.mailbox_id" = "$MAILBOX" }

# A pack is a signed frame no schema can describe: random bytes that fit
# "binary" are rightly refused (400 pack_invalid).
[[operations]]
include-operation-id = "putPack"
checks.positive_data_acceptance.enabled = false

# Signing out would end the session every other console operation uses
# (schemathesis takes one set of credentials for the whole run): it is
# tested in server/tests/console.rs instead.
[[operations]]
include-operation-id = "signOut"
enabled = false

# The conversation made above, so its operations reach more than 404.
[[operations]]
include-operation-id = ["conversation", "changeConversation", "addNote", "reply", "export"]
parameters = { "path.handle" = "$HANDLE" }

# Sealed records are HPKE ciphertext naming a hotline key the console
# holds: random bytes that fit "byte" are rightly refused (400 bad_record,
# unknown_key), as packs are.
[[operations]]
include-operation-id = ["addNote", "reply", "changeConversation", "putCanned"]
checks.positive_data_acceptance.enabled = false
TOML

status=0
# Run from the temp dir so schemathesis leaves nothing in the repository.
# Its own output is indented so tests/run-all.sh counts only our summary.
# One worker: Python 3.11's parser is not thread-safe under schemathesis's
# coverage phase ("AST constructor recursion depth mismatch").
(
    cd "$WORK"
    timeout --kill-after=10 "$BUDGET" "$ST" --config-file "$WORK/schemathesis.toml" \
        run "http://$ADDR/v1/openapi.json" \
        --phases examples,coverage,fuzzing \
        --max-examples "$EXAMPLES" \
        --generation-database none \
        --request-timeout 10 \
        --workers 1 \
        --no-color \
        --report junit --report-junit-path "$WORK/junit.xml"
) >"$WORK/st.log" 2>&1 || status=$?
sed 's/^/    /' "$WORK/st.log"
if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
    echo "schemathesis did not finish within ${BUDGET}s"
fi

# Per-operation results from the JUnit report.
read -r passed failed < <(python3 - "$WORK/junit.xml" <<'PY'
import sys
import xml.etree.ElementTree as ET
try:
    cases = ET.parse(sys.argv[1]).getroot().iter("testcase")
except (OSError, ET.ParseError):
    print(0, 1)
    sys.exit()
passed = failed = 0
for case in cases:
    if case.find("failure") is not None or case.find("error") is not None:
        failed += 1
    elif case.find("skipped") is None:
        passed += 1
print(passed, failed)
PY
)
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
    failed=1
fi
echo "schema: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
