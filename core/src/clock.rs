//! Wall-clock time, behind a trait so tests (and platforms with a trusted
//! time source) can supply their own.
//! Owns only "now"; it must never be read around the facade's clock
//! (`Shared::now`), or tests and a trusted platform clock would be bypassed.

use std::fmt;
use std::time::{SystemTime, UNIX_EPOCH};

/// Supplies the current time in Unix seconds.
pub trait Clock: Send + Sync + fmt::Debug {
    fn now_unix(&self) -> i64;
}

/// The operating system's clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now_unix(&self) -> i64 {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0)
    }
}
