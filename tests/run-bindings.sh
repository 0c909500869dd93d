#!/usr/bin/env bash
# Generates the Python, Kotlin and Swift bindings from the debug cdylib and
# exercises them: pytest for Python, a JVM run for Kotlin (see
# ../shared/recipes/kotlin-on-linux.md), and a shape check for Swift (no
# Swift compiler on Linux). Needs: python3 with pytest, Debian libjna-java,
# and the npm kotlin-compiler in $WAYMARK_TOOLS (.ci/run installs them).
set -euo pipefail
cd "$(dirname "$0")/.."

TOOLS=${WAYMARK_TOOLS:-$HOME/.cache/waymark-tools}
K="$TOOLS/node_modules/kotlin-compiler"
JNA=${JNA_JAR:-/usr/share/java/jna.jar}
LIB=target/debug/libwaymark_ffi.so
BINDGEN=target/debug/uniffi-bindgen
OUT=target/bindings

cargo build --quiet -p waymark-ffi -p uniffi-bindgen -p waymark-server
rm -rf "$OUT"

echo "== Python bindings"
"$BINDGEN" generate --no-format --language python --out-dir "$OUT/python" "$LIB" >/dev/null
cp "$LIB" "$OUT/python/"
python3 -m pytest -q tests/python

echo "== Kotlin bindings (JVM)"
# The app's config (bindings/uniffi.toml, android = true) must generate too.
"$BINDGEN" generate --no-format --language kotlin --out-dir "$OUT/kotlin-android" "$LIB" >/dev/null
grep -q '^package app.waymark.core' "$OUT/kotlin-android/app/waymark/core/waymark_ffi.kt"
"$BINDGEN" generate --no-format --language kotlin --config tests/kotlin/uniffi-jvm.toml \
    --out-dir "$OUT/kotlin" "$LIB" >/dev/null
CP="$JNA:$K/lib/kotlinx-coroutines-core-jvm.jar"
"$K/bin/kotlinc" -Werror $(find "$OUT/kotlin" -name '*.kt') tests/kotlin/*.kt -cp "$CP" \
    -d target/kotlin-tests.jar 2>&1 | grep -v '^warning: unable to find kotlin-stdlib.jar' || true
test -f target/kotlin-tests.jar
java -Djna.library.path=target/debug -cp "target/kotlin-tests.jar:$CP:$K/lib/kotlin-stdlib.jar" ProfileTestKt

echo "== Swift bindings (generated and checked; compiled in Xcode)"
"$BINDGEN" generate --no-format --language swift --out-dir "$OUT/swift" "$LIB" >/dev/null
for f in WaymarkCore.swift WaymarkCoreFFI.h WaymarkCoreFFI.modulemap; do
    test -s "$OUT/swift/$f" || { echo "missing $OUT/swift/$f"; exit 1; }
done
grep -q 'open class Waymark' "$OUT/swift/WaymarkCore.swift"
grep -q 'public protocol PlatformSecret' "$OUT/swift/WaymarkCore.swift"
grep -q '^enum ApiError: Swift.Error' "$OUT/swift/WaymarkCore.swift"
grep -q 'module WaymarkCoreFFI' "$OUT/swift/WaymarkCoreFFI.modulemap"
echo "swift bindings: ok"
