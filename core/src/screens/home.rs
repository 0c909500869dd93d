//! Home, once unlocked, and the navigation from it: every screen the home
//! menu opens is a [`Destination`], and so is the screen a search result
//! opens in. The UIs match on it; no screen is named by a string.

use serde::Serialize;

use crate::error::ArgValue;
use crate::l10n::Localizer;
use crate::settings::Settings;

/// A screen reached from home.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Destination {
    Lessons,
    Checklists,
    /// The job-offer check.
    Redflags,
    Directory,
    Search,
    /// Writing to a hotline through the relay.
    Quiet,
    Contacts,
    Sos,
    /// The "traces on this phone" checklist.
    Traces,
    Safety,
    Backup,
    Settings,
}

impl Destination {
    /// The home menu, in order, each with the message id of its label.
    pub const MENU: [(Destination, &'static str); 12] = [
        (Destination::Lessons, "menu-lessons"),
        (Destination::Checklists, "menu-checklists"),
        (Destination::Redflags, "menu-redflags"),
        (Destination::Directory, "menu-directory"),
        (Destination::Search, "menu-search"),
        (Destination::Quiet, "menu-quiet"),
        (Destination::Contacts, "contacts-title"),
        (Destination::Sos, "sos-title"),
        (Destination::Traces, "traces-title"),
        (Destination::Safety, "policy-title"),
        (Destination::Backup, "menu-backup"),
        (Destination::Settings, "menu-settings"),
    ];
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
    /// The quick-exit action, offered on home as on every screen.
    pub quick_exit_label: String,
    /// What the person can open from home, in order.
    pub menu: Vec<MenuItem>,
    /// The BCP-47 tag the strings above are in.
    pub locale: String,
}

/// One entry of the home menu: the screen it opens and its label.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MenuItem {
    pub destination: Destination,
    pub label: String,
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
        translation_notice: super::notice(l),
        lock_label: l.message("lock-action"),
        settings_label: l.message("settings-title"),
        quick_exit_label: l.message("quick-exit"),
        menu: Destination::MENU
            .iter()
            .map(|(destination, msg)| MenuItem {
                destination: *destination,
                label: l.message(msg),
            })
            .collect(),
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
            display_name: Some("Lan".into()),
            ..Settings::default()
        };
        let h = home(&vi, &s);
        assert!(h.greeting.contains("Lan"));
        assert_eq!(h.locale, "vi");
        assert!(h.language.contains("Tiếng Việt"));
        assert!(h.translation_notice.is_some(), "vi is machine-drafted");
        let en = home(&Localizer::for_preferences(&[]), &Settings::default());
        assert_eq!(en.greeting, "Welcome back.");
        assert_eq!(en.translation_notice, None);
        assert_eq!(en.menu.len(), Destination::MENU.len());
        assert!(en.menu.iter().any(|m| m.destination == Destination::Quiet));
    }

    #[test]
    fn home_names_quick_exit_itself_and_every_destination_once() {
        for info in crate::l10n::available() {
            let l = Localizer::for_preferences(std::slice::from_ref(&info.tag));
            let h = home(&l, &Settings::default());
            assert_eq!(h.quick_exit_label, l.message("quick-exit"), "{}", info.tag);
            assert!(!h.quick_exit_label.starts_with("quick-"), "{}", info.tag);
            for m in &h.menu {
                assert!(
                    !m.label.starts_with("menu-"),
                    "{}: {:?}",
                    info.tag,
                    m.destination
                );
            }
        }
        let menu = home(&Localizer::for_preferences(&[]), &Settings::default()).menu;
        let seen: std::collections::HashSet<Destination> =
            menu.iter().map(|m| m.destination).collect();
        assert_eq!(seen.len(), 12, "each destination once");
        assert_eq!(menu[0].destination, Destination::Lessons);
        assert_eq!(menu[11].destination, Destination::Settings);
    }
}
