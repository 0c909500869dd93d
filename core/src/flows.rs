//! The facade's side of the profile, safety, SOS, backup, settings and
//! contacts flows: each form's getter (it reads, never writes) and the
//! actions that have no older home, plus the auto-lock rule's inputs.
//!
//! Every getter builds its model in `screens::<area>` from what the open
//! profile holds, so the decoy (the profile the duress PIN opens) only ever
//! sees its own history, contacts and settings, and never a duress form.
//! Every action validates in the core and fails with an [`Error`] the UIs
//! show localized. Nothing here may bypass the rules of `vault`, `guard`
//! or `content::pack`: the actions call the facade's existing ones.

use std::path::Path;

use crate::backup::RestoreReport;
use crate::error::{Error, Result};
use crate::screens::{self, DuressInput};
use crate::vault::{self, Slot};
use crate::{Waymark, guard};

impl Waymark {
    // ----- PINs -------------------------------------------------------

    /// The change-PIN form (any state: the action checks the current PIN).
    pub fn change_pin_form(&self) -> screens::ChangePinForm {
        screens::change_pin_form(&self.localizer())
    }

    /// The second-PIN form of the real profile; `None` in the decoy, which
    /// has no such thing (its safety screen has no duress section).
    pub fn duress_form(&self) -> Result<Option<screens::DuressForm>> {
        if self.session_profile()? == Slot::Duress {
            return Ok(None);
        }
        Ok(Some(screens::duress_form(
            &self.localizer(),
            &self.stored()?,
        )))
    }

    /// Sets (or replaces) the second PIN from the form: the second PIN
    /// typed twice, then [`Waymark::set_duress_pin`]'s rules (the real PIN
    /// needed; in the decoy success with nothing changed).
    pub fn set_duress(&self, input: &DuressInput) -> Result<()> {
        if vault::pin::canonical(&input.duress_pin) != vault::pin::canonical(&input.confirmation) {
            return Err(Error::PinsDiffer);
        }
        self.set_duress_pin(&input.pin, &input.duress_pin, input.wipe_on_use)
    }

    /// The erase-after-wrong-PINs form (unlocked, as its action is).
    pub fn wipe_after_form(&self) -> Result<screens::WipeAfterForm> {
        self.session_profile()?;
        let current = self.current_guard()?.wipe_after;
        Ok(screens::wipe_after_form(&self.localizer(), current))
    }

    // ----- SOS, contacts, settings, backup ---------------------------------

    /// The open profile's recorded SOS events, newest first, in words.
    pub fn sos_history_screen(&self) -> Result<screens::SosHistoryScreen> {
        Ok(screens::sos_history(&self.localizer(), self.sos_history()?))
    }

    /// The contact form: empty for `None`, else contact `id`'s values.
    pub fn contact_form(&self, id: Option<i64>) -> Result<screens::ContactForm> {
        let l = self.localizer();
        let Some(id) = id else {
            self.session_profile()?;
            return Ok(screens::contact_form(&l, None));
        };
        let contacts = self.contacts()?;
        let contact = contacts
            .iter()
            .find(|c| c.id == id)
            .ok_or(Error::ContactNotFound)?;
        Ok(screens::contact_form(&l, Some(contact)))
    }

    /// The settings form with the open profile's values.
    pub fn settings_form(&self) -> Result<screens::SettingsForm> {
        Ok(screens::settings_form(&self.localizer(), &self.settings()?))
    }

    /// Backup and restore (unlocked): whether a recovery code exists
    /// decides whether the next backup shows one.
    pub fn backup_screen(&self) -> Result<screens::BackupScreen> {
        let has_code = self.stored()?.recovery_key.is_some();
        Ok(screens::backup(&self.localizer(), has_code))
    }

    /// What a restore brought back, in words.
    pub fn restore_summary(&self, report: &RestoreReport) -> String {
        screens::restore_done(&self.localizer(), report)
    }

    /// What the person is told when a sync found no network.
    pub fn sync_offline_note(&self) -> String {
        screens::sync_offline(&self.localizer())
    }

    // ----- content from a file -----------------------------------------------

    /// Before installing: the content in use (any state; content is public).
    pub fn content_install_screen(&self) -> screens::ContentInstallScreen {
        let status = self.content_status();
        screens::content_install(&self.localizer(), status.version, status.installed)
    }

    /// Installs a signed pack ([`Waymark::install_pack`]'s rule: signed by a
    /// trusted key, newer, atomic; on any error nothing changes) and says
    /// what changed.
    pub fn install_content(&self, bytes: &[u8]) -> Result<screens::ContentInstalled> {
        let before = self.content_status().version;
        let after = self.install_pack(bytes)?.version;
        Ok(screens::content_installed(&self.localizer(), before, after))
    }

    /// As [`Waymark::install_content`], from a file the person named; a
    /// path with no file is [`Error::FileNotFound`].
    pub fn install_content_file(&self, path: &Path) -> Result<screens::ContentInstalled> {
        let bytes = std::fs::read(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => Error::FileNotFound,
            _ => Error::Io(e),
        })?;
        self.install_content(&bytes)
    }

    // ----- auto-lock (lifecycle) ------------------------------------------

    /// The app left the screen (Android `onStop`, iOS any phase but
    /// active, a terminal losing focus). Returns the grace in seconds: a
    /// platform may call [`Waymark::auto_lock_due`] after it.
    pub fn app_backgrounded(&self) -> u64 {
        guard(&self.autolock).left(self.clock.now_unix());
        crate::lifecycle::GRACE_SECONDS.unsigned_abs()
    }

    /// The app is back on screen: locks if it was away too long (see
    /// [`crate::lifecycle`]). Returns whether this locked the profile, so
    /// the UI draws [`Waymark::screen`] again.
    pub fn app_foregrounded(&self) -> bool {
        let lock = guard(&self.autolock).came_back(self.clock.now_unix());
        lock && self.lock_unlocked()
    }

    /// While the app is away: locks once it has been away too long.
    /// Returns whether this locked the profile.
    pub fn auto_lock_due(&self) -> bool {
        let due = guard(&self.autolock).due(self.clock.now_unix());
        due && self.lock_unlocked()
    }

    /// Locks when a profile is unlocked; whether one was. With none, a
    /// classroom session or a guest's progress is left alone: auto-lock
    /// protects the profile, and there is none open.
    fn lock_unlocked(&self) -> bool {
        if guard(&self.session).is_none() {
            return false;
        }
        self.lock();
        true
    }
}
