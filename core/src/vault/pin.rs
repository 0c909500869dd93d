//! What counts as a PIN or passphrase, and its canonical bytes.
//!
//! A PIN is 4–12 digits; anything else is a passphrase of 8–128 characters.
//! Digits typed on a Thai, Lao, Burmese or Khmer keyboard are the same PIN
//! as ASCII digits, and passphrases are NFC-normalised, so the same secret
//! typed on another keyboard still opens the profile.
//! It must never store, log or echo a PIN; its errors say only what is
//! wrong with the shape.

use unicode_normalization::UnicodeNormalization;
use zeroize::Zeroizing;

use crate::error::{Error, PinProblem, Result};

pub const PIN_MIN: usize = 4;
pub const PIN_MAX: usize = 12;
pub const PASSPHRASE_MIN: usize = 8;
pub const PASSPHRASE_MAX: usize = 128;

/// The bytes that are stretched: native digits folded to ASCII, NFC.
pub fn canonical(pin: &str) -> Zeroizing<Vec<u8>> {
    let folded: Zeroizing<String> = Zeroizing::new(pin.chars().map(fold_digit).nfc().collect());
    Zeroizing::new(folded.as_bytes().to_vec())
}

/// Checks a PIN or passphrase chosen at set-up or on change.
pub fn validate_new(pin: &str) -> Result<()> {
    let canon = canonical(pin);
    // canonical() produced valid UTF-8 from a &str, so this cannot fail;
    // an empty fallback would only make validation stricter.
    let text = std::str::from_utf8(&canon).unwrap_or("");
    let problem = if text.trim().is_empty() {
        Some(PinProblem::Empty)
    } else if text.bytes().all(|b| b.is_ascii_digit()) {
        match text.len() {
            n if n < PIN_MIN => Some(PinProblem::PinTooShort),
            n if n > PIN_MAX => Some(PinProblem::PinTooLong),
            _ => None,
        }
    } else {
        match text.chars().count() {
            n if n < PASSPHRASE_MIN => Some(PinProblem::PassphraseTooShort {
                min: PASSPHRASE_MIN,
            }),
            n if n > PASSPHRASE_MAX => Some(PinProblem::PassphraseTooLong {
                max: PASSPHRASE_MAX,
            }),
            _ => None,
        }
    };
    match problem {
        Some(p) => Err(Error::InvalidPin(p)),
        None => Ok(()),
    }
}

/// Whether `pin` could possibly be a valid secret; an impossible one is a
/// wrong PIN without spending a key derivation on it.
pub fn plausible(pin: &str) -> bool {
    !pin.is_empty() && pin.chars().count() <= PASSPHRASE_MAX
}

/// Maps a Thai, Lao, Myanmar or Khmer digit to its ASCII digit.
pub fn fold_digit(c: char) -> char {
    // Decimal digit blocks of the scripts Waymark ships.
    const ZEROS: [u32; 5] = [
        0x0E50, // Thai
        0x0ED0, // Lao
        0x1040, // Myanmar
        0x1090, // Myanmar Shan
        0x17E0, // Khmer
    ];
    let cp = c as u32;
    for zero in ZEROS {
        if (zero..zero + 10).contains(&cp) {
            return char::from(b'0' + (cp - zero) as u8);
        }
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pins_and_passphrases_are_bounded() {
        assert!(validate_new("1234").is_ok());
        assert!(validate_new("123456789012").is_ok());
        assert!(matches!(
            validate_new("123"),
            Err(Error::InvalidPin(PinProblem::PinTooShort))
        ));
        assert!(matches!(
            validate_new("1234567890123"),
            Err(Error::InvalidPin(PinProblem::PinTooLong))
        ));
        assert!(matches!(
            validate_new(""),
            Err(Error::InvalidPin(PinProblem::Empty))
        ));
        assert!(matches!(
            validate_new("   "),
            Err(Error::InvalidPin(PinProblem::Empty))
        ));
        assert!(matches!(
            validate_new("short"),
            Err(Error::InvalidPin(PinProblem::PassphraseTooShort { .. }))
        ));
        assert!(validate_new("ฉันไปตลาดทุกวัน").is_ok());
        assert!(matches!(
            validate_new(&"x".repeat(PASSPHRASE_MAX + 1)),
            Err(Error::InvalidPin(PinProblem::PassphraseTooLong { .. }))
        ));
    }

    #[test]
    fn native_digits_are_the_same_pin() {
        assert_eq!(*canonical("๑๒๓๔"), b"1234".to_vec()); // Thai
        assert_eq!(*canonical("၁၂၃၄"), b"1234".to_vec()); // Myanmar
        assert_eq!(*canonical("១២៣៤"), b"1234".to_vec()); // Khmer
        assert_eq!(*canonical("໑໒໓໔"), b"1234".to_vec()); // Lao
        assert!(validate_new("๑๒๓๔").is_ok());
    }

    #[test]
    fn passphrases_are_nfc_normalised() {
        // "Việt" precomposed vs. decomposed.
        assert_eq!(
            canonical("Vi\u{1EC7}t nam ok"),
            canonical("Vie\u{323}\u{302}t nam ok")
        );
    }
}
