//! The sealed envelope: a message to a hotline that only the hotline can
//! read. The relay stores and forwards envelopes; it can read the header
//! (which hotline key, which envelope id) and nothing else.
//!
//! Format 2 (written by current phones and hotline tools):
//!
//! ```text
//! offset  size  field
//! 0       1     format version (2)
//! 1       16    envelope id
//! 17      8     key id
//! 25      32    enc
//! 57      N     HPKE ciphertext ‖ tag (16 ≤ N ≤ MAX_PLAINTEXT + 16; N is the
//!               rest of the envelope, its container gives the length),
//!               info = "waymark/v2/envelope", aad = bytes 0..57
//! ```
//!
//! Format 1 (the old format, still read and written for old phones):
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

/// The old format (JSON inside, a length field in the header).
pub const FORMAT: u8 = 1;
/// The compact format (binary inside, no length field).
pub const FORMAT_V2: u8 = 2;
/// Header of a format 1 envelope (with its 4-byte length).
pub const HEADER_LEN: usize = 61;
/// Header of a format 2 envelope: version, id, key id, enc.
pub const HEADER_LEN_V2: usize = 57;
/// Bytes 0..57, the associated data in both formats.
const AAD_LEN: usize = 57;
/// Largest message body: 16 KiB is pages of text; attachments are not sent.
pub const MAX_PLAINTEXT: usize = 16 * 1024;
/// Largest envelope of either format (format 1 is 4 bytes longer).
pub const MAX_ENVELOPE: usize = HEADER_LEN + MAX_PLAINTEXT + hpke::TAG_LEN;
/// Largest format 2 envelope.
pub const MAX_ENVELOPE_V2: usize = HEADER_LEN_V2 + MAX_PLAINTEXT + hpke::TAG_LEN;
/// Longest and shortest format 2 ciphertext (with its tag).
pub const MAX_CIPHERTEXT: usize = MAX_PLAINTEXT + hpke::TAG_LEN;
pub const MIN_CIPHERTEXT: usize = hpke::TAG_LEN;
const INFO: &[u8] = b"waymark/v1/envelope";
const INFO_V2: &[u8] = b"waymark/v2/envelope";

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
    /// [`FORMAT`] or [`FORMAT_V2`]: it also says how the plaintext is
    /// encoded (JSON in format 1, binary in format 2).
    pub format: u8,
    pub id: [u8; 16],
    pub key_id: [u8; 8],
}

/// Seals `plaintext` to the hotline key `pk` under envelope `id` in the old
/// format 1 (for a reply to an old phone, and for tests of old clients).
pub fn seal(pk: &[u8; 32], id: [u8; 16], plaintext: &[u8]) -> Result<Vec<u8>, EnvelopeError> {
    seal_format(FORMAT, pk, id, plaintext)
}

/// Seals `plaintext` to `pk` under envelope `id` in format 2.
pub fn seal_v2(pk: &[u8; 32], id: [u8; 16], plaintext: &[u8]) -> Result<Vec<u8>, EnvelopeError> {
    seal_format(FORMAT_V2, pk, id, plaintext)
}

fn seal_format(
    format: u8,
    pk: &[u8; 32],
    id: [u8; 16],
    plaintext: &[u8],
) -> Result<Vec<u8>, EnvelopeError> {
    if plaintext.len() > MAX_PLAINTEXT {
        return Err(EnvelopeError::TooLarge);
    }
    let (sk_e, _) = hpke::generate_keypair().map_err(|_| EnvelopeError::NoRandomness)?;
    let enc = hpke::public_key(&sk_e);
    let mut out = Vec::with_capacity(HEADER_LEN + plaintext.len() + hpke::TAG_LEN);
    out.push(format);
    out.extend_from_slice(&id);
    out.extend_from_slice(&key_id(pk));
    out.extend_from_slice(&enc);
    let info = if format == FORMAT { INFO } else { INFO_V2 };
    let (enc_again, ct) = hpke::seal_with_ephemeral(&sk_e, pk, info, &out, plaintext)
        .map_err(|_| EnvelopeError::OpenFailed)?;
    debug_assert_eq!(enc, enc_again);
    if format == FORMAT {
        out.extend_from_slice(&(ct.len() as u32).to_be_bytes());
    }
    out.extend_from_slice(&ct);
    Ok(out)
}

