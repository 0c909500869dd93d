//! Keys, PINs and sealing.
//!
//! The vault owns the profile's random 256-bit data key and everything that
//! protects it: the Argon2id-stretched PIN ([`kdf`]), the platform secret
//! ([`secret`]), the wrapped key slot, the canary, and the per-record AEAD
//! ([`seal`] / [`open`]). Keys live in zeroizing buffers and are dropped on
//! lock. This module must never write a key, a PIN or plaintext anywhere,
//! and never put either in an error.
//!
//! Key-encryption key: `HKDF-SHA256(salt, Argon2id(PIN, salt) ‖ platform
//! secret, "waymark/v1/kek")`. The data key is wrapped with
//! ChaCha20-Poly1305 under it. ChaCha20 is used everywhere because cheap
//! phones often lack AES instructions.

pub mod kdf;
pub mod pin;
pub mod secret;

use ring::aead::{Aad, CHACHA20_POLY1305, LessSafeKey, NONCE_LEN, Nonce, UnboundKey};
use ring::digest::{SHA256, digest};
use ring::hkdf;
use ring::rand::{SecureRandom, SystemRandom};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use crate::error::{Damaged, Error, Result};
pub use kdf::{KdfParams, KdfPolicy};
pub use secret::{FileSecret, PlatformSecret};

const SALT_LEN: usize = 16;
const KEY_LEN: usize = 32;
const TAG_LEN: usize = 16;
/// Leading byte of every sealed blob; a reader refuses other values.
const SEAL_FORMAT: u8 = 1;
const KEK_INFO: &[u8] = b"waymark/v1/kek";
const SLOT_AAD: &[u8] = b"waymark/v1/keyslot";
const CANARY_PLAINTEXT: &[u8] = b"waymark canary v1";

/// The profile's data key. Zeroized when dropped.
#[derive(Zeroize, ZeroizeOnDrop)]
pub struct DataKey([u8; KEY_LEN]);

impl std::fmt::Debug for DataKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DataKey(..)")
    }
}

impl DataKey {
    fn random() -> Result<Self> {
        let mut key = [0u8; KEY_LEN];
        fill_random(&mut key)?;
        Ok(DataKey(key))
    }

    fn aead(&self) -> Result<LessSafeKey> {
        aead_key(&self.0)
    }

    fn same_as(&self, other: &DataKey) -> bool {
        // Constant-time: a key comparison must not leak how many bytes match.
        self.0
            .iter()
            .zip(other.0.iter())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
    }
}

/// One wrapped copy of the data key, as stored in the `keyslot` table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeySlot {
    pub salt: Vec<u8>,
    pub m_kib: u32,
    pub t: u32,
    pub p: u32,
    pub nonce: Vec<u8>,
    pub wrapped_key: Vec<u8>,
    pub checksum: Vec<u8>,
}

impl KeySlot {
    /// Wraps `key` under `pin` and the platform secret with fresh salt.
    pub fn wrap(key: &DataKey, pin: &str, platform: &[u8], params: KdfParams) -> Result<Self> {
        let mut salt = vec![0u8; SALT_LEN];
        fill_random(&mut salt)?;
        let kek = kek(pin, platform, &salt, params)?;
        let mut nonce = [0u8; NONCE_LEN];
        fill_random(&mut nonce)?;
        let mut wrapped = key.0.to_vec();
        aead_key(&kek)?
            .seal_in_place_append_tag(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(SLOT_AAD),
                &mut wrapped,
            )
            .map_err(|_| Error::Internal("key wrap failed"))?;
        let mut slot = KeySlot {
            salt,
            m_kib: params.m_kib,
            t: params.t,
            p: params.p,
            nonce: nonce.to_vec(),
            wrapped_key: wrapped,
            checksum: Vec::new(),
        };
        slot.checksum = slot.compute_checksum();
        Ok(slot)
    }

    /// Unwraps the data key. A damaged slot is [`Error::Corrupted`]; a slot
    /// that is intact but does not open is [`Error::WrongPin`].
    pub fn unwrap_key(&self, pin: &str, platform: &[u8]) -> Result<DataKey> {
        if self.checksum != self.compute_checksum()
            || self.salt.len() != SALT_LEN
            || self.nonce.len() != NONCE_LEN
            || self.wrapped_key.len() != KEY_LEN + TAG_LEN
        {
            return Err(Error::Corrupted(Damaged::KeySlot));
        }
        let params = self.params().checked()?;
        let kek = kek(pin, platform, &self.salt, params)?;
        let nonce = nonce_from(&self.nonce)?;
        let mut buf = Zeroizing::new(self.wrapped_key.clone());
        let opened = aead_key(&kek)?
            .open_in_place(nonce, Aad::from(SLOT_AAD), &mut buf)
            .map_err(|_| Error::WrongPin)?;
        let mut key = [0u8; KEY_LEN];
        key.copy_from_slice(opened);
        Ok(DataKey(key))
    }

