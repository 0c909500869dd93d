//! Request handlers, one per route in the table in `lib.rs`. They check
//! input, talk to the [`Store`](crate::Store) and answer with the JSON
//! types of `waymark_protocol::api`; every error is `{"error": {"code"}}`.
//!
//! Reading a request (body, query, bearer token) is done by the pure
//! functions [`check_batch`], [`check_binary_batch`], [`status_ids`], [`page_params`],
//! [`latest_params`] and [`bearer`], apart from the handlers that use them,
//! so the fuzz targets in `fuzz/` drive exactly the code a request meets.

use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, JsonRejection, QueryRejection};
use axum::extract::{FromRequest, Path, Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use ring::digest::{SHA256, digest};
use serde::Deserialize;
use serde_json::json;
use waymark_protocol::api::{
    BatchOutcome, BatchResponse, EnvelopeBatch, EnvelopeStatus, MAX_STATUS_IDS,
    PACK_VERSION_HEADER, Page, PageItem, StatusRequest, StatusResponse,
};
use waymark_protocol::message::{self, hex};
use waymark_protocol::{batch, envelope, pack};

use crate::store::{BackupPut, PackPut, Row};
use crate::{AppState, MAX_BATCH, MAX_PAGE, error};

fn storage_error() -> Response {
    error(StatusCode::SERVICE_UNAVAILABLE, "storage")
}

/// Exactly `N` bytes of hex (either case).
pub fn fixed_hex<const N: usize>(s: &str) -> Option<[u8; N]> {
    if s.len() != 2 * N {
        return None;
    }
    message::from_hex(s).and_then(|b| b.try_into().ok())
}

/// Comparison whose time does not depend on where the inputs differ.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The token of an `Authorization: Bearer …` header, trimmed, if not empty.
pub fn bearer(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|t| !t.is_empty())
}

/// Checks the operator token: `None` when allowed, else the answer.
fn operator_check(state: &AppState, headers: &HeaderMap, disabled: &str) -> Option<Response> {
    let Some(token) = state.operator_token() else {
        return Some(error(StatusCode::FORBIDDEN, disabled));
    };
    if bearer(headers).is_some_and(|p| constant_time_eq(p.as_bytes(), token.as_bytes())) {
        None
    } else {
        Some(error(StatusCode::UNAUTHORIZED, "unauthorized"))
    }
}

pub(crate) fn json_rejection_code(rejection: &JsonRejection) -> (StatusCode, &'static str) {
    if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
        (StatusCode::PAYLOAD_TOO_LARGE, "too_large")
    } else {
        (StatusCode::BAD_REQUEST, "malformed_request")
    }
}

fn bytes_rejection(rejection: &BytesRejection) -> Response {
    if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
        error(StatusCode::PAYLOAD_TOO_LARGE, "too_large")
    } else {
        error(StatusCode::BAD_REQUEST, "malformed_request")
    }
}

pub async fn health() -> Response {
    Json(json!({ "ok": true })).into_response()
}

pub async fn openapi() -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        include_str!("openapi.json"),
    )
        .into_response()
}

/// A batch split into envelopes to store and outcomes already decided.
#[derive(Debug)]
pub struct Checked {
    /// `(index in the batch, header, envelope bytes)` of each envelope to store.
    pub accepted: Vec<(usize, envelope::Header, Vec<u8>)>,
    /// One entry per envelope: `None` for an accepted one (decided when it
    /// is stored), else its rejection.
    pub outcomes: Vec<Option<BatchOutcome>>,
}

