//! Waymark's app engine.
//!
//! One facade, [`Waymark`], owns a profile: its database ([`store`]), its
//! keys ([`vault`]), its localizer ([`l10n`]) and the screen models the UIs
//! draw ([`screens`]). Android, iOS and the terminal app call the facade and
//! nothing else. This crate is pure Rust: it must never depend on uniffi or
//! on anything platform-specific; the platform reaches it through traits
//! such as [`vault::PlatformSecret`].

pub mod error;
pub mod l10n;
pub mod screens;
pub mod settings;
pub mod store;
pub mod vault;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError, RwLock};

use serde::Serialize;

pub use error::{Error, Result};
pub use l10n::Localizer;
pub use screens::Screen;
pub use settings::Settings;
use store::Store;
use vault::{DataKey, KdfPolicy, KeySlot, PlatformSecret, Record};

/// How to open a profile.
#[derive(Debug, Clone)]
pub struct Config {
    /// Folder that holds everything the profile writes; nothing is written
    /// outside it.
    pub data_dir: PathBuf,
    /// The device's preferred languages, most preferred first.
    pub device_locales: Vec<String>,
    /// How set-up and PIN changes choose Argon2id parameters.
    pub kdf: KdfPolicy,
    pub platform_secret: Arc<dyn PlatformSecret>,
}

impl Config {
    /// Defaults: calibrated KDF, English until told otherwise.
    pub fn new(data_dir: impl Into<PathBuf>, platform_secret: Arc<dyn PlatformSecret>) -> Self {
        Config {
            data_dir: data_dir.into(),
            device_locales: Vec::new(),
            kdf: KdfPolicy::default(),
            platform_secret,
        }
    }
}

/// Where the profile is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProfileState {
    /// No PIN chosen yet.
    New,
    /// Set up; keys are not in memory.
    Locked,
    /// Keys are in memory; sealed data can be read.
    Unlocked,
}

/// Keys and decrypted state that exist only while unlocked.
struct Session {
    key: DataKey,
    settings: Settings,
}

/// The app engine for one profile.
pub struct Waymark {
    data_dir: PathBuf,
    store: Mutex<Store>,
    secret: Arc<dyn PlatformSecret>,
    kdf: KdfPolicy,
    session: Mutex<Option<Session>>,
    device_locales: Mutex<Vec<String>>,
    localizer: RwLock<Localizer>,
}

impl std::fmt::Debug for Waymark {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Waymark")
            .field("data_dir", &self.data_dir)
            .finish_non_exhaustive()
    }
}

