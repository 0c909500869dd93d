//! HPKE (RFC 9180), base mode, for one suite only:
//! DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20-Poly1305
//! (KEM 0x0020, KDF 0x0001, AEAD 0x0003), single-shot seal and open.
//!
//! X25519 comes from `x25519-dalek` (ring cannot load a static private
//! key, which a hotline needs); HKDF and the AEAD come from `ring`. The
//! RFC 9180 test vectors for this suite (Appendix A.2.1) pass below.

use ring::aead::{Aad, CHACHA20_POLY1305, LessSafeKey, Nonce, UnboundKey};
use ring::hmac;
use ring::rand::{SecureRandom, SystemRandom};
use x25519_dalek::{PublicKey, StaticSecret};
use zeroize::Zeroizing;

pub const KEM_ID: u16 = 0x0020;
pub const KDF_ID: u16 = 0x0001;
pub const AEAD_ID: u16 = 0x0003;
/// Length of the encapsulated key (an X25519 public key).
pub const ENC_LEN: usize = 32;
pub const TAG_LEN: usize = 16;

/// Why sealing or opening failed. Deliberately coarse: a failed open says
/// nothing about which part was wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HpkeError {
    /// The peer's public key is a low-order point (the shared secret would be zero).
    BadPublicKey,
    /// Authentication failed: wrong key, changed ciphertext, or wrong info/aad.
    OpenFailed,
    /// No randomness from the operating system.
    NoRandomness,
}

/// An X25519 key pair: `(private, public)`, 32 bytes each.
pub fn generate_keypair() -> Result<(Zeroizing<[u8; 32]>, [u8; 32]), HpkeError> {
    let mut sk = Zeroizing::new([0u8; 32]);
    SystemRandom::new()
        .fill(sk.as_mut())
        .map_err(|_| HpkeError::NoRandomness)?;
    let pk = PublicKey::from(&StaticSecret::from(*sk)).to_bytes();
    Ok((sk, pk))
}

/// The public key of an X25519 private key.
pub fn public_key(private: &[u8; 32]) -> [u8; 32] {
    PublicKey::from(&StaticSecret::from(*private)).to_bytes()
}

fn extract(salt: &[u8], ikm: &[u8]) -> hmac::Tag {
    // HKDF-Extract with an empty salt uses a string of zero bytes.
    let zeros = [0u8; 32];
    let salt = if salt.is_empty() { &zeros[..] } else { salt };
    hmac::sign(&hmac::Key::new(hmac::HMAC_SHA256, salt), ikm)
}

fn expand(prk: &[u8], info: &[u8], len: usize) -> Zeroizing<Vec<u8>> {
    let key = hmac::Key::new(hmac::HMAC_SHA256, prk);
    let mut out = Zeroizing::new(Vec::with_capacity(len));
    let mut previous: Vec<u8> = Vec::new();
    let mut counter = 1u8;
    while out.len() < len {
        let mut ctx = hmac::Context::with_key(&key);
        ctx.update(&previous);
        ctx.update(info);
        ctx.update(&[counter]);
        previous = ctx.sign().as_ref().to_vec();
        out.extend_from_slice(&previous);
        counter = counter.wrapping_add(1);
    }
    out.truncate(len);
    out
}

fn labeled_extract(suite: &[u8], salt: &[u8], label: &[u8], ikm: &[u8]) -> Zeroizing<Vec<u8>> {
    let mut labeled = Zeroizing::new(Vec::with_capacity(
        7 + suite.len() + label.len() + ikm.len(),
    ));
    labeled.extend_from_slice(b"HPKE-v1");
    labeled.extend_from_slice(suite);
    labeled.extend_from_slice(label);
    labeled.extend_from_slice(ikm);
    Zeroizing::new(extract(salt, &labeled).as_ref().to_vec())
}

fn labeled_expand(
    suite: &[u8],
    prk: &[u8],
    label: &[u8],
    info: &[u8],
    len: usize,
) -> Zeroizing<Vec<u8>> {
    let mut labeled = Vec::with_capacity(9 + suite.len() + label.len() + info.len());
    labeled.extend_from_slice(&(len as u16).to_be_bytes());
    labeled.extend_from_slice(b"HPKE-v1");
    labeled.extend_from_slice(suite);
    labeled.extend_from_slice(label);
    labeled.extend_from_slice(info);
    expand(prk, &labeled, len)
}

fn kem_suite() -> [u8; 5] {
    let id = KEM_ID.to_be_bytes();
    [b'K', b'E', b'M', id[0], id[1]]
}