impl Checked {
    /// Checks each envelope's header: one that reads is accepted, one that
    /// does not (or whose bytes did not arrive, `Err(code)`) is rejected at
    /// its index with `too_large` or `malformed`.
    fn of(envelopes: impl Iterator<Item = Result<Vec<u8>, &'static str>>) -> Self {
        let mut checked = Checked {
            accepted: Vec::new(),
            outcomes: Vec::new(),
        };
        for (index, bytes) in envelopes.enumerate() {
            let parsed = bytes.and_then(|bytes| match envelope::header(&bytes) {
                Ok(h) => Ok((h, bytes)),
                Err(envelope::EnvelopeError::TooLarge) => Err("too_large"),
                Err(_) => Err("malformed"),
            });
            match parsed {
                Ok((h, bytes)) => {
                    checked.accepted.push((index, h, bytes));
                    checked.outcomes.push(None);
                }
                Err(code) => checked.outcomes.push(Some(BatchOutcome::Rejected {
                    index,
                    code: code.to_string(),
                })),
            }
        }
        checked
    }
}

/// Splits a batch; `Err` is the status and error code to answer with.
pub fn check_batch(
    body: Result<Json<EnvelopeBatch>, JsonRejection>,
) -> Result<Checked, (StatusCode, &'static str)> {
    let batch = body.map_err(|r| json_rejection_code(&r))?.0;
    if batch.envelopes.is_empty() || batch.envelopes.len() > MAX_BATCH {
        return Err((StatusCode::BAD_REQUEST, "batch_size"));
    }
    Ok(Checked::of(batch.envelopes.iter().map(|encoded| {
        B64.decode(encoded.as_bytes()).map_err(|_| "malformed")
    })))
}

/// Splits a binary batch ([`batch::CONTENT_TYPE`]); `Err` is the status
/// and error code to answer with, as for [`check_batch`].
pub fn check_binary_batch(
    body: Result<Bytes, BytesRejection>,
) -> Result<Checked, (StatusCode, &'static str)> {
    let body = body.map_err(|r| {
        if r.status() == StatusCode::PAYLOAD_TOO_LARGE {
            (StatusCode::PAYLOAD_TOO_LARGE, "too_large")
        } else {
            (StatusCode::BAD_REQUEST, "malformed_request")
        }
    })?;
    let items = batch::decode(&body).map_err(|e| match e {
        batch::BatchError::BatchSize => (StatusCode::BAD_REQUEST, "batch_size"),
        batch::BatchError::Malformed => (StatusCode::BAD_REQUEST, "malformed_request"),
    })?;
    Ok(Checked::of(items.into_iter().map(|item| {
        item.map_err(|e| match e {
            batch::ItemError::TooLarge => "too_large",
            batch::ItemError::Malformed => "malformed",
        })
    })))
}

/// A batch body: JSON ([`EnvelopeBatch`], old clients) or binary
/// ([`batch::CONTENT_TYPE`]), chosen by the request's Content-Type. The
/// answer is in the same kind.
#[derive(Debug)]
pub enum BatchBody {
    Json(Result<Json<EnvelopeBatch>, JsonRejection>),
    Binary(Result<Bytes, BytesRejection>),
}

/// Whether `headers` name the binary batch body (parameters ignored).
pub fn is_binary_batch(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|t| t.trim().eq_ignore_ascii_case(batch::CONTENT_TYPE))
}

impl<S: Send + Sync> FromRequest<S> for BatchBody {
    type Rejection = std::convert::Infallible;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        Ok(if is_binary_batch(req.headers()) {
            BatchBody::Binary(Bytes::from_request(req, state).await)
        } else {
            BatchBody::Json(Json::from_request(req, state).await)
        })
    }
}

impl BatchBody {
    fn check(self) -> Result<(Checked, bool), (StatusCode, &'static str)> {
        match self {
            BatchBody::Json(body) => check_batch(body).map(|c| (c, false)),
            BatchBody::Binary(body) => check_binary_batch(body).map(|c| (c, true)),
        }
    }
}

