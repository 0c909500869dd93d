//! Waymark's core exposed through uniffi to Kotlin (Android), Swift (iOS)
//! and Python (tests).
//!
//! This crate is the only one that knows uniffi. Its objects are thin
//! wrappers around `waymark-core`; it holds no business rule and no
//! user-facing text of its own. It owns:
//! - [`ApiError`], the small error enum UIs act on, and the one place
//!   ([`ApiError::from_core`]) where core errors become it (nothing is
//!   logged: messages never carry personal data, and nothing here writes
//!   logs);
//! - the [`PlatformSecret`] foreign trait (Android Keystore / iOS Keychain);
//! - the one tokio runtime that async exports run their work on, so a
//!   cancelled Kotlin coroutine never interrupts a write half-way.
//!
//! # Threading rule (decision 80)
//!
//! An export that touches storage — the database, a file, the platform
//! key store — or the network is `async`: its work runs on the runtime's
//! blocking pool ([`Waymark::run`]) or, for the network, on the runtime
//! ([`Waymark::run_async`]), never on the caller's thread (a phone's UI
//! thread). An export that only reads or changes memory (the content
//! screens, the classroom, `lock`, `request_sync`, `observe`) is
//! synchronous. Two deliberate exceptions: the constructors open the
//! database (uniffi has no async constructor the apps could await at
//! start-up; they build the one `Waymark` off the main thread), and
//! `quick_exit` reads one small row on the caller's thread so that a
//! panic button never waits behind queued work.
//!
//! The exports are split by what they do: profile, safety, content and
//! contacts here; [`quiet`] conversations, [`sync`] the drivers and
//! connectivity, [`backup`] backups, [`observe`] observers.

use std::sync::{Arc, LazyLock, Mutex};

use waymark_core::guard::Disguise;
use waymark_core::l10n::{self, LocaleInfo, ReviewStatus};
use waymark_core::screens::{
    CalculatorScreen, ContactsScreen, DisguiseInfo, DisguiseOption, DuressSection, HomeScreen,
    SafetyScreen, SecretLostScreen, SetupScreen, SosScreen, TraceItem, TracesScreen, UnlockScreen,
};
use waymark_core::sos::{Location, SmsPayload, SosEvent, SosPlan, SosStage};
use waymark_core::{
    Channel, Config, Contact, ContactInput, ContentStatus, Error, ErrorFamily, Localizer,
    ProfileState, Settings,
};

mod backup;
mod content;
mod flows;
mod observe;
mod quiet;
mod sync;

use content::{
    Answer, ChecklistScreen, ClassroomOutline, ClassroomScreen, DirectoryScreen, LessonListScreen,
    LessonScreen, QuizQuestionScreen, QuizResultScreen, RedFlagAnswer, RedFlagResult,
    RedFlagScreen, SearchScreen,
};

pub use backup::BackupResult;
pub use observe::{ObserverHandle, QuietObserver};
pub use sync::{Connectivity, SyncOutcome};

uniffi::setup_scaffolding!();

/// The runtime every async export runs its work on.
static RUNTIME: LazyLock<tokio::runtime::Runtime> = LazyLock::new(|| {
    #[allow(clippy::expect_used)]
    // Building a runtime fails only if the OS refuses to start threads; the
    // library cannot do anything useful then, and the panic is caught at
    // the FFI boundary and reported as an internal error.
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .max_blocking_threads(4)
        .thread_name("waymark-core")
        .enable_all()
        .build()
        .expect("cannot start the Waymark runtime")
});

