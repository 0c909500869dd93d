//! The `/v1/console/…` handlers (docs/console.md, "Console API"): each
//! checks the session (and CSRF, and the admin role where needed), then
//! its input — hex lengths, base64, sizes, names — answering a stable
//! error code for anything wrong, and only then runs one [`db`] function
//! in one transaction. Nothing here logs, and no answer carries content
//! the browser did not seal.

use axum::Json;
use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use serde::Deserialize;
use serde_json::{Map, Value as Json_};
use unicode_normalization::UnicodeNormalization;
use waymark_protocol::envelope;
use waymark_protocol::message::hex;

use super::auth::{self, Session};
use super::db::{self, ConversationChange, Link, NewOperator, Policy};
use super::{Refusal, now, random};
use crate::handlers::{PageQuery, fixed_hex, json_rejection_code};
use crate::{AppState, MAX_PAGE};

type Answer = Result<Response, Refusal>;

/// Largest sealed record (note, canned reply, copy, tags), decoded.
pub const MAX_RECORD: usize = 32 * 1024;
/// Smallest: format byte, key id, HPKE enc and tag.
pub const MIN_RECORD: usize = 1 + 8 + 32 + 16;
/// Links per sorting request.
pub const MAX_LINKS: usize = 500;
/// Sign-in names: 1 to 64 characters.
pub const MAX_NAME: usize = 64;
/// A wrapped hotline key: enc (32) ‖ key (32) ‖ tag (16).
pub const WRAPPED_LEN: usize = 32 + 32 + 16;
/// An operator's key blob: 01 ‖ nonce (12) ‖ key (32) ‖ tag (16).
pub const KEY_BLOB_LEN: usize = 1 + 12 + 32 + 16;
/// How long an invitation stays valid.
pub const INVITE_SECONDS: i64 = 72 * 3600;
/// Longest retention period a policy names, in days (100 years).
pub const MAX_DAYS: i64 = 36_500;

/// A JSON request body, read as a value first: every console body is an
/// object (serde would also take a struct from an array).
type Body = Result<Json<Json_>, JsonRejection>;

/// The body as `T`: 400 `malformed_request` unless it is a JSON object of
/// `T`'s shape, 413 `too_large` over the route's limit.
fn body<T: serde::de::DeserializeOwned>(b: Body) -> Result<T, Refusal> {
    let Json(value) = b.map_err(|r| {
        let (status, code) = json_rejection_code(&r);
        Refusal::Answer(status, code)
    })?;
    if !value.is_object() {
        return Err(Refusal::bad("malformed_request"));
    }
    serde_json::from_value(value).map_err(|_| Refusal::bad("malformed_request"))
}

fn ok(value: Json_) -> Answer {
    Ok(Json(value).into_response())
}

/// Runs one [`db`] function in one transaction and answers its JSON.
async fn run<F>(state: &AppState, f: F) -> Answer
where
    F: FnOnce(&mut dyn crate::store::SqlTx) -> Result<Json_, Refusal> + Send + 'static,
{
    ok(state.store.transaction(f).await?)
}

fn hex_id<const N: usize>(s: &str, code: &'static str) -> Result<[u8; N], Refusal> {
    fixed_hex::<N>(s).ok_or(Refusal::bad(code))
}

fn base64(s: &str, code: &'static str) -> Result<Vec<u8>, Refusal> {
    B64.decode(s.as_bytes()).map_err(|_| Refusal::bad(code))
}

/// A sealed record's bytes: base64 of `01 ‖ key id ‖ …`, 57 bytes to 32 KiB.
fn record(s: &str) -> Result<Vec<u8>, Refusal> {
    let bytes = base64(s, "bad_record")?;
    if bytes.len() > MAX_RECORD {
        return Err(Refusal::bad("record_too_large"));
    }
    if bytes.len() < MIN_RECORD || bytes[0] != 1 {
        return Err(Refusal::bad("bad_record"));
    }
    Ok(bytes)
}

fn wrapped(s: &str) -> Result<Vec<u8>, Refusal> {
    let bytes = base64(s, "bad_wrapped")?;
    if bytes.len() != WRAPPED_LEN {
        return Err(Refusal::bad("bad_wrapped"));
    }
    Ok(bytes)
}

