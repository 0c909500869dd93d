#!/usr/bin/env bash
# Builds the Rust core for iOS devices (arm64) and the simulator (arm64 and
# x86_64, one fat library), packs both into
# ios/Generated/WaymarkCoreFFI.xcframework with the C header and module map,
# generates the Swift bindings (ios/Generated/WaymarkCore.swift, the
# WaymarkCore framework target) and the app icons. Run on macOS with Xcode
# and the Rust iOS targets:
#   rustup target add aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=ios/Generated
rm -rf "$OUT"
mkdir -p "$OUT/headers" "$OUT/sim"
for t in aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios; do
    cargo build --release -p waymark-ffi --target "$t"
done
lipo -create \
    target/aarch64-apple-ios-sim/release/libwaymark_ffi.a \
    target/x86_64-apple-ios/release/libwaymark_ffi.a \
    -output "$OUT/sim/libwaymark_ffi.a"
cargo run -q -p uniffi-bindgen -- generate --no-format --language swift \
    --out-dir "$OUT/swift" target/aarch64-apple-ios/release/libwaymark_ffi.a
mv "$OUT/swift/WaymarkCore.swift" "$OUT/"
mv "$OUT/swift/WaymarkCoreFFI.h" "$OUT/headers/"
mv "$OUT/swift/WaymarkCoreFFI.modulemap" "$OUT/headers/module.modulemap"
rm -rf "$OUT/swift"
xcodebuild -create-xcframework \
    -library target/aarch64-apple-ios/release/libwaymark_ffi.a -headers "$OUT/headers" \
    -library "$OUT/sim/libwaymark_ffi.a" -headers "$OUT/headers" \
    -output "$OUT/WaymarkCoreFFI.xcframework"
rm -rf "$OUT/sim" "$OUT/headers"
python3 ios/make-icons.py