/// Errors a UI can act on. `reason` is already localized for the person
/// (named so because Kotlin exceptions reserve `message`); `code` is a
/// stable machine-readable code.
#[derive(Debug, thiserror::Error, uniffi::Error)]
pub enum ApiError {
    /// The PIN or passphrase does not open the profile.
    #[error("{reason}")]
    WrongPin { reason: String },
    /// Input the person can correct: a PIN that is too short, entries that
    /// differ, a name that is too long, an unknown language.
    #[error("{reason}")]
    InvalidInput { code: String, reason: String },
    /// The action needs another profile state (not set up, already set up,
    /// locked).
    #[error("{reason}")]
    WrongState { code: String, reason: String },
    /// Stored data failed an integrity check.
    #[error("{reason}")]
    Corrupted { reason: String },
    /// The device's storage or secure key store failed.
    #[error("{reason}")]
    Storage { code: String, reason: String },
    /// Too many wrong PINs: no PIN is checked for `seconds` more.
    #[error("{reason}")]
    TooManyAttempts { seconds: u64, reason: String },
    /// The relay could not be reached, or refused the request, or the
    /// request was stopped; nothing was lost (code `network`,
    /// `relay_refused` or `cancelled`).
    #[error("{reason}")]
    Network { code: String, reason: String },
    /// A bug or an unexpected failure inside Waymark.
    #[error("{reason}")]
    Internal { reason: String },
}

impl ApiError {
    /// The one mapping from core errors: every UI sees the same variant and
    /// the same localized message for the same failure.
    pub fn from_core(error: Error, localizer: &Localizer) -> Self {
        let reason = localizer.error(&error);
        let kind = error.kind();
        let code = kind.code().to_string();
        match kind.family() {
            ErrorFamily::WrongPin => ApiError::WrongPin { reason },
            ErrorFamily::TooManyAttempts => ApiError::TooManyAttempts {
                seconds: match error {
                    Error::Wait { seconds } => seconds,
                    _ => 0,
                },
                reason,
            },
            ErrorFamily::InvalidInput => ApiError::InvalidInput { code, reason },
            ErrorFamily::WrongState => ApiError::WrongState { code, reason },
            ErrorFamily::Network => ApiError::Network { code, reason },
            ErrorFamily::Corrupted => ApiError::Corrupted { reason },
            ErrorFamily::Storage => ApiError::Storage { code, reason },
            ErrorFamily::Internal => ApiError::Internal { reason },
        }
    }
}

impl From<uniffi::UnexpectedUniFFICallbackError> for ApiError {
    fn from(_: uniffi::UnexpectedUniFFICallbackError) -> Self {
        // The foreign side threw something undeclared; its text may hold
        // anything, so it is not passed on.
        ApiError::Internal {
            reason: Localizer::for_preferences(&[]).error(&Error::Internal("callback")),
        }
    }
}

/// This device's secret from the platform key store. Android: random bytes
/// created once and kept encrypted under an Android Keystore key; iOS: a
/// Keychain item with `ThisDeviceOnly` accessibility. Must return the same
/// bytes (at least 16) every time for the life of the profile.
#[uniffi::export(with_foreign)]
pub trait PlatformSecret: Send + Sync {
    fn device_secret(&self) -> Result<Vec<u8>, ApiError>;
    /// Destroys the secret for a panic wipe (delete the Keystore key and
    /// the stored bytes / the Keychain item). The next `device_secret`
    /// creates a new one.
    fn destroy_device_secret(&self) -> Result<(), ApiError>;
    /// Whether the secret was already created, without creating it (an
    /// emptied database is then damage, not a first run).
    fn device_secret_exists(&self) -> Result<bool, ApiError>;
}

/// Wall-clock time in Unix seconds. Platforms with a trusted time source
/// may supply it; [`Waymark::new`] uses the system clock.
#[uniffi::export(with_foreign)]
pub trait Clock: Send + Sync {
    fn now_unix_seconds(&self) -> i64;
}

struct ForeignClock(Arc<dyn Clock>);

impl std::fmt::Debug for ForeignClock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ForeignClock")
    }
}

impl waymark_core::clock::Clock for ForeignClock {
    fn now_unix(&self) -> i64 {
        self.0.now_unix_seconds()
    }
}

/// Adapts the foreign trait to the core's.
struct ForeignSecret(Arc<dyn PlatformSecret>);

impl std::fmt::Debug for ForeignSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ForeignSecret")
    }
}

/// What the platform's key-store error means to the core: only the stable
/// code `platform_secret_lost` (the key is gone for good) is told apart
/// from a failure worth retrying; the foreign text is never passed on.
fn secret_error(e: ApiError) -> Error {
    match e {
        ApiError::Storage { code, .. } if code == "platform_secret_lost" => {
            Error::PlatformSecretLost
        }
        _ => Error::PlatformSecret("the platform key store failed"),
    }
}

