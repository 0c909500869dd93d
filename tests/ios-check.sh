#!/usr/bin/env bash
# The iOS app checked without a Swift compiler (there is none on Linux):
# generates the Swift bindings from the debug cdylib, parses every Swift
# file of ios/ and the generated WaymarkCore.swift with tree-sitter-swift,
# and checks every call from the app into the core (name, argument labels,
# try/await), every record field and enum case the app reads
# (tests/ios_check.py). Then its self-test (tests/ios_check_test.py) shows
# the checker fails when a binding signature changes under the app.
# Type-checking, SwiftUI and linking are only checked by Xcode (ios/README.md).
# Needs the venv .ci/run installs: $WAYMARK_TOOLS/ios-check (pinned
# tree-sitter, tree-sitter-swift, pytest).
set -euo pipefail
cd "$(dirname "$0")/.."

TOOLS=${WAYMARK_TOOLS:-$HOME/.cache/waymark-tools}
PY="$TOOLS/ios-check/bin/python"
LIB=target/debug/libwaymark_ffi.so
BINDGEN=target/debug/uniffi-bindgen
OUT=target/bindings/swift-ios-check

cargo build --quiet -p waymark-ffi -p uniffi-bindgen
rm -rf "$OUT"
"$BINDGEN" generate --no-format --language swift --out-dir "$OUT" "$LIB" >/dev/null
test -s "$OUT/WaymarkCore.swift"

echo "== ios: tree-sitter parse and calls into the core"
"$PY" tests/ios_check.py "$OUT/WaymarkCore.swift" ios
echo "== ios: the checker fails on a changed binding (self-test)"
WAYMARK_SWIFT_BINDINGS="$OUT/WaymarkCore.swift" "$PY" -m pytest -q -p no:cacheprovider tests/ios_check_test.py
