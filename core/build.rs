//! Embeds every locale named in `locales/manifest.json` and the content in
//! `content/` into the engine, so the first run works offline with no files
//! beside the binary, and compiles the Zawgyi conversion rules.
//!
//! The locale and content files are embedded zstd-compressed (RFC 8878,
//! level 19): one frame per locale and one for the content, each holding
//! its files as `name NUL text NUL …` (see `src/embedded.rs`, which unpacks
//! a frame the first time it is needed).

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

#[allow(dead_code)]
#[path = "src/text/transliterate.rs"]
mod transliterate;

#[allow(dead_code)]
#[path = "src/text/rules_compiler.rs"]
mod rules_compiler;

/// zstd level for the embedded frames (the highest non-"ultra" level).
const LEVEL: i32 = 19;

fn main() {
    let manifest_dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let out_dir = PathBuf::from(env::var("OUT_DIR").unwrap_or_default());
    zawgyi_rules(&manifest_dir, &out_dir);
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
    out.push_str("pub static LOCALE_FRAMES: &[(&str, &[u8])] = &[\n");
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
        let mut files = Vec::new();
        for file in files_with(&dir, "ftl") {
            println!("cargo:rerun-if-changed={}", file.display());
            let name = file
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_string();
            files.push((name, file));
        }
        let frame = write_frame(&out_dir, &format!("locale-{tag}"), &files);
        writeln!(
            out,
            "    ({tag:?}, include_bytes!({:?})),",
            path_str(&frame)
        )
        .ok();
    }
    out.push_str("];\n");
    embed_content(&manifest_dir.join("..").join("content"), &out_dir, &mut out);
    let dest = out_dir.join("embedded_locales.rs");
    if let Err(e) = fs::write(&dest, out) {
        panic!("cannot write {}: {e}", dest.display());
    }
}

/// Embeds `content/*.json`, `content/lessons/*.json` and
/// `content/search/*.json` (per-locale search synonyms) as one frame,
/// `CONTENT_FRAME`, of (relative path, text).
fn embed_content(content: &Path, out_dir: &Path, out: &mut String) {
    println!("cargo:rerun-if-changed={}", content.display());
    let version = content.join("version.txt");
    println!("cargo:rerun-if-changed={}", version.display());
    writeln!(
        out,
        "pub static CONTENT_VERSION: &str = include_str!({:?});",
        path_str(&version)
    )
    .ok();
    let mut files = Vec::new();
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
            files.push((rel, file));
        }
    }
    let frame = write_frame(out_dir, "content", &files);
    writeln!(
        out,
        "pub static CONTENT_FRAME: &[u8] = include_bytes!({:?});",
        path_str(&frame)
    )
    .ok();
}

/// Writes `files` as one zstd frame of `name NUL text NUL …` to
/// `out_dir/<stem>.zst`; returns its path.
fn write_frame(out_dir: &Path, stem: &str, files: &[(String, PathBuf)]) -> PathBuf {
    let mut raw = Vec::new();
    for (name, path) in files {
        let text = match fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => panic!("cannot read {}: {e}", path.display()),
        };
        if name.contains('\0') || text.contains('\0') {
            panic!("{} holds a NUL character", path.display());
        }
        raw.extend_from_slice(name.as_bytes());
        raw.push(0);
        raw.extend_from_slice(text.as_bytes());
        raw.push(0);
    }
    let packed = match zstd::bulk::compress(&raw, LEVEL) {
        Ok(p) => p,
        Err(e) => panic!("cannot compress {stem}: {e}"),
    };
    let dest = out_dir.join(format!("{stem}.zst"));
    if let Err(e) = fs::write(&dest, packed) {
        panic!("cannot write {}: {e}", dest.display());
    }
    dest
}

/// Compiles the CLDR Zawgyi → Unicode rules into `zawgyi_rules.rs`.
fn zawgyi_rules(manifest_dir: &Path, out_dir: &Path) {
    let src = manifest_dir
        .join("data")
        .join("myanmar-tools")
        .join("my-t-my-s0-zawgyi.txt");
    println!("cargo:rerun-if-changed={}", src.display());
    let text = match fs::read_to_string(&src) {
        Ok(t) => t,
        Err(e) => panic!("cannot read {}: {e}", src.display()),
    };
    let compiled = match rules_compiler::compile(&text) {
        Ok(c) => c,
        Err(e) => panic!("{}: {e}", src.display()),
    };
    let dest = out_dir.join("zawgyi_rules.rs");
    if let Err(e) = fs::write(&dest, compiled.to_rust("ZAWGYI")) {
        panic!("cannot write {}: {e}", dest.display());
    }
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
