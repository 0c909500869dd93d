#!/usr/bin/env bash
# Builds the Rust core for iOS devices and the simulator and generates the
# Swift bindings into ios/Generated. Run on macOS with the Rust iOS targets:
#   rustup target add aarch64-apple-ios aarch64-apple-ios-sim
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=ios/Generated
mkdir -p "$OUT/iphoneos" "$OUT/iphonesimulator"
cargo build --release -p waymark-ffi --target aarch64-apple-ios
cargo build --release -p waymark-ffi --target aarch64-apple-ios-sim
cp target/aarch64-apple-ios/release/libwaymark_ffi.a "$OUT/iphoneos/"
cp target/aarch64-apple-ios-sim/release/libwaymark_ffi.a "$OUT/iphonesimulator/"
cargo run -q -p uniffi-bindgen -- generate --no-format --language swift \
    --out-dir "$OUT" target/aarch64-apple-ios/release/libwaymark_ffi.a
mv "$OUT/WaymarkCoreFFI.modulemap" "$OUT/module.modulemap"
