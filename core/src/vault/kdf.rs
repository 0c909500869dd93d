//! PIN stretching with Argon2id.
//!
//! Memory is fixed at 64 MiB (low-end phones have 1–2 GB of RAM); the time
//! target is reached with iterations, calibrated on the device at set-up and
//! stored beside the salt, so a faster phone gets more iterations and every
//! phone pays about the same wall-clock time per guess.
//! It must never run with parameters outside what [`KdfParams::checked`]
//! allows, nor hold a stretched PIN outside a zeroizing buffer.

use std::time::{Duration, Instant};

use argon2::{Algorithm, Argon2, Params, Version};
use zeroize::Zeroizing;

use crate::error::{Damaged, Error, Result};

/// Argon2id cost parameters, stored with each key slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KdfParams {
    /// Memory in KiB.
    pub m_kib: u32,
    /// Iterations (passes over memory).
    pub t: u32,
    /// Lanes.
    pub p: u32,
}

/// How a new key slot chooses its parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KdfPolicy {
    /// Measure this device and pick iterations so one derivation takes about
    /// `target` (never fewer than [`KdfParams::MIN_ITERATIONS`]).
    Calibrate { target: Duration },
    /// Use exactly these parameters (tests, and benchmarks that compare runs).
    Fixed(KdfParams),
}

impl Default for KdfPolicy {
    fn default() -> Self {
        KdfPolicy::Calibrate {
            target: KdfParams::DEFAULT_TARGET,
        }
    }
}

impl KdfParams {
    /// 64 MiB: the ceiling for a cheap phone.
    pub const MEMORY_KIB: u32 = 64 * 1024;
    /// Aim of one unlock; the accepted band is 250 ms to 1 s.
    pub const DEFAULT_TARGET: Duration = Duration::from_millis(450);
    /// No unlock on a quiet device may take less than this.
    pub const FLOOR: Duration = Duration::from_millis(250);
    pub const MIN_ITERATIONS: u32 = 3;
    /// Measurements per cost in [`Self::calibrate`]; the fastest counts.
    pub const CALIBRATION_RUNS: usize = 3;
    pub const MAX_ITERATIONS: u32 = 64;
    pub const OUTPUT_LEN: usize = 32;

    /// Picks iterations for `target` on this device.
    ///
    /// A busy device measures slow, and calibrating on a slow measurement
    /// picks too few iterations for the same device when it is quiet (a
    /// set-up under load once chose 3 iterations, and the quiet phone then
    /// unlocked in 192 ms). So each cost is measured [`Self::CALIBRATION_RUNS`]
    /// times and only the fastest run counts: load only ever adds time.
    /// Two costs are measured, at 1 and at [`Self::MIN_ITERATIONS`] + 1
    /// iterations, giving a fixed part (allocating 64 MiB, page faults) and
    /// a per-iteration part; the result is the iteration count whose
    /// predicted time on the quiet device reaches `target`, and never less
    /// than what reaches [`Self::FLOOR`] or less than
    /// [`Self::MIN_ITERATIONS`]. Costs about two targets' worth of time,
    /// once, at set-up.
    pub fn calibrate(target: Duration) -> Result<Self> {
        let salt = [0u8; 16];
        Self::calibrate_with(target, |t| {
            let params = KdfParams {
                m_kib: Self::MEMORY_KIB,
                t,
                p: 1,
            };
            let started = Instant::now();
            params.derive(b"calibration", &salt)?;
            Ok(started.elapsed())
        })
    }

    /// [`Self::calibrate`] with the measurement given: `measure(t)` is how
    /// long one derivation with `t` iterations took.
    pub fn calibrate_with(
        target: Duration,
        mut measure: impl FnMut(u32) -> Result<Duration>,
    ) -> Result<Self> {
        let mut fastest = |t: u32| -> Result<f64> {
            let mut best = f64::INFINITY;
            for _ in 0..Self::CALIBRATION_RUNS {
                best = best.min(measure(t)?.as_secs_f64());
            }
            Ok(best.max(1e-6))
        };
        let (short_t, long_t) = (1, Self::MIN_ITERATIONS + 1);
        let short = fastest(short_t)?;
        let long = fastest(long_t)?;
        // Per-iteration cost from the difference; a measurement where the
        // longer run was not slower (timer noise) falls back to the mean.
        let per_iteration = if long > short {
            (long - short) / f64::from(long_t - short_t)
        } else {
            long / f64::from(long_t)
        };
        let fixed = (short - per_iteration).max(0.0);
        let iterations_for = |goal: Duration| -> u32 {
            let needed = ((goal.as_secs_f64() - fixed) / per_iteration).ceil();
            if needed.is_finite() && needed > 0.0 {
                needed.min(f64::from(Self::MAX_ITERATIONS)) as u32
            } else {
                Self::MIN_ITERATIONS
            }
        };
        let t = iterations_for(target)
            .max(iterations_for(Self::FLOOR))
            .clamp(Self::MIN_ITERATIONS, Self::MAX_ITERATIONS);
        Ok(KdfParams {
            m_kib: Self::MEMORY_KIB,
            t,
            p: 1,
        })
    }

    /// Parameters as read from disk; anything out of range means the slot
    /// was damaged or tampered with, and is refused before any work.
    pub fn checked(self) -> Result<Self> {
        let ok = (8..=4 * Self::MEMORY_KIB).contains(&self.m_kib)
            && (1..=Self::MAX_ITERATIONS).contains(&self.t)
            && (1..=8).contains(&self.p);
        if ok {
            Ok(self)
        } else {
            Err(Error::Corrupted(Damaged::KeySlot))
        }
    }

