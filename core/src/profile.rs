//! The profile capability: set-up, the PIN and the duress PIN, unlock and
//! lock, the delays after wrong PINs, the settings and the language.
//!
//! It owns the key-derivation policy ([`ProfileKeys`]) and decides who gets
//! a session ([`crate::shared::Session`]); the session itself is shared, as
//! every capability reads the unlocked key. It must never tell the real
//! profile from the decoy in anything it returns, and never run the key
//! derivation while holding a lock.

use std::sync::Mutex;

use crate::content;
use crate::error::{Damaged, Error, Result};
use crate::guard::{Disguise, Guard};
use crate::lifecycle::{AutoLock, GRACE_SECONDS};
use crate::record::Sealed;
use crate::screens::{self, DuressInput, Screen};
use crate::settings::{self, Settings, StoredSettings};
use crate::shared::{Session, lock_or_recover};
use crate::store::Write;
use crate::vault::{self, DataKey, KdfPolicy, KdfRow, Slot, SlotRow};
use crate::{ProfileState, Waymark};

/// The profile capability's own state.
pub(crate) struct ProfileKeys {
    /// How set-up chooses Argon2id parameters.
    pub(crate) kdf: KdfPolicy,
    /// When the app left the screen, for the auto-lock rule
    /// ([`crate::lifecycle`]). A leaf lock: taken alone, never while
    /// another is held.
    pub(crate) autolock: Mutex<AutoLock>,
}

impl ProfileKeys {
    pub(crate) fn new(kdf: KdfPolicy) -> Self {
        ProfileKeys {
            kdf,
            autolock: Mutex::default(),
        }
    }
}

/// Where an unlock attempt comes from: they differ in what a wrong PIN costs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Attempt {
    PinScreen,
    Calculator,
}

/// The profile and its PINs; from [`Waymark::profile`].
#[derive(Clone, Copy, Debug)]
pub struct Profile<'a> {
    wm: &'a Waymark,
}

impl<'a> Profile<'a> {
    pub(crate) fn new(wm: &'a Waymark) -> Self {
        Profile { wm }
    }

