//! Emergency contacts: validation and phone-number normalisation.
//!
//! A contact names someone the person trusts; it is personal data and is
//! only ever stored sealed (`contacts` table). This module checks and
//! normalises what a UI sends; the facade seals and stores it. Nothing here
//! ever puts a name or number into an error.
//!
//! The capability is the [`Contacts`] handle (`wm.contacts()`): it seals,
//! stores, lists (sorted by name) and removes; it must never work without
//! an unlocked profile.

use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

use crate::Waymark;
use crate::error::{Error, Result};
use crate::record::Sealed;
use crate::shared::random_id;
use crate::store::Write;

pub const NAME_MAX: usize = 64;
pub const RELATION_MAX: usize = 64;
pub const NOTE_MAX: usize = 500;

/// How the person prefers to reach this contact.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    #[default]
    Sms,
    Call,
    WhatsApp,
    Line,
    Viber,
    Messenger,
    Telegram,
    Signal,
}

/// What a UI sends to add or edit a contact.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactInput {
    pub name: String,
    pub phone: String,
    pub relation: Option<String>,
    pub note: Option<String>,
    pub channel: Channel,
    /// Receives SOS messages.
    pub trusted: bool,
}

/// A stored contact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub id: i64,
    pub name: String,
    /// E.164 (`+66812345678`), or a short local service number.
    pub phone: String,
    pub relation: Option<String>,
    pub note: Option<String>,
    pub channel: Channel,
    pub trusted: bool,
}

impl ContactInput {
    /// Validates and normalises; `country` is the profile's ISO country.
    pub fn validated(self, id: i64, country: Option<&str>) -> Result<Contact> {
        let name = clean(&self.name);
        if name.is_empty() {
            return Err(Error::ContactNameEmpty);
        }
        if name.chars().count() > NAME_MAX {
            return Err(Error::ContactNameTooLong { max: NAME_MAX });
        }
        let relation = optional(self.relation.as_deref(), RELATION_MAX, "relation")?;
        let note = match self
            .note
            .as_deref()
            .map(|n| n.trim().nfc().collect::<String>())
        {
            None => None,
            Some(n) if n.is_empty() => None,
            Some(n) if n.chars().count() > NOTE_MAX => {
                return Err(Error::NoteTooLong { max: NOTE_MAX });
            }
            Some(n) if n.chars().any(|c| c.is_control() && c != '\n') => {
                return Err(Error::InvalidInput { field: "note" });
            }
            Some(n) => Some(n),
        };
        if name.chars().any(char::is_control) {
            return Err(Error::InvalidInput { field: "name" });
        }
        Ok(Contact {
            id,
            name,
            phone: normalize_phone(&self.phone, country)?,
            relation,
            note,
            channel: self.channel,
            trusted: self.trusted,
        })
    }
}

fn clean(s: &str) -> String {
    crate::text::for_storage(s.trim())
}

fn optional(value: Option<&str>, max: usize, field: &'static str) -> Result<Option<String>> {
    match value.map(clean) {
        None => Ok(None),
        Some(v) if v.is_empty() => Ok(None),
        Some(v) if v.chars().count() > max || v.chars().any(char::is_control) => {
            Err(Error::InvalidInput { field })
        }
        Some(v) => Ok(Some(v)),
    }
}

/// Country calling codes for the countries Waymark's people come from and
/// go to (ISO 3166-1 alpha-2).
pub const CALLING_CODES: &[(&str, &str)] = &[
    ("AE", "971"),
    ("AU", "61"),
    ("BD", "880"),
    ("BN", "673"),
    ("CN", "86"),
    ("HK", "852"),
    ("ID", "62"),
    ("JP", "81"),
    ("KH", "855"),
    ("KR", "82"),
    ("KW", "965"),
    ("LA", "856"),
    ("MM", "95"),
    ("MO", "853"),
    ("MY", "60"),
    ("NP", "977"),
    ("PH", "63"),
    ("QA", "974"),
    ("SA", "966"),
    ("SG", "65"),
    ("TH", "66"),
    ("TL", "670"),
    ("TW", "886"),
    ("VN", "84"),
];

