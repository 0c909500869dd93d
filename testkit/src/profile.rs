//! Profiles for tests: a data directory, the cheap KDF, the file-backed
//! platform secret, and a clock the test moves by hand. Owns how a test
//! builds a [`Config`]; never sets a profile up (the tests say which PIN).

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use waymark_core::clock::Clock;
use waymark_core::sync::{Connectivity, SyncPolicy};
use waymark_core::vault::{FileSecret, KdfParams, KdfPolicy};
use waymark_core::{Config, Waymark};

/// Argon2id at 1 MiB, one pass: tests exercise the logic, not the cost
/// (the calibrated default is measured by the benchmarks).
pub const TEST_KDF: KdfPolicy = KdfPolicy::Fixed(KdfParams {
    m_kib: 1024,
    t: 1,
    p: 1,
});

/// A clock the test moves by hand, starting at 1 800 000 000 (2027).
#[derive(Debug, Default)]
pub struct TestClock(AtomicI64);

impl TestClock {
    pub fn advance(&self, seconds: i64) {
        self.0.fetch_add(seconds, Ordering::SeqCst);
    }
}

impl Clock for TestClock {
    fn now_unix(&self) -> i64 {
        1_800_000_000 + self.0.load(Ordering::SeqCst)
    }
}

/// A profile's configuration for a test: `Profile::new(dir)` is the
/// directory, the device secret in it ([`FileSecret::in_dir`]) and
/// [`TEST_KDF`]; everything else is [`Config::new`]'s default (system
/// clock, no device locales) until a method changes it.
#[derive(Debug)]
pub struct Profile {
    config: Config,
}

impl Profile {
    pub fn new(dir: &Path) -> Profile {
        let mut config = Config::new(dir, Arc::new(FileSecret::in_dir(dir)));
        config.kdf = TEST_KDF;
        Profile { config }
    }

    /// One device locale.
    pub fn locale(self, tag: &str) -> Profile {
        self.locales(&[tag])
    }

    /// The device's locales, most preferred first.
    pub fn locales(mut self, tags: &[&str]) -> Profile {
        self.config.device_locales = tags.iter().map(|t| t.to_string()).collect();
        self
    }

    /// The language chosen for this session (the CLI's `--locale`).
    pub fn chosen_locale(mut self, tag: Option<&str>) -> Profile {
        self.config.chosen_locale = tag.map(str::to_string);
        self
    }

    pub fn clock(mut self, clock: Arc<dyn Clock>) -> Profile {
        self.config.clock = clock;
        self
    }

    /// A fresh [`TestClock`] nobody moves: time stands still.
    pub fn still_clock(self) -> Profile {
        self.clock(Arc::new(TestClock::default()))
    }

    pub fn sync_policy(mut self, policy: SyncPolicy) -> Profile {
        self.config.sync_policy = policy;
        self
    }

    pub fn connectivity(mut self, connectivity: Arc<dyn Connectivity>) -> Profile {
        self.config.connectivity = connectivity;
        self
    }

    /// The configuration, for a test that changes more or opens it itself.
    pub fn config(self) -> Config {
        self.config
    }

    /// Opens the profile (not set up: the test does that with its PIN).
    pub fn open(self) -> Waymark {
        Waymark::open(self.config).unwrap()
    }
}
