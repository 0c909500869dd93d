#!/usr/bin/env bash
# The fuzz targets in fuzz/ (docs/fuzzing.md): builds every target once,
# runs each for FUZZ_SECONDS (default 20) from its committed seed corpus in
# fuzz/corpus/<target>/, and fails when one crashes, panics, times out or
# runs out of memory. New inputs the fuzzer finds go to a temporary
# directory, never into the committed corpus; a crashing input is kept in
# target/fuzz/artifacts/<target>/ and printed with the command that
# replays it. Prints executions per target and ends with one
# "fuzz: N passed, N failed" line for tests/run-all.sh.
#
# cargo-fuzz needs nightly compiler flags: the pinned stable compiler with
# RUSTC_BOOTSTRAP=1 gives them on every machine (the same compiler as the
# rest of the build); FUZZ_TOOLCHAIN=nightly uses rustup's nightly instead.
# cargo-fuzz itself is installed, pinned, into $WAYMARK_TOOLS when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

CARGO_FUZZ_VERSION=0.13.1
FUZZ_SECONDS=${FUZZ_SECONDS:-20}
TOOLS=${WAYMARK_TOOLS:-$HOME/.cache/waymark-tools}
FUZZ_TARGET_DIR="$ROOT/target/fuzz"
# No sanitizer: the crates forbid unsafe code, so what the fuzzer looks for
# is panics, overflows (debug assertions are on), hangs and memory blow-ups,
# and an uninstrumented build runs several times more inputs per second.
BUILD_FLAGS=(--debug-assertions --sanitizer none --codegen-units 16 --target-dir "$FUZZ_TARGET_DIR")

if [ "$("$TOOLS/cargo-fuzz/bin/cargo-fuzz" --version 2>/dev/null | awk '{print $2}')" != "$CARGO_FUZZ_VERSION" ]; then
    echo "installing cargo-fuzz $CARGO_FUZZ_VERSION into $TOOLS/cargo-fuzz"
    cargo install --quiet --locked cargo-fuzz --version "$CARGO_FUZZ_VERSION" --root "$TOOLS/cargo-fuzz"
fi
export PATH="$TOOLS/cargo-fuzz/bin:$PATH"
if [ "${FUZZ_TOOLCHAIN:-stable}" = nightly ]; then
    toolchain=nightly
    cargo_fuzz() { cargo +nightly fuzz "$@"; }
else
    toolchain="stable with RUSTC_BOOTSTRAP=1"
    cargo_fuzz() { RUSTC_BOOTSTRAP=1 cargo fuzz "$@"; }
fi

echo "building the fuzz targets ($toolchain)"
start=$(date +%s)
(cd fuzz && cargo_fuzz build "${BUILD_FLAGS[@]}")
echo "fuzz build: $(($(date +%s) - start)) s"
BIN_DIR="$FUZZ_TARGET_DIR/x86_64-unknown-linux-gnu/release"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
passed=0
failed=0
for target in $(cd fuzz && cargo_fuzz list); do
    seeds="fuzz/corpus/$target"
    [ -d "$seeds" ] || { echo "fuzz $target: no seed corpus in $seeds"; failed=$((failed + 1)); continue; }
    artifacts="$FUZZ_TARGET_DIR/artifacts/$target"
    mkdir -p "$WORK/$target" "$artifacts"
    log="$WORK/$target.log"
    if "$BIN_DIR/$target" "$WORK/$target" "$seeds" \
        -max_total_time="$FUZZ_SECONDS" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$artifacts/" >"$log" 2>&1; then
        status=ok
        passed=$((passed + 1))
    else
        status=FAILED
        failed=$((failed + 1))
    fi
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    echo "fuzz $target: $status, ${execs:-?} executions in ${FUZZ_SECONDS} s"
    if [ "$status" = FAILED ]; then
        grep -E -A 30 "panicked|ERROR: libFuzzer|==ERROR|Test unit written" "$log" | head -n 60 || tail -n 40 "$log"
        for f in "$artifacts"/*; do
            [ -e "$f" ] && echo "replay: $BIN_DIR/$target $f"
        done
    fi
done
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
