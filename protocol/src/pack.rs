//! The signed content pack container.
//!
//! ```text
//! offset  size  field
//! 0       6     magic "WMPACK"
//! 6       1     format version: 1 (plain payload) or 2 (compressed)
//! 7       8     key id: the first 8 bytes of SHA-256(publisher Ed25519 public key)
//! 15      8     pack version, big-endian u64; an installed pack only ever
//!               goes up
//! 23      4     payload length N, big-endian u32 (at most MAX_PAYLOAD)
//! format 1:
//! 27      N     payload: UTF-8 JSON (see docs/protocol.md)
//! 27+N    64    Ed25519 signature over bytes 0 .. 27+N
//! format 2:
//! 27      4     unpacked length U, big-endian u32 (at most MAX_PAYLOAD)
//! 31      N     payload: one zstd frame (RFC 8878) that decompresses to
//!               exactly U bytes of the same JSON
//! 31+N    64    Ed25519 signature over bytes 0 .. 31+N
//! ```
//!
//! The signature covers the compressed bytes, so a reader verifies before it
//! decompresses, and decompresses at most U ≤ MAX_PAYLOAD bytes. This
//! module only frames bytes; signing, verifying and decompressing happen in
//! the engine and the tools, which hold the keys.

use std::fmt;

pub const MAGIC: &[u8; 6] = b"WMPACK";
/// The plain format, still accepted.
pub const FORMAT_PLAIN: u8 = 1;
/// The compressed format, written by current tools.
pub const FORMAT_COMPRESSED: u8 = 2;
/// Header length of format 1.
pub const HEADER_LEN: usize = 27;
/// Header length of format 2 (format 1's plus the unpacked length).
pub const HEADER_LEN_V2: usize = 31;
pub const SIGNATURE_LEN: usize = 64;
/// Largest payload accepted, compressed or not, and largest unpacked
/// payload of a format-2 pack: 16 MiB (the shipped content is about
/// 2.4 MiB of JSON, 0.35 MiB compressed).
pub const MAX_PAYLOAD: usize = 16 * 1024 * 1024;

/// Why bytes are not a pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackError {
    NotAPack,
    UnsupportedFormat(u8),
    TooLarge,
    Truncated,
    TrailingBytes,
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PackError::NotAPack => f.write_str("not a Waymark content pack"),
            PackError::UnsupportedFormat(v) => write!(f, "unsupported pack format {v}"),
            PackError::TooLarge => f.write_str("pack payload too large"),
            PackError::Truncated => f.write_str("pack is truncated"),
            PackError::TrailingBytes => f.write_str("pack has bytes after its signature"),
        }
    }
}

impl std::error::Error for PackError {}

/// A framed pack, not yet verified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pack<'a> {
    /// [`FORMAT_PLAIN`] or [`FORMAT_COMPRESSED`].
    pub format: u8,
    pub key_id: [u8; 8],
    pub version: u64,
    /// The payload as framed: JSON (format 1) or a zstd frame (format 2).
    pub payload: &'a [u8],
    /// Format 2: the length the payload must decompress to (≤ MAX_PAYLOAD).
    pub unpacked_len: Option<usize>,
    /// The bytes the signature covers.
    pub signed: &'a [u8],
    pub signature: &'a [u8],
}

/// Frames a compressed `payload` (format 2) for signing: everything but the
/// signature. `unpacked_len` is the length of the JSON it decompresses to.
pub fn unsigned_v2(
    key_id: [u8; 8],
    version: u64,
    payload: &[u8],
    unpacked_len: usize,
) -> Result<Vec<u8>, PackError> {
    if payload.len() > MAX_PAYLOAD || unpacked_len > MAX_PAYLOAD {
        return Err(PackError::TooLarge);
    }
    let mut out = Vec::with_capacity(HEADER_LEN_V2 + payload.len() + SIGNATURE_LEN);
    out.extend_from_slice(MAGIC);
    out.push(FORMAT_COMPRESSED);
    out.extend_from_slice(&key_id);
    out.extend_from_slice(&version.to_be_bytes());
    out.extend_from_slice(&(payload.len() as u32).to_be_bytes());
    out.extend_from_slice(&(unpacked_len as u32).to_be_bytes());
    out.extend_from_slice(payload);
    Ok(out)
}

/// Frames a plain JSON `payload` as format 1 for signing: everything but
/// the signature (what tools wrote before format 2; still accepted).
pub fn unsigned(key_id: [u8; 8], version: u64, payload: &[u8]) -> Result<Vec<u8>, PackError> {
    if payload.len() > MAX_PAYLOAD {
        return Err(PackError::TooLarge);
    }
    let mut out = Vec::with_capacity(HEADER_LEN + payload.len() + SIGNATURE_LEN);
    out.extend_from_slice(MAGIC);
    out.push(FORMAT_PLAIN);
    out.extend_from_slice(&key_id);
    out.extend_from_slice(&version.to_be_bytes());
    out.extend_from_slice(&(payload.len() as u32).to_be_bytes());
    out.extend_from_slice(payload);
    Ok(out)
}