impl waymark_core::vault::PlatformSecret for ForeignSecret {
    fn device_secret(&self) -> waymark_core::Result<Vec<u8>> {
        self.0.device_secret().map_err(secret_error)
    }

    fn destroy(&self) -> waymark_core::Result<()> {
        self.0
            .destroy_device_secret()
            .map_err(|_| Error::PlatformSecret("the platform key store failed"))
    }

    fn exists(&self) -> waymark_core::Result<bool> {
        self.0
            .device_secret_exists()
            .map_err(|_| Error::PlatformSecret("the platform key store failed"))
    }
}

#[uniffi::remote(Enum)]
pub enum ProfileState {
    New,
    Locked,
    Unlocked,
}

#[uniffi::remote(Enum)]
pub enum ReviewStatus {
    Source,
    MachineDrafted,
    NativeReviewed,
}

#[uniffi::remote(Record)]
pub struct LocaleInfo {
    pub tag: String,
    pub name: String,
    pub review: ReviewStatus,
}

#[uniffi::remote(Record)]
pub struct Settings {
    pub locale: Option<String>,
    pub display_name: Option<String>,
    pub country: Option<String>,
}

#[uniffi::remote(Enum)]
pub enum Disguise {
    None,
    Calculator,
    Notes,
    Weather,
}

#[uniffi::remote(Record)]
pub struct DisguiseInfo {
    pub disguise: Disguise,
    pub launcher_name: String,
    pub icon: String,
    pub notification_title: String,
    pub notification_body: String,
}

#[uniffi::remote(Record)]
pub struct DisguiseOption {
    pub disguise: Disguise,
    pub name: String,
    pub icon: String,
    pub selected: bool,
    pub mark: String,
}

#[uniffi::remote(Record)]
pub struct DuressSection {
    pub title: String,
    pub explain: String,
    pub set: bool,
    pub wipes: bool,
    pub wipe_explain: String,
    pub wipe_label: String,
}

#[uniffi::remote(Record)]
pub struct SafetyScreen {
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
    pub change_pin_label: String,
}

#[uniffi::remote(Record)]
pub struct SosScreen {
    pub title: String,
    pub explain: String,
    pub warning: String,
    pub send_label: String,
    pub practice_label: String,
    pub history_label: String,
}

#[uniffi::remote(Record)]
pub struct TraceItem {
    pub id: String,
    pub text: String,
}

#[uniffi::remote(Record)]
pub struct TracesScreen {
    pub title: String,
    pub intro: String,
    pub items: Vec<TraceItem>,
}

#[uniffi::remote(Enum)]
pub enum Channel {
    Sms,
    Call,
    WhatsApp,
    Line,
    Viber,
    Messenger,
    Telegram,
    Signal,
}

#[uniffi::remote(Record)]
pub struct ContactInput {
    pub name: String,
    pub phone: String,
    pub relation: Option<String>,
    pub note: Option<String>,
    pub channel: Channel,
    pub trusted: bool,
}

#[uniffi::remote(Record)]
pub struct Contact {
    pub id: i64,
    pub name: String,
    pub phone: String,
    pub relation: Option<String>,
    pub note: Option<String>,
    pub channel: Channel,
    pub trusted: bool,
}

#[uniffi::remote(Record)]
pub struct ContactsScreen {
    pub title: String,
    pub empty_text: Option<String>,
    pub trusted_label: String,
    pub add_label: String,
    pub contacts: Vec<Contact>,
}

#[uniffi::remote(Record)]
pub struct Location {
    pub latitude: f64,
    pub longitude: f64,
    pub accuracy_m: Option<f64>,
}

#[uniffi::remote(Record)]
pub struct SmsPayload {
    pub recipient: String,
    pub contact_name: String,
    pub body: String,
    pub to_label: String,
}

#[uniffi::remote(Enum)]
pub enum SosStage {
    Review,
    Sent,
    Practice,
}

