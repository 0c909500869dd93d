//! Who is asking: sign-in secrets, sessions and their cookie, CSRF, and the
//! sign-in failure limit.
//!
//! - The browser sends `auth` (32 bytes as 64 hex, derived from the
//!   passphrase, docs/console.md); the relay keeps Argon2id of it as a PHC
//!   string (m = 19456 KiB, t = 2, p = 1, random 16-byte salt).
//! - A session is a random 32-byte token in the cookie `waymark_console`
//!   (HttpOnly, SameSite=Strict, Path=/, Secure behind HTTPS); the relay
//!   stores only its SHA-256, with a random CSRF token the browser sends
//!   back in `X-Waymark-CSRF` on every request that is not a GET.
//! - Failed sign-ins are counted per sign-in name in memory only (never
//!   an address): 5 in 15 minutes and the name answers 429 `rate_limited`.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use axum::http::{HeaderMap, Method, StatusCode, header};
use ring::digest::{SHA256, digest};
use waymark_protocol::message::hex;

use super::{Refusal, db};
use crate::AppState;
use crate::handlers::{constant_time_eq, fixed_hex};

/// The session cookie's name.
pub const COOKIE: &str = "waymark_console";
/// The CSRF header's name.
pub const CSRF_HEADER: &str = "x-waymark-csrf";
/// How long a session lasts after sign-in.
pub const SESSION_SECONDS: i64 = 12 * 3600;
/// Failed sign-ins per name within [`FAILURE_WINDOW`] before 429.
pub const MAX_FAILURES: usize = 5;
pub const FAILURE_WINDOW: Duration = Duration::from_secs(15 * 60);
/// Argon2id verifications or hashes that run at once per relay process.
pub const PARALLEL_HASHES: usize = 4;
/// Names tracked at once; the oldest is forgotten to make room.
const MAX_NAMES: usize = 10_000;

fn argon2() -> Argon2<'static> {
    // The parameters are constants within Argon2's bounds, so this cannot fail.
    #[allow(clippy::unwrap_used)]
    let params = Params::new(19_456, 2, 1, Some(32)).unwrap();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Argon2id of `auth` under a random salt, as a PHC string. Slow on
/// purpose: call it on a blocking thread.
pub fn hash_secret(auth: &[u8; 32]) -> Result<String, Refusal> {
    let salt = super::random::<16>()?;
    let salt = SaltString::encode_b64(&salt).map_err(|_| Refusal::bad("bad_auth"))?;
    argon2()
        .hash_password(auth, &salt)
        .map(|h| h.to_string())
        .map_err(|_| Refusal::bad("bad_auth"))
}

/// A PHC string of a random secret nobody knows, verified when there is
/// nothing to compare with, so an unknown name takes as long as a wrong
/// secret.
fn decoy() -> Option<&'static str> {
    static DECOY: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    DECOY
        .get_or_init(|| {
            super::random::<32>()
                .ok()
                .and_then(|s| hash_secret(&s).ok())
        })
        .as_deref()
}

/// Whether `auth` matches `phc` (or, with `None`, takes as long to say no).
pub fn verify_secret(auth: &[u8; 32], phc: Option<&str>) -> bool {
    let (phc, real) = match phc {
        Some(p) => (p, true),
        None => match decoy() {
            Some(d) => (d, false),
            None => return false,
        },
    };
    let Ok(hash) = PasswordHash::new(phc) else {
        return false;
    };
    argon2().verify_password(auth, &hash).is_ok() && real
}

/// SHA-256 of a token.
pub fn token_hash(token: &[u8]) -> [u8; 32] {
    let mut h = [0u8; 32];
    h.copy_from_slice(digest(&SHA256, token).as_ref());
    h
}

/// The value of `Set-Cookie` that starts a session.
pub fn session_cookie(token: &str, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("{COOKIE}={token}; HttpOnly; SameSite=Strict; Path=/{secure}")
}

/// The value of `Set-Cookie` that ends one.
pub fn cleared_cookie(secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("{COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0{secure}")
}

/// The session token of the request's cookie, if it has one of the right shape.
pub fn cookie_token(headers: &HeaderMap) -> Option<[u8; 32]> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .and_then(|(_, value)| fixed_hex::<32>(value.trim()))
}

/// A signed-in operator.
#[derive(Debug, Clone)]
pub struct Session {
    pub token_hash: [u8; 32],
    pub operator: [u8; 16],
    pub name: String,
    pub role: String,
    pub csrf: String,
}

