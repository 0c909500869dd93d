//! Test support shared by the integration tests: a cheap KDF and a clock
//! the test moves by hand (no sleeping).

use std::sync::atomic::{AtomicI64, Ordering};

use waymark_core::clock::Clock;
use waymark_core::vault::{KdfParams, KdfPolicy};

/// Argon2id at 1 MiB, one pass: tests exercise the logic, not the cost.
pub const TEST_KDF: KdfPolicy = KdfPolicy::Fixed(KdfParams {
    m_kib: 1024,
    t: 1,
    p: 1,
});

/// A clock the test moves by hand.
#[derive(Debug, Default)]
pub struct TestClock(AtomicI64);

impl TestClock {
    #[allow(dead_code)] // not every test file moves the clock
    pub fn advance(&self, seconds: i64) {
        self.0.fetch_add(seconds, Ordering::SeqCst);
    }
}

impl Clock for TestClock {
    fn now_unix(&self) -> i64 {
        1_800_000_000 + self.0.load(Ordering::SeqCst)
    }
}
