//! The profile, safety, SOS, backup, settings and contacts flows for the
//! apps: their form models as records and the facade's getters and
//! actions, plus the auto-lock rule's lifecycle inputs. Only forwards to
//! the core's handles (profile, safety, sos, contacts, backup, content,
//! sync): no rule and
//! no text of its own. Getters are synchronous reads like the other
//! screens; actions that write run on the library's runtime.

use waymark_core::backup::RestoreReport;
use waymark_core::screens::{
    BackupScreen, ChangePinForm, ChannelChoice, Choice, ContactForm, ContentInstallScreen,
    ContentInstalled, DuressForm, DuressInput, SettingsForm, SosHistoryEntry, SosHistoryScreen,
    WipeAfterChoice, WipeAfterForm,
};
use waymark_core::{Channel, ContactInput};

use crate::{ApiError, Waymark};

#[uniffi::remote(Record)]
pub struct ChangePinForm {
    pub title: String,
    pub current_label: String,
    pub new_label: String,
    pub confirm_label: String,
    pub hint: String,
    pub submit_label: String,
    pub cancel_label: String,
    pub done_label: String,
}

#[uniffi::remote(Record)]
pub struct DuressInput {
    pub pin: String,
    pub duress_pin: String,
    pub confirmation: String,
    pub wipe_on_use: bool,
}

#[uniffi::remote(Record)]
pub struct DuressForm {
    pub title: String,
    pub explain: String,
    pub set: bool,
    pub state_label: String,
    pub pin_label: String,
    pub duress_pin_label: String,
    pub confirm_label: String,
    pub hint: String,
    pub wipe_on_use: bool,
    pub wipe_label: String,
    pub wipe_on_label: String,
    pub wipe_off_label: String,
    pub wipe_on_mark: String,
    pub wipe_off_mark: String,
    pub wipe_explain: String,
    pub set_label: String,
    pub remove_label: Option<String>,
    pub cancel_label: String,
    pub set_done_label: String,
    pub removed_label: String,
}

#[uniffi::remote(Record)]
pub struct WipeAfterChoice {
    pub count: Option<u32>,
    pub label: String,
    pub selected: bool,
    pub mark: String,
}

#[uniffi::remote(Record)]
pub struct WipeAfterForm {
    pub title: String,
    pub explain: String,
    pub current: Option<u32>,
    pub current_label: String,
    pub choices: Vec<WipeAfterChoice>,
    pub hint: String,
    pub save_label: String,
    pub cancel_label: String,
    pub saved_label: String,
}

#[uniffi::remote(Record)]
pub struct SosHistoryEntry {
    pub at: i64,
    pub practice: bool,
    pub recipients: u32,
    pub with_location: bool,
    pub text: String,
    pub location_label: Option<String>,
}

#[uniffi::remote(Record)]
pub struct SosHistoryScreen {
    pub title: String,
    pub empty_text: Option<String>,
    pub entries: Vec<SosHistoryEntry>,
    pub bullet: String,
}

#[uniffi::remote(Record)]
pub struct Choice {
    pub id: String,
    pub label: String,
}

#[uniffi::remote(Record)]
pub struct SettingsForm {
    pub title: String,
    pub language_label: String,
    pub languages: Vec<Choice>,
    pub display_name_label: String,
    pub country_label: String,
    pub countries: Vec<Choice>,
    pub save_label: String,
    pub cancel_label: String,
    pub saved_label: String,
    pub language: String,
    pub display_name: String,
    pub country: Option<String>,
    pub country_none_label: String,
    pub display_name_hint: String,
}

#[uniffi::remote(Record)]
pub struct ChannelChoice {
    pub channel: Channel,
    pub label: String,
}

#[uniffi::remote(Record)]
pub struct ContactForm {
    pub title: String,
    pub id: Option<i64>,
    pub values: ContactInput,
    pub name_label: String,
    pub phone_label: String,
    pub phone_hint: String,
    pub relation_label: String,
    pub note_label: String,
    pub channel_label: String,
    pub channels: Vec<ChannelChoice>,
    pub trusted_label: String,
    pub save_label: String,
    pub cancel_label: String,
    pub remove_label: Option<String>,
    pub saved_label: String,
    pub removed_label: String,
}

#[uniffi::remote(Record)]
pub struct BackupScreen {
    pub title: String,
    pub intro: String,
    pub backup_label: String,
    pub done_label: String,
    pub has_code: bool,
    pub new_code_label: String,
    pub new_code_explain: String,
    pub code_title: String,
    pub code_once: String,
    pub restore_title: String,
    pub restore_intro: String,
    pub backup_working_label: String,
    pub restore_working_label: String,
    pub stop_label: String,
}