    /// Stretches `secret` with `salt` into 32 bytes.
    pub fn derive(&self, secret: &[u8], salt: &[u8]) -> Result<Zeroizing<[u8; 32]>> {
        let params = Params::new(self.m_kib, self.t, self.p, Some(Self::OUTPUT_LEN))
            .map_err(|_| Error::Corrupted(Damaged::KeySlot))?;
        let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
        let mut out = Zeroizing::new([0u8; 32]);
        argon
            .hash_password_into(secret, salt, out.as_mut())
            .map_err(|_| Error::Internal("argon2 derivation failed"))?;
        Ok(out)
    }
}

impl KdfPolicy {
    pub fn params(&self) -> Result<KdfParams> {
        match self {
            KdfPolicy::Calibrate { target } => KdfParams::calibrate(*target),
            KdfPolicy::Fixed(p) => Ok(*p),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FAST: KdfParams = KdfParams {
        m_kib: 256,
        t: 1,
        p: 1,
    };

    #[test]
    fn derivation_depends_on_secret_salt_and_params() {
        let a = FAST.derive(b"1234", b"saltsaltsaltsalt").unwrap();
        let b = FAST.derive(b"1234", b"saltsaltsaltsalt").unwrap();
        let c = FAST.derive(b"1235", b"saltsaltsaltsalt").unwrap();
        let d = FAST.derive(b"1234", b"SALTsaltsaltsalt").unwrap();
        let e = KdfParams { t: 2, ..FAST }
            .derive(b"1234", b"saltsaltsaltsalt")
            .unwrap();
        assert_eq!(*a, *b);
        assert_ne!(*a, *c);
        assert_ne!(*a, *d);
        assert_ne!(*a, *e);
    }

    #[test]
    fn calibration_keeps_memory_fixed_and_iterations_in_range() {
        let p = KdfParams::calibrate(Duration::from_millis(50)).unwrap();
        assert_eq!(p.m_kib, KdfParams::MEMORY_KIB);
        assert!((KdfParams::MIN_ITERATIONS..=KdfParams::MAX_ITERATIONS).contains(&p.t));
    }

    /// A pretend device: `fixed` + `per` × t milliseconds when quiet, and
    /// every run but the `quiet_run`-th of each cost three times slower.
    fn device(fixed: f64, per: f64, quiet_run: usize) -> impl FnMut(u32) -> Result<Duration> {
        let mut runs = 0usize;
        move |t| {
            let quiet = fixed + per * f64::from(t);
            let slowdown = if runs % KdfParams::CALIBRATION_RUNS == quiet_run {
                1.0
            } else {
                3.0
            };
            runs += 1;
            Ok(Duration::from_secs_f64(quiet * slowdown / 1000.0))
        }
    }

    fn predicted_ms(p: KdfParams, fixed: f64, per: f64) -> f64 {
        fixed + per * f64::from(p.t)
    }

    #[test]
    fn calibration_under_load_counts_only_the_fastest_run() {
        // 20 ms fixed, 64 ms per iteration (this machine's figures): under
        // load most runs take three times as long; one quiet run of each
        // cost is enough to pick the quiet device's count.
        for quiet_run in 0..KdfParams::CALIBRATION_RUNS {
            let p =
                KdfParams::calibrate_with(KdfParams::DEFAULT_TARGET, device(20.0, 64.0, quiet_run))
                    .unwrap();
            let quiet_ms = predicted_ms(p, 20.0, 64.0);
            assert_eq!(p.t, 7, "quiet run {quiet_run}");
            assert!((450.0..=520.0).contains(&quiet_ms), "{quiet_ms} ms");
        }
    }

    #[test]
    fn calibration_never_goes_below_the_floor_or_the_minimum() {
        // A target under the floor still yields a quiet unlock of ≥ 250 ms.
        let p =
            KdfParams::calibrate_with(Duration::from_millis(50), device(10.0, 40.0, 0)).unwrap();
        assert!(predicted_ms(p, 10.0, 40.0) >= 250.0, "{p:?}");
        // A slow phone (400 ms an iteration) still gets the minimum count.
        let slow =
            KdfParams::calibrate_with(KdfParams::DEFAULT_TARGET, device(50.0, 400.0, 0)).unwrap();
        assert_eq!(slow.t, KdfParams::MIN_ITERATIONS);
        // A very fast one is capped.
        let fast =
            KdfParams::calibrate_with(KdfParams::DEFAULT_TARGET, device(1.0, 1.0, 0)).unwrap();
        assert_eq!(fast.t, KdfParams::MAX_ITERATIONS);
        assert_eq!(fast.m_kib, KdfParams::MEMORY_KIB);
    }

    #[test]
    fn calibration_survives_a_timer_that_shows_no_difference() {
        // Equal measurements for both costs (a coarse timer): no division by
        // zero, a count in range.
        let p = KdfParams::calibrate_with(KdfParams::DEFAULT_TARGET, |_| {
            Ok(Duration::from_millis(100))
        })
        .unwrap();
        assert!((KdfParams::MIN_ITERATIONS..=KdfParams::MAX_ITERATIONS).contains(&p.t));
    }

    #[test]
    fn absurd_stored_parameters_are_refused() {
        let huge = KdfParams {
            m_kib: u32::MAX,
            ..FAST
        };
        assert!(huge.checked().is_err());
        assert!(KdfParams { t: 0, ..FAST }.checked().is_err());
        assert!(FAST.checked().is_ok());
    }
}
