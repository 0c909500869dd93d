//! Keys, PINs and sealing.
//!
//! The vault owns the profile's random 256-bit data keys and everything that
//! protects them: the Argon2id-stretched PIN ([`kdf`]), the platform secret
//! ([`secret`]), the two key slots, the canary, the device key and the
//! per-record AEAD ([`seal`] / [`open`]). Keys live in zeroizing buffers and
//! are dropped on lock. This module must never write a key, a PIN or
//! plaintext anywhere, and never put either in an error.
//!
//! One Argon2id run per attempt: `stretched = Argon2id(PIN, salt)` with the
//! profile's single salt, then for each slot `n` a key-encryption key
//! `HKDF-SHA256(salt, stretched ‖ platform secret, "waymark/v1/kek/slot<n>")`.
//! Slot 0 holds the real profile's key, slot 1 the decoy's (or random filler
//! when no duress PIN is set). Both slots are tried on every attempt, so a
//! duress unlock costs the same time as a normal one. ChaCha20-Poly1305 is
//! used everywhere because cheap phones often lack AES instructions.

pub mod kdf;
pub mod pin;
pub mod secret;

use ring::aead::{Aad, CHACHA20_POLY1305, LessSafeKey, NONCE_LEN, Nonce, UnboundKey};
use ring::digest::{SHA256, digest};
use ring::hkdf;
use ring::hmac;
use ring::rand::{SecureRandom, SystemRandom};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use crate::error::{Damaged, Error, Result};
use crate::store::schema::Table;
pub use kdf::{KdfParams, KdfPolicy};
pub use secret::{FileSecret, PlatformSecret};

const SALT_LEN: usize = 16;
const KEY_LEN: usize = 32;
const TAG_LEN: usize = 16;
/// Key plus one flags byte.
const SLOT_PLAINTEXT_LEN: usize = KEY_LEN + 1;
/// Leading byte of every sealed blob; a reader refuses other values.
const SEAL_FORMAT: u8 = 1;
const CANARY_PLAINTEXT: &[u8] = b"waymark canary v1";
/// Slot flag: using this slot's PIN erases everything (duress slot only).
const FLAG_WIPE: u8 = 0b0000_0001;

/// The two key slots; a slot's number is also its profile's row id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Slot {
    /// The real profile.
    Primary = 0,
    /// The decoy profile opened by the duress PIN.
    Duress = 1,
}

impl Slot {
    pub const ALL: [Slot; 2] = [Slot::Primary, Slot::Duress];

    pub fn id(self) -> i64 {
        self as i64
    }

    pub fn from_id(id: i64) -> Option<Slot> {
        match id {
            0 => Some(Slot::Primary),
            1 => Some(Slot::Duress),
            _ => None,
        }
    }

    fn kek_info(self) -> &'static [u8] {
        match self {
            Slot::Primary => b"waymark/v1/kek/slot0",
            Slot::Duress => b"waymark/v1/kek/slot1",
        }
    }

    fn aad(self) -> &'static [u8] {
        match self {
            Slot::Primary => b"waymark/v1/keyslot/0",
            Slot::Duress => b"waymark/v1/keyslot/1",
        }
    }
}

/// A profile's data key (or the device key). Zeroized when dropped.
#[derive(Zeroize, ZeroizeOnDrop)]
pub struct DataKey([u8; KEY_LEN]);

impl std::fmt::Debug for DataKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DataKey(..)")
    }
}

impl DataKey {
    pub fn random() -> Result<Self> {
        let mut key = [0u8; KEY_LEN];
        fill_random(&mut key)?;
        Ok(DataKey(key))
    }

    fn aead(&self) -> Result<LessSafeKey> {
        aead_key(&self.0)
    }

    /// A fixed key, for the format fixtures.
    #[cfg(test)]
    pub(crate) fn from_bytes(bytes: [u8; KEY_LEN]) -> DataKey {
        DataKey(bytes)
    }

    /// A second copy (zeroized on drop like the first).
    pub fn clone_key(&self) -> DataKey {
        DataKey(self.0)
    }

