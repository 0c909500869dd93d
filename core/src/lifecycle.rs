//! The auto-lock rule: whether leaving the app locks the profile.
//!
//! The UIs only report what the platform tells them: the app left the
//! screen (Android `onStop`, which a rotation also sends; iOS any phase
//! other than active; a terminal losing focus) and the app came back.
//! This module decides, from how long the app was away, whether that locks
//! (decision 75): an absence shorter than [`GRACE_SECONDS`] — a rotation, a
//! glance at the notification shade — does not; a longer one does; a clock
//! that went backwards while away counts as long. Quick exit always locks,
//! and never passes through here.
//!
//! It owns only the moment the app went away. It never locks by itself
//! (the facade does, when this says so) and never reads a clock: the facade
//! hands it the time.

/// How long the app may be away without locking, in seconds: longer than
/// a rotation or a configuration change takes on a slow phone (well under
/// two seconds), shorter than it takes someone to pick up a phone that was
/// put down and open the app again.
pub const GRACE_SECONDS: i64 = 5;

/// Where the app is, as far as locking goes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AutoLock {
    /// When the app went away (Unix seconds); `None` while on screen.
    away_since: Option<i64>,
}

impl AutoLock {
    /// The app left the screen at `now`. A second report before it comes
    /// back (iOS: inactive, then background) keeps the first time.
    pub fn left(&mut self, now: i64) {
        self.away_since.get_or_insert(now);
    }

    /// The app is back at `now`: whether the profile must lock. The
    /// absence is over either way.
    pub fn came_back(&mut self, now: i64) -> bool {
        self.away_since
            .take()
            .is_some_and(|since| too_long(since, now))
    }

    /// Whether the app has been away too long by `now` (for a platform
    /// that wants to lock while still in the background, from a timer).
    pub fn due(&self, now: i64) -> bool {
        self.away_since.is_some_and(|since| too_long(since, now))
    }
}

fn too_long(since: i64, now: i64) -> bool {
    let away = now.saturating_sub(since);
    !(0..GRACE_SECONDS).contains(&away)
}

#[cfg(test)]
mod tests {
    use super::*;

    const T: i64 = 1_800_000_000;

    #[test]
    fn a_rotation_does_not_lock() {
        let mut a = AutoLock::default();
        a.left(T);
        assert!(!a.due(T + 1));
        assert!(!a.came_back(T + 1));
        // Just under the grace still does not.
        a.left(T);
        assert!(!a.came_back(T + GRACE_SECONDS - 1));
    }

    #[test]
    fn a_long_absence_locks() {
        let mut a = AutoLock::default();
        a.left(T);
        assert!(a.due(T + GRACE_SECONDS));
        assert!(a.came_back(T + GRACE_SECONDS));
        // The absence is over: coming back again decides nothing.
        assert!(!a.came_back(T + 3600));
    }

    #[test]
    fn the_first_report_of_leaving_counts() {
        let mut a = AutoLock::default();
        a.left(T);
        a.left(T + GRACE_SECONDS - 1);
        assert!(a.came_back(T + GRACE_SECONDS));
    }

    #[test]
    fn a_clock_that_went_back_locks() {
        let mut a = AutoLock::default();
        a.left(T);
        assert!(a.came_back(T - 1));
    }

    #[test]
    fn coming_back_without_leaving_does_not_lock() {
        let mut a = AutoLock::default();
        assert!(!a.due(T));
        assert!(!a.came_back(T));
    }
}
