//! Waymark's app engine.
//!
//! One facade, [`Waymark`], owns a profile: its database ([`store`]), its
//! keys ([`vault`]), the device guard ([`guard`]), its localizer ([`l10n`])
//! and the screen models the UIs draw ([`screens`]). Android, iOS and the
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
pub mod quiet;
pub mod screens;
pub mod settings;
pub mod sos;
pub mod store;
pub mod sync;
pub mod text;
pub mod vault;

mod embedded;
mod flows;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError, RwLock};

use serde::Serialize;

use calculator::{CalcKey, Calculator};
use clock::{Clock, SystemClock};
pub use contacts::{Channel, Contact, ContactInput};
use error::{ArgValue, Damaged};
pub use error::{Error, ErrorFamily, ErrorKind, Result};
use guard::{Disguise, Guard};
pub use l10n::Localizer;
pub use screens::Screen;
pub use settings::Settings;
use settings::StoredSettings;
use sos::{Location, SmsPayload, SosEvent, SosPlan};
use store::{ListTable, Store};
use vault::{DataKey, KdfPolicy, KdfRow, PlatformSecret, Record, Slot, SlotRow};

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

/// Where an unlock attempt comes from: they differ in what a wrong PIN costs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Attempt {
    PinScreen,
    Calculator,
}

/// Keys and decrypted state that exist only while unlocked.
struct Session {
    profile: Slot,
    key: DataKey,
    stored: StoredSettings,
    progress: content::Progress,
    /// A reviewed SOS waiting for the person's confirm, and whether it
    /// carries a location.
    pending_sos: Option<(SosPlan, bool)>,
}

/// The content and texts in use, and where they came from.
#[derive(Debug, Clone)]
struct ActiveContent {
    version: u64,
    installed: bool,
    catalog: Arc<content::Catalog>,
    texts: Arc<l10n::Texts>,
}

impl ActiveContent {
    fn embedded() -> Self {
        ActiveContent {
            version: content::pack::embedded_version(),
            installed: false,
            catalog: Arc::new(content::CATALOG.clone()),
            texts: l10n::embedded_texts(),
        }
    }

    fn from_pack(pack: &content::pack::VerifiedPack) -> Option<Self> {
        let files: Vec<(&str, &str)> = pack
            .files
            .content
            .iter()
            .map(|(p, t)| (p.as_str(), t.as_str()))
            .collect();
        let catalog = content::Catalog::from_files(&files).ok()?;
        let texts = l10n::Texts::from_files(
            &pack.files.manifest,
            pack.files.locales.iter().flat_map(|(tag, list)| {
                list.iter()
                    .map(move |(f, src)| (tag.as_str(), f.as_str(), src.as_str()))
            }),
        );
        Some(ActiveContent {
            version: pack.version,
            installed: true,
            catalog: Arc::new(catalog),
            texts: Arc::new(texts),
        })
    }

    /// The installed pack in `dir` when it verifies and is newer than the
    /// embedded content; otherwise the embedded content.
    fn load(dir: &Path) -> Self {
        let embedded = Self::embedded();
        content::pack::load_installed(dir, &content::pack::trusted_keys())
            .filter(|p| p.version > embedded.version)
            .and_then(|p| Self::from_pack(&p))
            .unwrap_or(embedded)
    }
}

/// Where the content in use comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ContentStatus {
    pub version: u64,
    /// `false`: the content compiled into the app.
    pub installed: bool,
}

/// The app engine for one data directory.
pub struct Waymark {
    data_dir: PathBuf,
    store: Mutex<Store>,
    secret: Arc<dyn PlatformSecret>,
    clock: Arc<dyn Clock>,
    kdf: KdfPolicy,
    session: Mutex<Option<Session>>,
    calculator: Mutex<Calculator>,
    /// Quiz and checklist progress while no profile is unlocked (a class
    /// using a shared phone without a PIN): kept in memory only.
    guest_progress: Mutex<content::Progress>,
    /// A classroom session, in memory only; dropped on end, lock, quick
    /// exit and erase (see [`content::classroom`]).
    classroom: Mutex<Option<content::classroom::ClassSession>>,
    search_index: Mutex<Option<Arc<content::search::Index>>>,
    /// The content in use: the embedded content or a newer installed pack.
    active: RwLock<ActiveContent>,
    device_locales: Mutex<Vec<String>>,
    /// See [`Config::chosen_locale`] (a shipped tag).
    chosen_locale: Mutex<Option<String>>,
    localizer: RwLock<Localizer>,
    connectivity: Arc<dyn sync::Connectivity>,
    sync_policy: sync::SyncPolicy,
    sync: Mutex<sync::SyncRuntime>,
    owned_files: Vec<String>,
    /// When the app left the screen, for the auto-lock rule ([`lifecycle`]).
    autolock: Mutex<lifecycle::AutoLock>,
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
        let chosen_locale = config
            .chosen_locale
            .as_deref()
            .map(settings::shipped_tag)
            .transpose()?;
        // A key store that cannot answer now must not keep the profile
        // shut: it only decides whether an emptied file is called damage.
        let profile_existed = config.platform_secret.exists().unwrap_or(false);
        let store = Store::open(&config.data_dir, profile_existed)?;
        let active = ActiveContent::load(&config.data_dir);
        let prefs: Vec<String> = chosen_locale
            .iter()
            .chain(&config.device_locales)
            .cloned()
            .collect();
        let localizer = Localizer::with_texts(active.texts.clone(), &prefs);
        let waymark = Waymark {
            data_dir: config.data_dir,
            store: Mutex::new(store),
            secret: config.platform_secret,
            clock: config.clock,
            kdf: config.kdf,
            session: Mutex::new(None),
            calculator: Mutex::new(Calculator::default()),
            guest_progress: Mutex::new(content::Progress::default()),
            classroom: Mutex::new(None),
            search_index: Mutex::new(None),
            active: RwLock::new(active),
            device_locales: Mutex::new(config.device_locales),
            chosen_locale: Mutex::new(chosen_locale),
            localizer: RwLock::new(localizer),
            connectivity: config.connectivity,
            sync_policy: config.sync_policy,
            sync: Mutex::new(sync::SyncRuntime::default()),
            owned_files: config.owned_files,
            autolock: Mutex::default(),
        };
        // Whatever was handed to a transport when the last process ended
        // goes back to pending: the relay deduplicates a resend.
        waymark.recover_sync()?;
        Ok(waymark)
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    pub fn state(&self) -> Result<ProfileState> {
        if guard(&self.session).is_some() {
            return Ok(ProfileState::Unlocked);
        }
        Ok(match guard(&self.store).kdf()? {
            Some(_) => ProfileState::Locked,
            None => ProfileState::New,
        })
    }