    pub fn same_as(&self, other: &DataKey) -> bool {
        // Constant-time: a key comparison must not leak how many bytes match.
        self.0
            .iter()
            .zip(other.0.iter())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
    }
}

/// The profile's one salt and Argon2id parameters (`kdf` table).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KdfRow {
    pub salt: Vec<u8>,
    pub m_kib: u32,
    pub t: u32,
    pub p: u32,
    pub checksum: Vec<u8>,
}

impl KdfRow {
    pub fn new(params: KdfParams) -> Result<Self> {
        let mut salt = vec![0u8; SALT_LEN];
        fill_random(&mut salt)?;
        let mut row = KdfRow {
            salt,
            m_kib: params.m_kib,
            t: params.t,
            p: params.p,
            checksum: Vec::new(),
        };
        row.checksum = row.compute_checksum();
        Ok(row)
    }

    pub fn params(&self) -> KdfParams {
        KdfParams {
            m_kib: self.m_kib,
            t: self.t,
            p: self.p,
        }
    }

    fn compute_checksum(&self) -> Vec<u8> {
        let mut data = self.salt.clone();
        for n in [self.m_kib, self.t, self.p] {
            data.extend_from_slice(&n.to_be_bytes());
        }
        digest(&SHA256, &data).as_ref().to_vec()
    }

    fn checked(&self) -> Result<KdfParams> {
        if self.checksum != self.compute_checksum() || self.salt.len() != SALT_LEN {
            return Err(Error::Corrupted(Damaged::KeySlot));
        }
        self.params().checked()
    }

    /// Runs Argon2id once for `pin` and returns what both slots' keys are
    /// derived from. This is the expensive step of an unlock.
    pub fn stretch(&self, pin: &str, platform: &[u8]) -> Result<Stretched> {
        if platform.len() < secret::MIN_SECRET_LEN {
            return Err(Error::PlatformSecret("platform secret too short"));
        }
        let params = self.checked()?;
        let stretched = params.derive(&pin::canonical(pin), &self.salt)?;
        let mut ikm = Zeroizing::new(Vec::with_capacity(KEY_LEN + platform.len()));
        ikm.extend_from_slice(stretched.as_ref());
        ikm.extend_from_slice(platform);
        Ok(Stretched {
            ikm,
            salt: self.salt.clone(),
        })
    }
}

/// A stretched PIN combined with the platform secret; zeroized on drop.
pub struct Stretched {
    ikm: Zeroizing<Vec<u8>>,
    salt: Vec<u8>,
}

impl std::fmt::Debug for Stretched {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Stretched(..)")
    }
}

impl Stretched {
    fn kek(&self, slot: Slot) -> Result<Zeroizing<[u8; KEY_LEN]>> {
        let mut out = Zeroizing::new([0u8; KEY_LEN]);
        hkdf::Salt::new(hkdf::HKDF_SHA256, &self.salt)
            .extract(&self.ikm)
            .expand(&[slot.kek_info()], hkdf::HKDF_SHA256)
            .and_then(|okm| okm.fill(out.as_mut()))
            .map_err(|_| Error::Internal("hkdf failed"))?;
        Ok(out)
    }

    /// Wraps `key` into `slot` under this PIN.
    pub fn wrap(&self, slot: Slot, key: &DataKey, wipe_on_use: bool) -> Result<SlotRow> {
        let mut nonce = [0u8; NONCE_LEN];
        fill_random(&mut nonce)?;
        let mut body = Zeroizing::new(Vec::with_capacity(SLOT_PLAINTEXT_LEN + TAG_LEN));
        body.extend_from_slice(&key.0);
        body.push(if wipe_on_use { FLAG_WIPE } else { 0 });
        aead_key(&*self.kek(slot)?)?
            .seal_in_place_append_tag(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(slot.aad()),
                &mut *body,
            )
            .map_err(|_| Error::Internal("key wrap failed"))?;
        Ok(SlotRow::new(slot, nonce.to_vec(), body.to_vec()))
    }