/// The name as stored (NFC) and its key for lookups (NFC, lower case).
fn sign_in_name(name: &str) -> Result<(String, String), Refusal> {
    let name: String = name.nfc().collect();
    let chars = name.chars().count();
    if chars == 0 || chars > MAX_NAME || name.trim() != name || name.chars().any(char::is_control) {
        return Err(Refusal::bad("bad_name"));
    }
    let key = name.to_lowercase().nfc().collect();
    Ok((name, key))
}

fn role(s: &str) -> Result<&'static str, Refusal> {
    match s {
        "admin" => Ok("admin"),
        "operator" => Ok("operator"),
        _ => Err(Refusal::bad("bad_role")),
    }
}

async fn session(
    state: &AppState,
    method: &Method,
    headers: &HeaderMap,
) -> Result<Session, Refusal> {
    auth::session(state, method, headers).await
}

async fn admin(state: &AppState, method: &Method, headers: &HeaderMap) -> Result<Session, Refusal> {
    let s = session(state, method, headers).await?;
    s.admin()?;
    Ok(s)
}

// Invitations.

pub async fn get_invite(State(state): State<AppState>, Path(token): Path<String>) -> Answer {
    let hash =
        auth::token_hash(&hex_id::<32>(&token, "not_found").map_err(|_| Refusal::not_found())?);
    let (role, expires_at) = state
        .store
        .transaction(move |tx| db::invite(tx, hash))
        .await?;
    ok(serde_json::json!({ "role": role, "expires_at": expires_at }))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Accept {
    name: String,
    auth: String,
    public_key: String,
    key_blob: String,
}

pub async fn accept_invite(
    State(state): State<AppState>,
    Path(token): Path<String>,
    b: Body,
) -> Answer {
    let token = fixed_hex::<32>(&token).ok_or_else(Refusal::not_found)?;
    let hash = auth::token_hash(&token);
    // Checked before the body and the slow hash, and again inside the
    // transaction that uses it up.
    state
        .store
        .transaction(move |tx| db::invite(tx, hash))
        .await?;
    let a: Accept = body(b)?;
    let (name, name_key) = sign_in_name(&a.name)?;
    let secret = hex_id::<32>(&a.auth, "bad_auth")?;
    let public_key = hex_id::<32>(&a.public_key, "bad_key")?;
    let key_blob = base64(&a.key_blob, "bad_key_blob")?;
    if key_blob.len() != KEY_BLOB_LEN || key_blob[0] != 1 {
        return Err(Refusal::bad("bad_key_blob"));
    }
    let _turn = hashing_turn(&state).await?;
    let secret = tokio::task::spawn_blocking(move || auth::hash_secret(&secret))
        .await
        .map_err(|_| Refusal::Store(crate::StoreError::Task))??;
    let new = NewOperator {
        id: random()?,
        name,
        name_key,
        secret,
        public_key,
        key_blob,
    };
    run(&state, move |tx| db::accept_invite(tx, hash, new)).await
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InviteRequest {
    role: String,
}

pub async fn create_invite(
    State(state): State<AppState>,
    method: Method,
    headers: HeaderMap,
    b: Body,
) -> Answer {
    let me = admin(&state, &method, &headers).await?;
    let role = role(&body::<InviteRequest>(b)?.role)?;
    let (token, expires_at) = new_invite(&state.store, role, Some(me.operator)).await?;
    ok(serde_json::json!({ "token": token, "expires_at": expires_at }))
}

/// Makes an invitation for `role`: the token (64 hex, shown once) and its
/// expiry. Also used by `waymark-server console-invite`.
pub async fn new_invite(
    store: &crate::Store,
    role: &'static str,
    by: Option<[u8; 16]>,
) -> Result<(String, i64), Refusal> {
    let token = random::<32>()?;
    let hash = auth::token_hash(&token);
    let expires_at = now() + INVITE_SECONDS;
    store
        .transaction(move |tx| db::create_invite(tx, hash, role, expires_at, by))
        .await?;
    Ok((hex(&token), expires_at))
}

/// Waits for a turn to run Argon2id (see [`super::Console::hashing`]).
async fn hashing_turn(state: &AppState) -> Result<tokio::sync::SemaphorePermit<'_>, Refusal> {
    state
        .console
        .hashing
        .acquire()
        .await
        .map_err(|_| Refusal::Store(crate::StoreError::Task))
}

// Sessions.

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignIn {
    name: String,
    auth: String,
}

pub async fn sign_in(State(state): State<AppState>, b: Body) -> Answer {
    let s: SignIn = body(b)?;
    let bad = || Refusal::Answer(StatusCode::UNAUTHORIZED, "bad_credentials");
    // A name or secret of the wrong shape is a failed sign-in like any other.
    let name_key = sign_in_name(&s.name).map(|(_, k)| k).unwrap_or_default();
    let limit = &state.console.sign_in_failures;
    if !limit.allowed(&name_key) {
        return Err(Refusal::Answer(
            StatusCode::TOO_MANY_REQUESTS,
            "rate_limited",
        ));
    }
    let secret = fixed_hex::<32>(&s.auth);
    let key = name_key.clone();
    let found = state
        .store
        .transaction(move |tx| db::credentials(tx, &key))
        .await?;
    let (id, phc) = match &found {
        Some(c) if c.state == "active" => (Some(c.id), c.secret.clone()),
        Some(c) => (Some(c.id), None),
        None => (None, None),
    };
    let turn = hashing_turn(&state).await?;
    let matches = tokio::task::spawn_blocking(move || {
        let found_secret = secret.is_some();
        let secret = secret.unwrap_or([0; 32]);
        auth::verify_secret(&secret, phc.as_deref()) && found_secret
    })
    .await
    .map_err(|_| Refusal::Store(crate::StoreError::Task))?;
    drop(turn);
    let Some(operator) = id.filter(|_| matches) else {
        limit.failed(&name_key);
        state
            .store
            .transaction(move |tx| db::audit(tx, id, "sign_in_failed", None, None))
            .await?;
        return Err(bad());
    };
    limit.succeeded(&name_key);
    let token = random::<32>()?;
    let csrf = hex(&random::<32>()?);
    let hash = auth::token_hash(&token);
    let view = state
        .store
        .transaction(move |tx| {
            db::create_session(tx, hash, operator, &csrf, now() + auth::SESSION_SECONDS)?;
            let s = db::session(tx, hash, now())?
                .ok_or(Refusal::Answer(StatusCode::UNAUTHORIZED, "bad_credentials"))?;
            db::session_view(tx, &s)
        })
        .await?;
    let mut response = Json(view).into_response();
    let cookie = auth::session_cookie(&hex(&token), state.console.secure_cookie);
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        response.headers_mut().insert(header::SET_COOKIE, v);
    }
    Ok(response)
}

