//! Hostile input for every decoder in this crate: random bytes, truncations
//! and bit flips of valid frames must be refused with an error, never a
//! panic. Deterministic (a fixed-seed xorshift), so a failure reproduces.

#![allow(clippy::unwrap_used)] // tests fail loudly by design

use waymark_protocol::message::{MessageV2, ReplyV2};
use waymark_protocol::{batch, envelope, hpke, pack};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next() as u8).collect()
    }
}

#[test]
fn random_bytes_never_panic_and_never_open() {
    let mut rng = Rng(0x5eed_cafe_f00d_1234);
    let (sk, _) = hpke::generate_keypair().unwrap();
    for i in 0..5_000 {
        let len = (rng.next() % 300) as usize;
        let mut bytes = rng.bytes(len);
        if i % 3 == 0 && !bytes.is_empty() {
            bytes[0] = envelope::FORMAT;
        }
        let _ = envelope::header(&bytes);
        assert!(envelope::open(&sk, &bytes).is_err());
        if i % 5 == 0 && bytes.len() >= 6 {
            bytes[..6].copy_from_slice(pack::MAGIC);
        }
        let _ = pack::parse(&bytes);
    }
}

#[test]
fn every_truncation_and_bit_flip_of_a_valid_envelope_is_refused() {
    let (sk, pk) = hpke::generate_keypair().unwrap();
    let env = envelope::seal(&pk, [3; 16], b"a short message to a hotline").unwrap();
    for cut in 0..env.len() {
        assert!(
            envelope::open(&sk, &env[..cut]).is_err(),
            "truncated at {cut}"
        );
    }
    for i in 0..env.len() {
        for bit in 0..8 {
            let mut flipped = env.clone();
            flipped[i] ^= 1 << bit;
            assert!(envelope::open(&sk, &flipped).is_err(), "byte {i} bit {bit}");
        }
    }
    assert!(envelope::open(&sk, &env).is_ok());
}

#[test]
fn every_truncation_of_a_pack_frame_is_refused() {
    let mut framed = pack::unsigned([1; 8], 3, br#"{"content":{}}"#).unwrap();
    framed.extend_from_slice(&[0u8; 64]);
    assert!(pack::parse(&framed).is_ok());
    for cut in 0..framed.len() {
        assert!(pack::parse(&framed[..cut]).is_err(), "truncated at {cut}");
    }
}

/// Found by the `message` fuzz target (fuzz/, crash-663c5e95): hex with a
/// `+` in a digit pair parsed, because `u8::from_str_radix` accepts a sign,
/// so "+a" read as 0x0a and one id had two spellings.
#[test]
fn hex_with_a_sign_is_refused() {
    use waymark_protocol::message::{from_hex, hex};
    let crash = format!("ab{}+{}baabaab", "a".repeat(82), "a".repeat(44));
    assert_eq!(crash.len(), 136);
    assert_eq!(from_hex(&crash), None);
    for s in ["+f", "-1", "+0", "0+", " 1", "1 "] {
        assert_eq!(from_hex(s), None, "{s:?}");
    }
    let id = "+0".repeat(16);
    assert_eq!(from_hex(&id), None);
    assert_eq!(from_hex("00FFab").map(|b| hex(&b)), Some("00ffab".into()));
}

#[test]
fn every_truncation_and_bit_flip_of_a_format_2_envelope_is_refused() {
    let (sk, pk) = hpke::generate_keypair().unwrap();
    let env = envelope::seal_v2(&pk, [3; 16], b"a short message to a hotline").unwrap();
    for cut in 0..env.len() {
        assert!(envelope::open(&sk, &env[..cut]).is_err(), "cut {cut}");
    }
    for i in 0..env.len() {
        for bit in 0..8 {
            let mut flipped = env.clone();
            flipped[i] ^= 1 << bit;
            assert!(envelope::open(&sk, &flipped).is_err(), "byte {i} bit {bit}");
        }
    }
    assert!(envelope::open(&sk, &env).is_ok());
}

#[test]
fn random_bytes_into_the_binary_decoders_never_panic() {
    let mut rng = Rng(0x0b17_f00d_5eed_0002);
    let (_, pk) = hpke::generate_keypair().unwrap();
    let env = envelope::seal_v2(&pk, [9; 16], b"seed").unwrap();
    let body = batch::encode([env.as_slice()]).unwrap();
    for i in 0..5_000 {
        let len = (rng.next() % 200) as usize;
        let mut bytes = rng.bytes(len);
        let _ = MessageV2::from_bytes(&bytes);
        let _ = ReplyV2::from_bytes(&bytes);
        let _ = batch::decode_answer(&bytes);
        if i % 2 == 0 && !bytes.is_empty() {
            bytes[0] = batch::FORMAT;
        }
        if let Ok(items) = batch::decode(&bytes) {
            assert!(!items.is_empty() && items.len() <= 100);
        }
        // Mutations of a valid body: one byte changed.
        let mut changed = body.clone();
        let at = (rng.next() as usize) % changed.len();
        changed[at] = rng.next() as u8;
        if let Ok(items) = batch::decode(&changed) {
            for e in items.into_iter().flatten() {
                let _ = envelope::header(&e);
            }
        }
    }
}
