//! Screen models: what each screen shows, fully decided by the core.
//!
//! Every string is already localized and every choice already made, so the
//! Android, iOS and terminal apps only draw these records and send actions
//! back. This module reads state and the localizer; it never changes state.
//!
//! One file per area: home and its [`Destination`]s (`home`), lessons and
//! quizzes, classroom mode, checklists, the red-flag check, the directory,
//! search and the calculator disguise; the others are here. A new screen
//! goes in the file of its area, and the facade hands it out.

pub mod calculator;
pub mod checklists;
pub mod classroom;
pub mod directory;
pub mod home;
pub mod lessons;
pub mod redflags;
pub mod search;

use serde::Serialize;

use crate::backup::RestoreReport;
use crate::contacts::{Channel, Contact};
use crate::error::ArgValue;
use crate::guard::{Disguise, Guard};
use crate::l10n::Localizer;
pub use crate::screens::calculator::CalculatorScreen;
use crate::settings::StoredSettings;
use crate::sync::{SyncReport, SyncWait};
pub use home::{Destination, HomeScreen, MenuItem};

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

/// The screen to draw for the profile's current state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "screen", rename_all = "snake_case")]
pub enum Screen {
    Setup(SetupScreen),
    Unlock(UnlockScreen),
    Home(HomeScreen),
    /// The calculator disguise, shown while locked when it is chosen.
    Calculator(CalculatorScreen),
}

/// One disguise the person can pick.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DisguiseOption {
    pub disguise: Disguise,
    /// Launcher name in the current language.
    pub name: String,
    /// Icon name for the native app's launcher alias.
    pub icon: String,
    pub selected: bool,
}

/// What the native apps need to wear the chosen disguise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DisguiseInfo {
    pub disguise: Disguise,
    pub launcher_name: String,
    pub icon: String,
    /// Text for any notification: says nothing about the app's purpose.
    pub notification_title: String,
    pub notification_body: String,
}

/// Where the UI goes after a quick exit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "target", rename_all = "snake_case")]
pub enum QuickExit {
    /// Show the calculator disguise.
    Calculator(CalculatorScreen),
    /// Leave to the phone's home screen and drop the app from recent apps.
    LeaveApp,
}

/// The second-PIN part of the safety screen (real profile only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DuressSection {
    pub title: String,
    pub explain: String,
    pub set: bool,
    pub wipes: bool,
    pub wipe_explain: String,
    pub wipe_label: String,
}

/// The safety settings screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SafetyScreen {
    /// The duress PIN section; `None` in the decoy, which must read as a
    /// complete ordinary profile with no word about second PINs.
    pub duress: Option<DuressSection>,
    pub policy_title: String,
    pub policy_delays: String,
    pub wipe_after: Option<u32>,
    pub wipe_after_label: String,
    pub failures_label: String,
    pub disguise_title: String,
    pub disguise_explain: String,
    pub disguises: Vec<DisguiseOption>,
    pub wipe_title: String,
    pub wipe_explain: String,
    pub wipe_confirm_label: String,
    pub quick_exit_label: String,
    pub traces_label: String,
}

/// One place where traces may be left.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TraceItem {
    pub id: String,
    pub text: String,
}

/// The "traces on this phone" checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TracesScreen {
    pub title: String,
    pub intro: String,
    pub items: Vec<TraceItem>,
}

/// The SOS screen before anything is composed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SosScreen {
    pub title: String,
    pub explain: String,
    /// SMS is not encrypted: always shown.
    pub warning: String,
    pub send_label: String,
    pub practice_label: String,
}

pub fn sos(l: &Localizer) -> SosScreen {
    SosScreen {
        title: l.message("sos-title"),
        explain: l.message("sos-explain"),
        warning: l.message("sos-sms-warning"),
        send_label: l.message("sos-title"),
        practice_label: l.message("sos-practice"),
    }
}

/// The emergency contacts list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ContactsScreen {
    pub title: String,
    pub empty_text: Option<String>,
    pub trusted_label: String,
    pub contacts: Vec<Contact>,
}

