//! The Waymark relay: it stores sealed envelopes addressed to hotline keys
//! and hands them to the hotline's operator. It never sees message text
//! (envelopes are HPKE-sealed to the hotline, `docs/protocol.md`), never
//! stores IP addresses, and logs no content. It depends on the wire formats
//! in `waymark-protocol` only, never on the app engine.
//!
//! API (also served as OpenAPI at `GET /v1/openapi.json`):
//! - `POST /v1/envelopes` — a batch of base64 envelopes; idempotent by
//!   envelope id (a repeat is reported as `duplicate`, stored once);
//! - `GET /v1/hotlines/{key_id}/envelopes?after=SEQ&limit=N` — the
//!   operator's inbox, with `Authorization: Bearer <operator token>`;
//! - `GET /v1/health`.

pub mod store;

use std::sync::Arc;

use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use serde::{Deserialize, Serialize};
use serde_json::json;
use waymark_protocol::envelope;

pub use store::Store;

/// Largest request body: a full batch of maximum-size envelopes, in base64.
pub const MAX_BODY: usize = 4 * 1024 * 1024;
/// Envelopes per batch.
pub const MAX_BATCH: usize = 100;
/// Envelopes per inbox page.
pub const MAX_PAGE: u32 = 500;

#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    /// Operator bearer token; `None` disables the inbox endpoint.
    pub operator_token: Option<Arc<String>>,
}

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/v1/health", get(|| async { Json(json!({ "ok": true })) }))
        .route("/v1/openapi.json", get(openapi))
        .route("/v1/envelopes", post(post_envelopes))
        .route("/v1/hotlines/{key_id}/envelopes", get(inbox))
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .with_state(state)
}

#[derive(Debug, Deserialize)]
struct Batch {
    envelopes: Vec<String>,
}

#[derive(Debug, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
enum Outcome {
    Stored { id: String },
    Duplicate { id: String },
    Rejected { index: usize, code: &'static str },
}

fn error(status: StatusCode, code: &'static str) -> Response {
    (status, Json(json!({ "error": { "code": code } }))).into_response()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn from_hex(s: &str) -> Option<Vec<u8>> {
    if s.len() % 2 != 0 {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

async fn post_envelopes(
    State(state): State<AppState>,
    body: Result<Json<Batch>, axum::extract::rejection::JsonRejection>,
) -> Response {
    let batch = match body {
        Ok(Json(batch)) => batch,
        Err(rejection) if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            return error(StatusCode::PAYLOAD_TOO_LARGE, "too_large");
        }
        Err(_) => return error(StatusCode::BAD_REQUEST, "malformed_request"),
    };
    if batch.envelopes.is_empty() || batch.envelopes.len() > MAX_BATCH {
        return error(StatusCode::BAD_REQUEST, "batch_size");
    }
    let mut accepted = Vec::new();
    let mut outcomes: Vec<Option<Outcome>> = Vec::new();
    for (index, encoded) in batch.envelopes.iter().enumerate() {
        let parsed = B64
            .decode(encoded.as_bytes())
            .ok()
            .ok_or("malformed")
            .and_then(|bytes| match envelope::header(&bytes) {
                Ok(h) => Ok((h, bytes)),
                Err(envelope::EnvelopeError::TooLarge) => Err("too_large"),
                Err(_) => Err("malformed"),
            });
        match parsed {
            Ok((h, bytes)) => {
                accepted.push((index, h, bytes));
                outcomes.push(None);
            }
            Err(code) => outcomes.push(Some(Outcome::Rejected { index, code })),
        }
    }
    let store = state.store.clone();
    let rows: Vec<(envelope::Header, Vec<u8>)> =
        accepted.iter().map(|(_, h, b)| (*h, b.clone())).collect();
    let stored = match tokio::task::spawn_blocking(move || store.insert_batch(&rows)).await {
        Ok(Ok(flags)) => flags,
        _ => return error(StatusCode::SERVICE_UNAVAILABLE, "storage"),
    };
    for ((index, h, _), new) in accepted.iter().zip(stored) {
        let id = hex(&h.id);
        outcomes[*index] = Some(if new {
            Outcome::Stored { id }
        } else {
            Outcome::Duplicate { id }
        });
    }
    let results: Vec<Outcome> = outcomes.into_iter().flatten().collect();
    Json(json!({ "results": results })).into_response()
}

#[derive(Debug, Deserialize)]
struct Page {
    #[serde(default)]
    after: i64,
    #[serde(default)]
    limit: Option<u32>,
}

async fn inbox(
    State(state): State<AppState>,
    Path(key_id): Path<String>,
    headers: HeaderMap,
    page: Result<Query<Page>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let Some(token) = &state.operator_token else {
        return error(StatusCode::FORBIDDEN, "inbox_disabled");
    };
    let presented = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    if !presented.is_some_and(|p| constant_time_eq(p.as_bytes(), token.as_bytes())) {
        return error(StatusCode::UNAUTHORIZED, "unauthorized");
    }
    let Some(key_id) = from_hex(&key_id).filter(|k| k.len() == 8) else {
        return error(StatusCode::BAD_REQUEST, "bad_key_id");
    };
    let Ok(Query(page)) = page else {
        return error(StatusCode::BAD_REQUEST, "bad_query");
    };
    let limit = page.limit.unwrap_or(100).clamp(1, MAX_PAGE);
    let store = state.store.clone();
    let rows =
        match tokio::task::spawn_blocking(move || store.page(&key_id, page.after, limit)).await {
            Ok(Ok(rows)) => rows,
            _ => return error(StatusCode::SERVICE_UNAVAILABLE, "storage"),
        };
    let next = rows.last().map_or(page.after, |r| r.0);
    let envelopes: Vec<serde_json::Value> = rows
        .iter()
        .map(|(seq, id, body)| json!({ "seq": seq, "id": hex(id), "envelope": B64.encode(body) }))
        .collect();
    Json(json!({ "envelopes": envelopes, "next": next })).into_response()
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

async fn openapi() -> Json<serde_json::Value> {
    Json(serde_json::from_str(include_str!("openapi.json")).unwrap_or_else(|_| json!({})))
}

impl std::fmt::Debug for AppState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppState")
            .field("inbox_enabled", &self.operator_token.is_some())
            .finish_non_exhaustive()
    }
}
