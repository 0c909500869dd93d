//! Locales and content compiled in by `build.rs`, zstd-compressed.
//!
//! Each locale's `.ftl` files are one zstd frame (RFC 8878) and the content
//! files another, each holding `name NUL text NUL …`. A frame is unpacked
//! the first time something asks for it and kept for the life of the
//! process (it replaces what used to be static text): a session in one
//! language unpacks that language and the content, not all nine locales.
//!
//! The frames are written by this crate's own build script, so a frame that
//! does not unpack is a broken build: it reads as no files (as a content
//! file that does not parse reads as empty content), and the test suite
//! fails on it.

use std::io::Read;
use std::sync::{LazyLock, OnceLock};

mod generated {
    include!(concat!(env!("OUT_DIR"), "/embedded_locales.rs"));
}

pub use generated::{CONTENT_VERSION, MANIFEST};

/// Files as `(name, text)`.
pub type Files = Vec<(&'static str, &'static str)>;

/// Largest frame unpacked: far above the shipped content, so a build that
/// embeds more fails its tests rather than running out of memory.
const MAX_UNPACKED: usize = 64 * 1024 * 1024;

/// One frame, unpacked on first use: the text, then the file list that
/// borrows from it.
struct Frame {
    packed: &'static [u8],
    text: OnceLock<String>,
    files: OnceLock<Files>,
}

impl Frame {
    const fn new(packed: &'static [u8]) -> Frame {
        Frame {
            packed,
            text: OnceLock::new(),
            files: OnceLock::new(),
        }
    }

    fn files(&'static self) -> &'static Files {
        self.files.get_or_init(|| {
            let text = self
                .text
                .get_or_init(|| unpack(self.packed, MAX_UNPACKED).unwrap_or_default());
            split_files(text)
        })
    }
}

static CONTENT: Frame = Frame::new(generated::CONTENT_FRAME);

static LOCALES: LazyLock<Vec<(&'static str, Frame)>> = LazyLock::new(|| {
    generated::LOCALE_FRAMES
        .iter()
        .map(|(tag, packed)| (*tag, Frame::new(packed)))
        .collect()
});

/// Decompresses exactly one zstd frame (RFC 8878), refusing more than
/// `max` bytes of output, a window (the decoder's buffer) over twice that,
/// and bytes after the frame; `None` on any error. Memory stays within
/// about three times `max` whatever the input claims.
pub fn unzstd(packed: &[u8], max: usize) -> Option<Vec<u8>> {
    // An encoder sizes the window to the content, rounded up to what the
    // window descriptor can say, so twice the cap admits every honest frame.
    if window_size(packed)? > (2 * max as u64).max(1 << 20) {
        return None;
    }
    let mut stream = ruzstd::decoding::StreamingDecoder::new(packed).ok()?;
    let mut out = Vec::new();
    // One byte over the cap tells "too large" from "exactly the cap".
    (&mut stream)
        .take(max as u64 + 1)
        .read_to_end(&mut out)
        .ok()?;
    (out.len() <= max && stream.get_ref().is_empty()).then_some(out)
}

/// The window size a zstd frame header asks for (RFC 8878, 3.1.1.1): the
/// buffer a decoder allocates before it decodes anything.
fn window_size(frame: &[u8]) -> Option<u64> {
    if frame.get(..4)? != [0x28, 0xB5, 0x2F, 0xFD] {
        return None;
    }
    let descriptor = *frame.get(4)?;
    if descriptor & 0x20 == 0 {
        // Window_Descriptor: exponent and mantissa.
        let wd = *frame.get(5)?;
        let base = 1u64 << (10 + u32::from(wd >> 3));
        return Some(base + base / 8 * u64::from(wd & 7));
    }
    // Single segment: the window is the frame's content size.
    let dict_len = [0, 1, 2, 4][usize::from(descriptor & 3)];
    let size_len = [1, 2, 4, 8][usize::from(descriptor >> 6)];
    let bytes = frame.get(5 + dict_len..5 + dict_len + size_len)?;
    let size = bytes
        .iter()
        .rev()
        .fold(0u64, |acc, b| (acc << 8) | u64::from(*b));
    Some(if size_len == 2 { size + 256 } else { size })
}

