//! The safety capability: the disguise and the calculator, the erase
//! policy, quick exit and the panic wipe, and the traces checklist.
//!
//! [`SafetyState`] owns the calculator and the list of other files a wipe
//! destroys. It must never leave a trace of the profile after a wipe, and a
//! disguise must never show (even by its timing) that a PIN was tried.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use crate::calculator::{CalcKey, Calculator};
use crate::content;
use crate::error::Result;
use crate::guard::{self, Disguise};
use crate::profile::Attempt;
use crate::screens;
use crate::shared::lock_or_recover;
use crate::store::{self, Store};
use crate::vault::{PlatformSecret, Slot};
use crate::{ProfileState, Waymark};

/// The safety capability's own state.
pub(crate) struct SafetyState {
    calculator: Mutex<Calculator>,
    /// See [`crate::Config::owned_files`].
    owned_files: Vec<String>,
}

impl SafetyState {
    pub(crate) fn new(owned_files: Vec<String>) -> Self {
        SafetyState {
            calculator: Mutex::new(Calculator::default()),
            owned_files,
        }
    }

    pub(crate) fn calculator(&self) -> MutexGuard<'_, Calculator> {
        lock_or_recover(&self.calculator)
    }
}

/// Disguise, erase and quick exit; from [`Waymark::safety`].
#[derive(Clone, Copy, Debug)]
pub struct Safety<'a> {
    wm: &'a Waymark,
}

impl<'a> Safety<'a> {
    pub(crate) fn new(wm: &'a Waymark) -> Self {
        Safety { wm }
    }

    /// Erase everything after `n` wrong PINs in a row (`None`: never).
    pub fn set_wipe_after(&self, n: Option<u32>) -> Result<()> {
        let n = guard::validate_wipe_after(n)?;
        self.wm.shared.session_profile()?;
        self.wm.shared.update_guard(|g| g.wipe_after = n)
    }

    /// The erase-after-wrong-PINs form: its choices and the one in force
    /// (unlocked, as its action [`Safety::set_wipe_after`] is).
    pub fn wipe_after_form(&self) -> Result<screens::WipeAfterForm> {
        self.wm.shared.session_profile()?;
        let current = self.wm.shared.current_guard()?.wipe_after;
        Ok(screens::wipe_after_form(
            &self.wm.shared.localizer(),
            current,
        ))
    }

    /// Chooses how the app presents itself.
    pub fn set_disguise(&self, disguise: Disguise) -> Result<()> {
        self.wm.shared.session_profile()?;
        self.wm.shared.update_guard(|g| g.disguise = disguise)
    }

    /// The disguise in effect (readable while locked).
    pub fn disguise(&self) -> Result<screens::DisguiseInfo> {
        let g = self.wm.shared.current_guard()?;
        Ok(screens::disguise_info(
            &self.wm.shared.localizer(),
            g.disguise,
        ))
    }

    /// Panic wipe, callable in any state with no PIN: crypto-shreds the keys
    /// first (committed before anything else), deletes every row, truncates
    /// the WAL, deletes the database files, the platform secret, the
    /// installed pack and every [`crate::Config::owned_files`] file (each
    /// overwritten with zeros first), and leaves a fresh, empty profile as
    /// on first run.
    pub fn wipe(&self) -> Result<()> {
        self.wm.profile().lock();
        self.wm.safety.calculator().reset();
        let mut store = self.wm.shared.store();
        store.shred()?;
        let old = std::mem::replace(&mut *store, Store::in_memory()?);
        drop(old);
        remove_profile_files(
            &self.wm.shared.data_dir,
            self.wm.shared.secret.as_ref(),
            &self.wm.safety.owned_files,
        )?;
        let texts = self.wm.content.reset_to_embedded();
        *store = Store::open(&self.wm.shared.data_dir, false)?;
        drop(store);
        self.wm.shared.set_texts(texts);
        Ok(())
    }

    /// Locks at once, forgets anything typed, and tells the UI where to go.
    pub fn quick_exit(&self) -> screens::QuickExit {
        self.wm.profile().lock();
        let mut calc = self.wm.safety.calculator();
        calc.reset();
        let disguise = self
            .wm
            .shared
            .current_guard()
            .map(|g| g.disguise)
            .unwrap_or_default();
        match disguise {
            Disguise::Calculator => {
                screens::QuickExit::Calculator(screens::calculator::screen(&calc))
            }
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
        if key == CalcKey::Equals && self.wm.profile().state()? == ProfileState::Locked {
            let candidate = self
                .wm
                .safety
                .calculator()
                .digits_only()
                .map(|d| zeroize::Zeroizing::new(d.to_string()));
            if let Some(digits) = candidate
                && self
                    .wm
                    .shared
                    .current_guard()?
                    .is_calculator_attempt(&digits)
                && self.wm.profile().try_unlock(&digits, Attempt::Calculator)?
            {
                return Ok(true);
            }
        }
        let error_text = self.wm.shared.localizer().message("calculator-error");
        self.wm.safety.calculator().press(key, &error_text);
        Ok(false)
    }

    pub fn calculator_screen(&self) -> screens::CalculatorScreen {
        screens::calculator::screen(&self.wm.safety.calculator())
    }

    pub fn screen(&self) -> Result<screens::SafetyScreen> {
        let stored = self.wm.shared.stored()?;
        let decoy = self.wm.shared.session_profile()? == Slot::Duress;
        let g = self.wm.shared.current_guard()?;
        Ok(screens::safety(
            &self.wm.shared.localizer(),
            &stored,
            &g,
            decoy,
        ))
    }

    /// The traces checklist; needs no PIN (it holds nothing personal).
    pub fn traces_screen(&self) -> screens::TracesScreen {
        screens::traces(&self.wm.shared.localizer())
    }
}

/// A SQLite database file and the files SQLite keeps beside it.
const SQLITE_SUFFIXES: [&str; 4] = ["", "-wal", "-shm", "-journal"];

/// Overwrites and deletes the database files, destroys the platform
/// secret, then removes the installed content pack (and its temp file) and
/// every other file the app owns (with their SQLite side files).
pub(crate) fn remove_profile_files(
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
