#!/usr/bin/env bash
# Compiles the platform-neutral Compose UI (android/ui) against real Compose
# Multiplatform desktop 1.7.3 (Maven Central; tests/android-render/pom.xml)
# with kotlinc 2.4.20 and the compose compiler plugin that ships with it, then
# renders every screen from the real core (generated Kotlin bindings, JVM
# config) in all nine locales to target/screens/android/<locale>/<screen>.png.
# Fails on an exception, an unreachable screen or overflowing text. Backup
# and restore go to a real relay (target/debug/waymark-server serve) that the
# test starts on a free port and stops.
# Needs (.ci/run installs them): mvn, Debian libjna-java and fonts-noto-core,
# the npm kotlin-compiler in $WAYMARK_TOOLS.
set -euo pipefail
cd "$(dirname "$0")/.."
# android/ui and android/shell are platform-neutral: no android.* may creep in.
if grep -rn '^import android\.' android/ui android/shell; then echo "android.* imported in a platform-neutral module"; exit 1; fi
start=$(date +%s)

TOOLS=${WAYMARK_TOOLS:-$HOME/.cache/waymark-tools}
K="$TOOLS/node_modules/kotlin-compiler"
COMPOSE="$TOOLS/compose-1.7.3"
JNA=${JNA_JAR:-/usr/share/java/jna.jar}
LIB=target/debug/libwaymark_ffi.so
OUT=target/android-render

# Resolved again whenever pom.xml changes (the marker holds its hash).
POM_HASH=$(sha256sum tests/android-render/pom.xml | cut -d' ' -f1)
if [ "$(cat "$COMPOSE/.complete" 2>/dev/null)" != "$POM_HASH" ]; then
    mvn -q -B -Dmaven.repo.local="$TOOLS/m2" -f tests/android-render/pom.xml \
        dependency:copy-dependencies -DoutputDirectory="$COMPOSE"
    echo "$POM_HASH" > "$COMPOSE/.complete"
fi

cargo build --quiet -p waymark-ffi -p uniffi-bindgen -p waymark-server
rm -rf "$OUT" target/screens/android
target/debug/uniffi-bindgen generate --no-format --language kotlin --config tests/kotlin/uniffi-jvm.toml \
    --out-dir "$OUT/bindings" "$LIB" >/dev/null

# Compose's own kotlin-stdlib 1.9 is replaced by the compiler's.
CP="$JNA:$(ls "$COMPOSE"/*.jar | grep -v kotlin-stdlib | tr '\n' ':')"
"$K/bin/kotlinc" -Xplugin="$K/lib/compose-compiler-plugin.jar" -nowarn \
    $(find "$OUT/bindings" -name '*.kt') $(find android/ui/src/main/kotlin android/shell/src/main/kotlin -name '*.kt') \
    tests/android-render/*.kt \
    -cp "$CP" -d "$OUT/render.jar" 2>&1 | grep -v '^warning: unable to find kotlin-stdlib.jar' || true
test -f "$OUT/render.jar"
RUN=(java -Djava.awt.headless=true -Djna.library.path=target/debug -Dwaymark.server=target/debug/waymark-server
    -cp "$OUT/render.jar:$CP:$K/lib/kotlin-stdlib.jar")
# The shell's non-Android logic (android/shell) on the JVM with the real core and relay.
"${RUN[@]}" ShellTestKt
# Taps on real Compose nodes: setup, unlock, home, a lesson, a quiz answer.
"${RUN[@]}" ClicksKt
"${RUN[@]}" RenderKt
echo "android-render took $(( $(date +%s) - start )) s"
echo "android-render: $(find target/screens/android -name '*.png' | wc -l) passed, 0 failed"