fn unpack(packed: &[u8], max: usize) -> Option<String> {
    String::from_utf8(unzstd(packed, max)?).ok()
}

/// `name NUL text NUL …` as `(name, text)` pairs.
fn split_files(text: &'static str) -> Files {
    let mut parts = text.split('\0');
    let mut out = Vec::new();
    while let (Some(name), Some(body)) = (parts.next(), parts.next()) {
        out.push((name, body));
    }
    out
}

/// The content files: `(path relative to content/, text)`, sorted.
pub fn content() -> &'static [(&'static str, &'static str)] {
    CONTENT.files()
}

/// The tags of the embedded locales, sorted.
pub fn locale_tags() -> impl Iterator<Item = &'static str> {
    LOCALES.iter().map(|(tag, _)| *tag)
}

/// One locale's `.ftl` files, `(file name, source)`, sorted; empty for a
/// tag that is not embedded.
pub fn locale_files(tag: &str) -> &'static [(&'static str, &'static str)] {
    LOCALES
        .iter()
        .find(|(t, _)| *t == tag)
        .map_or(&[], |(_, frame)| frame.files().as_slice())
}

/// Every embedded locale file as `(tag, file name, source)`.
pub fn all_locale_files() -> Vec<(&'static str, &'static str, &'static str)> {
    locale_tags()
        .flat_map(|tag| locale_files(tag).iter().map(move |(f, s)| (tag, *f, *s)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_frame_unpacks_to_its_files() {
        assert!(content().iter().any(|(p, _)| *p == "directory.json"));
        assert!(content().iter().any(|(p, _)| p.starts_with("lessons/")));
        assert!(locale_tags().count() >= 9);
        for tag in locale_tags() {
            let files = locale_files(tag);
            assert!(!files.is_empty(), "{tag}");
            assert!(
                files
                    .iter()
                    .all(|(f, s)| f.ends_with(".ftl") && !s.is_empty())
            );
        }
        assert!(locale_files("xx").is_empty());
        let en = locale_files("en");
        let disk = std::fs::read_to_string(format!(
            "{}/../locales/en/{}",
            env!("CARGO_MANIFEST_DIR"),
            en[0].0
        ))
        .unwrap();
        assert_eq!(en[0].1, disk);
    }

    #[test]
    fn unpacking_is_capped() {
        let (_, packed) = generated::LOCALE_FRAMES[0];
        let full = unzstd(packed, MAX_UNPACKED).unwrap();
        assert_eq!(
            unzstd(packed, full.len()).map(|v| v.len()),
            Some(full.len())
        );
        assert_eq!(unzstd(packed, full.len() - 1), None);
        assert_eq!(unzstd(b"not zstd", MAX_UNPACKED), None);
        // A header asking for a 2 TiB window is refused before decoding.
        let huge = [0x28, 0xB5, 0x2F, 0xFD, 0x00, 0xF8, 0, 0, 0];
        assert_eq!(window_size(&huge), Some(1 << 41));
        assert_eq!(unzstd(&huge, MAX_UNPACKED), None);
        assert_eq!(unzstd(&packed[..packed.len() / 2], MAX_UNPACKED), None);
        // A frame with the optional checksum (as the zstd tool writes) unpacks.
        let mut c = zstd::bulk::Compressor::new(3).unwrap();
        c.set_parameter(zstd::zstd_safe::CParameter::ChecksumFlag(true))
            .unwrap();
        let checked = c.compress(&full).unwrap();
        assert_eq!(unzstd(&checked, full.len()), Some(full.clone()));
        let mut trailing = packed.to_vec();
        trailing.push(0);
        assert_eq!(unzstd(&trailing, MAX_UNPACKED), None);
    }
}
