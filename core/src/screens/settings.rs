//! The settings form: labels, hints, choices and the values to start from.
//!
//! A model only: this module never changes state (the facade's
//! `update_settings` validates, in [`crate::settings`], and saves). The
//! values are the open profile's own.

use serde::Serialize;

use crate::l10n::Localizer;
use crate::settings::Settings;

/// One entry of a list the person cycles through (a language, a country).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Choice {
    pub id: String,
    pub label: String,
}

/// The settings form: labels and the choices for each field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SettingsForm {
    pub title: String,
    pub language_label: String,
    /// Every shipped language, named in its own script.
    pub languages: Vec<Choice>,
    pub display_name_label: String,
    pub country_label: String,
    /// Countries a phone number can default to.
    pub countries: Vec<Choice>,
    pub save_label: String,
    pub cancel_label: String,
    pub saved_label: String,
    /// The values to start from: the language in use when none was
    /// chosen (a shipped tag, one of `languages`), the name (empty for
    /// none), the country (`None`: not chosen).
    pub language: String,
    pub display_name: String,
    pub country: Option<String>,
    /// What "no country" is called.
    pub country_none_label: String,
    pub display_name_hint: String,
}

/// Countries offered as the default for phone numbers: those with a
/// calling code and a name in every language.
const SETTINGS_COUNTRIES: [&str; 16] = [
    "TH", "MM", "KH", "LA", "VN", "MY", "SG", "ID", "PH", "BN", "TW", "HK", "KR", "JP", "AE", "SA",
];
/// The form for `current`, in the language in use.
pub fn settings_form(l: &Localizer, current: &Settings) -> SettingsForm {
    let current = current.clone();
    SettingsForm {
        title: l.message("settings-title"),
        language_label: l.message("settings-language"),
        languages: crate::l10n::available()
            .into_iter()
            .map(|i| Choice {
                id: i.tag,
                label: i.name,
            })
            .collect(),
        display_name_label: l.message("settings-display-name"),
        country_label: l.message("settings-country"),
        countries: SETTINGS_COUNTRIES
            .iter()
            .filter(|c| crate::contacts::calling_code(c).is_some())
            .map(|c| Choice {
                id: (*c).to_string(),
                label: l.message(&format!("country-{c}")),
            })
            .collect(),
        save_label: l.message("form-save"),
        cancel_label: l.message("form-cancel"),
        saved_label: l.message("settings-saved"),
        language: current.locale.unwrap_or_else(|| l.active_tag().to_string()),
        display_name: current.display_name.unwrap_or_default(),
        country: current.country,
        country_none_label: l.message("settings-country-none"),
        display_name_hint: l.message("settings-display-name-hint"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_starts_from_the_settings() {
        let th = Localizer::for_preferences(&["th".to_string()]);
        let blank = settings_form(&th, &Settings::default());
        assert_eq!(blank.language, "th", "the language in use");
        assert_eq!(blank.display_name, "");
        assert_eq!(blank.country, None);
        let f = settings_form(
            &th,
            &Settings {
                locale: Some("km".into()),
                display_name: Some("Lan".into()),
                country: Some("KH".into()),
            },
        );
        assert_eq!(f.language, "km");
        assert_eq!(f.display_name, "Lan");
        assert_eq!(f.country.as_deref(), Some("KH"));
        assert!(f.languages.iter().any(|c| c.id == f.language));
        assert!(
            f.countries
                .iter()
                .any(|c| Some(&c.id) == f.country.as_ref())
        );
    }

    #[test]
    fn forms_have_words_in_every_locale() {
        for info in crate::l10n::available() {
            let l = Localizer::for_preferences(std::slice::from_ref(&info.tag));
            let s = settings_form(&l, &Settings::default());
            assert_eq!(s.languages.len(), crate::l10n::available().len());
            assert_eq!(s.countries.len(), SETTINGS_COUNTRIES.len());
            for c in &s.countries {
                assert!(!c.label.starts_with("country-"), "{}: {}", info.tag, c.id);
            }
            assert!(
                !s.country_none_label.starts_with("settings-"),
                "{}",
                info.tag
            );
            let f = super::super::contact_form(&l, None);
            assert_eq!(f.channels.len(), 8);
            assert!(!f.channels[0].label.starts_with("channel-"), "{}", info.tag);
        }
    }
}
