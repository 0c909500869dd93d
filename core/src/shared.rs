//! The state every capability borrows: the profile's database, the
//! unlocked session, the device guard, and the localizer with what it is
//! built from.
//!
//! This module owns only what more than one capability needs; state that
//! belongs to one capability lives in that capability's type (the content
//! in use in [`crate::content::Content`]'s state, the calculator in
//! [`crate::safety`], the sync runtime in [`crate::sync`]). It is
//! crate-private and must never decide a capability's rules: it opens,
//! seals and hands out, the capabilities decide.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError, RwLock};

use crate::clock::Clock;
use crate::content;
use crate::error::{Error, Result};
use crate::guard::Guard;
use crate::l10n::{self, Localizer};
use crate::observe::Observers;
use crate::record::Sealed;
use crate::settings::StoredSettings;
use crate::sos::SosPlan;
use crate::store::{Store, Write};
use crate::vault::{self, DataKey, PlatformSecret, Slot};

/// Locks `m`, carrying on after a panic elsewhere.
pub(crate) fn lock_or_recover<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic while holding a lock leaves plain data behind, never a
    // half-applied transaction (SQLite rolls those back), so carry on.
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Keys and decrypted state that exist only while unlocked.
pub(crate) struct Session {
    pub(crate) profile: Slot,
    pub(crate) key: DataKey,
    pub(crate) stored: StoredSettings,
    /// Quiz and checklist progress of the unlocked profile (the content
    /// capability reads and writes it).
    pub(crate) progress: content::Progress,
    /// A reviewed SOS waiting for the person's confirm, and whether it
    /// carries a location (the SOS capability's; dropped with the keys).
    pub(crate) pending_sos: Option<(SosPlan, crate::sos::Whereabouts)>,
}

impl Session {
    pub(crate) fn new(profile: Slot, key: DataKey, stored: StoredSettings) -> Self {
        Session {
            profile,
            key,
            stored,
            progress: content::Progress::default(),
            pending_sos: None,
        }
    }

    /// A copy of the key for work done without holding the session lock;
    /// it is zeroized when the copy drops.
    pub(crate) fn key_copy(&self) -> DataKey {
        self.key.clone_key()
    }
}

/// The state the capabilities share.
///
/// # Lock order
///
/// A thread holding one of these locks may take only locks further down
/// this list (the capabilities' own locks are listed here too):
///
/// 1. `session` (the unlocked keys and what was opened with them)
/// 2. the calculator (`safety::SafetyState`)
/// 3. the guest progress, the classroom (`content::ContentState`)
/// 4. the sync runtime (`sync::SyncState`)
/// 5. `store` (the database)
/// 6. the search index, then the content in use (`content::ContentState`)
/// 7. `chosen_locale`, `device_locales`, `texts`, `localizer`: leaves,
///    each taken alone. [`Shared::refresh_localizer`] reads the session,
///    so it runs with no lock held.
/// 8. the observers' registry, then one observer's mailbox
///    ([`crate::observe`]): taken by `notify` with no other lock held, and
///    never while an observer is called.
/// 9. the moment the app left the screen (`profile::ProfileKeys`, for the
///    auto-lock rule): a leaf, taken alone.
///
/// Locks are held for one step and never across a key derivation, a
/// network call or a call into a foreign callback.
pub(crate) struct Shared {
    pub(crate) data_dir: PathBuf,
    pub(crate) store: Mutex<Store>,
    pub(crate) secret: Arc<dyn PlatformSecret>,
    pub(crate) clock: Arc<dyn Clock>,
    pub(crate) session: Mutex<Option<Session>>,
    device_locales: Mutex<Vec<String>>,
    /// See [`crate::Config::chosen_locale`] (a shipped tag).
    chosen_locale: Mutex<Option<String>>,
    /// The texts of the content in use (set by the content capability).
    texts: RwLock<Arc<l10n::Texts>>,
    localizer: RwLock<Localizer>,
    /// Told about every change quiet contact and sync make to what the
    /// screens show ([`crate::observe`]).
    pub(crate) observers: Observers,
}

impl Shared {
    pub(crate) fn new(
        data_dir: PathBuf,
        store: Store,
        secret: Arc<dyn PlatformSecret>,
        clock: Arc<dyn Clock>,
        texts: Arc<l10n::Texts>,
        device_locales: Vec<String>,
        chosen_locale: Option<String>,
    ) -> Self {
        let prefs: Vec<String> = chosen_locale
            .iter()
            .chain(&device_locales)
            .cloned()
            .collect();
        let localizer = Localizer::with_texts(texts.clone(), &prefs);
        Shared {
            data_dir,
            store: Mutex::new(store),
            secret,
            clock,
            session: Mutex::new(None),
            device_locales: Mutex::new(device_locales),
            chosen_locale: Mutex::new(chosen_locale),
            texts: RwLock::new(texts),
            localizer: RwLock::new(localizer),
            observers: Observers::default(),
        }
    }