    /// Opens `row` with this PIN: `Ok(None)` when the PIN is not this slot's.
    pub fn open(&self, row: &SlotRow) -> Result<Option<Opened>> {
        row.check()?;
        let nonce = nonce_from(&row.nonce)?;
        let mut buf = Zeroizing::new(row.wrapped.clone());
        let Ok(opened) = aead_key(&*self.kek(row.slot)?)?.open_in_place(
            nonce,
            Aad::from(row.slot.aad()),
            &mut buf,
        ) else {
            return Ok(None);
        };
        let mut key = [0u8; KEY_LEN];
        key.copy_from_slice(&opened[..KEY_LEN]);
        Ok(Some(Opened {
            slot: row.slot,
            key: DataKey(key),
            wipe_on_use: opened[KEY_LEN] & FLAG_WIPE != 0,
        }))
    }
}

/// A key slot opened by a PIN.
#[derive(Debug)]
pub struct Opened {
    pub slot: Slot,
    pub key: DataKey,
    pub wipe_on_use: bool,
}

/// One wrapped key, as stored in the `keyslot` table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlotRow {
    pub slot: Slot,
    pub nonce: Vec<u8>,
    pub wrapped: Vec<u8>,
    pub checksum: Vec<u8>,
}

impl SlotRow {
    pub fn new(slot: Slot, nonce: Vec<u8>, wrapped: Vec<u8>) -> Self {
        let mut row = SlotRow {
            slot,
            nonce,
            wrapped,
            checksum: Vec::new(),
        };
        row.checksum = row.compute_checksum();
        row
    }

    /// Random bytes shaped exactly like a real slot: an unused duress slot
    /// is indistinguishable from a set one.
    pub fn filler(slot: Slot) -> Result<Self> {
        let mut nonce = vec![0u8; NONCE_LEN];
        let mut wrapped = vec![0u8; SLOT_PLAINTEXT_LEN + TAG_LEN];
        fill_random(&mut nonce)?;
        fill_random(&mut wrapped)?;
        Ok(SlotRow::new(slot, nonce, wrapped))
    }

    fn compute_checksum(&self) -> Vec<u8> {
        let mut data = vec![self.slot as u8];
        data.extend_from_slice(&self.nonce);
        data.extend_from_slice(&self.wrapped);
        digest(&SHA256, &data).as_ref().to_vec()
    }

    fn check(&self) -> Result<()> {
        if self.checksum != self.compute_checksum()
            || self.nonce.len() != NONCE_LEN
            || self.wrapped.len() != SLOT_PLAINTEXT_LEN + TAG_LEN
        {
            return Err(Error::Corrupted(Damaged::KeySlot));
        }
        Ok(())
    }
}

/// The canary for a profile: proves an unwrapped key belongs to this data.
pub fn canary(key: &DataKey, profile: i64) -> Result<Vec<u8>> {
    seal(key, Record::CANARY, profile, CANARY_PLAINTEXT)
}

/// Checks a profile's canary with `key`.
pub fn check_canary(key: &DataKey, profile: i64, sealed: &[u8]) -> Result<()> {
    match open(key, Record::CANARY, profile, sealed) {
        Ok(p) if p.as_slice() == CANARY_PLAINTEXT => Ok(()),
        _ => Err(Error::Corrupted(Damaged::Canary)),
    }
}

/// The device key: from the platform secret alone, for records that must be
/// readable while locked (wrong-PIN counter, disguise) yet unreadable and
/// untouchable without this device's key store.
pub fn device_key(platform: &[u8]) -> Result<DataKey> {
    if platform.len() < secret::MIN_SECRET_LEN {
        return Err(Error::PlatformSecret("platform secret too short"));
    }
    let mut out = [0u8; KEY_LEN];
    hkdf::Salt::new(hkdf::HKDF_SHA256, b"waymark/v1/device")
        .extract(platform)
        .expand(&[b"waymark/v1/device-key"], hkdf::HKDF_SHA256)
        .and_then(|okm| okm.fill(&mut out))
        .map_err(|_| Error::Internal("hkdf failed"))?;
    Ok(DataKey(out))
}

/// Length of an outbox row's owner tag ([`OwnerTags`]).
pub const OWNER_TAG_LEN: usize = 8;

