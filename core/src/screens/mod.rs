//! Screen models: what each screen shows, fully decided by the core.
//!
//! Every string is already localized and every choice already made, so the
//! Android, iOS and terminal apps only draw these records and send actions
//! back. This module reads state and the localizer; it never changes state.

use serde::Serialize;

use crate::error::ArgValue;
use crate::l10n::Localizer;
use crate::settings::Settings;

/// Set-up: choose a PIN.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SetupScreen {
    pub title: String,
    pub intro: String,
    pub pin_label: String,
    pub confirm_label: String,
    pub submit_label: String,
    pub warning: String,
    pub translation_notice: Option<String>,
}

/// Unlock: enter the PIN.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UnlockScreen {
    pub title: String,
    pub prompt: String,
    pub pin_label: String,
    pub submit_label: String,
    pub translation_notice: Option<String>,
}

/// Home, once unlocked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HomeScreen {
    pub title: String,
    pub greeting: String,
    pub language: String,
    pub translation_notice: Option<String>,
    pub lock_label: String,
    pub settings_label: String,
    /// The BCP-47 tag the strings above are in.
    pub locale: String,
}

/// The screen to draw for the profile's current state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "screen", rename_all = "snake_case")]
pub enum Screen {
    Setup(SetupScreen),
    Unlock(UnlockScreen),
    Home(HomeScreen),
}

fn notice(l: &Localizer) -> Option<String> {
    l.active_info().review.notice_id().map(|id| l.message(id))
}

pub fn setup(l: &Localizer) -> SetupScreen {
    SetupScreen {
        title: l.message("setup-title"),
        intro: l.message("setup-intro"),
        pin_label: l.message("setup-pin-label"),
        confirm_label: l.message("setup-confirm-label"),
        submit_label: l.message("setup-submit"),
        warning: l.message("setup-warning"),
        translation_notice: notice(l),
    }
}

pub fn unlock(l: &Localizer) -> UnlockScreen {
    UnlockScreen {
        title: l.message("unlock-title"),
        prompt: l.message("unlock-prompt"),
        pin_label: l.message("setup-pin-label"),
        submit_label: l.message("unlock-submit"),
        translation_notice: notice(l),
    }
}

pub fn home(l: &Localizer, settings: &Settings) -> HomeScreen {
    let greeting = match &settings.display_name {
        Some(name) => l.message_with(
            "home-greeting-named",
            &[("name", ArgValue::Text(name.clone()))],
        ),
        None => l.message("home-greeting"),
    };
    let info = l.active_info();
    HomeScreen {
        title: l.message("home-title"),
        greeting,
        language: l.message_with(
            "home-language",
            &[("language", ArgValue::Text(info.name.clone()))],
        ),
        translation_notice: notice(l),
        lock_label: l.message("lock-action"),
        settings_label: l.message("settings-title"),
        locale: info.tag,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn home_greets_by_name_in_the_active_language() {
        let vi = Localizer::for_preferences(&["vi".to_string()]);
        let s = Settings {
            locale: None,
            display_name: Some("Lan".into()),
        };
        let h = home(&vi, &s);
        assert!(h.greeting.contains("Lan"));
        assert_eq!(h.locale, "vi");
        assert!(h.language.contains("Tiếng Việt"));
        assert!(h.translation_notice.is_some(), "vi is machine-drafted");
        let en = home(&Localizer::for_preferences(&[]), &Settings::default());
        assert_eq!(en.greeting, "Welcome back.");
        assert_eq!(en.translation_notice, None);
    }
}
