//! uniffi-bindgen pinned to the same uniffi version as `waymark-ffi`, so the
//! generated Kotlin/Swift/Python always match the scaffolding in the library.

fn main() {
    uniffi::uniffi_bindgen_main()
}