fn batch_answer(checked: Checked, stored: Vec<bool>, binary: bool) -> Response {
    let Checked {
        accepted,
        mut outcomes,
    } = checked;
    for ((index, h, _), new) in accepted.iter().zip(stored) {
        let id = hex(&h.id);
        outcomes[*index] = Some(if new {
            BatchOutcome::Stored { id }
        } else {
            BatchOutcome::Duplicate { id }
        });
    }
    let results: Vec<BatchOutcome> = outcomes.into_iter().flatten().collect();
    if binary {
        let statuses: Vec<batch::ItemStatus> = results
            .iter()
            .map(|o| match o {
                BatchOutcome::Stored { .. } => batch::ItemStatus::Stored,
                BatchOutcome::Duplicate { .. } => batch::ItemStatus::Duplicate,
                BatchOutcome::Rejected { code, .. } if code == "too_large" => {
                    batch::ItemStatus::TooLarge
                }
                BatchOutcome::Rejected { .. } => batch::ItemStatus::Malformed,
            })
            .collect();
        return (
            [(header::CONTENT_TYPE, batch::ANSWER_CONTENT_TYPE)],
            batch::encode_answer(&statuses),
        )
            .into_response();
    }
    Json(BatchResponse { results }).into_response()
}

fn rows_of(checked: &Checked) -> Vec<(envelope::Header, Vec<u8>)> {
    checked
        .accepted
        .iter()
        .map(|(_, h, b)| (*h, b.clone()))
        .collect()
}

pub async fn post_envelopes(State(state): State<AppState>, body: BatchBody) -> Response {
    let (checked, binary) = match body.check() {
        Ok(c) => c,
        Err((status, code)) => return error(status, code),
    };
    let stored = if checked.accepted.is_empty() {
        Vec::new()
    } else {
        match state.store.insert_envelopes(rows_of(&checked)).await {
            Ok(flags) => flags,
            Err(_) => return storage_error(),
        }
    };
    batch_answer(checked, stored, binary)
}

/// The envelope ids of a status request; `Err` is the status and error
/// code to answer with.
pub fn status_ids(
    body: Result<Json<StatusRequest>, JsonRejection>,
) -> Result<Vec<[u8; 16]>, (StatusCode, &'static str)> {
    let request = body.map_err(|r| json_rejection_code(&r))?.0;
    if request.ids.len() > MAX_STATUS_IDS {
        return Err((StatusCode::BAD_REQUEST, "batch_size"));
    }
    request
        .ids
        .iter()
        .map(|s| fixed_hex::<16>(s))
        .collect::<Option<Vec<_>>>()
        .ok_or((StatusCode::BAD_REQUEST, "malformed_request"))
}

pub async fn envelope_status(
    State(state): State<AppState>,
    body: Result<Json<StatusRequest>, JsonRejection>,
) -> Response {
    let ids = match status_ids(body) {
        Ok(ids) => ids,
        Err((status, code)) => return error(status, code),
    };
    let statuses = match state.store.statuses(ids.clone()).await {
        Ok(s) => s,
        Err(_) => return storage_error(),
    };
    Json(StatusResponse {
        statuses: ids
            .iter()
            .zip(statuses)
            .map(|(id, status)| EnvelopeStatus {
                id: hex(id),
                status,
            })
            .collect(),
    })
    .into_response()
}

/// `?after=&limit=` as sent; [`PageQuery::checked`] applies the OpenAPI
/// bounds. A value that is not an int64 fails to parse (`bad_query`).
#[derive(Debug, Deserialize)]
pub struct PageQuery {
    #[serde(default)]
    after: Option<i64>,
    #[serde(default)]
    limit: Option<i64>,
}

/// Page size when `limit` is not given.
const DEFAULT_PAGE: u32 = 100;

impl PageQuery {
    /// `(after, limit)` when `after` ≥ 0 and `limit` is 1–[`MAX_PAGE`].
    fn checked(&self) -> Option<(i64, u32)> {
        let after = self.after.unwrap_or(0);
        let limit = match self.limit {
            None => DEFAULT_PAGE,
            Some(n) => u32::try_from(n)
                .ok()
                .filter(|n| (1..=MAX_PAGE).contains(n))?,
        };
        (after >= 0).then_some((after, limit))
    }
}