#[uniffi::remote(Record)]
pub struct SosPlan {
    pub title: String,
    pub stage: SosStage,
    pub warning: String,
    pub summary: String,
    pub practice: bool,
    pub practice_notice: Option<String>,
    pub messages: Vec<SmsPayload>,
    pub confirm_label: Option<String>,
    pub cancel_label: Option<String>,
    pub with_location: bool,
    pub add_location_label: Option<String>,
    pub add_location_explain: Option<String>,
    pub location_note: Option<String>,
}

#[uniffi::remote(Record)]
pub struct SosEvent {
    pub at: i64,
    pub practice: bool,
    pub recipients: u32,
    pub with_location: bool,
}

#[uniffi::remote(Record)]
pub struct CalculatorScreen {
    pub expression: String,
    pub display: String,
}

/// A key on the calculator disguise.
#[derive(Debug, Clone, Copy, uniffi::Enum)]
pub enum CalcKey {
    Digit { value: u8 },
    Point,
    Add,
    Subtract,
    Multiply,
    Divide,
    Clear,
    Backspace,
    Equals,
}

impl From<CalcKey> for waymark_core::calculator::CalcKey {
    fn from(k: CalcKey) -> Self {
        use waymark_core::calculator::CalcKey as K;
        match k {
            CalcKey::Digit { value } => K::Digit(value),
            CalcKey::Point => K::Point,
            CalcKey::Add => K::Add,
            CalcKey::Subtract => K::Subtract,
            CalcKey::Multiply => K::Multiply,
            CalcKey::Divide => K::Divide,
            CalcKey::Clear => K::Clear,
            CalcKey::Backspace => K::Backspace,
            CalcKey::Equals => K::Equals,
        }
    }
}

/// Where the UI goes after a quick exit.
#[derive(Debug, Clone, uniffi::Enum)]
pub enum QuickExit {
    /// Show the calculator disguise.
    Calculator { screen: CalculatorScreen },
    /// Leave to the phone's home screen and remove the app from recents.
    LeaveApp,
}

impl From<waymark_core::screens::QuickExit> for QuickExit {
    fn from(q: waymark_core::screens::QuickExit) -> Self {
        match q {
            waymark_core::screens::QuickExit::Calculator(screen) => {
                QuickExit::Calculator { screen }
            }
            waymark_core::screens::QuickExit::LeaveApp => QuickExit::LeaveApp,
        }
    }
}

#[uniffi::remote(Record)]
pub struct SetupScreen {
    pub title: String,
    pub intro: String,
    pub pin_label: String,
    pub confirm_label: String,
    pub submit_label: String,
    pub warning: String,
    pub translation_notice: Option<String>,
}

#[uniffi::remote(Record)]
pub struct UnlockScreen {
    pub title: String,
    pub prompt: String,
    pub pin_label: String,
    pub submit_label: String,
    pub translation_notice: Option<String>,
}

#[uniffi::remote(Record)]
pub struct SecretLostScreen {
    pub title: String,
    pub explain: String,
    pub start_over_label: String,
    pub start_over_explain: String,
    pub restore_label: String,
    pub restore_explain: String,
}

#[uniffi::remote(Record)]
pub struct ContentStatus {
    pub version: u64,
    pub installed: bool,
}

/// The screen to draw now.
#[derive(Debug, Clone, uniffi::Enum)]
pub enum Screen {
    Setup { screen: SetupScreen },
    Unlock { screen: UnlockScreen },
    Home { screen: HomeScreen },
    Calculator { screen: CalculatorScreen },
}

impl From<waymark_core::Screen> for Screen {
    fn from(s: waymark_core::Screen) -> Self {
        match s {
            waymark_core::Screen::Setup(screen) => Screen::Setup { screen },
            waymark_core::Screen::Unlock(screen) => Screen::Unlock { screen },
            waymark_core::Screen::Home(screen) => Screen::Home { screen },
            waymark_core::Screen::Calculator(screen) => Screen::Calculator { screen },
        }
    }
}

/// Zawgyi probability of `text` (0–1), or `None` when it holds no Burmese.
#[uniffi::export]
pub fn zawgyi_probability(text: String) -> Option<f64> {
    let p = waymark_core::text::zawgyi::zawgyi_probability(&text);
    p.is_finite().then_some(p)
}

