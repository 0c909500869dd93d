//! Encrypted backups: a profile's records sealed under a recovery key that
//! the person sees once, as a recovery code, and uploaded to the relay.
//!
//! ```text
//! recovery key  = 15 random bytes (120 bits)
//! recovery code = Crockford base32 of the key: 24 characters, shown as six
//!                 groups of four ("7KQ2-…"); case, spaces and dashes are
//!                 ignored when typed, O reads as 0 and I/L as 1
//! prk           = HKDF-SHA256-Extract(salt = "waymark/v1/backup", ikm = key)
//! backup id     = Expand(prk, "id", 16)    → 32 hex digits, the relay's name
//! write token   = Expand(prk, "write", 32) → 64 hex digits, proves the right
//!                 to replace a backup
//! seal key      = Expand(prk, "key", 32)
//! blob          = 0x01 ‖ nonce (12) ‖ ChaCha20-Poly1305(seal key, nonce,
//!                 payload, aad = "waymark/v1/backup|" ‖ backup id) ‖ tag (16)
//! ```
//!
//! The relay stores the blob under the backup id and the SHA-256 of the
//! write token. It can neither read the blob nor link it to a person.

use ring::aead::{Aad, CHACHA20_POLY1305, LessSafeKey, Nonce, UnboundKey};
use ring::hkdf::{HKDF_SHA256, KeyType, Prk, Salt};
use ring::rand::{SecureRandom, SystemRandom};
use zeroize::{Zeroize, Zeroizing};

use crate::message::hex;

pub const FORMAT: u8 = 1;
pub const KEY_LEN: usize = 15;
/// Largest backup blob the relay accepts.
pub const MAX_BLOB: usize = 1024 * 1024;
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackupError {
    /// The typed code is not 24 base32 characters.
    BadCode,
    TooLarge,
    Malformed,
    /// Wrong recovery code for this blob, or the blob was changed.
    OpenFailed,
    NoRandomness,
}

impl std::fmt::Display for BackupError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            BackupError::BadCode => "not a recovery code",
            BackupError::TooLarge => "backup too large",
            BackupError::Malformed => "malformed backup",
            BackupError::OpenFailed => "backup does not open with this code",
            BackupError::NoRandomness => "no randomness",
        })
    }
}

impl std::error::Error for BackupError {}

/// A recovery key with everything derived from it.
pub struct RecoveryKey {
    key: Zeroizing<[u8; KEY_LEN]>,
}

impl std::fmt::Debug for RecoveryKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecoveryKey(…)")
    }
}

struct Len(usize);
impl KeyType for Len {
    fn len(&self) -> usize {
        self.0
    }
}

impl RecoveryKey {
    pub fn generate() -> Result<Self, BackupError> {
        let mut key = Zeroizing::new([0u8; KEY_LEN]);
        SystemRandom::new()
            .fill(key.as_mut())
            .map_err(|_| BackupError::NoRandomness)?;
        Ok(RecoveryKey { key })
    }

    /// A key kept by the app (its raw bytes).
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, BackupError> {
        let mut key = Zeroizing::new([0u8; KEY_LEN]);
        if bytes.len() != KEY_LEN {
            return Err(BackupError::BadCode);
        }
        key.copy_from_slice(bytes);
        Ok(RecoveryKey { key })
    }

    /// The raw key, for the app to keep sealed.
    pub fn bytes(&self) -> &[u8] {
        self.key.as_ref()
    }