fn hpke_suite() -> [u8; 10] {
    let (k, d, a) = (
        KEM_ID.to_be_bytes(),
        KDF_ID.to_be_bytes(),
        AEAD_ID.to_be_bytes(),
    );
    [b'H', b'P', b'K', b'E', k[0], k[1], d[0], d[1], a[0], a[1]]
}

/// DHKEM shared secret from the DH output and `enc ‖ pkR`.
fn shared_secret(
    dh: &[u8; 32],
    enc: &[u8; 32],
    pk_r: &[u8; 32],
) -> Result<Zeroizing<Vec<u8>>, HpkeError> {
    if dh.iter().all(|b| *b == 0) {
        return Err(HpkeError::BadPublicKey);
    }
    let suite = kem_suite();
    let prk = labeled_extract(&suite, b"", b"eae_prk", dh);
    let mut context = [0u8; 64];
    context[..32].copy_from_slice(enc);
    context[32..].copy_from_slice(pk_r);
    Ok(labeled_expand(&suite, &prk, b"shared_secret", &context, 32))
}

/// The base-mode key schedule: `(key, base_nonce)`.
fn key_schedule(shared: &[u8], info: &[u8]) -> (Zeroizing<Vec<u8>>, [u8; 12]) {
    let suite = hpke_suite();
    let psk_id_hash = labeled_extract(&suite, b"", b"psk_id_hash", b"");
    let info_hash = labeled_extract(&suite, b"", b"info_hash", info);
    let mut context = Vec::with_capacity(65);
    context.push(0x00); // mode_base
    context.extend_from_slice(&psk_id_hash);
    context.extend_from_slice(&info_hash);
    let secret = labeled_extract(&suite, shared, b"secret", b"");
    let key = labeled_expand(&suite, &secret, b"key", &context, 32);
    let nonce_bytes = labeled_expand(&suite, &secret, b"base_nonce", &context, 12);
    let mut base_nonce = [0u8; 12];
    base_nonce.copy_from_slice(&nonce_bytes);
    (key, base_nonce)
}

fn aead(key: &[u8]) -> LessSafeKey {
    // `key` is always 32 bytes from the key schedule, the only length
    // ChaCha20-Poly1305 takes, so this cannot fail.
    #[allow(clippy::expect_used)]
    LessSafeKey::new(UnboundKey::new(&CHACHA20_POLY1305, key).expect("32-byte key"))
}

/// Seals `plaintext` to `pk_r` with the ephemeral private key `sk_e`
/// (exposed for the RFC test vectors; use [`seal`]). Returns `(enc, ciphertext‖tag)`.
pub fn seal_with_ephemeral(
    sk_e: &[u8; 32],
    pk_r: &[u8; 32],
    info: &[u8],
    aad: &[u8],
    plaintext: &[u8],
) -> Result<([u8; 32], Vec<u8>), HpkeError> {
    let secret = StaticSecret::from(*sk_e);
    let enc = PublicKey::from(&secret).to_bytes();
    let dh = Zeroizing::new(secret.diffie_hellman(&PublicKey::from(*pk_r)).to_bytes());
    let shared = shared_secret(&dh, &enc, pk_r)?;
    let (key, nonce) = key_schedule(&shared, info);
    let mut out = plaintext.to_vec();
    aead(&key)
        .seal_in_place_append_tag(
            Nonce::assume_unique_for_key(nonce),
            Aad::from(aad),
            &mut out,
        )
        .map_err(|_| HpkeError::OpenFailed)?;
    Ok((enc, out))
}

/// Seals `plaintext` to the recipient public key `pk_r` (single shot).
pub fn seal(
    pk_r: &[u8; 32],
    info: &[u8],
    aad: &[u8],
    plaintext: &[u8],
) -> Result<([u8; 32], Vec<u8>), HpkeError> {
    let (sk_e, _) = generate_keypair()?;
    seal_with_ephemeral(&sk_e, pk_r, info, aad, plaintext)
}