impl Session {
    /// The operator's id as hex.
    pub fn id(&self) -> String {
        hex(&self.operator)
    }

    /// `Ok` for an admin, else 403 `forbidden`.
    pub fn admin(&self) -> Result<(), Refusal> {
        if self.role == "admin" {
            Ok(())
        } else {
            Err(Refusal::Answer(StatusCode::FORBIDDEN, "forbidden"))
        }
    }
}

/// The request's session: 401 `unauthorized` without a live one, and for
/// any method but GET 403 `csrf` without its CSRF token.
pub async fn session(
    state: &AppState,
    method: &Method,
    headers: &HeaderMap,
) -> Result<Session, Refusal> {
    let unauthorized = Refusal::Answer(StatusCode::UNAUTHORIZED, "unauthorized");
    let token = cookie_token(headers).ok_or(unauthorized)?;
    let hash = token_hash(&token);
    let now = super::now();
    let session = state
        .store
        .transaction(move |tx| db::session(tx, hash, now))
        .await?
        .ok_or(Refusal::Answer(StatusCode::UNAUTHORIZED, "unauthorized"))?;
    if method != Method::GET && method != Method::HEAD {
        let sent = headers
            .get(CSRF_HEADER)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        if !constant_time_eq(sent.as_bytes(), session.csrf.as_bytes()) {
            return Err(Refusal::Answer(StatusCode::FORBIDDEN, "csrf"));
        }
    }
    Ok(session)
}

/// Failed sign-ins per name, in memory: at most [`MAX_FAILURES`] within
/// [`FAILURE_WINDOW`].
#[derive(Debug, Default)]
pub struct FailureLimit {
    names: Mutex<HashMap<String, Vec<Instant>>>,
}

impl FailureLimit {
    /// Whether `name` may try to sign in now.
    pub fn allowed(&self, name: &str) -> bool {
        let mut names = self.names.lock().unwrap_or_else(PoisonError::into_inner);
        match names.get_mut(name) {
            Some(times) => {
                times.retain(|t| t.elapsed() < FAILURE_WINDOW);
                times.len() < MAX_FAILURES
            }
            None => true,
        }
    }

    /// Counts a failure for `name`.
    pub fn failed(&self, name: &str) {
        let mut names = self.names.lock().unwrap_or_else(PoisonError::into_inner);
        if names.len() >= MAX_NAMES && !names.contains_key(name) {
            names.retain(|_, times| times.iter().any(|t| t.elapsed() < FAILURE_WINDOW));
            if names.len() >= MAX_NAMES {
                let oldest = names
                    .iter()
                    .min_by_key(|(_, times)| times.last().copied())
                    .map(|(n, _)| n.clone());
                if let Some(oldest) = oldest {
                    names.remove(&oldest);
                }
            }
        }
        names
            .entry(name.to_string())
            .or_default()
            .push(Instant::now());
    }

    /// Forgets `name`'s failures (it signed in).
    pub fn succeeded(&self, name: &str) {
        self.names
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .remove(name);
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_secret_verifies_only_against_its_own_hash() {
        let phc = hash_secret(&[7; 32]).unwrap();
        assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify_secret(&[7; 32], Some(&phc)));
        assert!(!verify_secret(&[8; 32], Some(&phc)));
        assert!(!verify_secret(&[7; 32], None));
        assert!(decoy().is_some_and(|d| PasswordHash::new(d).is_ok()));
    }

    #[test]
    fn five_failures_lock_a_name_and_only_that_name() {
        let limit = FailureLimit::default();
        for _ in 0..MAX_FAILURES {
            assert!(limit.allowed("amy"));
            limit.failed("amy");
        }
        assert!(!limit.allowed("amy"));
        assert!(limit.allowed("bo"));
        limit.succeeded("amy");
        assert!(limit.allowed("amy"));
    }

    #[test]
    fn the_cookie_is_read_among_others() {
        let mut headers = HeaderMap::new();
        let token = "ab".repeat(32);
        headers.insert(
            header::COOKIE,
            format!("x=1; {COOKIE}={token}").parse().unwrap(),
        );
        assert_eq!(cookie_token(&headers), Some([0xab; 32]));
        assert!(session_cookie(&token, true).ends_with("Path=/; Secure"));
        assert!(!session_cookie(&token, false).contains("Secure"));
    }
}
