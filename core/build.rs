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

/// Which files are content: shared with `waymark content build` and `lint`.
#[path = "src/content/tree.rs"]
#[allow(dead_code)]
mod tree;

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
    let locale_files = tree::locale_files(&locales)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", locales.display()));
    for (tag, paths) in locale_files {
        println!("cargo:rerun-if-changed={}", locales.join(&tag).display());
        let mut files = Vec::new();
        for file in paths {
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
    for sub in tree::CONTENT_DIRS {
        println!("cargo:rerun-if-changed={}", content.join(sub).display());
    }
    let files = tree::content_files(content)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", content.display()));
    for (_, file) in &files {
        println!("cargo:rerun-if-changed={}", file.display());
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

fn path_str(p: &Path) -> String {
    p.canonicalize()
        .unwrap_or_else(|_| p.to_path_buf())
        .display()
        .to_string()
}
