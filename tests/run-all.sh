#!/usr/bin/env bash
# Every check the project has, in the order that fails fastest: formatting,
# lints, Rust tests (unit, integration, CLI end to end), the fuzz targets
# (each briefly, from their seed corpora), the relay against
# its own OpenAPI document (schemathesis), the hotline console (its
# wire and crypto code under node, then end to end in headless Chromium),
# then the generated bindings
# (Python, Kotlin on the JVM, Swift generation), the iOS app's calls into
# the Swift bindings (tests/ios-check.sh), the Android UI rendered from the
# real core (tests/android-render.sh). Ends with one
# "N passed, N failed" line. Tools: see .ci/run (which installs them).
set -euo pipefail
cd "$(dirname "$0")/.."

LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT

echo "== cargo fmt --check"
cargo fmt --all -- --check

echo "== cargo clippy --all-targets -D warnings"
cargo clippy --quiet --workspace --all-targets -- -D warnings

echo "== the CLI without its in-process relay links no server code"
cargo clippy --quiet -p waymark-cli --no-default-features -- -D warnings
if cargo tree -q -p waymark-cli --no-default-features -e normal | grep -E "waymark-server|axum|tokio-postgres"; then
    echo "waymark-cli --no-default-features still depends on the relay" >&2
    exit 1
fi

echo "== the test harness is a dev-dependency only"
for crate in waymark-core waymark-protocol waymark-ffi waymark-cli waymark-server; do
    if cargo tree -q -p "$crate" -e normal,build | grep -q "waymark-testkit"; then
        echo "$crate depends on waymark-testkit outside its tests" >&2
        exit 1
    fi
done

echo "== cargo test --workspace"
# The relay's tests also run against PostgreSQL when this is set (.ci/run
# starts a throwaway cluster); without it they print a note and skip it.
if [ -n "${WAYMARK_TEST_POSTGRES_URL:-}" ]; then
    echo "relay tests: SQLite and PostgreSQL ($WAYMARK_TEST_POSTGRES_URL)"
else
    echo "relay tests: SQLite only (WAYMARK_TEST_POSTGRES_URL is not set)"
fi
cargo test --quiet --workspace 2>&1 | tee -a "$LOG"

echo "== fuzz targets (cargo-fuzz, each for a bounded time)"
bash tests/fuzz.sh 2>&1 | tee -a "$LOG"

echo "== relay contract (schemathesis against /v1/openapi.json)"
bash tests/relay-schema.sh 2>&1 | tee -a "$LOG"

echo "== hotline console: wire and crypto (node --test)"
bash tests/console-unit.sh 2>&1 | tee -a "$LOG"

echo "== hotline console end to end (headless Chromium; SQLite, then PostgreSQL with two relays)"
bash tests/console-e2e.sh 2>&1 | tee -a "$LOG"

echo "== bindings"
bash tests/run-bindings.sh 2>&1 | tee -a "$LOG"

echo "== iOS app against the Swift bindings (tree-sitter, no Swift compiler)"
bash tests/ios-check.sh 2>&1 | tee -a "$LOG"

echo "== Android UI rendered from the real core (Compose desktop, nine locales)"
bash tests/android-render.sh 2>&1 | tee -a "$LOG"

echo "== terminal app (tmux)"
bash tests/tui.sh 2>&1 | tee -a "$LOG"

# Totals from each runner's own summary lines.
passed=0
failed=0
while read -r p f; do
    passed=$((passed + p))
    failed=$((failed + f))
done < <(
    sed -n -E \
        -e 's/^test result: [a-zA-Z]+\. ([0-9]+) passed; ([0-9]+) failed.*/\1 \2/p' \
        -e 's/^([a-z0-9-]+: )?([0-9]+) passed, ([0-9]+) failed$/\2 \3/p' \
        -e 's/^=* ?([0-9]+) passed in .*/\1 0/p' \
        -e 's/^=* ?([0-9]+) failed, ([0-9]+) passed.*/\2 \1/p' \
        "$LOG"
)
echo "all: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