#[uniffi::remote(Record)]
pub struct ContentInstallScreen {
    pub title: String,
    pub intro: String,
    pub version: u64,
    pub version_label: String,
    pub installed: bool,
    pub file_label: String,
    pub install_label: String,
    pub cancel_label: String,
}

#[uniffi::remote(Record)]
pub struct ContentInstalled {
    pub before: u64,
    pub after: u64,
    pub done_label: String,
}

#[uniffi::export]
impl Waymark {
    // ----- PINs and the erase policy -----------------------------------

    /// The change-PIN form (its action is `change_pin`).
    pub fn change_pin_form(&self) -> ChangePinForm {
        self.inner.profile().change_pin_form()
    }

    /// The second-PIN form; `None` in the profile the second PIN opened,
    /// which has no such thing.
    pub fn duress_form(&self) -> Result<Option<DuressForm>, ApiError> {
        self.inner.profile().duress_form().map_err(|e| self.err(e))
    }

    /// Sets (or replaces) the second PIN from its form: the real PIN, the
    /// second PIN typed twice. Removing it is `remove_duress_pin`.
    pub async fn set_duress(&self, input: DuressInput) -> Result<(), ApiError> {
        self.run(move |w| w.profile().set_duress(&input)).await
    }

    /// The erase-after-wrong-PINs choices and the one in force (its action
    /// is `set_wipe_after`).
    /// Async: it reads the sealed device guard (decision 80).
    pub async fn wipe_after_form(&self) -> Result<WipeAfterForm, ApiError> {
        self.run(|w| w.safety().wipe_after_form()).await
    }

    // ----- SOS, contacts, settings, backup ---------------------------------

    /// Recorded SOS events of the open profile, newest first, in words.
    /// Async: it reads the sealed history from the database.
    pub async fn sos_history_screen(&self) -> Result<SosHistoryScreen, ApiError> {
        self.run(|w| w.sos().history_screen()).await
    }

    /// The contact form: empty for `None`, else that contact's values.
    /// Async: an existing contact is read from the database.
    pub async fn contact_form(&self, id: Option<i64>) -> Result<ContactForm, ApiError> {
        self.run(move |w| w.contacts().form(id)).await
    }

    /// The settings form with the current values (its action is
    /// `update_settings`).
    pub fn settings_form(&self) -> Result<SettingsForm, ApiError> {
        self.inner
            .profile()
            .settings_form()
            .map_err(|e| self.err(e))
    }

    /// Backup and restore; `new_code_label` is `backup_to_relay(…, true)`.
    pub fn backup_screen(&self) -> Result<BackupScreen, ApiError> {
        self.inner.backup().screen().map_err(|e| self.err(e))
    }

    /// What a restore brought back, in words.
    pub fn restore_summary(&self, report: RestoreReport) -> String {
        self.inner.backup().restore_summary(&report)
    }

    /// What to say when a sync found no network.
    pub fn sync_offline_note(&self) -> String {
        self.inner.sync().offline_note()
    }

    // ----- content from a file -----------------------------------------------

    /// Before installing content from a file: the version in use.
    pub fn content_install_screen(&self) -> ContentInstallScreen {
        self.inner.content().install_screen()
    }

    /// Installs a signed pack the person picked (the bytes of the file)
    /// and says what changed; refused packs change nothing.
    pub async fn install_content(&self, pack: Vec<u8>) -> Result<ContentInstalled, ApiError> {
        self.run(move |w| w.content().install(&pack)).await
    }

    /// As `install_content`, from a path; no file there is `not_found`.
    pub async fn install_content_file(&self, path: String) -> Result<ContentInstalled, ApiError> {
        self.run(move |w| w.content().install_file(std::path::Path::new(&path)))
            .await
    }

    // ----- auto-lock ---------------------------------------------------------

    /// The app left the screen (Android `onStop`, iOS any phase but
    /// active). Returns the grace in seconds after which
    /// `auto_lock_due` locks.
    pub fn app_backgrounded(&self) -> u64 {
        self.inner.profile().app_backgrounded()
    }

    /// The app is back: `true` when it was away too long and the profile
    /// locked (draw `screen()` again). A rotation does not lock.
    pub fn app_foregrounded(&self) -> bool {
        self.inner.profile().app_foregrounded()
    }

    /// From a timer while the app is away: locks once it has been away
    /// too long; whether it locked.
    pub fn auto_lock_due(&self) -> bool {
        self.inner.profile().auto_lock_due()
    }
}
