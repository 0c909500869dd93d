//! The hotline console's relay side (docs/console.md): operators, their
//! invitations and sessions, the hotline keys wrapped to each operator,
//! conversations (known only by handle), sealed records (notes, canned
//! replies, sent-reply copies, tags), retention with tombstones, the audit
//! trail, and the console's static page. Everything a caseworker reads or
//! writes arrives sealed by the browser; this module stores ciphertext and
//! the metadata docs/console.md lists, never an IP address, and never logs
//! or answers with content.
//!
//! - [`api`]: the `/v1/console/…` handlers (input checks, answers);
//! - [`auth`]: sign-in secrets (Argon2id), session tokens, the cookie,
//!   CSRF and the in-memory sign-in failure limit;
//! - [`db`]: every console read and write, as SQL both store back ends
//!   run ([`crate::store::SqlTx`]), including retention;
//! - [`page`]: the embedded `index.html`, script, style and Fluent files.

pub mod api;
pub mod auth;
pub mod db;
pub mod page;

use std::sync::Arc;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::StoreError;

/// The console's part of the relay state.
#[derive(Debug)]
pub struct Console {
    /// Cookies carry `Secure` (the relay is reached over HTTPS).
    pub secure_cookie: bool,
    pub sign_in_failures: auth::FailureLimit,
    /// Argon2id runs at once (each takes 19 MiB): sign-ins beyond this
    /// wait their turn instead of exhausting memory.
    pub hashing: tokio::sync::Semaphore,
    pub page: Arc<page::Page>,
}

/// Why a console request was refused: an answer with a stable code, or a
/// storage failure (503 `storage`).
#[derive(Debug)]
pub enum Refusal {
    Answer(StatusCode, &'static str),
    Store(StoreError),
}

impl From<StoreError> for Refusal {
    fn from(e: StoreError) -> Refusal {
        Refusal::Store(e)
    }
}

impl Refusal {
    pub fn bad(code: &'static str) -> Refusal {
        Refusal::Answer(StatusCode::BAD_REQUEST, code)
    }

    pub fn not_found() -> Refusal {
        Refusal::Answer(StatusCode::NOT_FOUND, "not_found")
    }

    pub fn conflict(code: &'static str) -> Refusal {
        Refusal::Answer(StatusCode::CONFLICT, code)
    }
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        match self {
            Refusal::Answer(status, code) => crate::error(status, code),
            Refusal::Store(_) => crate::error(StatusCode::SERVICE_UNAVAILABLE, "storage"),
        }
    }
}

/// Unix seconds now.
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// `N` random bytes from the system.
pub fn random<const N: usize>() -> Result<[u8; N], Refusal> {
    let mut b = [0u8; N];
    ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut b)
        .map_err(|_| Refusal::Answer(StatusCode::SERVICE_UNAVAILABLE, "storage"))?;
    Ok(b)
}