/// Converts Burmese text typed in Zawgyi to Unicode (left alone when the
/// detector is not confident it is Zawgyi).
#[uniffi::export]
pub fn to_unicode(text: String) -> String {
    waymark_core::text::zawgyi::to_unicode_if_zawgyi(&text)
}

/// The locales this build ships, with their review status.
#[uniffi::export]
pub fn available_locales() -> Vec<LocaleInfo> {
    l10n::available()
}

/// One Waymark profile. Create one per data directory and keep it for the
/// life of the app.
#[derive(Debug, uniffi::Object)]
pub struct Waymark {
    inner: Arc<waymark_core::Waymark>,
    /// Stops the network operations in flight (`cancel_network`).
    network: Mutex<waymark_core::sync::cancel::Cancel>,
}

impl Waymark {
    fn err(&self, e: Error) -> ApiError {
        ApiError::from_core(e, &self.inner.localizer())
    }

    /// Runs `work` on the runtime's blocking pool and waits for it. The
    /// work finishes even if the caller's future is dropped (a cancelled
    /// coroutine), so a write is never abandoned half-way.
    async fn run<T, F>(&self, work: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&waymark_core::Waymark) -> waymark_core::Result<T> + Send + 'static,
    {
        let inner = self.inner.clone();
        let outcome = RUNTIME.spawn_blocking(move || work(&inner)).await;
        match outcome {
            Ok(result) => result.map_err(|e| self.err(e)),
            Err(_) => Err(self.err(Error::Internal("background task failed"))),
        }
    }
}

#[uniffi::export]
impl Waymark {
    /// Opens (creating if needed) the profile stored in `data_dir`.
    /// `device_locales` is the device's language list, most preferred first.
    #[uniffi::constructor]
    pub fn new(
        data_dir: String,
        device_locales: Vec<String>,
        platform_secret: Arc<dyn PlatformSecret>,
    ) -> Result<Arc<Self>, ApiError> {
        Self::with_clock(data_dir, device_locales, platform_secret, None)
    }

    /// As [`Waymark::new`], with the platform's clock (or the system's).
    #[uniffi::constructor]
    pub fn with_clock(
        data_dir: String,
        device_locales: Vec<String>,
        platform_secret: Arc<dyn PlatformSecret>,
        clock: Option<Arc<dyn Clock>>,
    ) -> Result<Arc<Self>, ApiError> {
        Self::with_platform(data_dir, device_locales, platform_secret, clock, None)
    }

    /// As [`Waymark::with_clock`], with the platform's connectivity signal
    /// (without one the sync engine assumes a network and backs off on
    /// failures).
    #[uniffi::constructor]
    pub fn with_platform(
        data_dir: String,
        device_locales: Vec<String>,
        platform_secret: Arc<dyn PlatformSecret>,
        clock: Option<Arc<dyn Clock>>,
        connectivity: Option<Arc<dyn Connectivity>>,
    ) -> Result<Arc<Self>, ApiError> {
        let mut config = Config::new(data_dir, Arc::new(ForeignSecret(platform_secret)));
        config.device_locales = device_locales.clone();
        if let Some(clock) = clock {
            config.clock = Arc::new(ForeignClock(clock));
        }
        if let Some(connectivity) = connectivity {
            config.connectivity = Arc::new(sync::ForeignConnectivity(connectivity));
        }
        match waymark_core::Waymark::open(config) {
            Ok(inner) => Ok(Arc::new(Waymark {
                inner: Arc::new(inner),
                network: Mutex::default(),
            })),
            Err(e) => Err(ApiError::from_core(
                e,
                &Localizer::for_preferences(&device_locales),
            )),
        }
    }

    pub async fn state(&self) -> Result<ProfileState, ApiError> {
        self.run(|w| w.profile().state()).await
    }

    /// Chooses the first PIN (typed twice) and unlocks.
    pub async fn set_up(&self, pin: String, confirmation: String) -> Result<(), ApiError> {
        self.run(move |w| w.profile().set_up(&pin, &confirmation))
            .await
    }

    /// Unlocks with a PIN or passphrase. Takes about half a second by design.
    pub async fn unlock(&self, pin: String) -> Result<(), ApiError> {
        self.run(move |w| w.profile().unlock(&pin)).await
    }

