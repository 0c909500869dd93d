//! Waymark's app engine.
//!
//! One facade, [`Waymark`], opens a profile and hands out its capabilities:
//! [`Waymark::profile`], [`Waymark::content`], [`crate::Contacts::list`],
//! [`Waymark::sos`], [`Waymark::quiet`], [`Waymark::sync`],
//! [`Waymark::backup`] and [`Waymark::safety`]. Each capability owns its
//! state and rules in its own module; this file only opens, wires and hands
//! out, and must never hold a capability's rule. Android, iOS and the
//! terminal app call the facade and nothing else. This crate is pure Rust:
//! it must never depend on uniffi or on anything platform-specific; the
//! platform reaches it through traits such as [`vault::PlatformSecret`] and
//! [`clock::Clock`].
//!
//! Two profiles live in one data directory: the real one, and a decoy that
//! the duress PIN opens. Nothing the facade returns says which is open.

pub mod backup;
pub mod calculator;
pub mod clock;
pub mod contacts;
pub mod content;
pub mod error;
pub mod guard;
pub mod l10n;
pub mod lifecycle;
pub mod observe;
pub mod profile;
pub mod quiet;
pub mod record;
pub mod safety;
pub mod screens;
pub mod settings;
pub mod sos;
pub mod store;
pub mod sync;
pub mod text;
pub mod vault;

mod embedded;
mod shared;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Serialize;

pub use backup::Backup;
use clock::{Clock, SystemClock};
pub use contacts::{Channel, Contact, ContactInput, Contacts};
pub use content::{Content, ContentStatus};
pub use error::{Error, ErrorFamily, ErrorKind, Result};
pub use l10n::Localizer;
pub use profile::Profile;
pub use quiet::Quiet;
pub use safety::Safety;
pub use screens::Screen;
pub use settings::Settings;
pub use sos::Sos;
use store::Store;
pub use sync::SyncEngine;
use vault::{KdfPolicy, PlatformSecret};

/// How to open a profile.
#[derive(Debug, Clone)]
pub struct Config {
    /// Folder that holds everything the profile writes; nothing is written
    /// outside it.
    pub data_dir: PathBuf,
    /// The device's preferred languages, most preferred first.
    pub device_locales: Vec<String>,
    /// A language the person chose themselves for this session (the CLI's
    /// `--locale`, a language picker before set-up): it wins over the
    /// profile's stored choice and the device's, and set-up keeps it as the
    /// profile's choice. It must name a shipped locale: [`Waymark::open`]
    /// answers [`Error::UnknownLocale`] otherwise.
    pub chosen_locale: Option<String>,
    /// How set-up chooses Argon2id parameters.
    pub kdf: KdfPolicy,
    pub platform_secret: Arc<dyn PlatformSecret>,
    pub clock: Arc<dyn Clock>,
    /// Whether there is a network, and whether to save data.
    pub connectivity: Arc<dyn sync::Connectivity>,
    /// How the sync engine paces itself.
    pub sync_policy: sync::SyncPolicy,
    /// Other files in `data_dir` that the app writes (the terminal app's
    /// in-process relay database): a wipe destroys them too, with their
    /// `-wal`, `-shm` and `-journal` files.
    pub owned_files: Vec<String>,
}

impl Config {
    /// Defaults: calibrated KDF, system clock, English until told otherwise.
    pub fn new(data_dir: impl Into<PathBuf>, platform_secret: Arc<dyn PlatformSecret>) -> Self {
        Config {
            data_dir: data_dir.into(),
            device_locales: Vec::new(),
            chosen_locale: None,
            kdf: KdfPolicy::default(),
            platform_secret,
            clock: Arc::new(SystemClock),
            connectivity: Arc::new(sync::AssumeOnline),
            sync_policy: sync::SyncPolicy::default(),
            owned_files: Vec::new(),
        }
    }
}

/// Where the profile is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProfileState {
    /// No PIN chosen yet (also right after an erase).
    New,
    /// Set up; keys are not in memory.
    Locked,
    /// Keys are in memory; sealed data can be read.
    Unlocked,
}