/// Keyed tags that let an unlocked profile recognise its own outbox rows
/// without the file saying which profile a row belongs to: the tag of row
/// `id` is the first [`OWNER_TAG_LEN`] bytes of
/// `HMAC-SHA256(K, "waymark/v1/outbox-owner|" ‖ id as 8 big-endian bytes)`
/// with `K = HKDF-SHA256(salt "waymark/v1/outbox-owner", profile data key,
/// info "waymark/v1/outbox-owner-key")`. Without the profile's key a tag
/// is indistinguishable from the random bytes unowned rows carry.
pub struct OwnerTags(hmac::Key);

impl std::fmt::Debug for OwnerTags {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("OwnerTags(..)")
    }
}

impl OwnerTags {
    pub fn new(key: &DataKey) -> Self {
        let okm_key = hkdf::Salt::new(hkdf::HKDF_SHA256, b"waymark/v1/outbox-owner")
            .extract(&key.0)
            .expand(&[b"waymark/v1/outbox-owner-key"], hmac::HMAC_SHA256)
            .map(hmac::Key::from);
        // HKDF-Expand fails only for outputs over 255 blocks; one block is
        // asked for here, so the fallback is unreachable (and still keyed).
        OwnerTags(okm_key.unwrap_or_else(|_| hmac::Key::new(hmac::HMAC_SHA256, &key.0)))
    }

    pub fn tag(&self, row: i64) -> [u8; OWNER_TAG_LEN] {
        let mut ctx = hmac::Context::with_key(&self.0);
        ctx.update(b"waymark/v1/outbox-owner|");
        ctx.update(&row.to_be_bytes());
        let full = ctx.sign();
        let mut out = [0u8; OWNER_TAG_LEN];
        out.copy_from_slice(&full.as_ref()[..OWNER_TAG_LEN]);
        out
    }
}

/// Random bytes for overwriting.
pub fn random_bytes(len: usize) -> Result<Vec<u8>> {
    let mut v = vec![0u8; len];
    fill_random(&mut v)?;
    Ok(v)
}

/// Identifies a kind of sealed record: its table and the version of its
/// plaintext layout. Both are bound into the associated data, so a blob
/// cannot be moved to another table or row, nor read as another layout.
/// Each kind is named once, by its type's [`crate::record::Sealed::RECORD`]
/// (the canary, sealed only inside the vault, by `Record::CANARY`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Record {
    pub table: Table,
    pub layout_version: u32,
}

impl Record {
    pub const fn new(table: Table, layout_version: u32) -> Self {
        Record {
            table,
            layout_version,
        }
    }

    const CANARY: Record = Record::new(Table::Canary, 1);

    /// The associated data, `waymark/v1/record|table=<table>|row=<row>|layout=<version>`
    /// (decimal numbers), written into a stack buffer: no allocation and no
    /// formatting machinery per record.
    pub(crate) fn aad(&self, row: i64) -> AadBuf {
        let mut out = AadBuf {
            buf: [0u8; AAD_CAP],
            len: 0,
        };
        out.push(b"waymark/v1/record|table=");
        out.push(self.table.name().as_bytes());
        out.push(b"|row=");
        out.push_int(row < 0, row.unsigned_abs());
        out.push(b"|layout=");
        out.push_int(false, u64::from(self.layout_version));
        out
    }
}

/// Room for the associated data of the longest table name with the
/// longest row and layout numbers (checked at compile time below).
const AAD_CAP: usize = 128;

const _: () = {
    let mut longest = 0;
    let mut i = 0;
    while i < Table::ALL.len() {
        let n = Table::ALL[i].name().len();
        if n > longest {
            longest = n;
        }
        i += 1;
    }
    // prefix, name, "|row=", "-9223372036854775808", "|layout=", u32::MAX
    assert!(24 + longest + 5 + 20 + 8 + 10 <= AAD_CAP);
};

/// Associated data built without allocating (see [`Record::aad`]).
pub(crate) struct AadBuf {
    buf: [u8; AAD_CAP],
    len: usize,
}