    /// Forgets the keys at once.
    pub fn lock(&self) {
        self.inner.profile().lock();
    }

    pub async fn change_pin(
        &self,
        current: String,
        new_pin: String,
        confirmation: String,
    ) -> Result<(), ApiError> {
        self.run(move |w| w.profile().change_pin(&current, &new_pin, &confirmation))
            .await
    }

    pub fn settings(&self) -> Result<Settings, ApiError> {
        self.inner.profile().settings().map_err(|e| self.err(e))
    }

    /// Saves settings (sealed) and returns them as stored.
    pub async fn update_settings(&self, settings: Settings) -> Result<Settings, ApiError> {
        self.run(move |w| w.profile().update_settings(settings))
            .await
    }

    pub fn set_device_locales(&self, locales: Vec<String>) {
        self.inner.profile().set_device_locales(locales);
    }

    /// The person picks a language: the screens use it from now on, and it
    /// is kept in the unlocked profile's sealed settings (or at set-up when
    /// there is no profile yet). Returns the shipped tag; `unknown_locale`
    /// for a language Waymark does not ship.
    pub async fn choose_locale(&self, tag: String) -> Result<String, ApiError> {
        self.run(move |w| w.profile().choose_locale(&tag)).await
    }

    /// The locale the screens are currently in.
    pub fn active_locale(&self) -> LocaleInfo {
        self.inner.localizer().active_info()
    }

    /// The screen to draw for the current state, fully localized.
    pub async fn screen(&self) -> Result<Screen, ApiError> {
        self.run(|w| w.profile().screen().map(Screen::from)).await
    }

    /// What to show instead of any screen once an export failed with
    /// `platform_secret_lost`: the same for every profile (real or decoy),
    /// with the two ways on (`wipe`, then set up; or set up and restore).
    pub fn secret_lost_screen(&self) -> SecretLostScreen {
        self.inner.profile().secret_lost_screen()
    }

    // ----- discreet mode ----------------------------------------------

    /// Sets the duress PIN (needs the real PIN); `wipe_on_use` erases
    /// everything instead of opening the decoy.
    pub async fn set_duress_pin(
        &self,
        pin: String,
        duress_pin: String,
        wipe_on_use: bool,
    ) -> Result<(), ApiError> {
        self.run(move |w| w.profile().set_duress_pin(&pin, &duress_pin, wipe_on_use))
            .await
    }

    pub async fn remove_duress_pin(&self, pin: String) -> Result<(), ApiError> {
        self.run(move |w| w.profile().remove_duress_pin(&pin)).await
    }

    /// Erase everything after `count` wrong PINs in a row; `None` turns it off.
    pub async fn set_wipe_after(&self, count: Option<u32>) -> Result<(), ApiError> {
        self.run(move |w| w.safety().set_wipe_after(count)).await
    }

    pub async fn set_disguise(&self, disguise: Disguise) -> Result<(), ApiError> {
        self.run(move |w| w.safety().set_disguise(disguise)).await
    }

    /// The disguise to wear (launcher name, icon, notification text).
    pub async fn disguise(&self) -> Result<DisguiseInfo, ApiError> {
        self.run(|w| w.safety().disguise()).await
    }

    /// Seconds before another PIN may be tried (0 if none).
    pub async fn unlock_wait_seconds(&self) -> Result<u64, ApiError> {
        self.run(|w| w.profile().unlock_wait_seconds()).await
    }

    /// Panic wipe: works locked or unlocked, needs no PIN.
    pub async fn wipe(&self) -> Result<(), ApiError> {
        self.run(|w| w.safety().wipe()).await
    }

    /// Locks at once and says which neutral screen to show.
    /// Stops every network operation first (a slow relay never delays
    /// it), then locks. Synchronous on purpose, the one export besides the
    /// constructors that reads storage on the caller's thread (one small
    /// row, the disguise): a panic button must not wait behind work queued
    /// on the runtime, such as a PIN being checked.
    pub fn quick_exit(&self) -> QuickExit {
        self.cancel_network();
        self.inner.safety().quick_exit().into()
    }