    // ----- PINs -------------------------------------------------------

    /// Chooses the first PIN, creates the data key and leaves the profile
    /// unlocked. `confirmation` is the PIN typed a second time.
    pub fn set_up(&self, pin: &str, confirmation: &str) -> Result<()> {
        if vault::pin::canonical(pin) != vault::pin::canonical(confirmation) {
            return Err(Error::PinsDiffer);
        }
        vault::pin::validate_new(pin)?;
        if guard(&self.store).kdf()?.is_some() {
            return Err(Error::AlreadySetUp);
        }
        let platform = self.secret.device_secret()?;
        let kdf = KdfRow::new(self.kdf.params()?)?;
        let key = DataKey::random()?;
        let primary = kdf
            .stretch(pin, &platform)?
            .wrap(Slot::Primary, &key, false)?;
        let filler = SlotRow::filler(Slot::Duress)?;
        let mut stored = StoredSettings::default();
        // The language the person chose before there was a profile is its
        // language from now on.
        stored.settings.locale = guard(&self.chosen_locale).clone();
        let canary = vault::canary(&key, Slot::Primary.id())?;
        let sealed = seal_settings(&key, Slot::Primary, &stored)?;
        {
            let mut store = guard(&self.store);
            store.create_profile(&kdf, &[primary, filler], &canary, &sealed)?;
            let mut g = Guard::default();
            g.note_pin(Slot::Primary, pin, false);
            store.put_guard(&g.seal(&vault::device_key(&platform)?)?)?;
        }
        *guard(&self.session) = Some(Session {
            profile: Slot::Primary,
            key,
            stored,
            progress: content::Progress::default(),
            pending_sos: None,
        });
        self.refresh_localizer();
        Ok(())
    }

    /// Opens the profile that `pin` belongs to: the real one, or the decoy
    /// for the duress PIN. Wrong PINs count towards growing delays (and an
    /// erase, if the person chose one). The expensive key derivation runs
    /// without holding any lock, so [`Waymark::lock`] never waits for it.
    pub fn unlock(&self, pin: &str) -> Result<()> {
        self.try_unlock(pin, Attempt::PinScreen).map(|_| ())
    }

    /// One unlock attempt. On the PIN screen a wrong PIN or a running delay
    /// is an error; on the calculator both are `Ok(false)` (the entry just
    /// calculates) and a wrong entry counts only toward the calculator's
    /// own delays, never toward the erase.
    fn try_unlock(&self, pin: &str, via: Attempt) -> Result<bool> {
        let kdf = guard(&self.store).kdf()?.ok_or(Error::NotSetUp)?;
        let platform = self.secret.device_secret()?;
        let device = vault::device_key(&platform)?;
        let now = self.clock.now_unix();
        let mut g = self.load_guard(&device, now)?;
        match via {
            Attempt::PinScreen => {
                let wait = g.remaining_wait(now);
                if wait > 0 {
                    return Err(Error::Wait { seconds: wait });
                }
            }
            Attempt::Calculator => {
                if g.calculator_wait(now) > 0 {
                    return Ok(false);
                }
            }
        }
        let opened = if vault::pin::plausible(pin) {
            let stretched = kdf.stretch(pin, &platform)?;
            let slots = guard(&self.store).slots()?;
            // Try every slot, always, so both PINs take the same time.
            let mut found = None;
            for row in &slots {
                if let Some(o) = stretched.open(row)? {
                    found.get_or_insert(o);
                }
            }
            found
        } else {
            None
        };
        let Some(opened) = opened else {
            return match via {
                Attempt::PinScreen => {
                    g.failures = g.failures.saturating_add(1);
                    g.last_failure = now;
                    if g.should_wipe() {
                        self.wipe()?;
                    } else {
                        guard(&self.store).put_guard(&g.seal(&device)?)?;
                    }
                    Err(Error::WrongPin)
                }
                Attempt::Calculator => {
                    g.calculator_failures = g.calculator_failures.saturating_add(1);
                    g.calculator_last_failure = now;
                    guard(&self.store).put_guard(&g.seal(&device)?)?;
                    Ok(false)
                }
            };
        };
        if opened.wipe_on_use {
            self.wipe()?;
            return Ok(false);
        }
        let (stored, progress) = {
            let store = guard(&self.store);
            let canary = store
                .canary(opened.slot.id())?
                .ok_or(Error::Corrupted(Damaged::Canary))?;
            vault::check_canary(&opened.key, opened.slot.id(), &canary)?;
            let stored = match store.settings(opened.slot.id())? {
                Some(sealed) => open_settings(&opened.key, opened.slot, &sealed)?,
                None => StoredSettings::default(),
            };
            let progress = match store.progress(opened.slot.id())? {
                Some(sealed) => {
                    open_json(&opened.key, Record::PROGRESS, opened.slot.id(), &sealed)?
                }
                None => content::Progress::default(),
            };
            (stored, progress)
        };
        let mut changed = g.clear_failures();
        if g.pin_lengths.is_empty() && opened.slot == Slot::Primary {
            // A profile from before PIN lengths were kept learns them now.
            g.note_pin(Slot::Primary, pin, stored.duress_set);
            changed |= !g.pin_lengths.is_empty();
        }
        if changed {
            guard(&self.store).put_guard(&g.seal(&device)?)?;
        }
        guard(&self.calculator).reset();
        let settle_key = opened.key.clone_key();
        *guard(&self.session) = Some(Session {
            profile: opened.slot,
            key: opened.key,
            stored,
            progress,
            pending_sos: None,
        });
        *guard(&self.guest_progress) = content::Progress::default();
        self.refresh_localizer();
        // The explicit write step the quiet-contact screens rely on (they
        // only read): replies fetched while locked open now, and records
        // from before the current schema get their index and digest. Best
        // effort: a damaged message must not keep the person out of the
        // rest of the app; the screens report it when they reach it.
        let _ = self.settle_quiet(&settle_key, opened.slot.id());
        Ok(true)
    }

