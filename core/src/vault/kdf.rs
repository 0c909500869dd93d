//! PIN stretching with Argon2id.
//!
//! Memory is fixed at 64 MiB (low-end phones have 1–2 GB of RAM); the time
//! target is reached with iterations, calibrated on the device at set-up and
//! stored beside the salt, so a faster phone gets more iterations and every
//! phone pays about the same wall-clock time per guess.

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
    pub const MIN_ITERATIONS: u32 = 3;
    pub const MAX_ITERATIONS: u32 = 64;
    pub const OUTPUT_LEN: usize = 32;

    /// Picks iterations for `target` on this device: measure, scale the
    /// iteration count by how far off the measurement was, and measure
    /// again, so fixed costs (allocating 64 MiB, page faults) are included.
    /// Costs about two targets' worth of time, once, at set-up.
    pub fn calibrate(target: Duration) -> Result<Self> {
        let mut params = KdfParams {
            m_kib: Self::MEMORY_KIB,
            t: Self::MIN_ITERATIONS,
            p: 1,
        };
        let salt = [0u8; 16];
        for _ in 0..3 {
            let started = Instant::now();
            params.derive(b"calibration", &salt)?;
            let took = started.elapsed().as_secs_f64().max(1e-4);
            let ratio = target.as_secs_f64() / took;
            if (0.9..=1.15).contains(&ratio) {
                break;
            }
            let scaled = (f64::from(params.t) * ratio).round();
            let next = (scaled as u32).clamp(Self::MIN_ITERATIONS, Self::MAX_ITERATIONS);
            if next == params.t {
                break;
            }
            params.t = next;
        }
        Ok(params)
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