    /// A key on the calculator disguise; `true` when it unlocked the app.
    pub async fn calculator_press(&self, key: CalcKey) -> Result<bool, ApiError> {
        self.run(move |w| w.safety().calculator_press(key.into()))
            .await
    }

    pub fn calculator_screen(&self) -> CalculatorScreen {
        self.inner.safety().calculator_screen()
    }

    pub async fn safety_screen(&self) -> Result<SafetyScreen, ApiError> {
        self.run(|w| w.safety().screen()).await
    }

    pub fn sos_screen(&self) -> SosScreen {
        self.inner.sos().screen()
    }

    /// The "traces on this phone" checklist (no PIN needed).
    pub fn traces_screen(&self) -> TracesScreen {
        self.inner.safety().traces_screen()
    }

    // ----- contacts and SOS ---------------------------------------------

    pub async fn contacts_screen(&self) -> Result<ContactsScreen, ApiError> {
        self.run(|w| w.contacts().screen()).await
    }

    pub async fn add_contact(&self, contact: ContactInput) -> Result<Contact, ApiError> {
        self.run(move |w| w.contacts().add(contact)).await
    }

    pub async fn update_contact(
        &self,
        id: i64,
        contact: ContactInput,
    ) -> Result<Contact, ApiError> {
        self.run(move |w| w.contacts().update(id, contact)).await
    }

    pub async fn remove_contact(&self, id: i64) -> Result<(), ApiError> {
        self.run(move |w| w.contacts().remove(id)).await
    }

    /// Step one of a real SOS: who gets which text, for the person to
    /// review. Nothing is recorded or sent.
    pub async fn sos_review(&self, location: Option<Location>) -> Result<SosPlan, ApiError> {
        self.run(move |w| w.sos().review(location)).await
    }

    /// Step two, after the person pressed the plan's confirm label: records
    /// the SOS and returns exactly what to send to whom (`not_found` when
    /// no review waits).
    pub async fn sos_confirm(&self) -> Result<SosPlan, ApiError> {
        self.run(|w| w.sos().confirm()).await
    }

    /// At review, after the person chose the plan's `add_location_label`:
    /// the platform asked for location permission only then, and passes
    /// the position, or `None` when it was refused or unknown (the plan
    /// then says so and is sent without it). `not_found` when no review
    /// waits.
    pub async fn sos_add_location(&self, location: Option<Location>) -> Result<SosPlan, ApiError> {
        self.run(move |w| w.sos().add_location(location)).await
    }

    /// Forgets a reviewed SOS the person chose not to send.
    pub fn sos_cancel(&self) {
        self.inner.sos().cancel()
    }

    /// Practice, in one step: the same texts, marked as not to be sent.
    pub async fn sos_practice(&self, location: Option<Location>) -> Result<SosPlan, ApiError> {
        self.run(move |w| w.sos().practice(location)).await
    }

    pub async fn sos_history(&self) -> Result<Vec<SosEvent>, ApiError> {
        self.run(|w| w.sos().history()).await
    }

    // ----- public content (works in every state) ---------------------------

    /// The content version in use and whether it came from an installed pack.
    pub fn content_status(&self) -> ContentStatus {
        self.inner.content().status()
    }

    /// Verifies and installs a signed content pack (atomic; must be newer).
    pub async fn install_pack(&self, pack: Vec<u8>) -> Result<ContentStatus, ApiError> {
        self.run(move |w| w.content().install_pack(&pack)).await
    }

    pub fn lessons_screen(&self) -> LessonListScreen {
        self.inner.content().lessons_screen()
    }

    pub fn lesson_screen(&self, id: String) -> Result<LessonScreen, ApiError> {
        self.inner
            .content()
            .lesson_screen(&id)
            .map_err(|e| self.err(e))
    }

    pub fn quiz_question(
        &self,
        lesson: String,
        question: Option<String>,
    ) -> Result<QuizQuestionScreen, ApiError> {
        self.inner
            .content()
            .quiz_question(&lesson, question.as_deref())
            .map_err(|e| self.err(e))
    }