/// The app engine for one data directory.
///
/// It opens the profile, wires the capabilities together and hands them
/// out; each capability is a handle that borrows the facade, as
/// matrix-sdk's `Client` hands out `encryption()`. The shared state and its
/// lock order are in [`shared::Shared`]; each capability keeps its own state
/// in its own type. See `docs/architecture.md`.
pub struct Waymark {
    pub(crate) shared: shared::Shared,
    pub(crate) profile: profile::ProfileKeys,
    pub(crate) content: content::ContentState,
    pub(crate) safety: safety::SafetyState,
    pub(crate) sync: sync::SyncState,
}

impl std::fmt::Debug for Waymark {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Waymark")
            .field("data_dir", &self.shared.data_dir)
            .finish_non_exhaustive()
    }
}

impl Waymark {
    /// Opens (creating if needed) the profile in `config.data_dir`. The
    /// profile starts locked, or new if no PIN was ever chosen.
    pub fn open(config: Config) -> Result<Self> {
        let chosen_locale = config
            .chosen_locale
            .as_deref()
            .map(settings::shipped_tag)
            .transpose()?;
        // A key store that cannot answer now must not keep the profile
        // shut: it only decides whether an emptied file is called damage.
        let profile_existed = config.platform_secret.exists().unwrap_or(false);
        let store = Store::open(&config.data_dir, profile_existed)?;
        let content = content::ContentState::load(&config.data_dir);
        let shared = shared::Shared::new(
            config.data_dir,
            store,
            config.platform_secret,
            config.clock,
            content.texts(),
            config.device_locales,
            chosen_locale,
        );
        let waymark = Waymark {
            shared,
            profile: profile::ProfileKeys::new(config.kdf),
            content,
            safety: safety::SafetyState::new(config.owned_files),
            sync: sync::SyncState::new(config.connectivity, config.sync_policy),
        };
        // Whatever was handed to a transport when the last process ended
        // goes back to pending: the relay deduplicates a resend.
        waymark.sync().recover()?;
        Ok(waymark)
    }

    /// Panic wipe of a profile whose database is too damaged to open
    /// ([`Waymark::open`] answered [`Error::Corrupted`]): the keys cannot be
    /// shredded row by row, so the platform secret goes first (without it
    /// no PIN unwraps the stored keys), then every file as in
    /// [`Safety::wipe`]. Afterwards `open` starts a new profile.
    pub fn wipe_unopenable(config: &Config) -> Result<()> {
        config.platform_secret.destroy()?;
        safety::remove_profile_files(
            &config.data_dir,
            config.platform_secret.as_ref(),
            &config.owned_files,
        )
    }

    pub fn data_dir(&self) -> &Path {
        &self.shared.data_dir
    }

    /// The localizer for the current language choice.
    pub fn localizer(&self) -> Localizer {
        self.shared.localizer()
    }

    /// The person-facing explanation of `error` in the current language.
    pub fn describe(&self, error: &Error) -> String {
        self.localizer().error(error)
    }

    // ----- the capabilities ---------------------------------------------

    /// Set-up, PINs, unlock and lock, settings and language.
    pub fn profile(&self) -> Profile<'_> {
        Profile::new(self)
    }

    /// Public content: lessons, quizzes, classroom, checklists, red flags,
    /// directory, search, packs.
    pub fn content(&self) -> Content<'_> {
        Content::new(self)
    }

    /// Emergency contacts.
    pub fn contacts(&self) -> Contacts<'_> {
        Contacts::new(self)
    }

    /// SOS to trusted contacts.
    pub fn sos(&self) -> Sos<'_> {
        Sos::new(self)
    }

    /// Quiet contact: conversations with hotlines and their outbox.
    pub fn quiet(&self) -> Quiet<'_> {
        Quiet::new(self)
    }

    /// The sync engine.
    pub fn sync(&self) -> SyncEngine<'_> {
        SyncEngine::new(self)
    }

    /// Encrypted backup and restore.
    pub fn backup(&self) -> Backup<'_> {
        Backup::new(self)
    }

    /// Disguise, calculator, erase policy, quick exit and wipe.
    pub fn safety(&self) -> Safety<'_> {
        Safety::new(self)
    }
}