    pub fn params(&self) -> KdfParams {
        KdfParams {
            m_kib: self.m_kib,
            t: self.t,
            p: self.p,
        }
    }

    fn compute_checksum(&self) -> Vec<u8> {
        let mut data = Vec::with_capacity(128);
        data.extend_from_slice(&self.salt);
        for n in [self.m_kib, self.t, self.p] {
            data.extend_from_slice(&n.to_be_bytes());
        }
        data.extend_from_slice(&self.nonce);
        data.extend_from_slice(&self.wrapped_key);
        digest(&SHA256, &data).as_ref().to_vec()
    }
}

/// A fresh data key with its first slot and canary, for a new profile.
pub struct NewProfileKeys {
    pub key: DataKey,
    pub slot: KeySlot,
    pub canary: Vec<u8>,
}

impl std::fmt::Debug for NewProfileKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewProfileKeys(..)")
    }
}

pub fn new_profile_keys(pin: &str, platform: &[u8], params: KdfParams) -> Result<NewProfileKeys> {
    let key = DataKey::random()?;
    let slot = KeySlot::wrap(&key, pin, platform, params)?;
    let canary = seal(&key, Record::CANARY, 1, CANARY_PLAINTEXT)?;
    Ok(NewProfileKeys { key, slot, canary })
}

/// Proves that `key` belongs to the data: the canary must open to its value.
pub fn check_canary(key: &DataKey, sealed: &[u8]) -> Result<()> {
    match open(key, Record::CANARY, 1, sealed) {
        Ok(p) if p.as_slice() == CANARY_PLAINTEXT => Ok(()),
        _ => Err(Error::Corrupted(Damaged::Canary)),
    }
}

/// Checks that `pin` opens `slot` to the same key as `current`.
pub fn confirm_key(current: &DataKey, slot: &KeySlot, pin: &str, platform: &[u8]) -> Result<()> {
    let key = slot.unwrap_key(pin, platform)?;
    if key.same_as(current) {
        Ok(())
    } else {
        Err(Error::Corrupted(Damaged::KeySlot))
    }
}

/// Identifies a kind of sealed record: its table and the version of its
/// plaintext layout. Both are bound into the associated data, so a blob
/// cannot be moved to another table or row, nor read as another layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Record {
    pub table: &'static str,
    pub layout_version: u32,
}

impl Record {
    pub const CANARY: Record = Record {
        table: "canary",
        layout_version: 1,
    };
    pub const SETTINGS: Record = Record {
        table: "settings",
        layout_version: 1,
    };

    fn aad(&self, row: i64) -> Vec<u8> {
        format!(
            "waymark/v1/record|table={}|row={}|layout={}",
            self.table, row, self.layout_version
        )
        .into_bytes()
    }
}

/// Seals `plaintext` for `record` row `row`:
/// `format (1) ‖ nonce (12) ‖ ChaCha20-Poly1305 ciphertext ‖ tag (16)`.
pub fn seal(key: &DataKey, record: Record, row: i64, plaintext: &[u8]) -> Result<Vec<u8>> {
    let mut nonce = [0u8; NONCE_LEN];
    fill_random(&mut nonce)?;
    let mut body = plaintext.to_vec();
    key.aead()?
        .seal_in_place_append_tag(
            Nonce::assume_unique_for_key(nonce),
            Aad::from(record.aad(row)),
            &mut body,
        )
        .map_err(|_| Error::Internal("seal failed"))?;
    let mut out = Vec::with_capacity(1 + NONCE_LEN + body.len());
    out.push(SEAL_FORMAT);
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&body);
    Ok(out)
}

/// Opens a blob made by [`seal`] for the same record and row.
pub fn open(key: &DataKey, record: Record, row: i64, sealed: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
    let damaged = Error::Corrupted(Damaged::Record(record.table));
    if sealed.len() < 1 + NONCE_LEN + TAG_LEN || sealed[0] != SEAL_FORMAT {
        return Err(damaged);
    }
    let nonce = nonce_from(&sealed[1..1 + NONCE_LEN])?;
    let mut body = Zeroizing::new(sealed[1 + NONCE_LEN..].to_vec());
    let len = key
        .aead()?
        .open_in_place(nonce, Aad::from(record.aad(row)), &mut body)
        .map_err(|_| damaged)?
        .len();
    body.truncate(len);
    Ok(body)
}

