#!/usr/bin/env bash
# The hotline console's own tests under node (console/test/*.test.ts):
# the wire formats and crypto of docs/protocol.md and docs/console.md,
# against the documented example and vectors the Rust crate opens. Installs
# the pinned packages from console/package-lock.json first. Ends with one
# "console: N passed, N failed" line for tests/run-all.sh.
set -uo pipefail
cd "$(dirname "$0")/../console"
npm ci --no-audit --no-fund --loglevel=error || { echo "console: 0 passed, 1 failed (npm ci)"; exit 1; }
out=$(npm test --silent 2>&1)
status=$?
printf '%s\n' "$out"
pass=$(printf '%s\n' "$out" | sed -n -E 's/^# pass ([0-9]+)$/\1/p' | tail -1)
fail=$(printf '%s\n' "$out" | sed -n -E 's/^# fail ([0-9]+)$/\1/p' | tail -1)
if [ -z "$pass" ] || [ -z "$fail" ]; then
    # No summary (the type check or the build failed before any test ran).
    pass=${pass:-0}
    fail=$((${fail:-0} + 1))
fi
[ "$status" -eq 0 ] || [ "$fail" -gt 0 ] || fail=1
echo "console: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
