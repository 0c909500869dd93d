//! Embeds the hotline console's built files when they exist:
//! `console/dist/{index.html,console.js,console.css}` and, for every tag in
//! `locales/manifest.json`, `locales/<tag>/console.ftl`. Writes
//! `$OUT_DIR/console_page.rs` for `src/console/page.rs`; a file that is
//! missing is `None` (the relay then answers 404 `console_not_built`).
//!
//! Cargo reruns a build script on every build when a path it watches does
//! not exist, so only existing paths are watched: `console/dist` once it
//! is built, else `console/` (so a first build is noticed), and each
//! locale's directory.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let console = root.join("console");
    let dist = console.join("dist");
    if dist.is_dir() {
        watch(&dist);
    } else if console.is_dir() {
        watch(&console);
    }
    let mut out = String::new();
    for (name, file) in [
        ("INDEX", "index.html"),
        ("SCRIPT", "console.js"),
        ("STYLE", "console.css"),
    ] {
        let path = dist.join(file);
        let _ = writeln!(out, "pub const {name}: Option<&[u8]> = {};", embed(&path));
    }
    let manifest = root.join("locales").join("manifest.json");
    watch(&manifest);
    let tags = std::fs::read_to_string(&manifest)
        .map(|text| tags(&text))
        .unwrap_or_default();
    out.push_str("pub const LOCALES: &[(&str, Option<&[u8]>)] = &[\n");
    for tag in tags {
        let dir = root.join("locales").join(&tag);
        if dir.is_dir() {
            watch(&dir);
        }
        let path = dir.join("console.ftl");
        let _ = writeln!(out, "    ({tag:?}, {}),", embed(&path));
    }
    out.push_str("];\n");
    let target =
        PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("console_page.rs");
    if let Err(e) = std::fs::write(&target, out) {
        panic!("cannot write {}: {e}", target.display());
    }
}

/// Reruns the build when `path` (a file, or anything under a directory)
/// changes.
fn watch(path: &Path) {
    if path.exists() {
        println!("cargo:rerun-if-changed={}", path.display());
    }
}

/// `Some(include_bytes!(…))` for a file that exists, else `None`.
fn embed(path: &Path) -> String {
    if path.is_file() {
        format!("Some(include_bytes!({:?}))", path.display().to_string())
    } else {
        "None".to_string()
    }
}

/// The `"tag"` values of the manifest, in order.
fn tags(manifest: &str) -> Vec<String> {
    manifest
        .split("\"tag\"")
        .skip(1)
        .filter_map(|rest| {
            let rest = rest.trim_start().strip_prefix(':')?.trim_start();
            let rest = rest.strip_prefix('"')?;
            let tag = rest.split('"').next()?;
            tag.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-')
                .then(|| tag.to_string())
        })
        .collect()
}