pub fn calling_code(country: &str) -> Option<&'static str> {
    CALLING_CODES
        .iter()
        .find(|(c, _)| c.eq_ignore_ascii_case(country))
        .map(|(_, code)| *code)
}

/// Normalises a typed phone number to E.164. Spaces, dashes, dots, slashes
/// and brackets are ignored; Thai, Lao, Burmese and Khmer digits count as
/// digits; `00` means `+`; a national number (leading trunk `0`) needs the
/// profile's country. Short service numbers (3–6 digits) stay as typed.
pub fn normalize_phone(raw: &str, country: Option<&str>) -> Result<String> {
    let mut digits = String::new();
    let mut plus = false;
    for (i, c) in raw.trim().chars().enumerate() {
        let c = crate::vault::pin::fold_digit(c);
        match c {
            '0'..='9' => digits.push(c),
            '+' if i == 0 => plus = true,
            ' ' | '-' | '.' | '(' | ')' | '/' | '\u{a0}' => {}
            _ => return Err(Error::PhoneInvalid),
        }
        if digits.len() > 20 {
            return Err(Error::PhoneInvalid);
        }
    }
    if !plus && let Some(rest) = digits.strip_prefix("00") {
        digits = rest.to_string();
        plus = true;
    }
    let international = if plus {
        digits
    } else if (3..=6).contains(&digits.len()) {
        return Ok(digits);
    } else {
        let code = country.and_then(calling_code).ok_or(if digits.is_empty() {
            Error::PhoneInvalid
        } else {
            Error::PhoneNeedsCountry
        })?;
        format!("{code}{}", digits.strip_prefix('0').unwrap_or(&digits))
    };
    if !(8..=15).contains(&international.len()) || international.starts_with('0') {
        return Err(Error::PhoneInvalid);
    }
    Ok(format!("+{international}"))
}

/// Emergency contacts of the unlocked profile; from [`crate::Contacts::list`].
/// Sealed per contact; kept sorted by name for every UI.
#[derive(Clone, Copy, Debug)]
pub struct Contacts<'a> {
    wm: &'a Waymark,
}

impl<'a> Contacts<'a> {
    pub(crate) fn new(wm: &'a Waymark) -> Self {
        Contacts { wm }
    }

    /// Every contact, by name (case-insensitive), then id.
    pub fn list(&self) -> Result<Vec<Contact>> {
        let sh = &self.wm.shared;
        let (profile, key) = sh.profile_key()?;
        let rows = sh.store().list(Contact::TABLE, profile.id())?;
        let mut out = Vec::with_capacity(rows.len());
        for (id, sealed) in rows {
            out.push(Contact::open(&key, id, &sealed)?);
        }
        out.sort_by(|a, b| {
            a.name
                .to_lowercase()
                .cmp(&b.name.to_lowercase())
                .then(a.id.cmp(&b.id))
        });
        Ok(out)
    }

    /// Adds a contact; returns it as stored (normalised phone, new id).
    pub fn add(&self, input: ContactInput) -> Result<Contact> {
        let id = random_id()?;
        self.save(id, input)
    }

    /// Replaces contact `id`.
    pub fn update(&self, id: i64, input: ContactInput) -> Result<Contact> {
        if !self.list()?.iter().any(|c| c.id == id) {
            return Err(Error::ContactNotFound);
        }
        self.save(id, input)
    }

    pub fn remove(&self, id: i64) -> Result<()> {
        let sh = &self.wm.shared;
        let profile = sh.session_profile()?;
        let (table, profile) = (Contact::TABLE, profile.id());
        let mut store = sh.store();
        if store.item(table, profile, id)?.is_none() {
            return Err(Error::ContactNotFound);
        }
        store.write(Write::DeleteItem { table, profile, id })
    }

    pub fn screen(&self) -> Result<crate::screens::ContactsScreen> {
        Ok(crate::screens::contacts(
            &self.wm.shared.localizer(),
            self.list()?,
        ))
    }