    /// Reads a typed recovery code.
    pub fn from_code(code: &str) -> Result<Self, BackupError> {
        let mut bits: u128 = 0;
        let mut n = 0;
        for c in code.chars() {
            if c == '-' || c.is_whitespace() {
                continue;
            }
            let c = match c.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                other => other,
            };
            let v = ALPHABET
                .iter()
                .position(|&a| char::from(a) == c)
                .ok_or(BackupError::BadCode)?;
            n += 1;
            if n > 24 {
                return Err(BackupError::BadCode);
            }
            bits = (bits << 5) | v as u128;
        }
        if n != 24 {
            return Err(BackupError::BadCode);
        }
        let mut key = Zeroizing::new([0u8; KEY_LEN]);
        key.copy_from_slice(&bits.to_be_bytes()[1..]);
        bits.zeroize();
        Ok(RecoveryKey { key })
    }

    /// The code to show once: six groups of four, joined by dashes.
    pub fn code(&self) -> Zeroizing<String> {
        let mut wide = [0u8; 16];
        wide[1..].copy_from_slice(self.key.as_ref());
        let mut bits = u128::from_be_bytes(wide);
        wide.zeroize();
        let mut chars = [0u8; 24];
        for slot in chars.iter_mut().rev() {
            *slot = ALPHABET[(bits & 31) as usize];
            bits >>= 5;
        }
        let mut out = String::with_capacity(29);
        for (i, c) in chars.iter().enumerate() {
            if i > 0 && i % 4 == 0 {
                out.push('-');
            }
            out.push(char::from(*c));
        }
        chars.zeroize();
        Zeroizing::new(out)
    }

    fn expand(&self, info: &str, len: usize) -> Zeroizing<Vec<u8>> {
        let prk: Prk = Salt::new(HKDF_SHA256, b"waymark/v1/backup").extract(self.key.as_ref());
        let mut out = Zeroizing::new(vec![0u8; len]);
        let infos = [info.as_bytes()];
        // HKDF-SHA256 can expand up to 8160 bytes; these lengths are ≤ 32.
        if let Ok(okm) = prk.expand(&infos, Len(len)) {
            let _ = okm.fill(&mut out);
        }
        out
    }

    /// The relay's name for this backup: 32 hex digits.
    pub fn backup_id(&self) -> String {
        hex(&self.expand("id", 16))
    }

    /// The token that lets its holder replace the backup: 64 hex digits.
    pub fn write_token(&self) -> Zeroizing<String> {
        Zeroizing::new(hex(&self.expand("write", 32)))
    }

    fn aead(&self) -> Result<LessSafeKey, BackupError> {
        let key = self.expand("key", 32);
        UnboundKey::new(&CHACHA20_POLY1305, &key)
            .map(LessSafeKey::new)
            .map_err(|_| BackupError::NoRandomness)
    }

    /// Seals a backup payload.
    pub fn seal(&self, payload: &[u8]) -> Result<Vec<u8>, BackupError> {
        if payload.len() + 29 > MAX_BLOB {
            return Err(BackupError::TooLarge);
        }
        let mut nonce = [0u8; 12];
        SystemRandom::new()
            .fill(&mut nonce)
            .map_err(|_| BackupError::NoRandomness)?;
        let aad = format!("waymark/v1/backup|{}", self.backup_id());
        let mut buf = payload.to_vec();
        self.aead()?
            .seal_in_place_append_tag(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(aad.as_bytes()),
                &mut buf,
            )
            .map_err(|_| BackupError::NoRandomness)?;
        let mut out = Vec::with_capacity(13 + buf.len());
        out.push(FORMAT);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&buf);
        buf.zeroize();
        Ok(out)
    }

    /// Opens a backup blob.
    pub fn open(&self, blob: &[u8]) -> Result<Zeroizing<Vec<u8>>, BackupError> {
        if blob.len() > MAX_BLOB {
            return Err(BackupError::TooLarge);
        }
        if blob.len() < 29 || blob[0] != FORMAT {
            return Err(BackupError::Malformed);
        }
        let mut nonce = [0u8; 12];
        nonce.copy_from_slice(&blob[1..13]);
        let aad = format!("waymark/v1/backup|{}", self.backup_id());
        let mut buf = Zeroizing::new(blob[13..].to_vec());
        let len = self
            .aead()?
            .open_in_place(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(aad.as_bytes()),
                &mut buf,
            )
            .map_err(|_| BackupError::OpenFailed)?
            .len();
        buf.truncate(len);
        Ok(buf)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_round_trips_with_typing_slack() {
        let k = RecoveryKey::generate().unwrap();
        let code = k.code();
        assert_eq!(code.len(), 29);
        let typed = code.to_lowercase().replace('-', " ").replace('0', "o");
        let again = RecoveryKey::from_code(&typed).unwrap();
        assert_eq!(again.backup_id(), k.backup_id());
        assert_eq!(*again.write_token(), *k.write_token());
        assert_eq!(
            RecoveryKey::from_code("ABCD").map(|_| ()),
            Err(BackupError::BadCode)
        );
        assert_eq!(
            RecoveryKey::from_code(&format!("{}U", &code[..28])).map(|_| ()),
            Err(BackupError::BadCode)
        );
        assert_eq!(
            RecoveryKey::from_code(&format!("{}-AAAA", &*code)).map(|_| ()),
            Err(BackupError::BadCode)
        );
    }

    #[test]
    fn seal_open_and_wrong_code() {
        let k = RecoveryKey::generate().unwrap();
        let blob = k.seal(b"contacts and progress").unwrap();
        assert_eq!(&*k.open(&blob).unwrap(), b"contacts and progress");
        let other = RecoveryKey::generate().unwrap();
        assert_eq!(other.open(&blob).map(|_| ()), Err(BackupError::OpenFailed));
        let mut flipped = blob.clone();
        flipped[20] ^= 1;
        assert_eq!(k.open(&flipped).map(|_| ()), Err(BackupError::OpenFailed));
        assert_eq!(k.open(&blob[..10]).map(|_| ()), Err(BackupError::Malformed));
        assert_ne!(k.backup_id(), other.backup_id());
        assert_eq!(k.backup_id().len(), 32);
        assert_eq!(k.write_token().len(), 64);
    }
}