    /// Forgets the keys (zeroized on drop). Safe to call in any state.
    pub fn lock(&self) {
        let session = guard(&self.session).take();
        drop(session);
        *guard(&self.guest_progress) = content::Progress::default();
        *guard(&self.classroom) = None;
        self.refresh_localizer();
    }

    /// Replaces the PIN of the profile `current` opens (so in the decoy it
    /// changes the duress PIN). Needs the current PIN even when unlocked, so
    /// a phone left unlocked cannot have its PIN changed by someone else.
    pub fn change_pin(&self, current: &str, new: &str, confirmation: &str) -> Result<()> {
        if vault::pin::canonical(new) != vault::pin::canonical(confirmation) {
            return Err(Error::PinsDiffer);
        }
        vault::pin::validate_new(new)?;
        let (kdf, platform, opened) = self.open_slot(current)?;
        let stretched_new = kdf.stretch(new, &platform)?;
        for row in guard(&self.store).slots()? {
            if row.slot != opened.slot && stretched_new.open(&row)?.is_some() {
                // The decoy must not learn that another PIN exists (nor
                // test guesses at it without the wrong-PIN delays): it
                // reports success and changes nothing, as for its "duress
                // PIN".
                if opened.slot == Slot::Duress {
                    return Ok(());
                }
                return Err(Error::DuressSameAsPin);
            }
        }
        // The decoy knows of no duress PIN; the real profile's settings say.
        let duress_set = opened.slot == Slot::Duress
            || match guard(&self.store).settings(opened.slot.id())? {
                Some(sealed) => open_settings(&opened.key, opened.slot, &sealed)?.duress_set,
                None => false,
            };
        let row = stretched_new.wrap(opened.slot, &opened.key, opened.wipe_on_use)?;
        guard(&self.store).put_slot(&row)?;
        self.update_guard(|g| g.note_pin(opened.slot, new, duress_set))
    }

    /// Sets (or replaces) the duress PIN from the real profile: it opens a
    /// fresh decoy with public content only, or erases everything when
    /// `wipe_on_use`. Needs the real PIN. In the decoy this reports success
    /// and changes nothing, so the decoy never gives itself away.
    pub fn set_duress_pin(&self, pin: &str, duress_pin: &str, wipe_on_use: bool) -> Result<()> {
        vault::pin::validate_new(duress_pin)?;
        if self.session_profile()? == Slot::Duress {
            return Ok(());
        }
        if vault::pin::canonical(pin) == vault::pin::canonical(duress_pin) {
            return Err(Error::DuressSameAsPin);
        }
        let (kdf, platform, opened) = self.open_slot(pin)?;
        if opened.slot != Slot::Primary {
            return Err(Error::WrongPin);
        }
        let decoy_key = DataKey::random()?;
        let row =
            kdf.stretch(duress_pin, &platform)?
                .wrap(Slot::Duress, &decoy_key, wipe_on_use)?;
        // The decoy looks like a fresh profile in the same language.
        let real = self.stored()?;
        let decoy = StoredSettings {
            settings: Settings {
                locale: real.settings.locale.clone(),
                country: real.settings.country.clone(),
                display_name: None,
            },
            ..StoredSettings::default()
        };
        let canary = vault::canary(&decoy_key, Slot::Duress.id())?;
        let sealed = seal_settings(&decoy_key, Slot::Duress, &decoy)?;
        guard(&self.store).replace_decoy(&row, Some((&canary, &sealed)))?;
        self.update_guard(|g| {
            g.note_pin(Slot::Primary, pin, false);
            g.note_pin(Slot::Duress, duress_pin, true);
        })?;
        self.update_stored(|s| {
            s.duress_set = true;
            s.duress_wipes = wipe_on_use;
        })
    }

    /// Removes the duress PIN and the decoy (its slot becomes filler again).
    pub fn remove_duress_pin(&self, pin: &str) -> Result<()> {
        if self.session_profile()? == Slot::Duress {
            return Ok(());
        }
        let (_, _, opened) = self.open_slot(pin)?;
        if opened.slot != Slot::Primary {
            return Err(Error::WrongPin);
        }
        guard(&self.store).replace_decoy(&SlotRow::filler(Slot::Duress)?, None)?;
        self.update_guard(|g| g.note_pin(Slot::Primary, pin, false))?;
        self.update_stored(|s| {
            s.duress_set = false;
            s.duress_wipes = false;
        })
    }

    // ----- device guard: erase policy, disguise ------------------------

    /// Erase everything after `n` wrong PINs in a row (`None`: never).
    pub fn set_wipe_after(&self, n: Option<u32>) -> Result<()> {
        let n = guard::validate_wipe_after(n)?;
        self.session_profile()?;
        self.update_guard(|g| g.wipe_after = n)
    }

    /// Chooses how the app presents itself.
    pub fn set_disguise(&self, disguise: Disguise) -> Result<()> {
        self.session_profile()?;
        self.update_guard(|g| g.disguise = disguise)
    }

    /// The disguise in effect (readable while locked).
    pub fn disguise(&self) -> Result<screens::DisguiseInfo> {
        let g = self.current_guard()?;
        Ok(screens::disguise_info(&self.localizer(), g.disguise))
    }

    /// The remaining wait before another PIN may be tried, in seconds.
    pub fn unlock_wait_seconds(&self) -> Result<u64> {
        let now = self.clock.now_unix();
        Ok(self.current_guard()?.remaining_wait(now))
    }

    // ----- erase and quick exit -----------------------------------------

