//! Per-client rate limiting, in memory only: a token bucket per client
//! address that is never stored, logged or sent anywhere, and is forgotten
//! once idle. IPv6 clients are keyed by their /64 (one host usually holds a
//! whole /64); IPv4-mapped IPv6 addresses count as IPv4.
//!
//! Memory stays bounded: buckets that have refilled completely carry no
//! information and are swept out periodically, and the map never holds
//! more than a fixed number of clients (the longest-idle one is dropped to
//! make room).

use std::collections::HashMap;
use std::net::{IpAddr, Ipv6Addr};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

/// Most clients tracked at once.
pub const MAX_CLIENTS: usize = 100_000;
/// Sweep out idle buckets once per this many checks.
const SWEEP_EVERY: u64 = 4096;

/// What a check decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Allow,
    /// Over the limit: try again after this many seconds (at least 1).
    Deny {
        retry_after_secs: u64,
    },
}

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    last: Instant,
}

#[derive(Debug)]
struct Buckets {
    map: HashMap<IpAddr, Bucket>,
    checks: u64,
}

/// Token buckets: `per_minute` requests a minute on average, bursts of up
/// to `burst` (a sixth of the per-minute rate, i.e. ten seconds' worth,
/// at least 1).
#[derive(Debug)]
pub struct RateLimiter {
    per_second: f64,
    burst: f64,
    max_clients: usize,
    buckets: Mutex<Buckets>,
}

fn client_key(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let s = v6.segments();
                IpAddr::V6(Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
            }
        },
    }
}

impl RateLimiter {
    /// `None` when `per_minute` is 0 (limiting off).
    pub fn new(per_minute: u32) -> Option<RateLimiter> {
        Self::with_capacity(per_minute, MAX_CLIENTS)
    }

    /// As [`RateLimiter::new`], tracking at most `max_clients` clients.
    pub fn with_capacity(per_minute: u32, max_clients: usize) -> Option<RateLimiter> {
        if per_minute == 0 {
            return None;
        }
        Some(RateLimiter {
            per_second: f64::from(per_minute) / 60.0,
            burst: f64::from((per_minute / 6).max(1)),
            max_clients: max_clients.max(1),
            buckets: Mutex::new(Buckets {
                map: HashMap::new(),
                checks: 0,
            }),
        })
    }

    /// Requests allowed back to back before limiting starts.
    pub fn burst(&self) -> u32 {
        self.burst as u32
    }

    /// Takes one token for `ip` now.
    pub fn check(&self, ip: IpAddr) -> Decision {
        self.check_at(ip, Instant::now())
    }

    /// Clients currently tracked.
    pub fn tracked(&self) -> usize {
        self.buckets
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .map
            .len()
    }

    /// Time for an empty bucket to fill up again.
    fn refill_time(&self) -> Duration {
        Duration::from_secs_f64(self.burst / self.per_second)
    }

    /// Takes one token for `ip` at `now` (tests pass their own clock).
    pub fn check_at(&self, ip: IpAddr, now: Instant) -> Decision {
        let key = client_key(ip);
        let mut b = self.buckets.lock().unwrap_or_else(PoisonError::into_inner);
        b.checks += 1;
        if b.checks % SWEEP_EVERY == 0 {
            self.sweep(&mut b.map, now);
        }
        if !b.map.contains_key(&key) && b.map.len() >= self.max_clients {
            self.sweep(&mut b.map, now);
            if b.map.len() >= self.max_clients {
                let oldest = b.map.iter().min_by_key(|(_, v)| v.last).map(|(k, _)| *k);
                if let Some(k) = oldest {
                    b.map.remove(&k);
                }
            }
        }
        let bucket = b.map.entry(key).or_insert(Bucket {
            tokens: self.burst,
            last: now,
        });
        let elapsed = now.saturating_duration_since(bucket.last).as_secs_f64();
        bucket.tokens = (bucket.tokens + elapsed * self.per_second).min(self.burst);
        bucket.last = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            Decision::Allow
        } else {
            let wait = (1.0 - bucket.tokens) / self.per_second;
            Decision::Deny {
                retry_after_secs: (wait.ceil() as u64).max(1),
            }
        }
    }

    /// Drops buckets that have refilled: they would behave like new ones.
    fn sweep(&self, map: &mut HashMap<IpAddr, Bucket>, now: Instant) {
        let full_after = self.refill_time();
        map.retain(|_, v| now.saturating_duration_since(v.last) < full_after);
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn bursts_then_limits_then_refills() {
        let limiter = RateLimiter::new(60).unwrap(); // 1/s, burst 10
        let t0 = Instant::now();
        for _ in 0..10 {
            assert_eq!(limiter.check_at(ip("10.0.0.1"), t0), Decision::Allow);
        }
        assert_eq!(
            limiter.check_at(ip("10.0.0.1"), t0),
            Decision::Deny {
                retry_after_secs: 1
            }
        );
        // Another client is not affected.
        assert_eq!(limiter.check_at(ip("10.0.0.2"), t0), Decision::Allow);
        // One second later one token is back.
        let t1 = t0 + Duration::from_secs(1);
        assert_eq!(limiter.check_at(ip("10.0.0.1"), t1), Decision::Allow);
        assert!(matches!(
            limiter.check_at(ip("10.0.0.1"), t1),
            Decision::Deny { .. }
        ));
    }

    #[test]
    fn retry_after_covers_the_wait() {
        let limiter = RateLimiter::new(2).unwrap(); // one per 30 s, burst 1
        let t0 = Instant::now();
        assert_eq!(limiter.check_at(ip("10.0.0.1"), t0), Decision::Allow);
        assert_eq!(
            limiter.check_at(ip("10.0.0.1"), t0),
            Decision::Deny {
                retry_after_secs: 30
            }
        );
        assert!(RateLimiter::new(0).is_none(), "0 turns limiting off");
    }

    #[test]
    fn ipv6_hosts_share_their_64_and_mapped_v4_is_v4() {
        let limiter = RateLimiter::new(6).unwrap(); // burst 1
        let t0 = Instant::now();
        assert_eq!(limiter.check_at(ip("2001:db8::1"), t0), Decision::Allow);
        assert!(matches!(
            limiter.check_at(ip("2001:db8::ffff:2"), t0),
            Decision::Deny { .. }
        ));
        assert_eq!(limiter.check_at(ip("2001:db8:0:1::1"), t0), Decision::Allow);
        assert_eq!(limiter.check_at(ip("192.0.2.7"), t0), Decision::Allow);
        assert!(matches!(
            limiter.check_at(ip("::ffff:192.0.2.7"), t0),
            Decision::Deny { .. }
        ));
    }

    #[test]
    fn memory_stays_bounded() {
        let limiter = RateLimiter::with_capacity(60, 100).unwrap();
        let t0 = Instant::now();
        for i in 0..1000u32 {
            let a = IpAddr::V4(std::net::Ipv4Addr::from(0x0a00_0000 + i));
            limiter.check_at(a, t0);
            assert!(limiter.tracked() <= 100);
        }
        // Long idle: a new client sweeps out everyone who has refilled.
        limiter.check_at(ip("10.9.9.9"), t0 + Duration::from_secs(3600));
        assert!(limiter.tracked() <= 100);
        let limiter = RateLimiter::with_capacity(60, 3).unwrap();
        for n in 1..=3 {
            limiter.check_at(ip(&format!("10.0.0.{n}")), t0);
        }
        limiter.check_at(ip("10.0.0.4"), t0 + Duration::from_secs(20));
        assert_eq!(limiter.tracked(), 1, "all refilled buckets were swept");
    }
}
