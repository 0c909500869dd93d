//! Device-level safety state that must work while the profile is locked:
//! the wrong-PIN counter and its delays, the optional erase after N wrong
//! PINs, the disguise the native apps wear, and the calculator's own rule
//! for which entries are PIN attempts (see [`Guard::is_calculator_attempt`]).
//!
//! It is sealed with the device key (platform secret only), so it survives
//! restarts, cannot be read or reset by editing the database file, and
//! reveals nothing to someone browsing the files. It never holds anything
//! that only the PIN should unlock.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::record::Sealed;
use crate::vault::{self, DataKey, Slot};

/// Wrong PINs allowed before delays start.
pub const FREE_ATTEMPTS: u32 = 5;
/// Wrong PIN-shaped entries on the calculator allowed before its delays
/// start. More than on the PIN screen: a calculator is also used for sums,
/// and a calculator attempt can never erase anything.
pub const CALCULATOR_FREE_ATTEMPTS: u32 = 10;
/// Bounds for "erase after N wrong PINs".
pub const WIPE_AFTER_MIN: u32 = 3;
pub const WIPE_AFTER_MAX: u32 = 50;
/// The guard's row id in `device_guard` (bound into its associated data).
const GUARD_ROW: i64 = 1;

/// How the app presents itself on the home screen and in notifications.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Disguise {
    /// Waymark's own name and icon.
    #[default]
    None,
    Calculator,
    Notes,
    Weather,
}

impl Disguise {
    pub const ALL: [Disguise; 4] = [
        Disguise::None,
        Disguise::Calculator,
        Disguise::Notes,
        Disguise::Weather,
    ];

    /// The launcher name's message id.
    pub fn name_id(self) -> &'static str {
        match self {
            Disguise::None => "disguise-none",
            Disguise::Calculator => "disguise-calculator",
            Disguise::Notes => "disguise-notes",
            Disguise::Weather => "disguise-weather",
        }
    }

    /// The icon the native app's launcher alias uses.
    pub fn icon(self) -> &'static str {
        match self {
            Disguise::None => "waymark",
            Disguise::Calculator => "calculator",
            Disguise::Notes => "notes",
            Disguise::Weather => "weather",
        }
    }
}

/// The guard record.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Guard {
    /// Wrong PINs since the last correct one.
    pub failures: u32,
    /// When the last wrong PIN was entered (Unix seconds).
    pub last_failure: i64,
    /// Erase everything after this many wrong PINs in a row; off if `None`.
    pub wipe_after: Option<u32>,
    pub disguise: Disguise,
    /// Wrong PIN-shaped entries on the calculator since the last correct
    /// PIN. Kept apart from `failures`: they never count toward the erase.
    #[serde(default)]
    pub calculator_failures: u32,
    #[serde(default)]
    pub calculator_last_failure: i64,
    /// How many digits the real and the duress PIN have (0: a passphrase).
    /// While no duress PIN is set the second entry repeats the first, so
    /// this record never shows whether one exists. Empty when not known
    /// yet (a profile from before this was kept; learnt at the next unlock).
    #[serde(default)]
    pub pin_lengths: Vec<u8>,
}

/// Seconds to wait after `failures` wrong PINs in a row.
pub fn delay_after(failures: u32) -> u64 {
    delay_for(failures, FREE_ATTEMPTS)
}

/// The delay schedule after `free` attempts: 30 s, 1 min, 5 min, 15 min,
/// then an hour per try.
fn delay_for(failures: u32, free: u32) -> u64 {
    match failures.checked_sub(free) {
        None => 0,
        Some(0) => 30,
        Some(1) => 60,
        Some(2) => 5 * 60,
        Some(3) => 15 * 60,
        Some(_) => 60 * 60,
    }
}

/// What is left of `delay` since `last`. A clock set back never makes the
/// wait longer than the delay itself.
fn remaining(delay: u64, last: i64, now: i64) -> u64 {
    if delay == 0 {
        return 0;
    }
    let elapsed = now.saturating_sub(last).max(0) as u64;
    delay.saturating_sub(elapsed).min(delay)
}

