//! Screen models: what each screen shows, fully decided by the core.
//!
//! Every string is already localized and every choice already made, so the
//! Android, iOS and terminal apps only draw these records and send actions
//! back. This module reads state and the localizer; it never changes state.
//!
//! One file per area: home and its [`Destination`]s (`home`), lessons and
//! quizzes, classroom mode, checklists, the red-flag check, the directory,
//! search, the calculator disguise, safety (change PIN, the second PIN, the
//! erase policy), SOS and its history, contacts, settings, backup, and
//! content from a file (`pack`); set-up, unlock, traces and the sync notes
//! are here. A new screen
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

use crate::error::ArgValue;
use crate::guard::Disguise;
use crate::l10n::Localizer;
pub use crate::screens::calculator::CalculatorScreen;
use crate::sync::{SyncReport, SyncWait};
pub use home::{Destination, HomeScreen, MenuItem};

pub mod backup;
pub mod contacts;
pub mod pack;
pub mod safety;
pub mod settings;
pub mod sos;

pub use backup::{BackupScreen, backup, restore_done};
pub use contacts::{ChannelChoice, ContactForm, ContactsScreen, contact_form, contacts};
pub use pack::{ContentInstallScreen, ContentInstalled, content_install, content_installed};
pub use safety::{
    ChangePinForm, DuressForm, DuressInput, DuressSection, SafetyScreen, WIPE_AFTER_CHOICES,
    WipeAfterChoice, WipeAfterForm, change_pin_form, duress_form, safety, wipe_after_form,
};
pub use settings::{Choice, SettingsForm, settings_form};
pub use sos::{SosHistoryEntry, SosHistoryScreen, SosScreen, sos, sos_history};

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

/// The platform's key store lost the key that protects the device secret
/// (`Error::PlatformSecretLost`): nothing stored can open again. The same
/// for every profile, real or decoy, so it tells nobody which one was
/// there; it offers erasing and starting over, or a restore from backup.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SecretLostScreen {
    pub title: String,
    pub explain: String,
    /// Erase, then set up with a new PIN.
    pub start_over_label: String,
    pub start_over_explain: String,
    /// Erase, set up with a new PIN, then restore with the recovery code.
    pub restore_label: String,
    pub restore_explain: String,
}

pub fn secret_lost(l: &Localizer) -> SecretLostScreen {
    SecretLostScreen {
        title: l.message("secret-lost-title"),
        explain: l.message("secret-lost-explain"),
        start_over_label: l.message("secret-lost-start-over"),
        start_over_explain: l.message("secret-lost-start-over-explain"),
        restore_label: l.message("secret-lost-restore"),
        restore_explain: l.message("secret-lost-restore-explain"),
    }
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
    /// The chosen / not chosen mark.
    pub mark: String,
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