impl AadBuf {
    fn push(&mut self, bytes: &[u8]) {
        // Cannot overflow: AAD_CAP holds the longest possible value (the
        // compile-time check above).
        self.buf[self.len..self.len + bytes.len()].copy_from_slice(bytes);
        self.len += bytes.len();
    }

    /// Writes `v` (negated when `negative`) in decimal, as `format!` would.
    /// In 64 bits, where dividing by ten is a multiplication.
    fn push_int(&mut self, negative: bool, mut v: u64) {
        let mut digits = [0u8; 21];
        let mut at = digits.len();
        loop {
            at -= 1;
            digits[at] = b'0' + (v % 10) as u8;
            v /= 10;
            if v == 0 {
                break;
            }
        }
        if negative {
            at -= 1;
            digits[at] = b'-';
        }
        self.push(&digits[at..]);
    }

    pub(crate) fn bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

/// Seals `plaintext` for `record` row `row`:
/// `format (1) ‖ nonce (12) ‖ ChaCha20-Poly1305 ciphertext ‖ tag (16)`.
/// The nonce comes from [`next_nonce`]: unique per key without a system
/// call per record.
pub fn seal(key: &DataKey, record: Record, row: i64, plaintext: &[u8]) -> Result<Vec<u8>> {
    seal_with_nonce(key, record, row, next_nonce()?, plaintext)
}

/// [`seal`] with a given nonce: its one body, and what the format fixtures
/// in [`crate::record`] use to reproduce a stored blob byte for byte.
pub(crate) fn seal_with_nonce(
    key: &DataKey,
    record: Record,
    row: i64,
    nonce: [u8; NONCE_LEN],
    plaintext: &[u8],
) -> Result<Vec<u8>> {
    let mut out = Vec::with_capacity(1 + NONCE_LEN + plaintext.len() + TAG_LEN);
    out.push(SEAL_FORMAT);
    out.extend_from_slice(&nonce);
    out.extend_from_slice(plaintext);
    let aad = record.aad(row);
    let tag = key
        .aead()?
        .seal_in_place_separate_tag(
            Nonce::assume_unique_for_key(nonce),
            Aad::from(aad.bytes()),
            &mut out[1 + NONCE_LEN..],
        )
        .map_err(|_| Error::Internal("seal failed"))?;
    out.extend_from_slice(tag.as_ref());
    Ok(out)
}

/// Opens a blob made by [`seal`] for the same record and row.
pub fn open(key: &DataKey, record: Record, row: i64, sealed: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
    let damaged = Error::Corrupted(Damaged::Record(record.table.name()));
    if sealed.len() < 1 + NONCE_LEN + TAG_LEN || sealed[0] != SEAL_FORMAT {
        return Err(damaged);
    }
    let nonce = nonce_from(&sealed[1..1 + NONCE_LEN])?;
    let mut body = Zeroizing::new(sealed[1 + NONCE_LEN..].to_vec());
    let aad = record.aad(row);
    let len = key
        .aead()?
        .open_in_place(nonce, Aad::from(aad.bytes()), &mut body)
        .map_err(|_| damaged)?
        .len();
    body.truncate(len);
    Ok(body)
}

/// The per-process nonce base: 12 bytes from the operating system, read
/// once (see [`next_nonce`]).
static NONCE_BASE: std::sync::OnceLock<[u8; NONCE_LEN]> = std::sync::OnceLock::new();
/// Records sealed by this process so far.
static NONCE_COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// The nonce for the next record sealed by this process:
/// `base XOR (0⁴ ‖ counter as 8 big-endian bytes)`, where `base` is 96 bits
/// read once from the operating system's CSPRNG and `counter` counts the
/// records this process has sealed (TLS 1.3 builds its record nonces the
/// same way).
///
/// Uniqueness, which is all ChaCha20-Poly1305 asks of a nonce: within a
/// process the counter never repeats (2⁶⁴ records cannot be reached), so
/// no two records share a nonce whatever their key. Across processes (each
/// app start, each test) the bases are independent and uniform: two runs
/// sealing `a` and `b` records can share a nonce only if their bases agree
/// in the top 32 bits and differ in the low 64 by one of at most `a·b`
/// values, probability at most `a·b / 2⁹⁶`. Summed over every pair of runs
/// that is at most `N² / 2⁹⁷` for `N` records in all — the same birthday
/// bound as the fresh random nonce per record (one system call each) that
/// it replaces. The counter is process-local: a `fork()` would duplicate
/// it, and nothing in Waymark forks.
pub(crate) fn next_nonce() -> Result<[u8; NONCE_LEN]> {
    let base = match NONCE_BASE.get() {
        Some(base) => base,
        None => {
            let mut fresh = [0u8; NONCE_LEN];
            fill_random(&mut fresh)?;
            // If another thread won the race, its base is used: only one
            // base is ever handed out per process.
            NONCE_BASE.get_or_init(|| fresh)
        }
    };
    let n = NONCE_COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let mut nonce = *base;
    for (b, c) in nonce[NONCE_LEN - 8..].iter_mut().zip(n.to_be_bytes()) {
        *b ^= c;
    }
    Ok(nonce)
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

    const SETTINGS: Record = Record::new(Table::Settings, 1);

    const FAST: KdfParams = KdfParams {
        m_kib: 256,
        t: 1,
        p: 1,
    };
    const PLATFORM: &[u8] = b"0123456789abcdef0123456789abcdef";

    fn stretched(row: &KdfRow, pin: &str) -> Stretched {
        row.stretch(pin, PLATFORM).unwrap()
    }

    #[test]
    fn each_pin_opens_only_its_own_slot() {
        let row = KdfRow::new(FAST).unwrap();
        let real = DataKey::random().unwrap();
        let decoy = DataKey::random().unwrap();
        let s0 = stretched(&row, "2468")
            .wrap(Slot::Primary, &real, false)
            .unwrap();
        let s1 = stretched(&row, "1357")
            .wrap(Slot::Duress, &decoy, true)
            .unwrap();

        let with_real = stretched(&row, "2468");
        let opened = with_real.open(&s0).unwrap().unwrap();
        assert!(opened.key.same_as(&real) && !opened.wipe_on_use);
        assert!(with_real.open(&s1).unwrap().is_none());

        let with_duress = stretched(&row, "1357");
        assert!(with_duress.open(&s0).unwrap().is_none());
        let opened = with_duress.open(&s1).unwrap().unwrap();
        assert!(opened.key.same_as(&decoy) && opened.wipe_on_use);

        let other_device = row
            .stretch("2468", b"ffffffffffffffffffffffffffffffff")
            .unwrap();
        assert!(other_device.open(&s0).unwrap().is_none());
    }

    #[test]
    fn filler_looks_like_a_slot_and_opens_for_nobody() {
        let row = KdfRow::new(FAST).unwrap();
        let filler = SlotRow::filler(Slot::Duress).unwrap();
        let real = stretched(&row, "2468")
            .wrap(Slot::Duress, &DataKey::random().unwrap(), false)
            .unwrap();
        assert_eq!(filler.wrapped.len(), real.wrapped.len());
        assert_eq!(filler.nonce.len(), real.nonce.len());
        assert!(stretched(&row, "2468").open(&filler).unwrap().is_none());
    }

    #[test]
    fn damaged_rows_are_corruption_not_a_wrong_pin() {
        let row = KdfRow::new(FAST).unwrap();
        let key = DataKey::random().unwrap();
        let mut slot = stretched(&row, "2468")
            .wrap(Slot::Primary, &key, false)
            .unwrap();
        slot.wrapped[3] ^= 1;
        assert!(matches!(
            stretched(&row, "2468").open(&slot),
            Err(Error::Corrupted(Damaged::KeySlot))
        ));
        let mut bad_kdf = row.clone();
        bad_kdf.t += 1;
        assert!(matches!(
            bad_kdf.stretch("2468", PLATFORM),
            Err(Error::Corrupted(Damaged::KeySlot))
        ));
    }

    #[test]
    fn a_key_from_another_profile_fails_the_canary() {
        let a = DataKey::random().unwrap();
        let b = DataKey::random().unwrap();
        let sealed = canary(&a, 0).unwrap();
        check_canary(&a, 0, &sealed).unwrap();
        assert!(matches!(
            check_canary(&b, 0, &sealed),
            Err(Error::Corrupted(Damaged::Canary))
        ));
        assert!(matches!(
            check_canary(&a, 1, &sealed),
            Err(Error::Corrupted(Damaged::Canary))
        ));
    }

    #[test]
    fn the_device_key_depends_only_on_the_platform_secret() {
        let a = device_key(PLATFORM).unwrap();
        let b = device_key(PLATFORM).unwrap();
        let c = device_key(b"ffffffffffffffffffffffffffffffff").unwrap();
        assert!(a.same_as(&b) && !a.same_as(&c));
        assert!(device_key(b"short").is_err());
    }

    #[test]
    fn sealed_records_are_bound_to_table_row_and_layout() {
        let key = DataKey::random().unwrap();
        let blob = seal(&key, SETTINGS, 1, b"secret marker").unwrap();
        assert!(!blob.windows(6).any(|w| w == b"marker"));
        assert_eq!(&*open(&key, SETTINGS, 1, &blob).unwrap(), b"secret marker");
        assert!(open(&key, SETTINGS, 2, &blob).is_err());
        assert!(open(&key, Record::CANARY, 1, &blob).is_err());
        let newer = Record {
            layout_version: 2,
            ..SETTINGS
        };
        assert!(open(&key, newer, 1, &blob).is_err());
        let mut flipped = blob.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 0x80;
        assert!(open(&key, SETTINGS, 1, &flipped).is_err());
        assert!(open(&key, SETTINGS, 1, &blob[..10]).is_err());
    }

    #[test]
    fn associated_data_is_byte_for_byte_the_documented_string() {
        for row in [0, 1, -1, 42, i64::MAX, i64::MIN, 1_234_567_890_123] {
            for record in [
                Record::CANARY,
                SETTINGS,
                Record::new(Table::Conversations, 9),
            ] {
                let expected = format!(
                    "waymark/v1/record|table={}|row={}|layout={}",
                    record.table.name(),
                    row,
                    record.layout_version
                );
                assert_eq!(record.aad(row).bytes(), expected.as_bytes());
            }
        }
        let longest = Record::new(Table::Conversations, u32::MAX);
        let expected = format!(
            "waymark/v1/record|table=conversations|row={}|layout={}",
            i64::MIN,
            u32::MAX
        );
        assert_eq!(longest.aad(i64::MIN).bytes(), expected.as_bytes());
    }

    #[test]
    fn nonces_never_repeat_in_a_process_and_share_one_base() {
        let mut seen = std::collections::HashSet::new();
        for _ in 0..10_000 {
            assert!(seen.insert(next_nonce().unwrap()));
        }
        let (a, b) = (next_nonce().unwrap(), next_nonce().unwrap());
        // The same 32-bit prefix (the base's), a different counter part.
        assert_eq!(a[..4], b[..4]);
        assert_ne!(a[4..], b[4..]);
        // Sealed blobs carry their nonce in clear after the format byte.
        let key = DataKey::random().unwrap();
        let x = seal(&key, SETTINGS, 1, b"x").unwrap();
        let y = seal(&key, SETTINGS, 1, b"x").unwrap();
        assert_ne!(x[1..13], y[1..13]);
    }

    #[test]
    fn owner_tags_depend_on_the_key_and_the_row() {
        let a = OwnerTags::new(&DataKey::random().unwrap());
        let b = OwnerTags::new(&DataKey::random().unwrap());
        assert_eq!(a.tag(7), a.tag(7));
        assert_ne!(a.tag(7), a.tag(8));
        assert_ne!(a.tag(7), b.tag(7));
    }

    #[test]
    fn the_same_plaintext_seals_differently_each_time() {
        let key = DataKey::random().unwrap();
        let a = seal(&key, SETTINGS, 1, b"same").unwrap();
        let b = seal(&key, SETTINGS, 1, b"same").unwrap();
        assert_ne!(a, b);
    }
}