pub async fn get_session(
    State(state): State<AppState>,
    method: Method,
    headers: HeaderMap,
) -> Answer {
    let me = session(&state, &method, &headers).await?;
    run(&state, move |tx| db::session_view(tx, &me)).await
}

pub async fn sign_out(State(state): State<AppState>, method: Method, headers: HeaderMap) -> Answer {
    let me = session(&state, &method, &headers).await?;
    state
        .store
        .transaction(move |tx| db::end_session(tx, &me))
        .await?;
    let mut response = Json(serde_json::json!({ "signed_out": true })).into_response();
    if let Ok(v) = HeaderValue::from_str(&auth::cleared_cookie(state.console.secure_cookie)) {
        response.headers_mut().insert(header::SET_COOKIE, v);
    }
    Ok(response)
}

// Envelopes and conversations.

fn page(query: Result<Query<PageQuery>, QueryRejection>) -> Result<(i64, u32), Refusal> {
    crate::handlers::page_params(query).ok_or(Refusal::bad("bad_query"))
}

pub async fn envelopes(
    State(state): State<AppState>,
    method: Method,
    headers: HeaderMap,
    query: Result<Query<PageQuery>, QueryRejection>,
) -> Answer {
    let me = session(&state, &method, &headers).await?;
    let (after, limit) = page(query)?;
    run(&state, move |tx| {
        if !db::has_key(tx, me.operator)? {
            return Err(Refusal::Answer(StatusCode::FORBIDDEN, "no_key"));
        }
        db::envelopes_page(tx, after, limit)
    })
    .await
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SortLink {
    envelope_id: String,
    conversation: String,
    #[serde(default)]
    mailbox_id: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sort {
    links: Vec<SortLink>,
}

pub async fn sort(
    State(state): State<AppState>,
    method: Method,
    headers: HeaderMap,
    b: Body,
) -> Answer {
    session(&state, &method, &headers).await?;
    let s: Sort = body(b)?;
    if s.links.len() > MAX_LINKS {
        return Err(Refusal::bad("batch_size"));
    }
    let links = s
        .links
        .iter()
        .map(|l| {
            Ok(Link {
                envelope_id: hex_id(&l.envelope_id, "bad_id")?,
                handle: hex_id(&l.conversation, "bad_handle")?,
                mailbox_id: l
                    .mailbox_id
                    .as_deref()
                    .map(|m| hex_id(m, "bad_mailbox_id"))
                    .transpose()?,
            })
        })
        .collect::<Result<Vec<Link>, Refusal>>()?;
    run(&state, move |tx| db::sort(tx, &links)).await
}

pub async fn conversations(
    State(state): State<AppState>,
    method: Method,
    headers: HeaderMap,
) -> Answer {
    session(&state, &method, &headers).await?;
    run(&state, db::conversations).await
}

pub async fn conversation(
    State(state): State<AppState>,
    method: Method,
    headers: HeaderMap,
    Path(handle): Path<String>,
) -> Answer {
    let me = session(&state, &method, &headers).await?;
    let handle = hex_id::<16>(&handle, "bad_handle")?;
    run(&state, move |tx| {
        db::open_conversation(tx, handle, me.operator)
    })
    .await
}

pub async fn change_conversation(
    State(state): State<AppState>,
    method: Method,
    headers: HeaderMap,
    Path(handle): Path<String>,
    b: Body,
) -> Answer {
    let me = session(&state, &method, &headers).await?;
    let handle = hex_id::<16>(&handle, "bad_handle")?;
    let fields: Map<String, Json_> = body(b)?;
    let mut change = ConversationChange::default();
    for (key, value) in &fields {
        match (key.as_str(), value) {
            ("status", Json_::String(s))
                if ["new", "open", "waiting", "closed"].contains(&s.as_str()) =>
            {
                change.status = Some(s.clone());
            }
            ("status", _) => return Err(Refusal::bad("bad_status")),
            ("assignee", Json_::Null) => change.assignee = Some(None),
            ("assignee", Json_::String(s)) => change.assignee = Some(Some(hex_id(s, "bad_id")?)),
            ("assignee", _) => return Err(Refusal::bad("bad_id")),
            ("tags", Json_::String(s)) => change.tags = Some(record(s)?),
            ("tags", _) => return Err(Refusal::bad("bad_record")),
            _ => return Err(Refusal::bad("malformed_request")),
        }
    }
    if fields.is_empty() {
        return Err(Refusal::bad("malformed_request"));
    }
    run(&state, move |tx| {
        db::change_conversation(tx, handle, change, me.operator)
    })
    .await
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    id: String,
    body: String,
}

pub async fn add_note(
    State(state): State<AppState>,
    method: Method,
    headers: HeaderMap,
    Path(handle): Path<String>,
    b: Body,
) -> Answer {
    let me = session(&state, &method, &headers).await?;
    let handle = hex_id::<16>(&handle, "bad_handle")?;
    let n: Note = body(b)?;
    let id = hex_id::<16>(&n.id, "bad_id")?;
    let sealed = record(&n.body)?;
    run(&state, move |tx| {
        db::add_record(tx, handle, db::NOTE, id, sealed, None, me.operator)
    })
    .await
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reply {
    envelope: String,
    copy_id: String,
    copy: String,
}

/// Stores the reply envelope in the conversation's mailbox through the
/// same path as `POST /v1/mailboxes/{id}/envelopes` (group writer, id
/// idempotent, tombstones), then its sealed copy, and moves the
/// conversation to `waiting`. A retry stores nothing twice.
pub async fn reply(
    State(state): State<AppState>,
    method: Method,
    headers: HeaderMap,
    Path(handle): Path<String>,
    b: Body,
) -> Answer {
    let me = session(&state, &method, &headers).await?;
    let handle = hex_id::<16>(&handle, "bad_handle")?;
    let r: Reply = body(b)?;
    let sealed = base64(&r.envelope, "malformed")?;
    let h = match envelope::header(&sealed) {
        Ok(h) => h,
        Err(envelope::EnvelopeError::TooLarge) => {
            return Err(Refusal::Answer(StatusCode::PAYLOAD_TOO_LARGE, "too_large"));
        }
        Err(_) => return Err(Refusal::bad("malformed")),
    };
    let copy_id = hex_id::<16>(&r.copy_id, "bad_id")?;
    let copy = record(&r.copy)?;
    let mailbox = state
        .store
        .transaction(move |tx| db::mailbox_of(tx, handle))
        .await?;
    let stored = state
        .store
        .insert_mailbox(mailbox, vec![(h, sealed)])
        .await?
        .first()
        .copied()
        .unwrap_or(false);
    let mut answer = state
        .store
        .transaction(move |tx| {
            db::add_record(
                tx,
                handle,
                db::REPLY_COPY,
                copy_id,
                copy,
                Some(h.id),
                me.operator,
            )
        })
        .await?;
    answer["reply_id"] = Json_::String(hex(&h.id));
    answer["status"] = Json_::from(if stored { "stored" } else { "duplicate" });
    ok(answer)
}

pub async fn export(
    State(state): State<AppState>,
    method: Method,
    headers: HeaderMap,
    Path(handle): Path<String>,
) -> Answer {
    let me = session(&state, &method, &headers).await?;
    let handle = hex_id::<16>(&handle, "bad_handle")?;
    run(&state, move |tx| db::exported(tx, handle, me.operator)).await
}

// Canned replies.

pub async fn canned(State(state): State<AppState>, method: Method, headers: HeaderMap) -> Answer {
    session(&state, &method, &headers).await?;
    run(&state, db::canned).await
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Canned {
    body: String,
}

pub async fn put_canned(
    State(state): State<AppState>,
    method: Method,
    headers: HeaderMap,
    Path(id): Path<String>,
    b: Body,
) -> Answer {
    let me = admin(&state, &method, &headers).await?;
    let id = hex_id::<16>(&id, "bad_id")?;
    let sealed = record(&body::<Canned>(b)?.body)?;
    run(&state, move |tx| {
        db::put_canned(tx, id, sealed, me.operator)
    })
    .await
}

pub async fn delete_canned(
    State(state): State<AppState>,
    method: Method,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Answer {
    let me = admin(&state, &method, &headers).await?;
    let id = hex_id::<16>(&id, "bad_id")?;
    run(&state, move |tx| db::delete_canned(tx, id, me.operator)).await
}

// Operators and keys.

pub async fn operators(
    State(state): State<AppState>,
    method: Method,
    headers: HeaderMap,
) -> Answer {
    admin(&state, &method, &headers).await?;
    ok(state.store.transaction(db::operators).await?)
}

/// The team as every operator sees it (to assign a conversation to a
/// colleague and to show who did what): id, name, role and state only.
pub async fn team(State(state): State<AppState>, method: Method, headers: HeaderMap) -> Answer {
    session(&state, &method, &headers).await?;
    ok(state.store.transaction(db::team).await?)
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Wrapped {
    wrapped: String,
}

pub async fn grant(
    State(state): State<AppState>,
    method: Method,
    headers: HeaderMap,
    Path((id, key_id)): Path<(String, String)>,
    b: Body,
) -> Answer {
    let me = admin(&state, &method, &headers).await?;
    let id = hex_id::<16>(&id, "bad_id")?;
    let key_id = hex_id::<8>(&key_id, "bad_key_id")?;
    let w = wrapped(&body::<Wrapped>(b)?.wrapped)?;
    run(&state, move |tx| db::grant(tx, id, key_id, w, me.operator)).await
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StateChange {
    state: String,
}

pub async fn change_operator(
    State(state): State<AppState>,
    method: Method,
    headers: HeaderMap,
    Path(id): Path<String>,
    b: Body,
) -> Answer {
    let me = admin(&state, &method, &headers).await?;
    let id = hex_id::<16>(&id, "bad_id")?;
    let new_state = match body::<StateChange>(b)?.state.as_str() {
        "active" => "active",
        "suspended" => "suspended",
        _ => return Err(Refusal::bad("bad_state")),
    };
    run(&state, move |tx| {
        db::set_state(tx, id, new_state, me.operator)
    })
    .await
}

pub async fn remove_operator(
    State(state): State<AppState>,
    method: Method,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Answer {
    let me = admin(&state, &method, &headers).await?;
    let id = hex_id::<16>(&id, "bad_id")?;
    run(&state, move |tx| db::remove(tx, id, me.operator)).await
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HotlineKey {
    public_key: String,
    wrapped: String,
}

pub async fn add_hotline_key(
    State(state): State<AppState>,
    method: Method,
    headers: HeaderMap,
    b: Body,
) -> Answer {
    let me = admin(&state, &method, &headers).await?;
    let k: HotlineKey = body(b)?;
    let public_key = hex_id::<32>(&k.public_key, "bad_key")?;
    let w = wrapped(&k.wrapped)?;
    run(&state, move |tx| {
        db::add_hotline_key(tx, public_key, w, me.operator)
    })
    .await
}

// Audit and retention.

/// `?before=&limit=`: `before` an int64 ≥ 1 (default: the newest), `limit`
/// 1–500 (default 100).
#[derive(Debug, Deserialize)]
pub struct AuditQuery {
    #[serde(default)]
    before: Option<i64>,
    #[serde(default)]
    limit: Option<i64>,
}

pub async fn audit(
    State(state): State<AppState>,
    method: Method,
    headers: HeaderMap,
    query: Result<Query<AuditQuery>, QueryRejection>,
) -> Answer {
    admin(&state, &method, &headers).await?;
    let Ok(Query(q)) = query else {
        return Err(Refusal::bad("bad_query"));
    };
    let before = q.before.unwrap_or(i64::MAX);
    let limit = match q.limit {
        None => 100,
        Some(n) => u32::try_from(n)
            .ok()
            .filter(|n| (1..=MAX_PAGE).contains(n))
            .ok_or(Refusal::bad("bad_query"))?,
    };
    if before < 1 {
        return Err(Refusal::bad("bad_query"));
    }
    run(&state, move |tx| db::audit_page(tx, before, limit)).await
}

pub async fn retention(
    State(state): State<AppState>,
    method: Method,
    headers: HeaderMap,
) -> Answer {
    admin(&state, &method, &headers).await?;
    run(&state, |tx| db::policy(tx).map(Policy::to_json)).await
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PolicyBody {
    closed_days: Option<i64>,
    inactive_days: Option<i64>,
}

pub async fn set_retention(
    State(state): State<AppState>,
    method: Method,
    headers: HeaderMap,
    b: Body,
) -> Answer {
    let me = admin(&state, &method, &headers).await?;
    let p: PolicyBody = body(b)?;
    let days = |d: Option<i64>| match d {
        Some(n) if !(0..=MAX_DAYS).contains(&n) => Err(Refusal::bad("bad_days")),
        d => Ok(d),
    };
    let policy = Policy {
        closed_days: days(p.closed_days)?,
        inactive_days: days(p.inactive_days)?,
    };
    run(&state, move |tx| db::set_policy(tx, policy, me.operator)).await
}

pub async fn run_retention(
    State(state): State<AppState>,
    method: Method,
    headers: HeaderMap,
) -> Answer {
    let me = admin(&state, &method, &headers).await?;
    let deleted = db::run_retention(&state.store, Some(me.operator)).await?;
    ok(serde_json::json!({ "deleted": deleted }))
}
