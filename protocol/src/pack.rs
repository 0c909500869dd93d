//! The signed content pack container.
//!
//! ```text
//! offset  size  field
//! 0       6     magic "WMPACK"
//! 6       1     format version (1)
//! 7       8     key id: the first 8 bytes of SHA-256(publisher Ed25519 public key)
//! 15      8     pack version, big-endian u64; an installed pack only ever
//!               goes up
//! 23      4     payload length N, big-endian u32 (at most MAX_PAYLOAD)
//! 27      N     payload: UTF-8 JSON (see docs/protocol.md)
//! 27+N    64    Ed25519 signature over bytes 0 .. 27+N
//! ```
//!
//! This module only frames bytes; signing and verifying happen in the
//! engine and the tools, which hold the keys.

use std::fmt;

pub const MAGIC: &[u8; 6] = b"WMPACK";
pub const FORMAT: u8 = 1;
pub const HEADER_LEN: usize = 27;
pub const SIGNATURE_LEN: usize = 64;
/// Largest payload accepted: 16 MiB (the shipped content is well under 1 MiB).
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
    pub key_id: [u8; 8],
    pub version: u64,
    pub payload: &'a [u8],
    /// The bytes the signature covers.
    pub signed: &'a [u8],
    pub signature: &'a [u8],
}

/// Frames `payload` for signing: everything but the signature.
pub fn unsigned(key_id: [u8; 8], version: u64, payload: &[u8]) -> Result<Vec<u8>, PackError> {
    if payload.len() > MAX_PAYLOAD {
        return Err(PackError::TooLarge);
    }
    let mut out = Vec::with_capacity(HEADER_LEN + payload.len() + SIGNATURE_LEN);
    out.extend_from_slice(MAGIC);
    out.push(FORMAT);
    out.extend_from_slice(&key_id);
    out.extend_from_slice(&version.to_be_bytes());
    out.extend_from_slice(&(payload.len() as u32).to_be_bytes());
    out.extend_from_slice(payload);
    Ok(out)
}

/// Reads a pack's frame. Checks sizes before reading anything they describe.
pub fn parse(bytes: &[u8]) -> Result<Pack<'_>, PackError> {
    if bytes.len() < 7 || &bytes[..6] != MAGIC {
        return Err(PackError::NotAPack);
    }
    if bytes[6] != FORMAT {
        return Err(PackError::UnsupportedFormat(bytes[6]));
    }
    if bytes.len() < HEADER_LEN {
        return Err(PackError::Truncated);
    }
    let mut key_id = [0u8; 8];
    key_id.copy_from_slice(&bytes[7..15]);
    let mut v = [0u8; 8];
    v.copy_from_slice(&bytes[15..23]);
    let mut n = [0u8; 4];
    n.copy_from_slice(&bytes[23..27]);
    let len = u32::from_be_bytes(n) as usize;
    if len > MAX_PAYLOAD {
        return Err(PackError::TooLarge);
    }
    let end = HEADER_LEN + len;
    if bytes.len() < end + SIGNATURE_LEN {
        return Err(PackError::Truncated);
    }
    if bytes.len() > end + SIGNATURE_LEN {
        return Err(PackError::TrailingBytes);
    }
    Ok(Pack {
        key_id,
        version: u64::from_be_bytes(v),
        payload: &bytes[HEADER_LEN..end],
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
        assert_eq!(p.signature, &[9; 64][..]);
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
        let mut future = unsigned([1; 8], 1, b"").unwrap();
        future[6] = 2;
        assert_eq!(parse(&future), Err(PackError::UnsupportedFormat(2)));
    }
}