/// The checked page parameters; `None` answers [`bad_query`].
pub fn page_params(query: Result<Query<PageQuery>, QueryRejection>) -> Option<(i64, u32)> {
    query.ok().and_then(|Query(page)| page.checked())
}

/// A query parameter that does not parse or is outside its OpenAPI bounds.
fn bad_query() -> Response {
    error(StatusCode::BAD_REQUEST, "bad_query")
}

fn page_answer(rows: Vec<Row>, after: i64) -> Response {
    let next = rows.last().map_or(after, |r| r.seq);
    Json(Page {
        envelopes: rows
            .into_iter()
            .map(|r| PageItem {
                seq: r.seq,
                id: hex(&r.id),
                envelope: B64.encode(&r.body),
            })
            .collect(),
        next,
    })
    .into_response()
}

pub async fn inbox(
    State(state): State<AppState>,
    Path(key_id): Path<String>,
    headers: HeaderMap,
    query: Result<Query<PageQuery>, QueryRejection>,
) -> Response {
    if let Some(denied) = operator_check(&state, &headers, "inbox_disabled") {
        return denied;
    }
    let Some(key_id) = fixed_hex::<8>(&key_id) else {
        return error(StatusCode::BAD_REQUEST, "bad_key_id");
    };
    let Some((after, limit)) = page_params(query) else {
        return bad_query();
    };
    match state.store.inbox_page(key_id, after, limit, true).await {
        Ok(rows) => page_answer(rows, after),
        Err(_) => storage_error(),
    }
}

pub async fn post_mailbox(
    State(state): State<AppState>,
    Path(mailbox_id): Path<String>,
    body: BatchBody,
) -> Response {
    let Some(mailbox) = fixed_hex::<16>(&mailbox_id) else {
        return error(StatusCode::BAD_REQUEST, "bad_mailbox_id");
    };
    let (checked, binary) = match body.check() {
        Ok(c) => c,
        Err((status, code)) => return error(status, code),
    };
    let stored = if checked.accepted.is_empty() {
        Vec::new()
    } else {
        match state.store.insert_mailbox(mailbox, rows_of(&checked)).await {
            Ok(flags) => flags,
            Err(_) => return storage_error(),
        }
    };
    batch_answer(checked, stored, binary)
}

pub async fn mailbox(
    State(state): State<AppState>,
    Path(mailbox_id): Path<String>,
    headers: HeaderMap,
    query: Result<Query<PageQuery>, QueryRejection>,
) -> Response {
    let Some(mailbox) = fixed_hex::<16>(&mailbox_id) else {
        return error(StatusCode::BAD_REQUEST, "bad_mailbox_id");
    };
    // The capability must hash to the mailbox id; compared in constant time.
    let allowed = bearer(&headers)
        .and_then(fixed_hex::<32>)
        .and_then(|cap| fixed_hex::<16>(&message::mailbox_id(&cap)))
        .is_some_and(|derived| constant_time_eq(&derived, &mailbox));
    if !allowed {
        return error(StatusCode::UNAUTHORIZED, "unauthorized");
    }
    let Some((after, limit)) = page_params(query) else {
        return bad_query();
    };
    match state.store.read_mailbox(mailbox, after, limit).await {
        Ok(rows) => page_answer(rows, after),
        Err(_) => storage_error(),
    }
}