    /// Panic wipe, callable in any state with no PIN: crypto-shreds the keys
    /// first (committed before anything else), deletes every row, truncates
    /// the WAL, deletes the database files, the platform secret, the
    /// installed pack and every [`Config::owned_files`] file (each
    /// overwritten with zeros first), and leaves a fresh, empty profile as
    /// on first run.
    pub fn wipe(&self) -> Result<()> {
        self.lock();
        guard(&self.calculator).reset();
        let mut store = guard(&self.store);
        store.shred()?;
        let old = std::mem::replace(&mut *store, Store::in_memory()?);
        drop(old);
        remove_profile_files(&self.data_dir, self.secret.as_ref(), &self.owned_files)?;
        *self.active.write().unwrap_or_else(PoisonError::into_inner) = ActiveContent::embedded();
        *guard(&self.search_index) = None;
        *store = Store::open(&self.data_dir, false)?;
        drop(store);
        self.refresh_localizer();
        Ok(())
    }

    /// Panic wipe of a profile whose database is too damaged to open
    /// ([`Waymark::open`] answered [`Error::Corrupted`]): the keys cannot be
    /// shredded row by row, so the platform secret goes first (without it
    /// no PIN unwraps the stored keys), then every file as in
    /// [`Waymark::wipe`]. Afterwards `open` starts a new profile.
    pub fn wipe_unopenable(config: &Config) -> Result<()> {
        config.platform_secret.destroy()?;
        remove_profile_files(
            &config.data_dir,
            config.platform_secret.as_ref(),
            &config.owned_files,
        )
    }

    /// Locks at once, forgets anything typed, and tells the UI where to go.
    pub fn quick_exit(&self) -> screens::QuickExit {
        self.lock();
        let mut calc = guard(&self.calculator);
        calc.reset();
        let disguise = self.current_guard().map(|g| g.disguise).unwrap_or_default();
        match disguise {
            Disguise::Calculator => screens::QuickExit::Calculator(calc.screen()),
            _ => screens::QuickExit::LeaveApp,
        }
    }

    /// A key on the calculator disguise. Returns whether the profile is
    /// unlocked. Only digits followed by `=`, as many as one of the PINs
    /// has, are tried as a PIN ([`Guard::is_calculator_attempt`]); sums
    /// and other numbers only calculate and count for nothing. A wrong
    /// attempt shows the number, as a calculator would; it never erases
    /// and never slows the PIN screen. After
    /// [`guard::CALCULATOR_FREE_ATTEMPTS`] wrong attempts the calculator
    /// stops trying entries for a growing while, showing nothing of it.
    pub fn calculator_press(&self, key: CalcKey) -> Result<bool> {
        if key == CalcKey::Equals && self.state()? == ProfileState::Locked {
            let candidate = guard(&self.calculator)
                .digits_only()
                .map(|d| zeroize::Zeroizing::new(d.to_string()));
            if let Some(digits) = candidate
                && self.current_guard()?.is_calculator_attempt(&digits)
                && self.try_unlock(&digits, Attempt::Calculator)?
            {
                return Ok(true);
            }
        }
        let error_text = self.localizer().message("calculator-error");
        guard(&self.calculator).press(key, &error_text);
        Ok(false)
    }

    pub fn calculator_screen(&self) -> calculator::CalculatorScreen {
        guard(&self.calculator).screen()
    }

    // ----- settings -----------------------------------------------------

    /// The person's settings (unlocked only).
    pub fn settings(&self) -> Result<Settings> {
        Ok(self.stored()?.settings)
    }

    /// Validates, seals and saves settings; returns what was stored.
    pub fn update_settings(&self, settings: Settings) -> Result<Settings> {
        let settings = settings.validated()?;
        let stored = settings.clone();
        self.update_stored(move |s| s.settings = stored)?;
        Ok(settings)
    }

    /// Tells the core the device's language preferences changed.
    pub fn set_device_locales(&self, locales: Vec<String>) {
        *guard(&self.device_locales) = locales;
        self.refresh_localizer();
    }