    /// Records an answer (sealed when unlocked) and returns the feedback.
    pub async fn answer_quiz(
        &self,
        lesson: String,
        question: String,
        option: String,
    ) -> Result<QuizQuestionScreen, ApiError> {
        self.run(move |w| w.content().answer_quiz(&lesson, &question, &option))
            .await
    }

    pub fn quiz_result(&self, lesson: String) -> Result<QuizResultScreen, ApiError> {
        self.inner
            .content()
            .quiz_result(&lesson)
            .map_err(|e| self.err(e))
    }

    pub async fn reset_quiz(&self, lesson: String) -> Result<(), ApiError> {
        self.run(move |w| w.content().reset_quiz(&lesson)).await
    }

    // Classroom mode lives in memory only and writes nothing, so its
    // actions are synchronous (the threading rule: memory only).

    /// What a classroom session of `lesson` goes through (no PIN needed).
    pub fn classroom_outline(&self, lesson: String) -> Result<ClassroomOutline, ApiError> {
        self.inner
            .content()
            .classroom_outline(&lesson)
            .map_err(|e| self.err(e))
    }

    /// Starts a classroom session; nothing about students is stored.
    pub fn classroom_start(&self, lesson: String) -> Result<ClassroomScreen, ApiError> {
        self.inner
            .content()
            .classroom_start(&lesson)
            .map_err(|e| self.err(e))
    }

    pub fn classroom_screen(&self) -> Result<ClassroomScreen, ApiError> {
        self.inner
            .content()
            .classroom_screen()
            .map_err(|e| self.err(e))
    }

    /// One raised hand more (`add`) or less for `option` (counts only).
    pub fn classroom_tally(&self, option: String, add: bool) -> Result<ClassroomScreen, ApiError> {
        self.inner
            .content()
            .classroom_tally(&option, add)
            .map_err(|e| self.err(e))
    }

    /// Shows the answer of an open question, else the next step.
    pub fn classroom_next(&self) -> Result<ClassroomScreen, ApiError> {
        self.inner
            .content()
            .classroom_next()
            .map_err(|e| self.err(e))
    }

    pub fn classroom_back(&self) -> Result<ClassroomScreen, ApiError> {
        self.inner
            .content()
            .classroom_back()
            .map_err(|e| self.err(e))
    }

    /// Ends the session; its counts are gone.
    pub fn classroom_end(&self) {
        self.inner.content().classroom_end()
    }

    pub fn checklist_screen(&self) -> ChecklistScreen {
        self.inner.content().checklist_screen()
    }

    pub async fn set_route(&self, route: Option<String>) -> Result<ChecklistScreen, ApiError> {
        self.run(move |w| w.content().set_route(route.as_deref()))
            .await
    }

    pub async fn check_item(
        &self,
        item: String,
        checked: bool,
    ) -> Result<ChecklistScreen, ApiError> {
        self.run(move |w| w.content().check_item(&item, checked))
            .await
    }

    pub fn redflags_screen(&self) -> RedFlagScreen {
        self.inner.content().redflags_screen()
    }

    /// Scores a job offer; answers are not stored.
    pub fn check_job_offer(
        &self,
        answers: Vec<RedFlagAnswer>,
        destination: Option<String>,
    ) -> Result<RedFlagResult, ApiError> {
        let answers: Vec<(String, Answer)> = answers
            .into_iter()
            .map(|a| (a.question_id, a.answer))
            .collect();
        self.inner
            .content()
            .check_job_offer(&answers, destination.as_deref())
            .map_err(|e| self.err(e))
    }

    pub fn directory_screen(
        &self,
        country: Option<String>,
        language: Option<String>,
        purpose: Option<String>,
    ) -> DirectoryScreen {
        self.inner.content().directory_screen(
            country.as_deref(),
            language.as_deref(),
            purpose.as_deref(),
        )
    }

    /// What to say when nothing on this phone opens a directory or hotline
    /// link; the number or address itself stays on screen.
    pub fn link_unavailable_note(&self) -> String {
        self.inner.content().link_unavailable_note()
    }

    /// Searches all content in the current language (any script; Zawgyi
    /// input is converted first).
    pub fn search(&self, query: String) -> SearchScreen {
        self.inner.content().search(&query)
    }
}