pub async fn put_backup(
    State(state): State<AppState>,
    Path(backup_id): Path<String>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let Some(id) = fixed_hex::<16>(&backup_id) else {
        return error(StatusCode::BAD_REQUEST, "bad_backup_id");
    };
    let Some(token) = bearer(&headers) else {
        return error(StatusCode::UNAUTHORIZED, "unauthorized");
    };
    let mut token_hash = [0u8; 32];
    token_hash.copy_from_slice(digest(&SHA256, token.as_bytes()).as_ref());
    let blob = match body {
        Ok(b) => b,
        Err(r) => return bytes_rejection(&r),
    };
    if blob.is_empty() {
        return error(StatusCode::BAD_REQUEST, "malformed_request");
    }
    if blob.len() > waymark_protocol::backup::MAX_BLOB {
        return error(StatusCode::PAYLOAD_TOO_LARGE, "too_large");
    }
    match state.store.put_backup(id, token_hash, blob.to_vec()).await {
        Ok(BackupPut::Stored) => Json(json!({ "stored": true })).into_response(),
        Ok(BackupPut::Forbidden) => error(StatusCode::FORBIDDEN, "forbidden"),
        Err(_) => storage_error(),
    }
}

pub async fn get_backup(State(state): State<AppState>, Path(backup_id): Path<String>) -> Response {
    let Some(id) = fixed_hex::<16>(&backup_id) else {
        return error(StatusCode::BAD_REQUEST, "bad_backup_id");
    };
    match state.store.backup(id).await {
        Ok(Some(blob)) => octets(blob),
        Ok(None) => error(StatusCode::NOT_FOUND, "not_found"),
        Err(_) => storage_error(),
    }
}

fn octets(bytes: Vec<u8>) -> Response {
    ([(header::CONTENT_TYPE, "application/octet-stream")], bytes).into_response()
}

pub async fn put_pack(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    if let Some(denied) = operator_check(&state, &headers, "publish_disabled") {
        return denied;
    }
    let bytes = match body {
        Ok(b) => b,
        Err(r) => return bytes_rejection(&r),
    };
    let version = match pack::parse(&bytes) {
        Ok(p) => p.version,
        Err(_) => return error(StatusCode::BAD_REQUEST, "pack_invalid"),
    };
    let Ok(stored_version) = i64::try_from(version) else {
        return error(StatusCode::BAD_REQUEST, "pack_invalid");
    };
    match state.store.put_pack(stored_version, bytes.to_vec()).await {
        Ok(PackPut::Stored) => Json(json!({ "version": version })).into_response(),
        Ok(PackPut::NotNewer) => error(StatusCode::CONFLICT, "not_newer"),
        Err(_) => storage_error(),
    }
}

/// `?have=&locale=`: `have` is an int64 ≥ 0 (pack versions are stored as
/// int64), so 2^63 and above fail to parse (`bad_query`).
#[derive(Debug, Deserialize)]
pub struct LatestQuery {
    #[serde(default)]
    pub have: Option<i64>,
    /// Accepted for forward compatibility: one pack carries every locale.
    #[serde(default)]
    #[allow(dead_code)]
    locale: Option<String>,
}

/// The checked `?have=&locale=` of `GET /v1/packs/latest`; `None`
/// answers [`bad_query`].
pub fn latest_params(query: Result<Query<LatestQuery>, QueryRejection>) -> Option<LatestQuery> {
    query
        .ok()
        .map(|Query(q)| q)
        .filter(|q| q.have.is_none_or(|have| have >= 0))
}

pub async fn latest_pack(
    State(state): State<AppState>,
    query: Result<Query<LatestQuery>, QueryRejection>,
) -> Response {
    let Some(query) = latest_params(query) else {
        return bad_query();
    };
    let newest = match state.store.latest_pack_version().await {
        Ok(Some(v)) => v,
        Ok(None) => return error(StatusCode::NOT_FOUND, "not_found"),
        Err(_) => return storage_error(),
    };
    if query.have.is_some_and(|have| have >= newest) {
        return StatusCode::NO_CONTENT.into_response();
    }
    match state.store.latest_pack().await {
        Ok(Some((version, bytes))) => {
            let mut response = octets(bytes);
            response
                .headers_mut()
                .insert(PACK_VERSION_HEADER, HeaderValue::from(version));
            response
        }
        Ok(None) => error(StatusCode::NOT_FOUND, "not_found"),
        Err(_) => storage_error(),
    }
}
