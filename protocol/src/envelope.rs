//! The sealed envelope: a message to a hotline that only the hotline can
//! read. The relay stores and forwards envelopes; it can read the header
//! (which hotline key, which envelope id) and nothing else.
//!
//! ```text
//! offset  size  field
//! 0       1     format version (1)
//! 1       16    envelope id: random; the relay's idempotency key
//! 17      8     hotline key id: first 8 bytes of SHA-256(hotline X25519 public key)
//! 25      32    enc: HPKE encapsulated key
//! 57      4     ciphertext length N, big-endian u32 (N ≤ MAX_PLAINTEXT + 16)
//! 61      N     HPKE base mode, DHKEM(X25519, HKDF-SHA256) / HKDF-SHA256 /
//!               ChaCha20-Poly1305, info = "waymark/v1/envelope",
//!               aad = bytes 0..57 (the header is bound to the ciphertext)
//! ```

use std::fmt;

use ring::digest::{SHA256, digest};
use zeroize::Zeroizing;

use crate::hpke;

pub const FORMAT: u8 = 1;
pub const HEADER_LEN: usize = 61;
/// Largest message body: 16 KiB is pages of text; attachments are not sent.
pub const MAX_PLAINTEXT: usize = 16 * 1024;
pub const MAX_ENVELOPE: usize = HEADER_LEN + MAX_PLAINTEXT + hpke::TAG_LEN;
const INFO: &[u8] = b"waymark/v1/envelope";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnvelopeError {
    TooLarge,
    Malformed,
    UnsupportedFormat(u8),
    /// Sealed to another hotline key.
    WrongKey,
    /// Authentication failed (changed bytes or the wrong private key).
    OpenFailed,
    NoRandomness,
}

impl fmt::Display for EnvelopeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self {
            EnvelopeError::TooLarge => "envelope too large",
            EnvelopeError::Malformed => "malformed envelope",
            EnvelopeError::UnsupportedFormat(_) => "unsupported envelope format",
            EnvelopeError::WrongKey => "envelope sealed to another key",
            EnvelopeError::OpenFailed => "envelope does not open",
            EnvelopeError::NoRandomness => "no randomness",
        };
        f.write_str(s)
    }
}

impl std::error::Error for EnvelopeError {}

/// The 8-byte id of a hotline public key.
pub fn key_id(public_key: &[u8; 32]) -> [u8; 8] {
    let mut id = [0u8; 8];
    id.copy_from_slice(&digest(&SHA256, public_key).as_ref()[..8]);
    id
}

/// What the relay can see of an envelope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    pub id: [u8; 16],
    pub key_id: [u8; 8],
}

/// Seals `plaintext` to the hotline key `pk` under envelope `id`.
pub fn seal(pk: &[u8; 32], id: [u8; 16], plaintext: &[u8]) -> Result<Vec<u8>, EnvelopeError> {
    if plaintext.len() > MAX_PLAINTEXT {
        return Err(EnvelopeError::TooLarge);
    }
    let (sk_e, _) = hpke::generate_keypair().map_err(|_| EnvelopeError::NoRandomness)?;
    let enc = hpke::public_key(&sk_e);
    let mut out = Vec::with_capacity(HEADER_LEN + plaintext.len() + hpke::TAG_LEN);
    out.push(FORMAT);
    out.extend_from_slice(&id);
    out.extend_from_slice(&key_id(pk));
    out.extend_from_slice(&enc);
    let (enc_again, ct) = hpke::seal_with_ephemeral(&sk_e, pk, INFO, &out, plaintext)
        .map_err(|_| EnvelopeError::OpenFailed)?;
    debug_assert_eq!(enc, enc_again);
    out.extend_from_slice(&(ct.len() as u32).to_be_bytes());
    out.extend_from_slice(&ct);
    Ok(out)
}

/// Reads the header, checking every length before trusting it.
pub fn header(bytes: &[u8]) -> Result<Header, EnvelopeError> {
    if bytes.len() > MAX_ENVELOPE {
        return Err(EnvelopeError::TooLarge);
    }
    if bytes.len() < HEADER_LEN {
        return Err(EnvelopeError::Malformed);
    }
    if bytes[0] != FORMAT {
        return Err(EnvelopeError::UnsupportedFormat(bytes[0]));
    }
    let mut n = [0u8; 4];
    n.copy_from_slice(&bytes[57..61]);
    let len = u32::from_be_bytes(n) as usize;
    if len < hpke::TAG_LEN || HEADER_LEN + len != bytes.len() {
        return Err(EnvelopeError::Malformed);
    }
    let mut id = [0u8; 16];
    id.copy_from_slice(&bytes[1..17]);
    let mut key_id = [0u8; 8];
    key_id.copy_from_slice(&bytes[17..25]);
    Ok(Header { id, key_id })
}

/// Opens an envelope with the hotline private key.
pub fn open(sk: &[u8; 32], bytes: &[u8]) -> Result<(Header, Zeroizing<Vec<u8>>), EnvelopeError> {
    let h = header(bytes)?;
    if h.key_id != key_id(&hpke::public_key(sk)) {
        return Err(EnvelopeError::WrongKey);
    }
    let mut enc = [0u8; 32];
    enc.copy_from_slice(&bytes[25..57]);
    let plaintext = hpke::open(sk, &enc, INFO, &bytes[..57], &bytes[HEADER_LEN..])
        .map_err(|_| EnvelopeError::OpenFailed)?;
    Ok((h, plaintext))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_header() {
        let (sk, pk) = hpke::generate_keypair().unwrap();
        let env = seal(&pk, [7; 16], "ช่วยด้วย help".as_bytes()).unwrap();
        let h = header(&env).unwrap();
        assert_eq!(h.id, [7; 16]);
        assert_eq!(h.key_id, key_id(&pk));
        let (h2, pt) = open(&sk, &env).unwrap();
        assert_eq!(h2, h);
        assert_eq!(&*pt, "ช่วยด้วย help".as_bytes());
        assert!(
            !env.windows(4).any(|w| w == b"help"),
            "no plaintext on the wire"
        );
    }

    #[test]
    fn hostile_envelopes_are_refused() {
        let (sk, pk) = hpke::generate_keypair().unwrap();
        let env = seal(&pk, [1; 16], b"message").unwrap();
        // The header is authenticated: changing the id breaks the seal.
        let mut relabeled = env.clone();
        relabeled[1] ^= 1;
        assert_eq!(
            open(&sk, &relabeled).map(|_| ()),
            Err(EnvelopeError::OpenFailed)
        );
        let mut flipped = env.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 1;
        assert_eq!(
            open(&sk, &flipped).map(|_| ()),
            Err(EnvelopeError::OpenFailed)
        );
        assert_eq!(header(&env[..40]), Err(EnvelopeError::Malformed));
        assert_eq!(header(&env[..env.len() - 1]), Err(EnvelopeError::Malformed));
        let mut future = env.clone();
        future[0] = 9;
        assert_eq!(header(&future), Err(EnvelopeError::UnsupportedFormat(9)));
        assert_eq!(
            header(&vec![1u8; MAX_ENVELOPE + 1]),
            Err(EnvelopeError::TooLarge)
        );
        assert_eq!(
            seal(&pk, [0; 16], &vec![0u8; MAX_PLAINTEXT + 1]),
            Err(EnvelopeError::TooLarge)
        );
        let (other, _) = hpke::generate_keypair().unwrap();
        assert_eq!(open(&other, &env).map(|_| ()), Err(EnvelopeError::WrongKey));
    }
}