/// The number of digits in `pin` as it is stretched (native digits count
/// as digits), or 0 for a passphrase.
fn digit_count(pin: &str) -> u8 {
    let canon = vault::pin::canonical(pin);
    if canon.iter().all(u8::is_ascii_digit) {
        u8::try_from(canon.len()).unwrap_or(0)
    } else {
        0
    }
}

impl Guard {
    /// Seconds left before the next PIN-screen attempt is allowed.
    pub fn remaining_wait(&self, now: i64) -> u64 {
        remaining(delay_after(self.failures), self.last_failure, now)
    }

    /// Seconds left before the calculator tries another entry as a PIN.
    /// Until then every entry only calculates.
    pub fn calculator_wait(&self, now: i64) -> u64 {
        remaining(
            delay_for(self.calculator_failures, CALCULATOR_FREE_ATTEMPTS),
            self.calculator_last_failure,
            now,
        )
    }

    /// Whether the failure count has reached the erase threshold.
    pub fn should_wipe(&self) -> bool {
        self.wipe_after.is_some_and(|n| self.failures >= n)
    }

    /// Whether digits typed on the calculator and followed by `=` (no
    /// operator) are a PIN attempt: only an entry as long as one of the
    /// PINs. Any other number or sum just calculates and counts for
    /// nothing. With the lengths not known yet, any PIN-sized entry is.
    pub fn is_calculator_attempt(&self, digits: &str) -> bool {
        let n = digits.len();
        let pin_sized = (vault::pin::PIN_MIN..=vault::pin::PIN_MAX).contains(&n)
            && digits.bytes().all(|b| b.is_ascii_digit());
        if self.pin_lengths.is_empty() {
            pin_sized
        } else {
            pin_sized && self.pin_lengths.iter().any(|&l| usize::from(l) == n)
        }
    }

    /// Records how many digits the PIN of `slot` has. `duress_set` says
    /// whether a duress PIN exists (when it does not, its entry repeats
    /// the real PIN's). A change that needs the other, unknown, length
    /// leaves the lengths unknown.
    pub fn note_pin(&mut self, slot: Slot, pin: &str, duress_set: bool) {
        let n = digit_count(pin);
        match (slot, self.pin_lengths.as_slice()) {
            (Slot::Primary, _) if !duress_set => self.pin_lengths = vec![n, n],
            (Slot::Primary, [_, duress]) => self.pin_lengths = vec![n, *duress],
            (Slot::Duress, [real, _]) => self.pin_lengths = vec![*real, n],
            _ => {}
        }
    }

    /// Forgets the wrong attempts after a correct PIN; `true` if it changed.
    pub fn clear_failures(&mut self) -> bool {
        let changed = self.failures > 0 || self.calculator_failures > 0;
        self.failures = 0;
        self.calculator_failures = 0;
        changed
    }

    pub fn seal(&self, device: &DataKey) -> Result<Vec<u8>> {
        Sealed::seal(self, device, GUARD_ROW)
    }

    /// Opens the stored guard. A record that fails to open was tampered
    /// with or damaged: it counts as [`FREE_ATTEMPTS`] wrong PINs (and
    /// [`CALCULATOR_FREE_ATTEMPTS`] calculator attempts) just now, so
    /// resetting the counters by editing the file gains nothing.
    pub fn open(device: &DataKey, sealed: Option<&[u8]>, now: i64) -> Guard {
        let Some(sealed) = sealed else {
            return Guard::default();
        };
        <Guard as Sealed>::open(device, GUARD_ROW, sealed).unwrap_or(Guard {
            failures: FREE_ATTEMPTS,
            last_failure: now,
            calculator_failures: CALCULATOR_FREE_ATTEMPTS,
            calculator_last_failure: now,
            ..Guard::default()
        })
    }
}