fn be_u32(bytes: &[u8], at: usize) -> usize {
    let mut n = [0u8; 4];
    n.copy_from_slice(&bytes[at..at + 4]);
    u32::from_be_bytes(n) as usize
}

/// Reads a pack's frame (format 1 or 2). Checks sizes before reading
/// anything they describe; never decompresses.
pub fn parse(bytes: &[u8]) -> Result<Pack<'_>, PackError> {
    if bytes.len() < 7 || &bytes[..6] != MAGIC {
        return Err(PackError::NotAPack);
    }
    let format = bytes[6];
    let header = match format {
        FORMAT_PLAIN => HEADER_LEN,
        FORMAT_COMPRESSED => HEADER_LEN_V2,
        other => return Err(PackError::UnsupportedFormat(other)),
    };
    if bytes.len() < header {
        return Err(PackError::Truncated);
    }
    let mut key_id = [0u8; 8];
    key_id.copy_from_slice(&bytes[7..15]);
    let mut v = [0u8; 8];
    v.copy_from_slice(&bytes[15..23]);
    let len = be_u32(bytes, 23);
    let unpacked_len = (format == FORMAT_COMPRESSED).then(|| be_u32(bytes, 27));
    if len > MAX_PAYLOAD || unpacked_len.is_some_and(|u| u > MAX_PAYLOAD) {
        return Err(PackError::TooLarge);
    }
    let end = header + len;
    if bytes.len() < end + SIGNATURE_LEN {
        return Err(PackError::Truncated);
    }
    if bytes.len() > end + SIGNATURE_LEN {
        return Err(PackError::TrailingBytes);
    }
    Ok(Pack {
        format,
        key_id,
        version: u64::from_be_bytes(v),
        payload: &bytes[header..end],
        unpacked_len,
        signed: &bytes[..end],
        signature: &bytes[end..],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_round_trip() {
        let mut bytes = unsigned([1; 8], 7, b"{}").unwrap();
        bytes.extend_from_slice(&[9; 64]);
        let p = parse(&bytes).unwrap();
        assert_eq!((p.version, p.payload, p.key_id), (7, &b"{}"[..], [1; 8]));
        assert_eq!((p.format, p.unpacked_len), (1, None));
        assert_eq!(p.signature, &[9; 64][..]);
        assert_eq!(p.signed, &bytes[..29]);

        let mut v2 = unsigned_v2([2; 8], 8, b"zstd", 1000).unwrap();
        assert_eq!(&v2[23..31], &[0, 0, 0, 4, 0, 0, 3, 0xE8]);
        v2.extend_from_slice(&[7; 64]);
        let p = parse(&v2).unwrap();
        assert_eq!((p.format, p.version, p.payload), (2, 8, &b"zstd"[..]));
        assert_eq!(p.unpacked_len, Some(1000));
        assert_eq!(p.signed, &v2[..35]);
    }

    #[test]
    fn hostile_frames_are_refused() {
        assert_eq!(parse(b""), Err(PackError::NotAPack));
        assert_eq!(parse(b"PK\x03\x04zipfile"), Err(PackError::NotAPack));
        let mut bytes = unsigned([1; 8], 7, b"{}").unwrap();
        assert_eq!(parse(&bytes), Err(PackError::Truncated));
        bytes.extend_from_slice(&[9; 65]);
        assert_eq!(parse(&bytes), Err(PackError::TrailingBytes));
        let mut huge = unsigned([1; 8], 1, b"").unwrap();
        huge[23..27].copy_from_slice(&u32::MAX.to_be_bytes());
        assert_eq!(parse(&huge), Err(PackError::TooLarge));
        // A format-2 header claiming more than 16 MiB unpacked.
        let mut bomb = unsigned_v2([1; 8], 1, b"", 0).unwrap();
        bomb[27..31].copy_from_slice(&(MAX_PAYLOAD as u32 + 1).to_be_bytes());
        bomb.extend_from_slice(&[0; 64]);
        assert_eq!(parse(&bomb), Err(PackError::TooLarge));
        assert_eq!(
            unsigned_v2([1; 8], 1, b"", MAX_PAYLOAD + 1),
            Err(PackError::TooLarge)
        );
        assert_eq!(parse(&bomb[..30]), Err(PackError::Truncated));
        let mut future = unsigned([1; 8], 1, b"").unwrap();
        future[6] = 3;
        assert_eq!(parse(&future), Err(PackError::UnsupportedFormat(3)));
    }
}
