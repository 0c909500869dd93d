//! Embeds every locale named in `locales/manifest.json` into the engine, so
//! the first run works offline with no files beside the binary.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    let manifest_dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let locales = manifest_dir.join("..").join("locales");
    println!("cargo:rerun-if-changed={}", locales.display());
    println!("cargo:rerun-if-env-changed=WAYMARK_PUBLISHER_KEY");

    let mut out = String::new();
    let manifest = locales.join("manifest.json");
    println!("cargo:rerun-if-changed={}", manifest.display());
    writeln!(
        out,
        "pub static MANIFEST: &str = include_str!({:?});",
        path_str(&manifest)
    )
    .ok();
    out.push_str("pub static FILES: &[(&str, &str, &str)] = &[\n");
    let mut dirs: Vec<_> = fs::read_dir(&locales)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    dirs.sort();
    for dir in dirs {
        println!("cargo:rerun-if-changed={}", dir.display());
        let tag = dir
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        for file in files_with(&dir, "ftl") {
            println!("cargo:rerun-if-changed={}", file.display());
            let name = file
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            writeln!(
                out,
                "    ({tag:?}, {name:?}, include_str!({:?})),",
                path_str(&file)
            )
            .ok();
        }
    }
    out.push_str("];\n");
    embed_content(&manifest_dir.join("..").join("content"), &mut out);
    let dest = PathBuf::from(env::var("OUT_DIR").unwrap_or_default()).join("embedded_locales.rs");
    if let Err(e) = fs::write(&dest, out) {
        panic!("cannot write {}: {e}", dest.display());
    }
}

/// Embeds `content/*.json`, `content/lessons/*.json` and
/// `content/search/*.json` (per-locale search synonyms) as
/// `CONTENT: &[(relative path, text)]`.
fn embed_content(content: &Path, out: &mut String) {
    println!("cargo:rerun-if-changed={}", content.display());
    let version = content.join("version.txt");
    println!("cargo:rerun-if-changed={}", version.display());
    writeln!(
        out,
        "pub static CONTENT_VERSION: &str = include_str!({:?});",
        path_str(&version)
    )
    .ok();
    out.push_str("pub static CONTENT: &[(&str, &str)] = &[\n");
    for sub in ["", "lessons", "search"] {
        let dir = content.join(sub);
        println!("cargo:rerun-if-changed={}", dir.display());
        for file in files_with(&dir, "json") {
            println!("cargo:rerun-if-changed={}", file.display());
            let name = file
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            let rel = if sub.is_empty() {
                name.to_string()
            } else {
                format!("{sub}/{name}")
            };
            writeln!(out, "    ({rel:?}, include_str!({:?})),", path_str(&file)).ok();
        }
    }
    out.push_str("];\n");
}

/// The files in `dir` ending in `.ext`, sorted.
fn files_with(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == ext))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

fn path_str(p: &Path) -> String {
    p.canonicalize()
        .unwrap_or_else(|_| p.to_path_buf())
        .display()
        .to_string()
}