/// Checks an "erase after N" choice.
pub fn validate_wipe_after(n: Option<u32>) -> Result<Option<u32>> {
    match n {
        Some(n) if !(WIPE_AFTER_MIN..=WIPE_AFTER_MAX).contains(&n) => Err(Error::WipePolicyRange {
            min: WIPE_AFTER_MIN,
            max: WIPE_AFTER_MAX,
        }),
        other => Ok(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_grow_after_the_free_attempts() {
        assert_eq!(delay_after(4), 0);
        assert_eq!(delay_after(5), 30);
        assert_eq!(delay_after(7), 300);
        assert_eq!(delay_after(100), 3600);
        let g = Guard {
            failures: 5,
            last_failure: 1000,
            ..Guard::default()
        };
        assert_eq!(g.remaining_wait(1000), 30);
        assert_eq!(g.remaining_wait(1010), 20);
        assert_eq!(g.remaining_wait(1030), 0);
        // Clock set back a day: still at most the delay.
        assert_eq!(g.remaining_wait(1000 - 86_400), 30);
    }

    #[test]
    fn a_tampered_guard_counts_as_used_attempts() {
        let device = vault::device_key(&[9u8; 32]).unwrap();
        let g = Guard {
            failures: 2,
            last_failure: 5,
            wipe_after: Some(10),
            disguise: Disguise::Calculator,
            ..Guard::default()
        };
        let mut sealed = g.seal(&device).unwrap();
        assert_eq!(Guard::open(&device, Some(&sealed), 100), g);
        sealed[20] ^= 1;
        let opened = Guard::open(&device, Some(&sealed), 100);
        assert_eq!(opened.failures, FREE_ATTEMPTS);
        assert_eq!(opened.remaining_wait(100), 30);
        assert_eq!(opened.calculator_wait(100), 30, "the calculator too");
    }

    #[test]
    fn only_entries_as_long_as_a_pin_are_calculator_attempts() {
        let mut g = Guard::default();
        // Lengths not known yet: any PIN-sized entry.
        assert!(g.is_calculator_attempt("1200"));
        assert!(!g.is_calculator_attempt("120"));
        g.note_pin(Slot::Primary, "246813", false);
        assert_eq!(g.pin_lengths, vec![6, 6], "no sign of a missing duress PIN");
        assert!(!g.is_calculator_attempt("1200"));
        assert!(g.is_calculator_attempt("120000"));
        g.note_pin(Slot::Duress, "1357", true);
        assert!(g.is_calculator_attempt("1200"));
        g.note_pin(Slot::Primary, "๒๔๖๘๑", true);
        assert_eq!(g.pin_lengths, vec![5, 4], "Thai digits count as digits");
        g.note_pin(Slot::Primary, "a passphrase", false);
        assert_eq!(g.pin_lengths, vec![0, 0]);
        assert!(!g.is_calculator_attempt("1200"));
        // An older record: a duress change cannot guess the real length.
        let mut old = Guard::default();
        old.note_pin(Slot::Duress, "1357", true);
        assert!(old.pin_lengths.is_empty());
    }

    #[test]
    fn calculator_delays_start_later_and_are_their_own() {
        let g = Guard {
            calculator_failures: CALCULATOR_FREE_ATTEMPTS - 1,
            calculator_last_failure: 1000,
            ..Guard::default()
        };
        assert_eq!(g.calculator_wait(1000), 0);
        assert_eq!(g.remaining_wait(1000), 0);
        let g = Guard {
            calculator_failures: CALCULATOR_FREE_ATTEMPTS,
            ..g
        };
        assert_eq!(g.calculator_wait(1010), 20);
        assert_eq!(g.remaining_wait(1010), 0, "the PIN screen is not slowed");
        assert!(
            !Guard {
                wipe_after: Some(3),
                ..g
            }
            .should_wipe()
        );
    }

    #[test]
    fn wipe_threshold_is_bounded_and_off_by_default() {
        assert!(!Guard::default().should_wipe());
        assert!(validate_wipe_after(Some(2)).is_err());
        assert!(validate_wipe_after(Some(51)).is_err());
        assert_eq!(validate_wipe_after(Some(10)).unwrap(), Some(10));
        assert_eq!(validate_wipe_after(None).unwrap(), None);
    }
}