    pub fn state(&self) -> Result<ProfileState> {
        if self.wm.shared.is_unlocked() {
            return Ok(ProfileState::Unlocked);
        }
        Ok(match self.wm.shared.store().kdf()? {
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
        if self.wm.shared.store().kdf()?.is_some() {
            return Err(Error::AlreadySetUp);
        }
        let platform = self.wm.shared.secret.device_secret()?;
        let kdf = KdfRow::new(self.wm.profile.kdf.params()?)?;
        let key = DataKey::random()?;
        let primary = kdf
            .stretch(pin, &platform)?
            .wrap(Slot::Primary, &key, false)?;
        let filler = SlotRow::filler(Slot::Duress)?;
        let mut stored = StoredSettings::default();
        // The language the person chose before there was a profile is its
        // language from now on.
        stored.settings.locale = self.wm.shared.chosen_locale();
        let canary = vault::canary(&key, Slot::Primary.id())?;
        let sealed = stored.seal(&key, Slot::Primary.id())?;
        {
            let mut store = self.wm.shared.store();
            store.create_profile(&kdf, &[primary, filler], &canary, &sealed)?;
            let mut g = Guard::default();
            g.note_pin(Slot::Primary, pin, false);
            store.write(Write::Guard {
                sealed: &g.seal(&vault::device_key(&platform)?)?,
            })?;
        }
        *self.wm.shared.session() = Some(Session::new(Slot::Primary, key, stored));
        self.wm.shared.refresh_localizer();
        Ok(())
    }

    /// Opens the profile that `pin` belongs to: the real one, or the decoy
    /// for the duress PIN. Wrong PINs count towards growing delays (and an
    /// erase, if the person chose one). The expensive key derivation runs
    /// without holding any lock, so [`Profile::lock`] never waits for it.
    pub fn unlock(&self, pin: &str) -> Result<()> {
        self.try_unlock(pin, Attempt::PinScreen).map(|_| ())
    }

    /// One unlock attempt. On the PIN screen a wrong PIN or a running delay
    /// is an error; on the calculator both are `Ok(false)` (the entry just
    /// calculates) and a wrong entry counts only toward the calculator's
    /// own delays, never toward the erase.
    pub(crate) fn try_unlock(&self, pin: &str, via: Attempt) -> Result<bool> {
        let kdf = self.wm.shared.store().kdf()?.ok_or(Error::NotSetUp)?;
        let platform = self.wm.shared.secret.device_secret()?;
        let device = vault::device_key(&platform)?;
        let now = self.wm.shared.now();
        let mut g = self.wm.shared.load_guard(&device, now)?;
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
            let slots = self.wm.shared.store().slots()?;
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
                        self.wm.safety().wipe()?;
                    } else {
                        self.wm.shared.put_guard(&g, &device)?;
                    }
                    Err(Error::WrongPin)
                }
                Attempt::Calculator => {
                    g.calculator_failures = g.calculator_failures.saturating_add(1);
                    g.calculator_last_failure = now;
                    self.wm.shared.put_guard(&g, &device)?;
                    Ok(false)
                }
            };
        };
        if opened.wipe_on_use {
            self.wm.safety().wipe()?;
            return Ok(false);
        }
        let (stored, progress) = {
            let store = self.wm.shared.store();
            let canary = store
                .canary(opened.slot.id())?
                .ok_or(Error::Corrupted(Damaged::Canary))?;
            vault::check_canary(&opened.key, opened.slot.id(), &canary)?;
            let stored = match store.settings(opened.slot.id())? {
                Some(sealed) => StoredSettings::open(&opened.key, opened.slot.id(), &sealed)?,
                None => StoredSettings::default(),
            };
            let progress = match store.progress(opened.slot.id())? {
                Some(sealed) => content::Progress::open(&opened.key, opened.slot.id(), &sealed)?,
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
            self.wm.shared.put_guard(&g, &device)?;
        }
        self.wm.safety.calculator().reset();
        let settle_key = opened.key.clone_key();
        let mut session = Session::new(opened.slot, opened.key, stored);
        session.progress = progress;
        *self.wm.shared.session() = Some(session);
        self.wm.content.forget_guest_progress();
        self.wm.shared.refresh_localizer();
        // The explicit write step the quiet-contact screens rely on (they
        // only read): replies fetched while locked open now, and records
        // from before the current schema get their index and digest. Best
        // effort: a damaged message must not keep the person out of the
        // rest of the app; the screens report it when they reach it.
        let _ = self.wm.quiet().settle(&settle_key, opened.slot.id());
        Ok(true)
    }

    /// Forgets the keys (zeroized on drop). Safe to call in any state.
    pub fn lock(&self) {
        let session = self.wm.shared.session().take();
        drop(session);
        self.wm.content.forget_guest();
        self.wm.shared.refresh_localizer();
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
        for row in self.wm.shared.store().slots()? {
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
            || match self.wm.shared.store().settings(opened.slot.id())? {
                Some(sealed) => {
                    StoredSettings::open(&opened.key, opened.slot.id(), &sealed)?.duress_set
                }
                None => false,
            };
        let row = stretched_new.wrap(opened.slot, &opened.key, opened.wipe_on_use)?;
        self.wm.shared.store().write(Write::Slot(&row))?;
        self.wm
            .shared
            .update_guard(|g| g.note_pin(opened.slot, new, duress_set))
    }

    /// Sets (or replaces) the duress PIN from the real profile: it opens a
    /// fresh decoy with public content only, or erases everything when
    /// `wipe_on_use`. Needs the real PIN. In the decoy this reports success
    /// and changes nothing, so the decoy never gives itself away.
    pub fn set_duress_pin(&self, pin: &str, duress_pin: &str, wipe_on_use: bool) -> Result<()> {
        vault::pin::validate_new(duress_pin)?;
        if self.wm.shared.session_profile()? == Slot::Duress {
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
        let real = self.wm.shared.stored()?;
        let decoy = StoredSettings {
            settings: Settings {
                locale: real.settings.locale.clone(),
                country: real.settings.country.clone(),
                display_name: None,
            },
            ..StoredSettings::default()
        };
        let canary = vault::canary(&decoy_key, Slot::Duress.id())?;
        let sealed = decoy.seal(&decoy_key, Slot::Duress.id())?;
        self.wm
            .shared
            .store()
            .replace_decoy(&row, Some((&canary, &sealed)))?;
        self.wm.shared.update_guard(|g| {
            g.note_pin(Slot::Primary, pin, false);
            g.note_pin(Slot::Duress, duress_pin, true);
        })?;
        self.wm.shared.update_stored(|s| {
            s.duress_set = true;
            s.duress_wipes = wipe_on_use;
        })
    }

    /// Removes the duress PIN and the decoy (its slot becomes filler again).
    pub fn remove_duress_pin(&self, pin: &str) -> Result<()> {
        if self.wm.shared.session_profile()? == Slot::Duress {
            return Ok(());
        }
        let (_, _, opened) = self.open_slot(pin)?;
        if opened.slot != Slot::Primary {
            return Err(Error::WrongPin);
        }
        self.wm
            .shared
            .store()
            .replace_decoy(&SlotRow::filler(Slot::Duress)?, None)?;
        self.wm
            .shared
            .update_guard(|g| g.note_pin(Slot::Primary, pin, false))?;
        self.wm.shared.update_stored(|s| {
            s.duress_set = false;
            s.duress_wipes = false;
        })
    }

    /// The remaining wait before another PIN may be tried, in seconds.
    pub fn unlock_wait_seconds(&self) -> Result<u64> {
        let now = self.wm.shared.now();
        Ok(self.wm.shared.current_guard()?.remaining_wait(now))
    }

    /// The person's settings (unlocked only).
    pub fn settings(&self) -> Result<Settings> {
        Ok(self.wm.shared.stored()?.settings)
    }

    /// Validates, seals and saves settings; returns what was stored.
    pub fn update_settings(&self, settings: Settings) -> Result<Settings> {
        let settings = settings.validated()?;
        let stored = settings.clone();
        self.wm.shared.update_stored(move |s| s.settings = stored)?;
        Ok(settings)
    }

    /// Tells the core the device's language preferences changed.
    pub fn set_device_locales(&self, locales: Vec<String>) {
        self.wm.shared.set_device_locales(locales);
    }

    /// The person picks a language (`tag`, any form [`settings::shipped_tag`]
    /// reads): the screens use it from now on, and it is kept in the sealed
    /// settings of the profile that is unlocked, or stored at set-up when
    /// there is none yet. Returns the shipped tag.
    pub fn choose_locale(&self, tag: &str) -> Result<String> {
        let tag = settings::shipped_tag(tag)?;
        if self.wm.shared.is_unlocked() {
            let chosen = tag.clone();
            self.wm
                .shared
                .update_stored(move |s| s.settings.locale = Some(chosen))?;
        }
        self.wm.shared.set_chosen_locale(tag.clone());
        Ok(tag)
    }

    /// The screen the UI should draw now.
    pub fn screen(&self) -> Result<Screen> {
        let l = self.wm.shared.localizer();
        if let Some(session) = self.wm.shared.session().as_ref() {
            return Ok(Screen::Home(screens::home::home(
                &l,
                &session.stored.settings,
            )));
        }
        Ok(match self.state()? {
            ProfileState::New => Screen::Setup(screens::setup(&l)),
            _ if self.wm.shared.current_guard()?.disguise == Disguise::Calculator => {
                Screen::Calculator(self.wm.safety().calculator_screen())
            }
            _ => Screen::Unlock(screens::unlock(&l)),
        })
    }

    /// What to show once the platform secret is lost for good
    /// ([`Error::PlatformSecretLost`]): no profile data, only the way on.
    pub fn secret_lost_screen(&self) -> screens::SecretLostScreen {
        screens::secret_lost(&self.wm.shared.localizer())
    }

    // ----- the forms of the PIN and settings flows (read only) -------------

    /// The change-PIN form (any state: [`Profile::change_pin`] checks the
    /// current PIN).
    pub fn change_pin_form(&self) -> screens::ChangePinForm {
        screens::change_pin_form(&self.wm.shared.localizer())
    }

    /// The second-PIN form of the real profile; `None` in the decoy, which
    /// has no such thing (its safety screen has no duress section).
    pub fn duress_form(&self) -> Result<Option<screens::DuressForm>> {
        if self.wm.shared.session_profile()? == Slot::Duress {
            return Ok(None);
        }
        let stored = self.wm.shared.stored()?;
        Ok(Some(screens::duress_form(
            &self.wm.shared.localizer(),
            &stored,
        )))
    }

    /// Sets (or replaces) the second PIN from its form: the second PIN
    /// typed twice, then [`Profile::set_duress_pin`]'s rules (the real PIN
    /// needed; in the decoy success with nothing changed).
    pub fn set_duress(&self, input: &DuressInput) -> Result<()> {
        if vault::pin::canonical(&input.duress_pin) != vault::pin::canonical(&input.confirmation) {
            return Err(Error::PinsDiffer);
        }
        self.set_duress_pin(&input.pin, &input.duress_pin, input.wipe_on_use)
    }

    /// The settings form with the open profile's values (its action is
    /// [`Profile::update_settings`]).
    pub fn settings_form(&self) -> Result<screens::SettingsForm> {
        let settings = self.settings()?;
        Ok(screens::settings_form(
            &self.wm.shared.localizer(),
            &settings,
        ))
    }

    // ----- auto-lock: the lifecycle the UIs report ---------------------------

    /// The app left the screen (Android `onStop`, iOS any phase but
    /// active, a terminal losing focus). Returns the grace in seconds after
    /// which [`Profile::auto_lock_due`] locks.
    pub fn app_backgrounded(&self) -> u64 {
        let now = self.wm.shared.now();
        lock_or_recover(&self.wm.profile.autolock).left(now);
        GRACE_SECONDS.unsigned_abs()
    }

    /// The app is back on screen: locks if it was away too long (see
    /// [`crate::lifecycle`]). Returns whether this locked the profile, so
    /// the UI draws [`Profile::screen`] again.
    pub fn app_foregrounded(&self) -> bool {
        let now = self.wm.shared.now();
        let lock = lock_or_recover(&self.wm.profile.autolock).came_back(now);
        lock && self.lock_unlocked()
    }

    /// While the app is away (a platform timer): locks once it has been
    /// away too long. Returns whether this locked the profile.
    pub fn auto_lock_due(&self) -> bool {
        let now = self.wm.shared.now();
        let due = lock_or_recover(&self.wm.profile.autolock).due(now);
        due && self.lock_unlocked()
    }

    /// Locks when a profile is unlocked; whether one was. With none, a
    /// classroom session or a guest's progress is left alone: auto-lock
    /// protects the profile, and none is open.
    fn lock_unlocked(&self) -> bool {
        if !self.wm.shared.is_unlocked() {
            return false;
        }
        self.lock();
        true
    }

    /// Runs the KDF for `pin` and opens whichever slot it belongs to.
    fn open_slot(&self, pin: &str) -> Result<(KdfRow, Vec<u8>, vault::Opened)> {
        let kdf = self.wm.shared.store().kdf()?.ok_or(Error::NotSetUp)?;
        if !vault::pin::plausible(pin) {
            return Err(Error::WrongPin);
        }
        let platform = self.wm.shared.secret.device_secret()?;
        let stretched = kdf.stretch(pin, &platform)?;
        let mut found = None;
        for row in self.wm.shared.store().slots()? {
            if let Some(o) = stretched.open(&row)? {
                found.get_or_insert(o);
            }
        }
        let opened = found.ok_or(Error::WrongPin)?;
        let canary = self
            .wm
            .shared
            .store()
            .canary(opened.slot.id())?
            .ok_or(Error::Corrupted(Damaged::Canary))?;
        vault::check_canary(&opened.key, opened.slot.id(), &canary)?;
        Ok((kdf, platform, opened))
    }
}