pub(crate) fn notice(l: &Localizer) -> Option<String> {
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

pub fn disguise_info(l: &Localizer, disguise: Disguise) -> DisguiseInfo {
    let name = l.message(disguise.name_id());
    DisguiseInfo {
        disguise,
        launcher_name: name.clone(),
        icon: disguise.icon().to_string(),
        notification_title: name,
        notification_body: l.message("notification-body"),
    }
}

/// The safety screen. `decoy`: the profile the duress PIN opened, whose
/// screen leaves the duress section out.
pub fn safety(l: &Localizer, stored: &StoredSettings, guard: &Guard, decoy: bool) -> SafetyScreen {
    let count = |n: u32| ArgValue::Number(i64::from(n));
    SafetyScreen {
        duress: (!decoy).then(|| DuressSection {
            title: l.message("duress-title"),
            explain: l.message("duress-explain"),
            set: stored.duress_set,
            wipes: stored.duress_wipes,
            wipe_explain: l.message("duress-wipe-explain"),
            wipe_label: l.message(if stored.duress_wipes {
                "duress-wipe-on"
            } else {
                "duress-wipe-off"
            }),
        }),
        policy_title: l.message("policy-title"),
        policy_delays: l.message("policy-delays"),
        wipe_after: guard.wipe_after,
        wipe_after_label: match guard.wipe_after {
            Some(n) => l.message_with("policy-wipe-on", &[("count", count(n))]),
            None => l.message("policy-wipe-off"),
        },
        failures_label: l.message_with("policy-failures", &[("count", count(guard.failures))]),
        disguise_title: l.message("disguise-title"),
        disguise_explain: l.message("disguise-explain"),
        disguises: Disguise::ALL
            .iter()
            .map(|d| DisguiseOption {
                disguise: *d,
                name: l.message(d.name_id()),
                icon: d.icon().to_string(),
                selected: *d == guard.disguise,
            })
            .collect(),
        wipe_title: l.message("wipe-title"),
        wipe_explain: l.message("wipe-explain"),
        wipe_confirm_label: l.message("wipe-confirm"),
        quick_exit_label: l.message("quick-exit"),
        traces_label: l.message("traces-title"),
    }
}

/// Places on a phone where traces may be left, in the order to check them.
const TRACES: [&str; 7] = [
    "call-log",
    "sms",
    "gallery",
    "notifications",
    "cloud",
    "browser",
    "keyboard",
];

pub fn traces(l: &Localizer) -> TracesScreen {
    TracesScreen {
        title: l.message("traces-title"),
        intro: l.message("traces-intro"),
        items: TRACES
            .iter()
            .map(|id| TraceItem {
                id: (*id).to_string(),
                text: l.message(&format!("traces-{id}")),
            })
            .collect(),
    }
}

pub fn contacts(l: &Localizer, list: Vec<Contact>) -> ContactsScreen {
    ContactsScreen {
        title: l.message("contacts-title"),
        empty_text: list.is_empty().then(|| l.message("contacts-empty")),
        trusted_label: l.message("contact-trusted"),
        contacts: list,
    }
}

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
}

/// Countries offered as the default for phone numbers: those with a
/// calling code and a name in every language.
const SETTINGS_COUNTRIES: [&str; 16] = [
    "TH", "MM", "KH", "LA", "VN", "MY", "SG", "ID", "PH", "BN", "TW", "HK", "KR", "JP", "AE", "SA",
];

pub fn settings_form(l: &Localizer) -> SettingsForm {
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
    }
}

/// One way to reach a contact, named for the person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChannelChoice {
    pub channel: Channel,
    pub label: String,
}

/// The add / edit contact form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ContactForm {
    pub add_title: String,
    pub edit_title: String,
    pub name_label: String,
    pub phone_label: String,
    pub relation_label: String,
    pub note_label: String,
    pub channel_label: String,
    /// Every channel, in order (the first is the default).
    pub channels: Vec<ChannelChoice>,
    pub trusted_label: String,
    pub save_label: String,
    pub cancel_label: String,
    pub remove_label: String,
    pub saved_label: String,
    pub removed_label: String,
}

pub fn contact_form(l: &Localizer) -> ContactForm {
    // Brand names stay as the brands write them, in every language.
    let channels = [
        (Channel::Sms, l.message("channel-sms")),
        (Channel::Call, l.message("channel-call")),
        (Channel::WhatsApp, l.message("directory-whatsapp")),
        (Channel::Line, "LINE".to_string()),
        (Channel::Viber, "Viber".to_string()),
        (Channel::Messenger, "Messenger".to_string()),
        (Channel::Telegram, "Telegram".to_string()),
        (Channel::Signal, "Signal".to_string()),
    ];
    ContactForm {
        add_title: l.message("contact-add"),
        edit_title: l.message("contact-edit"),
        name_label: l.message("contact-name"),
        phone_label: l.message("contact-phone"),
        relation_label: l.message("contact-relation"),
        note_label: l.message("contact-note"),
        channel_label: l.message("contact-channel"),
        channels: channels
            .into_iter()
            .map(|(channel, label)| ChannelChoice { channel, label })
            .collect(),
        trusted_label: l.message("contact-trusted"),
        save_label: l.message("form-save"),
        cancel_label: l.message("form-cancel"),
        remove_label: l.message("contact-remove"),
        saved_label: l.message("contact-saved"),
        removed_label: l.message("contact-removed"),
    }
}