/// Opens a single-shot message with the recipient private key `sk_r`.
pub fn open(
    sk_r: &[u8; 32],
    enc: &[u8; 32],
    info: &[u8],
    aad: &[u8],
    ciphertext: &[u8],
) -> Result<Zeroizing<Vec<u8>>, HpkeError> {
    let secret = StaticSecret::from(*sk_r);
    let pk_r = PublicKey::from(&secret).to_bytes();
    let dh = Zeroizing::new(secret.diffie_hellman(&PublicKey::from(*enc)).to_bytes());
    let shared = shared_secret(&dh, enc, &pk_r)?;
    let (key, nonce) = key_schedule(&shared, info);
    let mut buf = Zeroizing::new(ciphertext.to_vec());
    let len = aead(&key)
        .open_in_place(
            Nonce::assume_unique_for_key(nonce),
            Aad::from(aad),
            &mut buf,
        )
        .map_err(|_| HpkeError::OpenFailed)?
        .len();
    buf.truncate(len);
    Ok(buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(s: &str) -> Vec<u8> {
        (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
            .collect()
    }

    fn arr(s: &str) -> [u8; 32] {
        hex(s).try_into().unwrap()
    }

    // RFC 9180, A.2.1: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256,
    // ChaCha20Poly1305, base mode; encryption with sequence number 0.
    const INFO: &str = "4f6465206f6e2061204772656369616e2055726e";
    const SK_EM: &str = "f4ec9b33b792c372c1d2c2063507b684ef925b8c75a42dbcbf57d63ccd381600";
    const PK_EM: &str = "1afa08d3dec047a643885163f1180476fa7ddb54c6a8029ea33f95796bf2ac4a";
    const SK_RM: &str = "8057991eef8f1f1af18f4a9491d16a1ce333f695d4db8e38da75975c4478e0fb";
    const PK_RM: &str = "4310ee97d88cc1f088a5576c77ab0cf5c3ac797f3d95139c6c84b5429c59662a";
    const PT: &str = "4265617574792069732074727574682c20747275746820626561757479";
    const AAD: &str = "436f756e742d30";
    const CT: &str = "1c5250d8034ec2b784ba2cfd69dbdb8af406cfe3ff938e131f0def8c8b60b4db21993c62ce81883d2dd1b51a28";
    const KEY: &str = "ad2744de8e17f4ebba575b3f5f5a8fa1f69c2a07f6e7500bc60ca6e3e3ec1c91";
    const BASE_NONCE: &str = "5c4d98150661b848853b547f";

    #[test]
    fn rfc9180_a_2_1_keys_and_key_schedule() {
        assert_eq!(public_key(&arr(SK_EM)), arr(PK_EM));
        assert_eq!(public_key(&arr(SK_RM)), arr(PK_RM));
        let sk_e = StaticSecret::from(arr(SK_EM));
        let dh = sk_e.diffie_hellman(&PublicKey::from(arr(PK_RM))).to_bytes();
        let shared = shared_secret(&dh, &arr(PK_EM), &arr(PK_RM)).unwrap();
        let (key, nonce) = key_schedule(&shared, &hex(INFO));
        assert_eq!(*key, hex(KEY));
        assert_eq!(nonce.to_vec(), hex(BASE_NONCE));
    }

    #[test]
    fn rfc9180_a_2_1_seal_and_open() {
        let (enc, ct) =
            seal_with_ephemeral(&arr(SK_EM), &arr(PK_RM), &hex(INFO), &hex(AAD), &hex(PT)).unwrap();
        assert_eq!(enc, arr(PK_EM));
        assert_eq!(ct, hex(CT));
        let pt = open(&arr(SK_RM), &enc, &hex(INFO), &hex(AAD), &ct).unwrap();
        assert_eq!(*pt, hex(PT));
    }

    #[test]
    fn anything_changed_fails_to_open() {
        let (sk, pk) = generate_keypair().unwrap();
        let (enc, ct) = seal(&pk, b"info", b"aad", b"hello hotline").unwrap();
        assert_eq!(
            &*open(&sk, &enc, b"info", b"aad", &ct).unwrap(),
            b"hello hotline"
        );
        let mut bad = ct.clone();
        bad[0] ^= 1;
        assert_eq!(
            open(&sk, &enc, b"info", b"aad", &bad),
            Err(HpkeError::OpenFailed)
        );
        assert_eq!(
            open(&sk, &enc, b"other", b"aad", &ct),
            Err(HpkeError::OpenFailed)
        );
        assert_eq!(
            open(&sk, &enc, b"info", b"other", &ct),
            Err(HpkeError::OpenFailed)
        );
        let (other, _) = generate_keypair().unwrap();
        assert_eq!(
            open(&other, &enc, b"info", b"aad", &ct),
            Err(HpkeError::OpenFailed)
        );
        // The all-zero point is refused rather than giving a zero secret.
        assert_eq!(
            open(&sk, &[0u8; 32], b"info", b"aad", &ct),
            Err(HpkeError::BadPublicKey)
        );
    }
}
