//! The person's settings: the first sealed record type.
//!
//! Settings can reveal who uses the phone (a name) or why, so they are
//! stored only as one sealed JSON record (`settings` table, row 1). This
//! module validates them; it never stores them itself.

use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

use crate::error::{Error, Result};
use crate::l10n;

/// Settings kept inside the profile.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// Chosen UI language (a shipped tag); `None` follows the device.
    #[serde(default)]
    pub locale: Option<String>,
    /// What the app calls the person on the home screen; `None` for nothing.
    #[serde(default)]
    pub display_name: Option<String>,
    /// ISO 3166-1 alpha-2 country, the default for phone numbers.
    #[serde(default)]
    pub country: Option<String>,
}

/// The sealed settings record: what the person chose, plus what the core
/// keeps about the duress PIN (never shown by the decoy).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredSettings {
    #[serde(flatten)]
    pub settings: Settings,
    #[serde(default)]
    pub duress_set: bool,
    #[serde(default)]
    pub duress_wipes: bool,
    /// The backup recovery key (hex), made at the first backup; shown to
    /// the person once, as a code, and never again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recovery_key: Option<String>,
}

impl Settings {
    pub const NAME_MAX: usize = 64;

    /// Normalizes and checks settings coming from a UI.
    pub fn validated(self) -> Result<Self> {
        let locale = match self.locale.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(raw) => Some(shipped_tag(raw)?),
        };
        let display_name = match self.display_name.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(name) => {
                let name: String = name.nfc().collect();
                if name.chars().count() > Self::NAME_MAX {
                    return Err(Error::NameTooLong {
                        max: Self::NAME_MAX,
                    });
                }
                if name.chars().any(char::is_control) {
                    return Err(Error::InvalidInput {
                        field: "display_name",
                    });
                }
                Some(name)
            }
        };
        let country = match self.country.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(c) => match crate::contacts::calling_code(c) {
                Some(_) => Some(c.to_ascii_uppercase()),
                None => return Err(Error::UnknownCountry),
            },
        };
        Ok(Settings {
            locale,
            display_name,
            country,
        })
    }
}

/// The shipped locale a user-given tag names (`th-TH` → `th`, `tl` → `fil`).
pub fn shipped_tag(raw: &str) -> Result<String> {
    let id = l10n::parse_tag(raw).ok_or(Error::UnknownLocale)?;
    let chain = l10n::negotiate(&[id.to_string()]);
    match chain.first() {
        Some(tag) if tag.as_str() == id.language.as_str() => Ok(tag.clone()),
        _ => Err(Error::UnknownLocale),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_are_mapped_to_shipped_tags() {
        assert_eq!(shipped_tag("th-TH").unwrap(), "th");
        assert_eq!(shipped_tag("tl").unwrap(), "fil");
        assert_eq!(shipped_tag("en").unwrap(), "en");
        assert!(matches!(shipped_tag("zh"), Err(Error::UnknownLocale)));
        assert!(matches!(
            shipped_tag("not a tag"),
            Err(Error::UnknownLocale)
        ));
    }

    #[test]
    fn names_are_trimmed_bounded_and_printable() {
        let s = Settings {
            display_name: Some("  Mai  ".into()),
            country: Some("th".into()),
            ..Settings::default()
        }
        .validated()
        .unwrap();
        assert_eq!(s.display_name.as_deref(), Some("Mai"));
        assert_eq!(s.country.as_deref(), Some("TH"));
        let bad = Settings {
            country: Some("XX".into()),
            ..Settings::default()
        };
        assert!(matches!(bad.validated(), Err(Error::UnknownCountry)));
        let empty = Settings {
            locale: Some(" ".into()),
            display_name: Some("   ".into()),
            country: Some("".into()),
        }
        .validated()
        .unwrap();
        assert_eq!(empty, Settings::default());
        let long = Settings {
            display_name: Some("ก".repeat(65)),
            ..Settings::default()
        };
        assert!(matches!(
            long.validated(),
            Err(Error::NameTooLong { max: 64 })
        ));
        let control = Settings {
            display_name: Some("a\u{7}b".into()),
            ..Settings::default()
        };
        assert!(matches!(
            control.validated(),
            Err(Error::InvalidInput { .. })
        ));
    }
}