    /// The person picks a language (`tag`, any form [`settings::shipped_tag`]
    /// reads): the screens use it from now on, and it is kept in the sealed
    /// settings of the profile that is unlocked, or stored at set-up when
    /// there is none yet. Returns the shipped tag.
    pub fn choose_locale(&self, tag: &str) -> Result<String> {
        let tag = settings::shipped_tag(tag)?;
        if guard(&self.session).is_some() {
            let chosen = tag.clone();
            self.update_stored(move |s| s.settings.locale = Some(chosen))?;
        }
        *guard(&self.chosen_locale) = Some(tag.clone());
        self.refresh_localizer();
        Ok(tag)
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

    // ----- contacts and SOS -----------------------------------------------

    pub fn contacts(&self) -> Result<Vec<Contact>> {
        let (profile, key) = self.with_session(|s| Ok((s.profile, s.key_copy())))?;
        let rows = guard(&self.store).list(ListTable::Contacts, profile.id())?;
        let mut out = Vec::with_capacity(rows.len());
        for (id, sealed) in rows {
            let json = vault::open(&key, Record::CONTACT, id, &sealed)?;
            let contact: Contact = serde_json::from_slice(&json)
                .map_err(|_| Error::Corrupted(Damaged::Record("contacts")))?;
            out.push(contact);
        }
        out.sort_by(|a, b| {
            a.name
                .to_lowercase()
                .cmp(&b.name.to_lowercase())
                .then(a.id.cmp(&b.id))
        });
        Ok(out)
    }

    /// Adds a contact; returns it as stored (normalised phone, new id).
    pub fn add_contact(&self, input: ContactInput) -> Result<Contact> {
        let id = random_id()?;
        self.save_contact(id, input)
    }

    /// Replaces contact `id`.
    pub fn update_contact(&self, id: i64, input: ContactInput) -> Result<Contact> {
        if !self.contacts()?.iter().any(|c| c.id == id) {
            return Err(Error::ContactNotFound);
        }
        self.save_contact(id, input)
    }

    pub fn remove_contact(&self, id: i64) -> Result<()> {
        let profile = self.session_profile()?;
        if guard(&self.store).delete_item(ListTable::Contacts, profile.id(), id)? {
            Ok(())
        } else {
            Err(Error::ContactNotFound)
        }
    }

    /// Step one of a real SOS: composes the text messages to every trusted
    /// contact and shows them for review. Nothing is recorded or sent; the
    /// plan waits (in memory, until the profile locks) for
    /// [`Waymark::sos_confirm`].
    pub fn sos_review(&self, location: Option<Location>) -> Result<SosPlan> {
        let (messages, with_location) = self.compose_sos(location)?;
        let plan = SosPlan::new(&self.localizer(), sos::SosStage::Review, messages);
        let mut session = guard(&self.session);
        let session = session.as_mut().ok_or(Error::Locked)?;
        session.pending_sos = Some((plan.clone(), with_location));
        Ok(plan)
    }

    /// Step two: the person confirmed the plan from [`Waymark::sos_review`].
    /// Records the SOS (sealed) and returns exactly what is sent to whom.
    /// Without a review waiting this is `not_found` and nothing happens.
    pub fn sos_confirm(&self) -> Result<SosPlan> {
        let (plan, with_location) = self
            .with_session_mut(|s| Ok(s.pending_sos.take()))?
            .ok_or(Error::NotFound)?;
        self.record_sos(plan.messages.len(), with_location, false)?;
        Ok(plan.at(&self.localizer(), sos::SosStage::Sent))
    }

    /// Forgets a reviewed SOS that was not confirmed.
    pub fn sos_cancel(&self) {
        if let Some(s) = guard(&self.session).as_mut() {
            s.pending_sos = None;
        }
    }

    /// Practice, in one step: the same messages, recorded as practice and
    /// marked as not to be sent.
    pub fn sos_practice(&self, location: Option<Location>) -> Result<SosPlan> {
        let (messages, with_location) = self.compose_sos(location)?;
        self.record_sos(messages.len(), with_location, true)?;
        Ok(SosPlan::new(
            &self.localizer(),
            sos::SosStage::Practice,
            messages,
        ))
    }

    /// The SOS text for every trusted contact, and whether it has a location.
    fn compose_sos(&self, location: Option<Location>) -> Result<(Vec<SmsPayload>, bool)> {
        let location = location.map(Location::validated).transpose()?;
        let trusted: Vec<Contact> = self.contacts()?.into_iter().filter(|c| c.trusted).collect();
        if trusted.is_empty() {
            return Err(Error::NoTrustedContacts);
        }
        let l = self.localizer();
        let name = self.stored()?.settings.display_name;
        let mut body = match &name {
            Some(n) => l.message_with("sos-message-named", &[("name", ArgValue::Text(n.clone()))]),
            None => l.message("sos-message"),
        };
        if let Some(loc) = &location {
            let accuracy = loc.accuracy_m.unwrap_or(0.0).round() as i64;
            body.push('\n');
            body.push_str(&l.message_with(
                "sos-location",
                &[
                    ("latitude", ArgValue::Text(format!("{:.5}", loc.latitude))),
                    ("longitude", ArgValue::Text(format!("{:.5}", loc.longitude))),
                    ("accuracy", ArgValue::Number(accuracy)),
                    ("link", ArgValue::Text(loc.link())),
                ],
            ));
        }
        let messages = trusted
            .into_iter()
            .map(|c| SmsPayload {
                to_label: l.message_with(
                    "sos-to",
                    &[
                        ("name", ArgValue::Text(c.name.clone())),
                        ("phone", ArgValue::Text(c.phone.clone())),
                    ],
                ),
                recipient: c.phone,
                contact_name: c.name,
                body: body.clone(),
            })
            .collect();
        Ok((messages, location.is_some()))
    }

    fn record_sos(&self, recipients: usize, with_location: bool, practice: bool) -> Result<()> {
        let event = SosEvent {
            at: self.clock.now_unix(),
            practice,
            recipients: u32::try_from(recipients).unwrap_or(u32::MAX),
            with_location,
        };
        let (profile, key) = self.with_session(|s| Ok((s.profile, s.key_copy())))?;
        let id = random_id()?;
        let json = serde_json::to_vec(&event).map_err(|_| Error::Internal("sos encode"))?;
        let sealed = vault::seal(&key, Record::SOS, id, &json)?;
        guard(&self.store).put_item(ListTable::SosHistory, profile.id(), id, &sealed)
    }

    /// Recorded SOS events, newest first.
    pub fn sos_history(&self) -> Result<Vec<SosEvent>> {
        let (profile, key) = self.with_session(|s| Ok((s.profile, s.key_copy())))?;
        let rows = guard(&self.store).list(ListTable::SosHistory, profile.id())?;
        let mut out = Vec::new();
        for (id, sealed) in rows {
            let json = vault::open(&key, Record::SOS, id, &sealed)?;
            out.push(
                serde_json::from_slice::<SosEvent>(&json)
                    .map_err(|_| Error::Corrupted(Damaged::Record("sos_history")))?,
            );
        }
        out.sort_by_key(|e| std::cmp::Reverse(e.at));
        Ok(out)
    }

    // ----- public content -------------------------------------------------

    /// The content version in use and whether it came from an installed pack.
    pub fn content_status(&self) -> ContentStatus {
        let a = self.active.read().unwrap_or_else(PoisonError::into_inner);
        ContentStatus {
            version: a.version,
            installed: a.installed,
        }
    }

    /// Verifies and installs a signed content pack (atomically); it must be
    /// newer than the content in use. On any error nothing changes.
    pub fn install_pack(&self, bytes: &[u8]) -> Result<ContentStatus> {
        let current = self.content_status().version;
        let pack = content::pack::install(
            &self.data_dir,
            bytes,
            &content::pack::trusted_keys(),
            current,
        )?;
        let next = ActiveContent::from_pack(&pack)
            .ok_or(Error::Pack(content::pack::PackProblem::Invalid))?;
        *self.active.write().unwrap_or_else(PoisonError::into_inner) = next;
        *guard(&self.search_index) = None;
        self.refresh_localizer();
        Ok(self.content_status())
    }

    pub fn lessons_screen(&self) -> content::lessons::LessonListScreen {
        content::lessons::list(&self.localizer(), &self.catalog(), &self.progress().quiz)
    }

    pub fn lesson_screen(&self, id: &str) -> Result<content::lessons::LessonScreen> {
        content::lessons::lesson(
            &self.localizer(),
            &self.catalog(),
            &self.progress().quiz,
            id,
        )
    }

    /// A quiz question (the first when `question` is `None`), with feedback
    /// if it was answered.
    pub fn quiz_question(
        &self,
        lesson: &str,
        question: Option<&str>,
    ) -> Result<content::lessons::QuizQuestionScreen> {
        content::lessons::question(
            &self.localizer(),
            &self.catalog(),
            &self.progress().quiz,
            lesson,
            question,
        )
    }

    /// Records an answer (sealed when unlocked) and returns the question
    /// with its feedback.
    pub fn answer_quiz(
        &self,
        lesson: &str,
        question: &str,
        option: &str,
    ) -> Result<content::lessons::QuizQuestionScreen> {
        content::lessons::validate_answer(&self.catalog(), lesson, question, option)?;
        self.update_progress(|p| {
            p.quiz
                .answers
                .entry(lesson.to_string())
                .or_default()
                .insert(question.to_string(), option.to_string());
        })?;
        self.quiz_question(lesson, Some(question))
    }

    pub fn quiz_result(&self, lesson: &str) -> Result<content::lessons::QuizResultScreen> {
        content::lessons::result(
            &self.localizer(),
            &self.catalog(),
            &self.progress().quiz,
            lesson,
        )
    }

    /// Forgets a lesson's answers so the quiz can be taken again.
    pub fn reset_quiz(&self, lesson: &str) -> Result<()> {
        self.catalog().lesson(lesson).ok_or(Error::NotFound)?;
        self.update_progress(|p| {
            p.quiz.answers.remove(lesson);
        })
    }

    // ----- classroom mode: memory only, never written anywhere -------------

    /// What a classroom session of `lesson` will go through.
    pub fn classroom_outline(&self, lesson: &str) -> Result<content::classroom::ClassroomOutline> {
        content::classroom::outline(&self.localizer(), &self.catalog(), lesson)
    }

    /// Starts a classroom session of `lesson` (replacing any running one).
    /// Needs no PIN; nothing about it is ever stored.
    pub fn classroom_start(&self, lesson: &str) -> Result<content::classroom::ClassroomScreen> {
        let session = content::classroom::ClassSession::start(&self.catalog(), lesson)?;
        *guard(&self.classroom) = Some(session);
        self.classroom_screen()
    }

    /// The step of the running session (`NotFound` when none runs).
    pub fn classroom_screen(&self) -> Result<content::classroom::ClassroomScreen> {
        let session = guard(&self.classroom).clone().ok_or(Error::NotFound)?;
        content::classroom::screen(&self.localizer(), &self.catalog(), &session)
    }

    /// One raised hand more (`add`) or less for `option` on the open
    /// question; counts only.
    pub fn classroom_tally(
        &self,
        option: &str,
        add: bool,
    ) -> Result<content::classroom::ClassroomScreen> {
        self.with_classroom(|s, c| s.tally(c, option, add))
    }

    /// Shows the answer of an open question, else goes to the next step.
    pub fn classroom_next(&self) -> Result<content::classroom::ClassroomScreen> {
        self.with_classroom(|s, c| s.next(c))
    }

    pub fn classroom_back(&self) -> Result<content::classroom::ClassroomScreen> {
        self.with_classroom(|s, _| {
            s.back();
            Ok(())
        })
    }

    /// Ends the session: its counts are gone.
    pub fn classroom_end(&self) {
        *guard(&self.classroom) = None;
    }

    fn with_classroom(
        &self,
        change: impl FnOnce(&mut content::classroom::ClassSession, &content::Catalog) -> Result<()>,
    ) -> Result<content::classroom::ClassroomScreen> {
        let catalog = self.catalog();
        {
            let mut session = guard(&self.classroom);
            change(session.as_mut().ok_or(Error::NotFound)?, &catalog)?;
        }
        self.classroom_screen()
    }

    pub fn checklist_screen(&self) -> content::checklists::ChecklistScreen {
        content::checklists::screen(
            &self.localizer(),
            &self.catalog(),
            &self.progress().checklist,
        )
    }

    /// Chooses the migration route (`None`: only items for every route).
    pub fn set_route(&self, route: Option<&str>) -> Result<content::checklists::ChecklistScreen> {
        if let Some(r) = route {
            content::checklists::validate_route(&self.catalog(), r)?;
        }
        self.update_progress(|p| p.checklist.route = route.map(str::to_string))?;
        Ok(self.checklist_screen())
    }

    pub fn check_item(
        &self,
        item: &str,
        checked: bool,
    ) -> Result<content::checklists::ChecklistScreen> {
        content::checklists::validate_item(&self.catalog(), item)?;
        self.update_progress(|p| {
            if checked {
                p.checklist.checked.insert(item.to_string());
            } else {
                p.checklist.checked.remove(item);
            }
        })?;
        Ok(self.checklist_screen())
    }

    pub fn redflags_screen(&self) -> content::redflags::RedFlagScreen {
        content::redflags::screen(&self.localizer(), &self.catalog())
    }

    /// Scores a job offer. The hotlines shown are for `destination` (ISO
    /// country), else for the chosen route's destination. Answers are not
    /// stored.
    pub fn check_job_offer(
        &self,
        answers: &[(String, content::redflags::Answer)],
        destination: Option<&str>,
    ) -> Result<content::redflags::RedFlagResult> {
        let catalog = self.catalog();
        let route_destination = self.progress().checklist.route.and_then(|r| {
            catalog
                .checklists
                .routes
                .iter()
                .find(|x| x.id == r)
                .map(|x| x.to.clone())
        });
        let destination = destination.map(str::to_string).or(route_destination);
        content::redflags::evaluate(
            &self.localizer(),
            &self.catalog(),
            answers,
            destination.as_deref(),
        )
    }

    pub fn directory_screen(
        &self,
        country: Option<&str>,
        language: Option<&str>,
        purpose: Option<&str>,
    ) -> content::directory::DirectoryScreen {
        content::directory::screen(
            &self.localizer(),
            &self.catalog(),
            country,
            language,
            purpose,
        )
    }

    /// Searches all content in the current language.
    pub fn search(&self, query: &str) -> content::search::SearchScreen {
        let l = self.localizer();
        let index = {
            let mut cached = guard(&self.search_index);
            match cached.as_ref() {
                Some(ix) if ix.locale() == l.active_tag() => ix.clone(),
                _ => {
                    let ix = Arc::new(content::search::Index::build(&l, &self.catalog()));
                    *cached = Some(ix.clone());
                    ix
                }
            }
        };
        index.screen(&l, query)
    }

    // ----- screens --------------------------------------------------------

    /// The screen the UI should draw now.
    pub fn screen(&self) -> Result<Screen> {
        let l = self.localizer();
        if let Some(session) = guard(&self.session).as_ref() {
            return Ok(Screen::Home(screens::home(&l, &session.stored.settings)));
        }
        Ok(match self.state()? {
            ProfileState::New => Screen::Setup(screens::setup(&l)),
            _ if self.current_guard()?.disguise == Disguise::Calculator => {
                Screen::Calculator(self.calculator_screen())
            }
            _ => Screen::Unlock(screens::unlock(&l)),
        })
    }

    pub fn safety_screen(&self) -> Result<screens::SafetyScreen> {
        let stored = self.stored()?;
        let decoy = self.session_profile()? == Slot::Duress;
        let g = self.current_guard()?;
        Ok(screens::safety(&self.localizer(), &stored, &g, decoy))
    }

    pub fn contacts_screen(&self) -> Result<screens::ContactsScreen> {
        Ok(screens::contacts(&self.localizer(), self.contacts()?))
    }

    pub fn sos_screen(&self) -> screens::SosScreen {
        screens::sos(&self.localizer())
    }

    /// The traces checklist; needs no PIN (it holds nothing personal).
    pub fn traces_screen(&self) -> screens::TracesScreen {
        screens::traces(&self.localizer())
    }

    // ----- internals --------------------------------------------------------

    /// Whether the real profile (not the decoy) is unlocked: only then may
    /// anything show that messages exist.
    fn real_profile_unlocked(&self) -> bool {
        matches!(guard(&self.session).as_ref(), Some(s) if s.profile == Slot::Primary)
    }

    /// What a sync report may show. The outbox is sealed with the device
    /// key so sync delivers while locked or in the decoy (decision 25), but
    /// without the real profile unlocked a report says only whether the
    /// phone was offline and whether public content arrived: no counts, no
    /// next attempt, no pause, nothing that shows messages exist.
    fn shown_sync_report(&self, report: sync::SyncReport) -> sync::SyncReport {
        if self.real_profile_unlocked() {
            return report;
        }
        sync::SyncReport {
            offline: report.offline,
            pack_installed: report.pack_installed,
            // "Offline" speaks of the phone's network only; every other
            // reason (a retry, a pause, a spent budget) implies requests.
            waiting: report
                .waiting
                .filter(|w| matches!(w, sync::SyncWait::Offline)),
            ..sync::SyncReport::default()
        }
    }

    fn session_profile(&self) -> Result<Slot> {
        self.with_session(|s| Ok(s.profile))
    }

    fn with_session<T>(&self, f: impl FnOnce(&Session) -> Result<T>) -> Result<T> {
        match guard(&self.session).as_ref() {
            Some(s) => f(s),
            None => Err(Error::Locked),
        }
    }

    fn with_session_mut<T>(&self, f: impl FnOnce(&mut Session) -> Result<T>) -> Result<T> {
        match guard(&self.session).as_mut() {
            Some(s) => f(s),
            None => Err(Error::Locked),
        }
    }

    fn catalog(&self) -> Arc<content::Catalog> {
        self.active
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .catalog
            .clone()
    }

    fn progress(&self) -> content::Progress {
        match guard(&self.session).as_ref() {
            Some(s) => s.progress.clone(),
            None => guard(&self.guest_progress).clone(),
        }
    }

    fn update_progress(&self, change: impl FnOnce(&mut content::Progress)) -> Result<()> {
        let mut session = guard(&self.session);
        match session.as_mut() {
            Some(s) => {
                let mut next = s.progress.clone();
                change(&mut next);
                let json = zeroize::Zeroizing::new(
                    serde_json::to_vec(&next).map_err(|_| Error::Internal("progress encode"))?,
                );
                let sealed = vault::seal(&s.key, Record::PROGRESS, s.profile.id(), &json)?;
                guard(&self.store).put_progress(s.profile.id(), &sealed)?;
                s.progress = next;
            }
            None => change(&mut guard(&self.guest_progress)),
        }
        Ok(())
    }

    fn stored(&self) -> Result<StoredSettings> {
        self.with_session(|s| Ok(s.stored.clone()))
    }

    fn update_stored(&self, change: impl FnOnce(&mut StoredSettings)) -> Result<()> {
        self.update_stored_of(None, change)
    }

    /// As [`Waymark::update_stored`], only while `only` (when given) is the
    /// profile unlocked; otherwise `Locked`, and nothing changes.
    fn update_stored_of(
        &self,
        only: Option<Slot>,
        change: impl FnOnce(&mut StoredSettings),
    ) -> Result<()> {
        {
            let mut session = guard(&self.session);
            let session = session
                .as_mut()
                .filter(|s| only.is_none_or(|p| p == s.profile))
                .ok_or(Error::Locked)?;
            let mut next = session.stored.clone();
            change(&mut next);
            let sealed = seal_settings(&session.key, session.profile, &next)?;
            guard(&self.store).put_settings(session.profile.id(), &sealed)?;
            session.stored = next;
        }
        self.refresh_localizer();
        Ok(())
    }

    fn save_contact(&self, id: i64, input: ContactInput) -> Result<Contact> {
        let country = self.stored()?.settings.country;
        let contact = input.validated(id, country.as_deref())?;
        let (profile, key) = self.with_session(|s| Ok((s.profile, s.key_copy())))?;
        let json = serde_json::to_vec(&contact).map_err(|_| Error::Internal("contact encode"))?;
        let sealed = vault::seal(&key, Record::CONTACT, id, &zeroize::Zeroizing::new(json))?;
        guard(&self.store).put_item(ListTable::Contacts, profile.id(), id, &sealed)?;
        Ok(contact)
    }

    /// Runs the KDF for `pin` and opens whichever slot it belongs to.
    fn open_slot(&self, pin: &str) -> Result<(KdfRow, Vec<u8>, vault::Opened)> {
        let kdf = guard(&self.store).kdf()?.ok_or(Error::NotSetUp)?;
        if !vault::pin::plausible(pin) {
            return Err(Error::WrongPin);
        }
        let platform = self.secret.device_secret()?;
        let stretched = kdf.stretch(pin, &platform)?;
        let mut found = None;
        for row in guard(&self.store).slots()? {
            if let Some(o) = stretched.open(&row)? {
                found.get_or_insert(o);
            }
        }
        let opened = found.ok_or(Error::WrongPin)?;
        let canary = guard(&self.store)
            .canary(opened.slot.id())?
            .ok_or(Error::Corrupted(Damaged::Canary))?;
        vault::check_canary(&opened.key, opened.slot.id(), &canary)?;
        Ok((kdf, platform, opened))
    }

    fn load_guard(&self, device: &DataKey, now: i64) -> Result<Guard> {
        let sealed = guard(&self.store).guard()?;
        Ok(Guard::open(device, sealed.as_deref(), now))
    }

    fn current_guard(&self) -> Result<Guard> {
        if guard(&self.store).kdf()?.is_none() {
            return Ok(Guard::default());
        }
        let device = vault::device_key(&self.secret.device_secret()?)?;
        self.load_guard(&device, self.clock.now_unix())
    }

    fn update_guard(&self, change: impl FnOnce(&mut Guard)) -> Result<()> {
        let device = vault::device_key(&self.secret.device_secret()?)?;
        let mut g = self.load_guard(&device, self.clock.now_unix())?;
        change(&mut g);
        guard(&self.store).put_guard(&g.seal(&device)?)
    }

    /// Languages in order: the person's choice for this session, then the
    /// unlocked profile's stored choice, then the device's.
    fn refresh_localizer(&self) {
        let mut prefs: Vec<String> = guard(&self.chosen_locale).iter().cloned().collect();
        if let Some(tag) = guard(&self.session)
            .as_ref()
            .and_then(|s| s.stored.settings.locale.clone())
        {
            prefs.push(tag);
        }
        prefs.extend(guard(&self.device_locales).iter().cloned());
        let texts = self
            .active
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .texts
            .clone();
        *self
            .localizer
            .write()
            .unwrap_or_else(PoisonError::into_inner) = Localizer::with_texts(texts, &prefs);
    }
}

impl Session {
    /// A copy of the key for work done without holding the session lock;
    /// it is zeroized when the copy drops.
    fn key_copy(&self) -> DataKey {
        self.key.clone_key()
    }
}

fn seal_settings(key: &DataKey, profile: Slot, stored: &StoredSettings) -> Result<Vec<u8>> {
    let json = zeroize::Zeroizing::new(
        serde_json::to_vec(stored).map_err(|_| Error::Internal("settings encode"))?,
    );
    vault::seal(key, Record::SETTINGS, profile.id(), &json)
}

fn open_settings(key: &DataKey, profile: Slot, sealed: &[u8]) -> Result<StoredSettings> {
    let json = vault::open(key, Record::SETTINGS, profile.id(), sealed)?;
    serde_json::from_slice(&json).map_err(|_| Error::Corrupted(Damaged::Record("settings")))
}

fn open_json<T: serde::de::DeserializeOwned>(
    key: &DataKey,
    record: Record,
    row: i64,
    sealed: &[u8],
) -> Result<T> {
    let json = vault::open(key, record, row, sealed)?;
    serde_json::from_slice(&json).map_err(|_| Error::Corrupted(Damaged::Record(record.table)))
}

/// A random positive row id: ids reveal neither order nor count.
fn random_id() -> Result<i64> {
    let bytes = vault::random_bytes(8)?;
    let mut raw = [0u8; 8];
    raw.copy_from_slice(&bytes);
    Ok((u64::from_le_bytes(raw) >> 1) as i64)
}

/// A SQLite database file and the files SQLite keeps beside it.
const SQLITE_SUFFIXES: [&str; 4] = ["", "-wal", "-shm", "-journal"];

/// Overwrites and deletes the database files, destroys the platform
/// secret, then removes the installed content pack (and its temp file) and
/// every other file the app owns (with their SQLite side files).
fn remove_profile_files(
    data_dir: &Path,
    secret: &dyn PlatformSecret,
    owned_files: &[String],
) -> Result<()> {
    let path = data_dir.join(store::DB_FILE);
    for suffix in SQLITE_SUFFIXES {
        let file = PathBuf::from(format!("{}{suffix}", path.display()));
        overwrite_and_remove(&file)?;
    }
    secret.destroy()?;
    let pack = content::pack::INSTALLED_FILE;
    overwrite_and_remove(&data_dir.join(pack))?;
    overwrite_and_remove(&data_dir.join(format!("{pack}.tmp")))?;
    for name in owned_files {
        for suffix in SQLITE_SUFFIXES {
            overwrite_and_remove(&data_dir.join(format!("{name}{suffix}")))?;
        }
    }
    Ok(())
}

/// Overwrites a file with zeros (best effort on flash) and removes it.
fn overwrite_and_remove(path: &Path) -> Result<()> {
    use std::io::Write;
    match std::fs::metadata(path) {
        Ok(meta) => {
            if let Ok(mut f) = std::fs::OpenOptions::new().write(true).open(path) {
                let zeros = vec![0u8; 64 * 1024];
                let mut left = meta.len();
                while left > 0 {
                    let n = left.min(zeros.len() as u64) as usize;
                    f.write_all(&zeros[..n])?;
                    left -= n as u64;
                }
                f.sync_all()?;
            }
            std::fs::remove_file(path)?;
            Ok(())
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e.into()),
    }
}
