#!/bin/sh
# Builds the Rust core for the app's ABIs with cargo-ndk (NDK r28+, so the
# .so files are 16 KB-page aligned). Usage: android/build-rust.sh <jniLibs dir>
# Needs: cargo install cargo-ndk; rustup target add aarch64-linux-android
# armv7-linux-androideabi x86_64-linux-android; ANDROID_NDK_HOME pointing at r28.
set -eu
out=${1:?usage: build-rust.sh <jniLibs dir>}
cd "$(dirname "$0")/.."
cargo ndk -t arm64-v8a -t armeabi-v7a -t x86_64 -o "$out" build --release -p waymark-ffi