fn kek(
    pin: &str,
    platform: &[u8],
    salt: &[u8],
    params: KdfParams,
) -> Result<Zeroizing<[u8; KEY_LEN]>> {
    if platform.len() < secret::MIN_SECRET_LEN {
        return Err(Error::PlatformSecret("platform secret too short"));
    }
    let stretched = params.derive(&pin::canonical(pin), salt)?;
    let mut ikm = Zeroizing::new(Vec::with_capacity(KEY_LEN + platform.len()));
    ikm.extend_from_slice(stretched.as_ref());
    ikm.extend_from_slice(platform);
    let mut out = Zeroizing::new([0u8; KEY_LEN]);
    hkdf::Salt::new(hkdf::HKDF_SHA256, salt)
        .extract(&ikm)
        .expand(&[KEK_INFO], hkdf::HKDF_SHA256)
        .and_then(|okm| okm.fill(out.as_mut()))
        .map_err(|_| Error::Internal("hkdf failed"))?;
    Ok(out)
}

fn aead_key(bytes: &[u8; KEY_LEN]) -> Result<LessSafeKey> {
    let unbound = UnboundKey::new(&CHACHA20_POLY1305, bytes)
        .map_err(|_| Error::Internal("bad key length"))?;
    Ok(LessSafeKey::new(unbound))
}

fn nonce_from(bytes: &[u8]) -> Result<Nonce> {
    Nonce::try_assume_unique_for_key(bytes).map_err(|_| Error::Internal("bad nonce length"))
}

fn fill_random(buf: &mut [u8]) -> Result<()> {
    SystemRandom::new()
        .fill(buf)
        .map_err(|_| Error::Internal("system randomness unavailable"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const FAST: KdfParams = KdfParams {
        m_kib: 256,
        t: 1,
        p: 1,
    };
    const PLATFORM: &[u8] = b"0123456789abcdef0123456789abcdef";

    #[test]
    fn the_right_pin_and_platform_secret_unwrap_the_key() {
        let keys = new_profile_keys("2468", PLATFORM, FAST).unwrap();
        let again = keys.slot.unwrap_key("2468", PLATFORM).unwrap();
        assert!(again.same_as(&keys.key));
        check_canary(&again, &keys.canary).unwrap();
    }

    #[test]
    fn a_wrong_pin_or_platform_secret_is_a_wrong_pin() {
        let keys = new_profile_keys("2468", PLATFORM, FAST).unwrap();
        assert!(matches!(
            keys.slot.unwrap_key("2469", PLATFORM),
            Err(Error::WrongPin)
        ));
        let other = b"ffffffffffffffffffffffffffffffff";
        assert!(matches!(
            keys.slot.unwrap_key("2468", other),
            Err(Error::WrongPin)
        ));
    }

    #[test]
    fn a_damaged_slot_is_corruption_not_a_wrong_pin() {
        let keys = new_profile_keys("2468", PLATFORM, FAST).unwrap();
        let mut slot = keys.slot.clone();
        slot.wrapped_key[3] ^= 1;
        assert!(matches!(
            slot.unwrap_key("2468", PLATFORM),
            Err(Error::Corrupted(Damaged::KeySlot))
        ));
    }

    #[test]
    fn a_key_from_another_profile_fails_the_canary() {
        let a = new_profile_keys("2468", PLATFORM, FAST).unwrap();
        let b = new_profile_keys("2468", PLATFORM, FAST).unwrap();
        assert!(matches!(
            check_canary(&b.key, &a.canary),
            Err(Error::Corrupted(Damaged::Canary))
        ));
    }

    #[test]
    fn sealed_records_are_bound_to_table_row_and_layout() {
        let key = DataKey::random().unwrap();
        let blob = seal(&key, Record::SETTINGS, 1, b"secret marker").unwrap();
        assert!(!blob.windows(6).any(|w| w == b"marker"));
        assert_eq!(
            &*open(&key, Record::SETTINGS, 1, &blob).unwrap(),
            b"secret marker"
        );
        assert!(open(&key, Record::SETTINGS, 2, &blob).is_err());
        assert!(open(&key, Record::CANARY, 1, &blob).is_err());
        let newer = Record {
            layout_version: 2,
            ..Record::SETTINGS
        };
        assert!(open(&key, newer, 1, &blob).is_err());
        let mut flipped = blob.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 0x80;
        assert!(open(&key, Record::SETTINGS, 1, &flipped).is_err());
        assert!(open(&key, Record::SETTINGS, 1, &blob[..10]).is_err());
    }

    #[test]
    fn the_same_plaintext_seals_differently_each_time() {
        let key = DataKey::random().unwrap();
        let a = seal(&key, Record::SETTINGS, 1, b"same").unwrap();
        let b = seal(&key, Record::SETTINGS, 1, b"same").unwrap();
        assert_ne!(a, b);
    }
}
