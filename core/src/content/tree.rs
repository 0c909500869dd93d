//! The content of a repository checkout: which files under `content/` and
//! `locales/` make up Waymark's content, read in one order. Owns that list
//! and nothing else: `waymark content lint` and `content build` read a tree
//! with it, and the build script embeds the same files, so a pack built from
//! a checkout carries exactly what a build compiles in.
//! It must never read a file outside that list.
//!
//! Plain `std` only, so `core/build.rs` can include it by path.

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

/// Folders under `content/` whose `*.json` files are content, relative
/// names as `lessons/<file>` (`""` is `content/` itself).
pub const CONTENT_DIRS: [&str; 3] = ["", "lessons", "search"];

/// The hotline console's strings in each locale folder: checked like the
/// app's files (`l10n::check`) but never part of the app's bundle or of a
/// content pack; the relay embeds and serves them (docs/console.md).
pub const CONSOLE_FILE: &str = "console.ftl";

/// `(name, text)` pairs, sorted by name.
pub type Files = Vec<(String, String)>;

/// Everything a pack or a lint needs from a checkout.
#[derive(Debug)]
pub struct Tree {
    /// `(path relative to content/, JSON text)`.
    pub content: Files,
    /// `locales/manifest.json`.
    pub manifest: String,
    /// Locale tag → its `*.ftl` files.
    pub locales: BTreeMap<String, Files>,
}

/// Reads `root/content` and `root/locales`. A missing content subfolder is
/// empty; a missing `content/` or `locales/manifest.json` is an error.
pub fn read(root: &Path) -> io::Result<Tree> {
    let mut content = Vec::new();
    for path in content_files(&root.join("content"))? {
        content.push((path.0, std::fs::read_to_string(&path.1)?));
    }
    let (manifest, locales) = read_locales(&root.join("locales"))?;
    Ok(Tree {
        content,
        manifest,
        locales,
    })
}

/// `(relative name, path)` of every content file under `content_dir`.
pub fn content_files(content_dir: &Path) -> io::Result<Vec<(String, PathBuf)>> {
    let mut out = Vec::new();
    for sub in CONTENT_DIRS {
        let dir = content_dir.join(sub);
        let files = match files_with(&dir, "json") {
            Ok(files) => files,
            Err(e) if e.kind() == io::ErrorKind::NotFound && !sub.is_empty() => continue,
            Err(e) => return Err(e),
        };
        for path in files {
            let name = file_name(&path);
            let rel = if sub.is_empty() {
                name
            } else {
                format!("{sub}/{name}")
            };
            out.push((rel, path));
        }
    }
    Ok(out)
}

/// Reads `manifest.json` and every `<tag>/*.ftl` under `dir`.
pub fn read_locales(dir: &Path) -> io::Result<(String, BTreeMap<String, Files>)> {
    let manifest = std::fs::read_to_string(dir.join("manifest.json"))?;
    let mut locales = BTreeMap::new();
    for (tag, files) in locale_files(dir)? {
        let mut list = Vec::new();
        for path in files {
            list.push((file_name(&path), std::fs::read_to_string(&path)?));
        }
        locales.insert(tag, list);
    }
    Ok((manifest, locales))
}

/// Locale tag → its `*.ftl` paths (the app's, without [`CONSOLE_FILE`]),
/// for every folder under `dir`.
pub fn locale_files(dir: &Path) -> io::Result<BTreeMap<String, Vec<PathBuf>>> {
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            let mut files = files_with(&path, "ftl")?;
            files.retain(|f| file_name(f) != CONSOLE_FILE);
            out.insert(file_name(&path), files);
        }
    }
    Ok(out)
}

/// Locale tag → the text of its [`CONSOLE_FILE`], for every folder under
/// `dir` that has one.
pub fn console_files(dir: &Path) -> io::Result<BTreeMap<String, Files>> {
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let file = path.join(CONSOLE_FILE);
        if path.is_dir() && file.is_file() {
            let text = std::fs::read_to_string(&file)?;
            out.insert(file_name(&path), vec![(CONSOLE_FILE.to_string(), text)]);
        }
    }
    Ok(out)
}

/// The files in `dir` ending in `.ext`, sorted.
pub fn files_with(dir: &Path, ext: &str) -> io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_file() && path.extension().is_some_and(|x| x == ext) {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repo_root() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
    }

    #[test]
    fn the_checkout_holds_exactly_the_embedded_content() {
        let tree = read(&repo_root()).unwrap();
        let from_tree: Vec<&str> = tree.content.iter().map(|(n, _)| n.as_str()).collect();
        let mut embedded: Vec<&str> = super::super::embedded_content_names().collect();
        embedded.sort_unstable();
        let mut sorted = from_tree.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, embedded);
        assert!(from_tree.iter().any(|n| n.starts_with("search/")));
        assert!(from_tree.iter().any(|n| n.starts_with("lessons/")));
        assert_eq!(tree.locales.len(), 9);
    }

    #[test]
    fn a_missing_subfolder_is_empty_but_a_missing_content_folder_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("content")).unwrap();
        std::fs::write(dir.path().join("content/a.json"), "{}").unwrap();
        std::fs::write(dir.path().join("content/notes.txt"), "x").unwrap();
        let files = content_files(&dir.path().join("content")).unwrap();
        assert_eq!(files.len(), 1);
        assert_eq!(files[0].0, "a.json");
        assert!(content_files(&dir.path().join("nope")).is_err());
    }
}