    /// The contact form: empty for `None`, else contact `id`'s values (its
    /// actions are [`Contacts::add`], [`Contacts::update`] and
    /// [`Contacts::remove`]).
    pub fn form(&self, id: Option<i64>) -> Result<crate::screens::ContactForm> {
        let l = self.wm.shared.localizer();
        let Some(id) = id else {
            self.wm.shared.session_profile()?;
            return Ok(crate::screens::contact_form(&l, None));
        };
        let contacts = self.list()?;
        let contact = contacts
            .iter()
            .find(|c| c.id == id)
            .ok_or(Error::ContactNotFound)?;
        Ok(crate::screens::contact_form(&l, Some(contact)))
    }

    fn save(&self, id: i64, input: ContactInput) -> Result<Contact> {
        let sh = &self.wm.shared;
        let country = sh.stored()?.settings.country;
        let contact = input.validated(id, country.as_deref())?;
        let (profile, key) = sh.profile_key()?;
        let sealed = contact.seal(&key, id)?;
        sh.store().write(Write::PutItem {
            table: Contact::TABLE,
            profile: profile.id(),
            id,
            sealed: &sealed,
        })?;
        Ok(contact)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_are_normalised_to_e164() {
        assert_eq!(
            normalize_phone("081 234 5678", Some("TH")).unwrap(),
            "+66812345678"
        );
        assert_eq!(
            normalize_phone("+66 81-234-5678", None).unwrap(),
            "+66812345678"
        );
        assert_eq!(
            normalize_phone("0066812345678", None).unwrap(),
            "+66812345678"
        );
        assert_eq!(
            normalize_phone("(09) 123 4567", Some("mm")).unwrap(),
            "+9591234567"
        );
        assert_eq!(
            normalize_phone("๐๘๑๒๓๔๕๖๗๘", Some("TH")).unwrap(),
            "+66812345678"
        );
        assert_eq!(normalize_phone("1300", None).unwrap(), "1300");
    }

    #[test]
    fn bad_phones_get_specific_errors() {
        assert!(matches!(
            normalize_phone("0812345678", None),
            Err(Error::PhoneNeedsCountry)
        ));
        assert!(matches!(
            normalize_phone("call me", Some("TH")),
            Err(Error::PhoneInvalid)
        ));
        assert!(matches!(
            normalize_phone("", Some("TH")),
            Err(Error::PhoneInvalid)
        ));
        assert!(matches!(
            normalize_phone("+12", None),
            Err(Error::PhoneInvalid)
        ));
        assert!(matches!(
            normalize_phone(&"9".repeat(10_000), None),
            Err(Error::PhoneInvalid)
        ));
        assert!(matches!(
            normalize_phone("12+34", None),
            Err(Error::PhoneInvalid)
        ));
    }

    #[test]
    fn contacts_are_validated() {
        let ok = ContactInput {
            name: "  Ma Hla ".into(),
            phone: "09 123 4567".into(),
            relation: Some("sister".into()),
            note: Some("".into()),
            channel: Channel::Sms,
            trusted: true,
        };
        let c = ok.clone().validated(7, Some("MM")).unwrap();
        assert_eq!(c.name, "Ma Hla");
        assert_eq!(c.phone, "+9591234567");
        assert_eq!(c.note, None);
        let empty = ContactInput {
            name: " ".into(),
            ..ok.clone()
        };
        assert!(matches!(
            empty.validated(1, None),
            Err(Error::ContactNameEmpty)
        ));
        let long = ContactInput {
            name: "n".repeat(65),
            ..ok.clone()
        };
        assert!(matches!(
            long.validated(1, None),
            Err(Error::ContactNameTooLong { max: 64 })
        ));
        let note = ContactInput {
            note: Some("x".repeat(501)),
            ..ok
        };
        assert!(matches!(
            note.validated(1, Some("MM")),
            Err(Error::NoteTooLong { max: 500 })
        ));
    }
}