/// Reads the header of either format, checking every length before
/// trusting it.
pub fn header(bytes: &[u8]) -> Result<Header, EnvelopeError> {
    if bytes.len() > MAX_ENVELOPE {
        return Err(EnvelopeError::TooLarge);
    }
    let format = *bytes.first().ok_or(EnvelopeError::Malformed)?;
    let max = match format {
        FORMAT => MAX_ENVELOPE,
        FORMAT_V2 => MAX_ENVELOPE_V2,
        other => return Err(EnvelopeError::UnsupportedFormat(other)),
    };
    if bytes.len() > max {
        return Err(EnvelopeError::TooLarge);
    }
    if format == FORMAT {
        if bytes.len() < HEADER_LEN {
            return Err(EnvelopeError::Malformed);
        }
        let mut n = [0u8; 4];
        n.copy_from_slice(&bytes[57..61]);
        let len = u32::from_be_bytes(n) as usize;
        if len < hpke::TAG_LEN || HEADER_LEN + len != bytes.len() {
            return Err(EnvelopeError::Malformed);
        }
    } else if bytes.len() < HEADER_LEN_V2 + MIN_CIPHERTEXT {
        return Err(EnvelopeError::Malformed);
    }
    let mut id = [0u8; 16];
    id.copy_from_slice(&bytes[1..17]);
    let mut key_id = [0u8; 8];
    key_id.copy_from_slice(&bytes[17..25]);
    Ok(Header { format, id, key_id })
}

/// Opens an envelope of either format with the hotline private key;
/// [`Header::format`] says how to read the plaintext.
pub fn open(sk: &[u8; 32], bytes: &[u8]) -> Result<(Header, Zeroizing<Vec<u8>>), EnvelopeError> {
    let h = header(bytes)?;
    if h.key_id != key_id(&hpke::public_key(sk)) {
        return Err(EnvelopeError::WrongKey);
    }
    let mut enc = [0u8; 32];
    enc.copy_from_slice(&bytes[25..57]);
    let (info, start) = if h.format == FORMAT {
        (INFO, HEADER_LEN)
    } else {
        (INFO_V2, HEADER_LEN_V2)
    };
    let plaintext = hpke::open(sk, &enc, info, &bytes[..AAD_LEN], &bytes[start..])
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

    #[test]
    fn format_2_round_trips_without_a_length_field() {
        let (sk, pk) = hpke::generate_keypair().unwrap();
        let env = seal_v2(&pk, [5; 16], b"hello").unwrap();
        assert_eq!(env.len(), HEADER_LEN_V2 + 5 + hpke::TAG_LEN);
        assert_eq!(env[0], FORMAT_V2);
        assert_eq!(&env[1..17], &[5; 16]);
        assert_eq!(&env[17..25], &key_id(&pk));
        let h = header(&env).unwrap();
        assert_eq!(
            (h.format, h.id, h.key_id),
            (FORMAT_V2, [5; 16], key_id(&pk))
        );
        let (h2, pt) = open(&sk, &env).unwrap();
        assert_eq!((h2, &pt[..]), (h, &b"hello"[..]));
        // An empty plaintext still carries its tag.
        let empty = seal_v2(&pk, [6; 16], b"").unwrap();
        assert_eq!(&*open(&sk, &empty).unwrap().1, b"");
    }

    #[test]
    fn format_2_refusals() {
        let (sk, pk) = hpke::generate_keypair().unwrap();
        let env = seal_v2(&pk, [1; 16], b"message").unwrap();
        // Truncated below the header and tag.
        for cut in 0..HEADER_LEN_V2 + MIN_CIPHERTEXT {
            assert_eq!(header(&env[..cut]), Err(EnvelopeError::Malformed), "{cut}");
        }
        // The header is bound: the id, the key id or the version changed.
        for at in [1, 17, 30] {
            let mut changed = env.clone();
            changed[at] ^= 1;
            assert!(open(&sk, &changed).is_err(), "byte {at}");
        }
        // Read as format 1 (the same bytes with the other version) fails.
        let mut as_v1 = env.clone();
        as_v1[0] = FORMAT;
        assert!(open(&sk, &as_v1).is_err());
        // A format 1 envelope relabelled as format 2 does not open either.
        let v1 = seal(&pk, [1; 16], b"message").unwrap();
        let mut as_v2 = v1.clone();
        as_v2[0] = FORMAT_V2;
        assert_eq!(
            open(&sk, &as_v2).map(|_| ()),
            Err(EnvelopeError::OpenFailed)
        );
        // Trailing bytes change the ciphertext: refused.
        let mut longer = env.clone();
        longer.push(0);
        assert_eq!(
            open(&sk, &longer).map(|_| ()),
            Err(EnvelopeError::OpenFailed)
        );
        assert_eq!(
            header(&vec![FORMAT_V2; MAX_ENVELOPE_V2 + 1]),
            Err(EnvelopeError::TooLarge)
        );
        assert!(header(&vec![FORMAT_V2; MAX_ENVELOPE_V2]).is_ok());
        assert_eq!(header(&[3; 80]), Err(EnvelopeError::UnsupportedFormat(3)));
        assert_eq!(header(&[]), Err(EnvelopeError::Malformed));
    }
}

/// The worked example of `docs/protocol.md` ("Envelope format 2"): fixed
/// keys, so its bytes are a test vector for independent implementations.
#[cfg(test)]
mod example {
    use super::*;
    use crate::message::{MessageV2, hex};