/// Backup and restore.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BackupScreen {
    pub title: String,
    pub intro: String,
    pub backup_label: String,
    pub done_label: String,
    pub code_title: String,
    /// Shown with the recovery code, the only time it is shown.
    pub code_once: String,
    pub restore_title: String,
    pub restore_intro: String,
    /// Shown while a backup is being made or uploaded.
    pub backup_working_label: String,
    /// Shown while a backup is being fetched and restored.
    pub restore_working_label: String,
    /// The action that stops the operation running (nothing is changed).
    pub stop_label: String,
}

pub fn backup(l: &Localizer) -> BackupScreen {
    BackupScreen {
        title: l.message("backup-title"),
        intro: l.message("backup-intro"),
        backup_label: l.message("backup-now"),
        done_label: l.message("backup-done"),
        code_title: l.message("backup-code-title"),
        code_once: l.message("backup-code-once"),
        restore_title: l.message("restore-title"),
        restore_intro: l.message("restore-intro"),
        backup_working_label: l.message("backup-working"),
        restore_working_label: l.message("restore-working"),
        stop_label: l.message("task-stop"),
    }
}

/// What a restore brought back, in words.
pub fn restore_done(l: &Localizer, report: &RestoreReport) -> String {
    let n = |v: u32| ArgValue::Number(i64::from(v));
    l.message_with(
        "restore-done",
        &[
            ("contacts", n(report.contacts)),
            ("conversations", n(report.conversations)),
            ("messages", n(report.messages)),
        ],
    )
}

/// What the person is told when a sync found no network.
pub fn sync_offline(l: &Localizer) -> String {
    l.message("sync-offline")
}

/// A sync running in the background, and how to stop it: (progress, stop).
pub fn sync_running(l: &Localizer) -> (String, String) {
    (l.message("sync-running"), l.message("task-stop"))
}

/// Why the sync engine holds back and when it tries again, for the person
/// (`now` in Unix seconds); `None` when nothing holds it back.
pub fn sync_wait(l: &Localizer, report: &SyncReport, now: i64) -> Option<String> {
    let secs = report
        .next_attempt_at
        .map_or(0, |t| t.saturating_sub(now).max(0));
    let minutes = [(
        "minutes",
        ArgValue::Number((secs.saturating_add(59) / 60).max(1)),
    )];
    Some(match report.waiting? {
        SyncWait::Offline => sync_offline(l),
        SyncWait::RelayPaused => l.message_with("sync-paused", &minutes),
        SyncWait::BudgetSpent => l.message_with("sync-budget", &minutes),
        SyncWait::Retrying => l.message_with(
            "sync-waiting",
            &[
                ("count", ArgValue::Number(i64::from(report.queued))),
                ("seconds", ArgValue::Number(secs)),
            ],
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_have_words_in_every_locale() {
        for info in crate::l10n::available() {
            let l = Localizer::for_preferences(std::slice::from_ref(&info.tag));
            let s = settings_form(&l);
            assert_eq!(s.languages.len(), crate::l10n::available().len());
            assert_eq!(s.countries.len(), SETTINGS_COUNTRIES.len());
            for c in &s.countries {
                assert!(!c.label.starts_with("country-"), "{}: {}", info.tag, c.id);
            }
            let f = contact_form(&l);
            assert_eq!(f.channels.len(), 8);
            assert!(!f.channels[0].label.starts_with("channel-"), "{}", info.tag);
        }
    }

    #[test]
    fn every_trace_item_has_text_in_every_locale() {
        for info in crate::l10n::available() {
            let l = Localizer::for_preferences(std::slice::from_ref(&info.tag));
            let t = traces(&l);
            assert_eq!(t.items.len(), 7);
            for item in &t.items {
                assert!(
                    !item.text.starts_with("traces-"),
                    "{}: {}",
                    info.tag,
                    item.id
                );
            }
        }
    }
}