    pub(crate) fn store(&self) -> MutexGuard<'_, Store> {
        lock_or_recover(&self.store)
    }

    pub(crate) fn session(&self) -> MutexGuard<'_, Option<Session>> {
        lock_or_recover(&self.session)
    }

    pub(crate) fn now(&self) -> i64 {
        self.clock.now_unix()
    }

    // ----- the localizer ------------------------------------------------

    /// The localizer for the current language choice.
    pub(crate) fn localizer(&self) -> Localizer {
        self.localizer
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    pub(crate) fn chosen_locale(&self) -> Option<String> {
        lock_or_recover(&self.chosen_locale).clone()
    }

    pub(crate) fn set_chosen_locale(&self, tag: String) {
        *lock_or_recover(&self.chosen_locale) = Some(tag);
        self.refresh_localizer();
    }

    pub(crate) fn set_device_locales(&self, locales: Vec<String>) {
        *lock_or_recover(&self.device_locales) = locales;
        self.refresh_localizer();
    }

    /// The content in use changed: its texts from now on.
    pub(crate) fn set_texts(&self, texts: Arc<l10n::Texts>) {
        *self.texts.write().unwrap_or_else(PoisonError::into_inner) = texts;
        self.refresh_localizer();
    }

    /// Languages in order: the person's choice for this session, then the
    /// unlocked profile's stored choice, then the device's.
    pub(crate) fn refresh_localizer(&self) {
        let mut prefs: Vec<String> = self.chosen_locale().into_iter().collect();
        if let Some(tag) = self
            .session()
            .as_ref()
            .and_then(|s| s.stored.settings.locale.clone())
        {
            prefs.push(tag);
        }
        prefs.extend(lock_or_recover(&self.device_locales).iter().cloned());
        let texts = self
            .texts
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        *self
            .localizer
            .write()
            .unwrap_or_else(PoisonError::into_inner) = Localizer::with_texts(texts, &prefs);
    }

    // ----- the session --------------------------------------------------

    pub(crate) fn is_unlocked(&self) -> bool {
        self.session().is_some()
    }

    /// Whether the real profile (not the decoy) is unlocked: only then may
    /// anything show that messages exist.
    pub(crate) fn real_profile_unlocked(&self) -> bool {
        matches!(self.session().as_ref(), Some(s) if s.profile == Slot::Primary)
    }

    pub(crate) fn session_profile(&self) -> Result<Slot> {
        self.with_session(|s| Ok(s.profile))
    }

    /// The unlocked profile and a copy of its key.
    pub(crate) fn profile_key(&self) -> Result<(Slot, DataKey)> {
        self.with_session(|s| Ok((s.profile, s.key_copy())))
    }

    pub(crate) fn with_session<T>(&self, f: impl FnOnce(&Session) -> Result<T>) -> Result<T> {
        match self.session().as_ref() {
            Some(s) => f(s),
            None => Err(Error::Locked),
        }
    }

    pub(crate) fn with_session_mut<T>(
        &self,
        f: impl FnOnce(&mut Session) -> Result<T>,
    ) -> Result<T> {
        match self.session().as_mut() {
            Some(s) => f(s),
            None => Err(Error::Locked),
        }
    }

    pub(crate) fn stored(&self) -> Result<StoredSettings> {
        self.with_session(|s| Ok(s.stored.clone()))
    }

    pub(crate) fn update_stored(&self, change: impl FnOnce(&mut StoredSettings)) -> Result<()> {
        self.update_stored_of(None, change)
    }

    /// As [`Shared::update_stored`], only while `only` (when given) is the
    /// profile unlocked; otherwise `Locked`, and nothing changes.
    pub(crate) fn update_stored_of(
        &self,
        only: Option<Slot>,
        change: impl FnOnce(&mut StoredSettings),
    ) -> Result<()> {
        {
            let mut session = self.session();
            let session = session
                .as_mut()
                .filter(|s| only.is_none_or(|p| p == s.profile))
                .ok_or(Error::Locked)?;
            let mut next = session.stored.clone();
            change(&mut next);
            let sealed = next.seal(&session.key, session.profile.id())?;
            self.store().write(Write::profile_record(
                StoredSettings::TABLE,
                session.profile.id(),
                &sealed,
            ))?;
            session.stored = next;
        }
        self.refresh_localizer();
        Ok(())
    }

    // ----- the device guard ---------------------------------------------

    pub(crate) fn device_key(&self) -> Result<DataKey> {
        vault::device_key(&self.secret.device_secret()?)
    }

    pub(crate) fn load_guard(&self, device: &DataKey, now: i64) -> Result<Guard> {
        let sealed = self.store().guard()?;
        Ok(Guard::open(device, sealed.as_deref(), now))
    }

    pub(crate) fn current_guard(&self) -> Result<Guard> {
        if self.store().kdf()?.is_none() {
            return Ok(Guard::default());
        }
        let device = self.device_key()?;
        self.load_guard(&device, self.now())
    }

    pub(crate) fn update_guard(&self, change: impl FnOnce(&mut Guard)) -> Result<()> {
        let device = self.device_key()?;
        let mut g = self.load_guard(&device, self.now())?;
        change(&mut g);
        self.put_guard(&g, &device)
    }

    /// Seals and stores the device guard.
    pub(crate) fn put_guard(&self, g: &Guard, device: &DataKey) -> Result<()> {
        let sealed = g.seal(device)?;
        self.store().write(Write::Guard { sealed: &sealed })
    }
}

/// A random positive row id: ids reveal neither order nor count.
pub(crate) fn random_id() -> Result<i64> {
    let bytes = vault::random_bytes(8)?;
    let mut raw = [0u8; 8];
    raw.copy_from_slice(&bytes);
    Ok((u64::from_le_bytes(raw) >> 1) as i64)
}