    pub const HOTLINE_SK: [u8; 32] = [0x11; 32];
    pub const EPHEMERAL_SK: [u8; 32] = [0x22; 32];
    const ID: [u8; 16] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0xa, 0xb, 0xc, 0xd, 0xe, 0xf];

    pub fn envelope() -> Vec<u8> {
        let pk = hpke::public_key(&HOTLINE_SK);
        let m = MessageV2 {
            conversation: [1, 2, 3, 4, 5, 6, 7, 8],
            seq: 2,
            sent_at: crate::message::TIME_EPOCH + 60_000,
            route: None,
            body: "hi".into(),
        };
        let mut out = vec![FORMAT_V2];
        out.extend_from_slice(&ID);
        out.extend_from_slice(&key_id(&pk));
        out.extend_from_slice(&hpke::public_key(&EPHEMERAL_SK));
        let (_, ct) =
            hpke::seal_with_ephemeral(&EPHEMERAL_SK, &pk, INFO_V2, &out, &m.to_bytes()).unwrap();
        out.extend_from_slice(&ct);
        out
    }

    #[test]
    fn the_documented_example_opens_and_batches() {
        let env = envelope();
        let (h, plain) = open(&HOTLINE_SK, &env).unwrap();
        assert_eq!(h.format, FORMAT_V2);
        assert_eq!(hex(&plain), "0102030405060708040003e86869");
        let body = crate::batch::encode([env.as_slice()]).unwrap();
        println!("hotline public key {}", hex(&hpke::public_key(&HOTLINE_SK)));
        println!("envelope {}", hex(&env));
        println!("batch {}", hex(&body));
        assert_eq!(hex(&env), EXAMPLE_ENVELOPE);
        assert_eq!(hex(&body), EXAMPLE_BATCH);
    }

    /// Replies sealed by the hotline console's own HPKE code (console/,
    /// `test/interop.test.ts`, the same vectors): reply key 33 × 32.
    #[test]
    fn replies_sealed_by_the_console_open() {
        let reply_sk = [0x33; 32];
        let (h, plain) = open(
            &reply_sk,
            &crate::message::from_hex(CONSOLE_REPLY_V2).unwrap(),
        )
        .unwrap();
        let reply = crate::message::AnyReply::decode(h.format, &plain).unwrap();
        assert!(reply.is_for("0102030405060708aaaaaaaaaaaaaaaa"));
        assert_eq!(reply.body(), "ကျေးဇူးတင်ပါတယ်");
        assert_eq!(reply.sent_at(), 1_767_225_600 + 60 * 2000);
        let (h, plain) = open(
            &reply_sk,
            &crate::message::from_hex(CONSOLE_REPLY_V1).unwrap(),
        )
        .unwrap();
        assert_eq!(h.format, 1);
        let reply = crate::message::AnyReply::decode(h.format, &plain).unwrap();
        assert!(reply.is_for("0123456789abcdef0123456789abcdef"));
        assert_eq!(reply.body(), "ကျေးဇူးတင်ပါတယ်");
        assert_eq!(reply.sent_at(), 1_770_000_000);
    }

    const CONSOLE_REPLY_V2: &str = "02000102030405060708090a0b0c0d0e0f19bd195f8fa9ecb9ff2ee45601ec1b67310c7790404585ae697331eee1c1f8cf2419731c1fff3e6bc4f23efd55a4d2f374a6b06653e445a306d5770cf0c273db85fa6798fe4a464705d8b411b9f8c61163d7343fdbe72f43cd3eaf4a94f94e35482d766d5285571e6cc10f7cd0622a6d";
    const CONSOLE_REPLY_V1: &str = "01000102030405060708090a0b0c0d0e0f19bd195f8fa9ecb9ff2ee45601ec1b67310c7790404585ae697331eee1c1f8cf2419731c1fff3e6b0000009521cba69cb23bd00c710dff938b980835c48baa8c223f71eb6f07d91ddd30353d78beb359e33be0e6226e0e5bd3b1f7245459e463152aba5bc42bfcf7bb7d0ddf441d4be2124d85e52b9d023c0f940bf07a838bc1ce55a264c31f2bc7d7269bab203a2f11442cab9a8b8092789fd5ccc730c8a0934ed50866e22a0b2eff1079702ba0220fc14518683d9ee56116ff4d43f20abcd4a8";
    const EXAMPLE_ENVELOPE: &str = "02000102030405060708090a0b0c0d0e0fd19bf3f082782c870faa684ed28867b97f4a6a2dee5df8ce974e76b7018e3f22a1c4cf2678570f20469dbb73e7e8535d4a5e614a0182219e6feec8f90c0f98024a58dfdd02ce";
    const EXAMPLE_BATCH: &str = "0102d19bf3f082782c87011e000102030405060708090a0b0c0d0e0f0faa684ed28867b97f4a6a2dee5df8ce974e76b7018e3f22a1c4cf2678570f20469dbb73e7e8535d4a5e614a0182219e6feec8f90c0f98024a58dfdd02ce";
}