fn guard<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic while holding a lock leaves plain data behind, never a
    // half-applied transaction (SQLite rolls those back), so carry on.
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Waymark {
    /// Opens (creating if needed) the profile in `config.data_dir`. The
    /// profile starts locked, or new if no PIN was ever chosen.
    pub fn open(config: Config) -> Result<Self> {
        let store = Store::open(&config.data_dir)?;
        let localizer = Localizer::for_preferences(&config.device_locales);
        Ok(Waymark {
            data_dir: config.data_dir,
            store: Mutex::new(store),
            secret: config.platform_secret,
            kdf: config.kdf,
            session: Mutex::new(None),
            device_locales: Mutex::new(config.device_locales),
            localizer: RwLock::new(localizer),
        })
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    pub fn state(&self) -> Result<ProfileState> {
        if guard(&self.session).is_some() {
            return Ok(ProfileState::Unlocked);
        }
        Ok(match guard(&self.store).key_slot()? {
            Some(_) => ProfileState::Locked,
            None => ProfileState::New,
        })
    }

    /// Chooses the first PIN, creates the data key and leaves the profile
    /// unlocked. `confirmation` is the PIN typed a second time.
    pub fn set_up(&self, pin: &str, confirmation: &str) -> Result<()> {
        if vault::pin::canonical(pin) != vault::pin::canonical(confirmation) {
            return Err(Error::PinsDiffer);
        }
        vault::pin::validate_new(pin)?;
        if guard(&self.store).key_slot()?.is_some() {
            return Err(Error::AlreadySetUp);
        }
        let platform = self.secret.device_secret()?;
        let keys = vault::new_profile_keys(pin, &platform, self.kdf.params()?)?;
        let settings = Settings::default();
        let sealed = seal_settings(&keys.key, &settings)?;
        guard(&self.store).create_profile(&keys.slot, &keys.canary, &sealed)?;
        *guard(&self.session) = Some(Session {
            key: keys.key,
            settings,
        });
        self.refresh_localizer();
        Ok(())
    }

    /// Opens the profile with `pin`. The expensive key derivation runs
    /// without holding any lock, so [`Waymark::lock`] never waits for it.
    pub fn unlock(&self, pin: &str) -> Result<()> {
        let slot = self.primary_slot()?;
        if !vault::pin::plausible(pin) {
            return Err(Error::WrongPin);
        }
        let platform = self.secret.device_secret()?;
        let key = slot.unwrap_key(pin, &platform)?;
        let settings = {
            let store = guard(&self.store);
            let canary = store
                .canary()?
                .ok_or(Error::Corrupted(error::Damaged::Canary))?;
            vault::check_canary(&key, &canary)?;
            match store.settings()? {
                Some(sealed) => open_settings(&key, &sealed)?,
                None => Settings::default(),
            }
        };
        *guard(&self.session) = Some(Session { key, settings });
        self.refresh_localizer();
        Ok(())
    }

    /// Forgets the keys (zeroized on drop). Safe to call in any state.
    pub fn lock(&self) {
        let session = guard(&self.session).take();
        drop(session);
        self.refresh_localizer();
    }

    /// Replaces the PIN. Needs the current PIN even when unlocked, so a
    /// phone left unlocked cannot have its PIN changed by someone else.
    pub fn change_pin(&self, current: &str, new: &str, confirmation: &str) -> Result<()> {
        if vault::pin::canonical(new) != vault::pin::canonical(confirmation) {
            return Err(Error::PinsDiffer);
        }
        vault::pin::validate_new(new)?;
        let slot = self.primary_slot()?;
        if !vault::pin::plausible(current) {
            return Err(Error::WrongPin);
        }
        let platform = self.secret.device_secret()?;
        let key = slot.unwrap_key(current, &platform)?;
        let canary = guard(&self.store)
            .canary()?
            .ok_or(Error::Corrupted(error::Damaged::Canary))?;
        vault::check_canary(&key, &canary)?;
        let new_slot = KeySlot::wrap(&key, new, &platform, self.kdf.params()?)?;
        vault::confirm_key(&key, &new_slot, new, &platform)?;
        guard(&self.store).replace_key_slot(&new_slot)?;
        Ok(())
    }

    /// The person's settings (unlocked only).
    pub fn settings(&self) -> Result<Settings> {
        guard(&self.session)
            .as_ref()
            .map(|s| s.settings.clone())
            .ok_or(Error::Locked)
    }

    /// Validates, seals and saves settings; returns what was stored.
    pub fn update_settings(&self, settings: Settings) -> Result<Settings> {
        let settings = settings.validated()?;
        {
            let mut session = guard(&self.session);
            let session = session.as_mut().ok_or(Error::Locked)?;
            let sealed = seal_settings(&session.key, &settings)?;
            guard(&self.store).put_settings(&sealed)?;
            session.settings = settings.clone();
        }
        self.refresh_localizer();
        Ok(settings)
    }

    /// Tells the core the device's language preferences changed.
    pub fn set_device_locales(&self, locales: Vec<String>) {
        *guard(&self.device_locales) = locales;
        self.refresh_localizer();
    }

    /// The localizer for the current language choice.
    pub fn localizer(&self) -> Localizer {
        self.localizer
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// The person-facing explanation of `error` in the current language.
    pub fn describe(&self, error: &Error) -> String {
        self.localizer().error(error)
    }

    /// The screen the UI should draw now.
    pub fn screen(&self) -> Result<Screen> {
        let l = self.localizer();
        if let Some(session) = guard(&self.session).as_ref() {
            return Ok(Screen::Home(screens::home(&l, &session.settings)));
        }
        Ok(match self.state()? {
            ProfileState::New => Screen::Setup(screens::setup(&l)),
            _ => Screen::Unlock(screens::unlock(&l)),
        })
    }

    fn primary_slot(&self) -> Result<KeySlot> {
        guard(&self.store).key_slot()?.ok_or(Error::NotSetUp)
    }

    fn refresh_localizer(&self) {
        let mut prefs = Vec::new();
        if let Some(tag) = guard(&self.session)
            .as_ref()
            .and_then(|s| s.settings.locale.clone())
        {
            prefs.push(tag);
        }
        prefs.extend(guard(&self.device_locales).iter().cloned());
        *self
            .localizer
            .write()
            .unwrap_or_else(PoisonError::into_inner) = Localizer::for_preferences(&prefs);
    }
}

fn seal_settings(key: &DataKey, settings: &Settings) -> Result<Vec<u8>> {
    let json = zeroize::Zeroizing::new(
        serde_json::to_vec(settings).map_err(|_| Error::Internal("settings encode"))?,
    );
    vault::seal(key, Record::SETTINGS, 1, &json)
}

fn open_settings(key: &DataKey, sealed: &[u8]) -> Result<Settings> {
    let json = vault::open(key, Record::SETTINGS, 1, sealed)?;
    serde_json::from_slice(&json).map_err(|_| Error::Corrupted(error::Damaged::Record("settings")))
}
