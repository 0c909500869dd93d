//! Device-level safety state that must work while the profile is locked:
//! the wrong-PIN counter and its delays, the optional erase after N wrong
//! PINs, and the disguise the native apps wear.
//!
//! It is sealed with the device key (platform secret only), so it survives
//! restarts, cannot be read or reset by editing the database file, and
//! reveals nothing to someone browsing the files. It never holds anything
//! that only the PIN should unlock.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::vault::{self, DataKey, Record};

/// Wrong PINs allowed before delays start.
pub const FREE_ATTEMPTS: u32 = 5;
/// Bounds for "erase after N wrong PINs".
pub const WIPE_AFTER_MIN: u32 = 3;
pub const WIPE_AFTER_MAX: u32 = 50;

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
}

/// Seconds to wait after `failures` wrong PINs in a row.
pub fn delay_after(failures: u32) -> u64 {
    match failures {
        0..FREE_ATTEMPTS => 0,
        5 => 30,
        6 => 60,
        7 => 5 * 60,
        8 => 15 * 60,
        _ => 60 * 60,
    }
}

impl Guard {
    /// Seconds left before the next attempt is allowed. A clock set back
    /// never makes the wait longer than the delay itself.
    pub fn remaining_wait(&self, now: i64) -> u64 {
        let delay = delay_after(self.failures);
        if delay == 0 {
            return 0;
        }
        let elapsed = now.saturating_sub(self.last_failure).max(0) as u64;
        delay.saturating_sub(elapsed).min(delay)
    }

    /// Whether the failure count has reached the erase threshold.
    pub fn should_wipe(&self) -> bool {
        self.wipe_after.is_some_and(|n| self.failures >= n)
    }

    pub fn seal(&self, device: &DataKey) -> Result<Vec<u8>> {
        let json = serde_json::to_vec(self).map_err(|_| Error::Internal("guard encode"))?;
        vault::seal(device, Record::GUARD, 1, &json)
    }

    /// Opens the stored guard. A record that fails to open was tampered
    /// with or damaged: it counts as [`FREE_ATTEMPTS`] wrong PINs just now,
    /// so resetting the counter by editing the file gains nothing.
    pub fn open(device: &DataKey, sealed: Option<&[u8]>, now: i64) -> Guard {
        let Some(sealed) = sealed else {
            return Guard::default();
        };
        vault::open(device, Record::GUARD, 1, sealed)
            .ok()
            .and_then(|json| serde_json::from_slice(&json).ok())
            .unwrap_or(Guard {
                failures: FREE_ATTEMPTS,
                last_failure: now,
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
        };
        let mut sealed = g.seal(&device).unwrap();
        assert_eq!(Guard::open(&device, Some(&sealed), 100), g);
        sealed[20] ^= 1;
        let opened = Guard::open(&device, Some(&sealed), 100);
        assert_eq!(opened.failures, FREE_ATTEMPTS);
        assert_eq!(opened.remaining_wait(100), 30);
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
