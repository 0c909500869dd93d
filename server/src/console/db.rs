//! Every read and write of the console's tables, as SQL both back ends run
//! ([`SqlTx`]: `$n` placeholders, `ON CONFLICT`, no dialect functions).
//! Each function runs inside the caller's transaction
//! ([`crate::Store::transaction`]) and answers in the JSON shapes of
//! docs/console.md ("Console API"), so the handlers only check input and
//! pick the function. Retention ([`due_for_retention`],
//! [`delete_conversation`]) lives here too: it deletes envelopes, mailbox
//! replies, records and the conversation, and writes tombstones.

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use serde_json::{Value as Json, json};
use waymark_protocol::message::hex;

use super::auth::Session;
use super::{Refusal, now};
use crate::store::{SqlTx, Value};

/// Seconds in a day, for the retention policy.
const DAY: i64 = 86_400;

fn hex_or_null(v: &Value) -> Json {
    v.bytes().map_or(Json::Null, |b| Json::String(hex(b)))
}

fn b64_or_null(v: &Value) -> Json {
    v.bytes()
        .map_or(Json::Null, |b| Json::String(B64.encode(b)))
}

fn int_or_null(v: &Value) -> Json {
    v.int().map_or(Json::Null, Json::from)
}

fn text(v: &Value) -> Json {
    v.text().map_or(Json::Null, Json::from)
}

fn id16(v: &Value) -> Option<[u8; 16]> {
    v.bytes().and_then(|b| b.try_into().ok())
}

/// Appends one audit entry: who, what, on which conversation or operator.
pub fn audit(
    tx: &mut dyn SqlTx,
    operator: Option<[u8; 16]>,
    action: &str,
    handle: Option<[u8; 16]>,
    target: Option<[u8; 16]>,
) -> Result<(), Refusal> {
    tx.execute(
        "INSERT INTO console_audit (at, operator, action, handle, target) VALUES ($1, $2, $3, $4, $5)",
        &[now().into(), operator.into(), action.into(), handle.into(), target.into()],
    )?;
    Ok(())
}

// Invitations.

/// Stores an invitation (by the token's hash) valid until `expires_at`.
pub fn create_invite(
    tx: &mut dyn SqlTx,
    token_hash: [u8; 32],
    role: &str,
    expires_at: i64,
    by: Option<[u8; 16]>,
) -> Result<(), Refusal> {
    tx.execute(
        "DELETE FROM console_invites WHERE expires_at <= $1",
        &[now().into()],
    )?;
    tx.execute(
        "INSERT INTO console_invites (token_hash, role, expires_at) VALUES ($1, $2, $3)",
        &[token_hash.into(), role.into(), expires_at.into()],
    )?;
    audit(tx, by, "invited", None, None)
}

/// The role and expiry of a live invitation.
pub fn invite(tx: &mut dyn SqlTx, token_hash: [u8; 32]) -> Result<(String, i64), Refusal> {
    let rows = tx.query(
        "SELECT role, expires_at FROM console_invites WHERE token_hash = $1 AND expires_at > $2",
        &[token_hash.into(), now().into()],
    )?;
    let row = rows.first().ok_or_else(Refusal::not_found)?;
    match (row[0].text(), row[1].int()) {
        (Some(role), Some(at)) => Ok((role.to_string(), at)),
        _ => Err(Refusal::not_found()),
    }
}

/// What an operator accepting an invitation gives.
pub struct NewOperator {
    pub id: [u8; 16],
    pub name: String,
    pub name_key: String,
    pub secret: String,
    pub public_key: [u8; 32],
    pub key_blob: Vec<u8>,
}

impl std::fmt::Debug for NewOperator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewOperator").finish_non_exhaustive()
    }
}

/// Accepts an invitation: the operator exists, the invitation is used up.
pub fn accept_invite(
    tx: &mut dyn SqlTx,
    token_hash: [u8; 32],
    new: NewOperator,
) -> Result<Json, Refusal> {
    let (role, _) = invite(tx, token_hash)?;
    let taken = tx.query(
        "SELECT 1 FROM console_operators WHERE name_key = $1",
        &[new.name_key.as_str().into()],
    )?;
    if !taken.is_empty() {
        return Err(Refusal::conflict("name_taken"));
    }
    tx.execute(
        "INSERT INTO console_operators (id, name, name_key, role, state, secret, public_key, key_blob, created_at)
         VALUES ($1, $2, $3, $4, 'active', $5, $6, $7, $8)",
        &[
            new.id.into(),
            new.name.as_str().into(),
            new.name_key.as_str().into(),
            role.as_str().into(),
            new.secret.into(),
            new.public_key.into(),
            new.key_blob.into(),
            now().into(),
        ],
    )?;
    tx.execute(
        "DELETE FROM console_invites WHERE token_hash = $1",
        &[token_hash.into()],
    )?;
    audit(tx, Some(new.id), "joined", None, None)?;
    Ok(json!({ "operator": { "id": hex(&new.id), "name": new.name, "role": role } }))
}

// Sign-in and sessions.

/// An operator as sign-in sees it: id, name, role, state, secret.
pub struct Credentials {
    pub id: [u8; 16],
    pub state: String,
    pub secret: Option<String>,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("state", &self.state)
            .finish_non_exhaustive()
    }
}

pub fn credentials(tx: &mut dyn SqlTx, name_key: &str) -> Result<Option<Credentials>, Refusal> {
    let rows = tx.query(
        "SELECT id, state, secret FROM console_operators WHERE name_key = $1",
        &[name_key.into()],
    )?;
    Ok(rows.first().and_then(|r| {
        Some(Credentials {
            id: id16(&r[0])?,
            state: r[1].text()?.to_string(),
            secret: r[2].text().map(str::to_string),
        })
    }))
}

/// Starts a session for an active operator.
pub fn create_session(
    tx: &mut dyn SqlTx,
    token_hash: [u8; 32],
    operator: [u8; 16],
    csrf: &str,
    expires_at: i64,
) -> Result<(), Refusal> {
    tx.execute(
        "DELETE FROM console_sessions WHERE expires_at <= $1",
        &[now().into()],
    )?;
    tx.execute(
        "INSERT INTO console_sessions (token_hash, operator_id, csrf, expires_at) VALUES ($1, $2, $3, $4)",
        &[token_hash.into(), operator.into(), csrf.into(), expires_at.into()],
    )?;
    audit(tx, Some(operator), "signed_in", None, None)
}

/// The live session of a token, if its operator is active.
pub fn session(
    tx: &mut dyn SqlTx,
    token_hash: [u8; 32],
    now: i64,
) -> Result<Option<Session>, Refusal> {
    let rows = tx.query(
        "SELECT o.id, o.name, o.role, s.csrf FROM console_sessions s
         JOIN console_operators o ON o.id = s.operator_id
         WHERE s.token_hash = $1 AND s.expires_at > $2 AND o.state = 'active'",
        &[token_hash.into(), now.into()],
    )?;
    Ok(rows.first().and_then(|r| {
        Some(Session {
            token_hash,
            operator: id16(&r[0])?,
            name: r[1].text()?.to_string(),
            role: r[2].text()?.to_string(),
            csrf: r[3].text()?.to_string(),
        })
    }))
}

/// Ends a session.
pub fn end_session(tx: &mut dyn SqlTx, session: &Session) -> Result<(), Refusal> {
    tx.execute(
        "DELETE FROM console_sessions WHERE token_hash = $1 OR expires_at <= $2",
        &[session.token_hash.into(), now().into()],
    )?;
    audit(tx, Some(session.operator), "signed_out", None, None)
}

/// `GET /v1/console/session`: the operator, CSRF token, key blob, wrapped
/// keys and the hotline keys.
pub fn session_view(tx: &mut dyn SqlTx, session: &Session) -> Result<Json, Refusal> {
    let me = tx.query(
        "SELECT public_key, key_blob FROM console_operators WHERE id = $1",
        &[session.operator.into()],
    )?;
    let me = me.first().ok_or_else(Refusal::not_found)?;
    let wrapped = tx.query(
        "SELECT key_id, wrapped FROM console_wrapped_keys WHERE operator_id = $1 ORDER BY key_id",
        &[session.operator.into()],
    )?;
    let keys = tx.query(
        "SELECT key_id, public_key FROM console_hotline_keys ORDER BY added_at, key_id",
        &[],
    )?;
    Ok(json!({
        "operator": { "id": session.id(), "name": session.name, "role": session.role },
        "csrf": session.csrf,
        "public_key": hex_or_null(&me[0]),
        "key_blob": b64_or_null(&me[1]),
        "wrapped_keys": wrapped.iter().map(|r| json!({
            "key_id": hex_or_null(&r[0]), "wrapped": b64_or_null(&r[1]),
        })).collect::<Vec<_>>(),
        "hotline_keys": keys.iter().map(|r| json!({
            "key_id": hex_or_null(&r[0]), "public_key": hex_or_null(&r[1]),
        })).collect::<Vec<_>>(),
    }))
}

// Envelopes and conversations.

/// Whether the operator holds at least one wrapped hotline key.
pub fn has_key(tx: &mut dyn SqlTx, operator: [u8; 16]) -> Result<bool, Refusal> {
    Ok(!tx
        .query(
            "SELECT 1 FROM console_wrapped_keys WHERE operator_id = $1",
            &[operator.into()],
        )?
        .is_empty())
}

/// Envelopes of the console's hotline keys after `after`, each with the
/// handle it was sorted into; marks them fetched.
pub fn envelopes_page(tx: &mut dyn SqlTx, after: i64, limit: u32) -> Result<Json, Refusal> {
    let rows = tx.query(
        "SELECT e.seq, e.id, e.body, l.handle FROM envelopes e
         LEFT JOIN console_links l ON l.envelope_id = e.id
         WHERE e.key_id IN (SELECT key_id FROM console_hotline_keys) AND e.seq > $1
         ORDER BY e.seq LIMIT $2",
        &[after.into(), i64::from(limit).into()],
    )?;
    let next = rows.last().and_then(|r| r[0].int()).unwrap_or(after);
    if next > after {
        tx.execute(
            "UPDATE envelopes SET fetched = TRUE
             WHERE key_id IN (SELECT key_id FROM console_hotline_keys)
               AND seq > $1 AND seq <= $2 AND NOT fetched",
            &[after.into(), next.into()],
        )?;
    }
    Ok(json!({
        "envelopes": rows.iter().map(|r| json!({
            "seq": int_or_null(&r[0]), "id": hex_or_null(&r[1]),
            "envelope": b64_or_null(&r[2]), "conversation": hex_or_null(&r[3]),
        })).collect::<Vec<_>>(),
        "next": next,
    }))
}

/// One sorting link: an envelope belongs to a conversation.
#[derive(Debug)]
pub struct Link {
    pub envelope_id: [u8; 16],
    pub handle: [u8; 16],
    pub mailbox_id: Option<[u8; 16]>,
}

/// Sorts envelopes into conversations (made on first use, status `new`);
/// a new envelope in a `waiting` or `closed` one reopens it. Links to
/// envelopes not stored (deleted meanwhile) are skipped; an envelope
/// already sorted keeps its conversation. Answers how many were new.
pub fn sort(tx: &mut dyn SqlTx, links: &[Link]) -> Result<Json, Refusal> {
    let now = now();
    let mut sorted = 0;
    for link in links {
        let seq = tx.query(
            "SELECT seq FROM envelopes WHERE id = $1",
            &[link.envelope_id.into()],
        )?;
        let Some(seq) = seq.first().and_then(|r| r[0].int()) else {
            continue;
        };
        let sorted_into = tx.query(
            "SELECT handle FROM console_links WHERE envelope_id = $1",
            &[link.envelope_id.into()],
        )?;
        if sorted_into
            .first()
            .is_some_and(|r| r[0].bytes() != Some(&link.handle[..]))
        {
            continue;
        }
        tx.execute(
            "INSERT INTO console_conversations (handle, status, created_at, last_activity_at)
             VALUES ($1, 'new', $2, $2) ON CONFLICT (handle) DO NOTHING",
            &[link.handle.into(), now.into()],
        )?;
        let new = tx.execute(
            "INSERT INTO console_links (envelope_id, handle, seq) VALUES ($1, $2, $3)
             ON CONFLICT (envelope_id) DO NOTHING",
            &[link.envelope_id.into(), link.handle.into(), seq.into()],
        )?;
        if new == 1 {
            sorted += 1;
            tx.execute(
                "UPDATE console_conversations SET last_activity_at = $2,
                     status = CASE WHEN status IN ('waiting', 'closed') THEN 'open' ELSE status END,
                     closed_at = NULL
                 WHERE handle = $1",
                &[link.handle.into(), now.into()],
            )?;
        }
        if let Some(mailbox) = link.mailbox_id {
            tx.execute(
                "UPDATE console_conversations SET mailbox_id = $2 WHERE handle = $1",
                &[link.handle.into(), mailbox.into()],
            )?;
        }
    }
    Ok(json!({ "sorted": sorted }))
}

const CONVERSATION_COLUMNS: &str = "SELECT c.handle, c.status, c.assignee, c.mailbox_id, c.tags,
        c.created_at, c.last_activity_at, c.closed_at,
        (SELECT COUNT(*) FROM console_links l WHERE l.handle = c.handle AND l.seq > c.read_seq),
        (SELECT COUNT(*) FROM console_links l WHERE l.handle = c.handle)
     FROM console_conversations c";

fn conversation_json(r: &[Value]) -> Json {
    json!({
        "conversation": hex_or_null(&r[0]),
        "status": text(&r[1]),
        "assignee": hex_or_null(&r[2]),
        "mailbox_id": hex_or_null(&r[3]),
        "tags": b64_or_null(&r[4]),
        "created_at": int_or_null(&r[5]),
        "last_activity_at": int_or_null(&r[6]),
        "closed_at": int_or_null(&r[7]),
        "unread": int_or_null(&r[8]),
        "envelopes": int_or_null(&r[9]),
    })
}

/// Every conversation, newest activity first.
pub fn conversations(tx: &mut dyn SqlTx) -> Result<Json, Refusal> {
    let rows = tx.query(
        &format!("{CONVERSATION_COLUMNS} ORDER BY c.last_activity_at DESC, c.handle"),
        &[],
    )?;
    Ok(json!({ "conversations": rows.iter().map(|r| conversation_json(r)).collect::<Vec<_>>() }))
}

fn conversation_row(tx: &mut dyn SqlTx, handle: [u8; 16]) -> Result<Vec<Value>, Refusal> {
    tx.query(
        &format!("{CONVERSATION_COLUMNS} WHERE c.handle = $1"),
        &[handle.into()],
    )?
    .into_iter()
    .next()
    .ok_or_else(Refusal::not_found)
}

/// One conversation with its thread; marks it read for the team and
/// audits `opened`.
pub fn open_conversation(
    tx: &mut dyn SqlTx,
    handle: [u8; 16],
    by: [u8; 16],
) -> Result<Json, Refusal> {
    let mut answer = conversation_json(&conversation_row(tx, handle)?);
    let envelopes = tx.query(
        "SELECT e.seq, e.id, e.body FROM console_links l JOIN envelopes e ON e.id = l.envelope_id
         WHERE l.handle = $1 ORDER BY e.seq",
        &[handle.into()],
    )?;
    let records = tx.query(
        "SELECT r.id, r.kind, r.author, r.body, r.created_at, r.reply_envelope_id,
             (SELECT CASE WHEN m.fetched THEN 1 ELSE 0 END FROM mailbox_envelopes m
              WHERE m.id = r.reply_envelope_id)
         FROM console_records r WHERE r.handle = $1 ORDER BY r.created_at, r.id",
        &[handle.into()],
    )?;
    answer["thread"] = json!({
        "envelopes": envelopes.iter().map(|r| json!({
            "seq": int_or_null(&r[0]), "id": hex_or_null(&r[1]), "envelope": b64_or_null(&r[2]),
        })).collect::<Vec<_>>(),
        "records": records.iter().map(|r| {
            let delivery = match (r[1].int(), r[6].int()) {
                (Some(3), Some(1)) => json!("picked_up"),
                (Some(3), _) => json!("sent"),
                _ => Json::Null,
            };
            json!({
                "id": hex_or_null(&r[0]), "kind": int_or_null(&r[1]), "author": hex_or_null(&r[2]),
                "body": b64_or_null(&r[3]), "created_at": int_or_null(&r[4]),
                "reply_envelope_id": hex_or_null(&r[5]), "delivery": delivery,
            })
        }).collect::<Vec<_>>(),
    });
    tx.execute(
        "UPDATE console_conversations
         SET read_seq = (SELECT COALESCE(MAX(seq), 0) FROM console_links WHERE handle = $1)
         WHERE handle = $1",
        &[handle.into()],
    )?;
    audit(tx, Some(by), "opened", Some(handle), None)?;
    Ok(answer)
}

/// What a PATCH of a conversation changes.
#[derive(Debug, Default)]
pub struct ConversationChange {
    pub status: Option<String>,
    /// `Some(None)` unassigns.
    pub assignee: Option<Option<[u8; 16]>>,
    pub tags: Option<Vec<u8>>,
}

/// Applies a change, audited `status` / `assigned` / `tagged`.
pub fn change_conversation(
    tx: &mut dyn SqlTx,
    handle: [u8; 16],
    change: ConversationChange,
    by: [u8; 16],
) -> Result<Json, Refusal> {
    conversation_row(tx, handle)?;
    let now = now();
    if let Some(status) = change.status {
        let closed_at = (status == "closed").then_some(now);
        tx.execute(
            "UPDATE console_conversations SET status = $2, closed_at = $3, last_activity_at = $4
             WHERE handle = $1",
            &[handle.into(), status.into(), closed_at.into(), now.into()],
        )?;
        audit(tx, Some(by), "status", Some(handle), None)?;
    }
    if let Some(assignee) = change.assignee {
        if let Some(a) = assignee {
            let active = tx.query(
                "SELECT 1 FROM console_operators WHERE id = $1 AND state = 'active'",
                &[a.into()],
            )?;
            if active.is_empty() {
                return Err(Refusal::bad("unknown_operator"));
            }
        }
        tx.execute(
            "UPDATE console_conversations SET assignee = $2 WHERE handle = $1",
            &[handle.into(), assignee.into()],
        )?;
        audit(tx, Some(by), "assigned", Some(handle), assignee)?;
    }
    if let Some(tags) = change.tags {
        check_record_key(tx, &tags)?;
        tx.execute(
            "UPDATE console_conversations SET tags = $2 WHERE handle = $1",
            &[handle.into(), tags.into()],
        )?;
        audit(tx, Some(by), "tagged", Some(handle), None)?;
    }
    Ok(conversation_json(&conversation_row(tx, handle)?))
}

/// A sealed record must name a hotline key the console holds.
fn check_record_key(tx: &mut dyn SqlTx, record: &[u8]) -> Result<(), Refusal> {
    let key_id = record.get(1..9).ok_or(Refusal::bad("bad_record"))?;
    let known = tx.query(
        "SELECT 1 FROM console_hotline_keys WHERE key_id = $1",
        &[key_id.into()],
    )?;
    if known.is_empty() {
        return Err(Refusal::bad("unknown_key"));
    }
    Ok(())
}

/// Record kinds (docs/console.md, "Sealed records").
pub const NOTE: i64 = 1;
pub const CANNED: i64 = 2;
pub const REPLY_COPY: i64 = 3;

/// Stores a note or a sent-reply copy in a conversation. Storing the same
/// id again changes nothing (a retried request).
pub fn add_record(
    tx: &mut dyn SqlTx,
    handle: [u8; 16],
    kind: i64,
    id: [u8; 16],
    body: Vec<u8>,
    reply_envelope_id: Option<[u8; 16]>,
    by: [u8; 16],
) -> Result<Json, Refusal> {
    conversation_row(tx, handle)?;
    check_record_key(tx, &body)?;
    let now = now();
    tx.execute(
        "INSERT INTO console_records (id, kind, handle, author, body, created_at, updated_at, reply_envelope_id)
         VALUES ($1, $2, $3, $4, $5, $6, $6, $7) ON CONFLICT (id) DO NOTHING",
        &[
            id.into(),
            kind.into(),
            handle.into(),
            by.into(),
            body.into(),
            now.into(),
            reply_envelope_id.into(),
        ],
    )?;
    if kind == REPLY_COPY {
        tx.execute(
            "UPDATE console_conversations SET status = 'waiting', closed_at = NULL,
                 last_activity_at = $2
             WHERE handle = $1",
            &[handle.into(), now.into()],
        )?;
        audit(tx, Some(by), "replied", Some(handle), None)?;
    } else {
        audit(tx, Some(by), "noted", Some(handle), None)?;
    }
    Ok(json!({ "id": hex(&id), "created_at": now }))
}

/// The mailbox of a conversation: 404 `not_found` without the
/// conversation, 409 `no_mailbox` before the browser sorted its route.
pub fn mailbox_of(tx: &mut dyn SqlTx, handle: [u8; 16]) -> Result<[u8; 16], Refusal> {
    let row = conversation_row(tx, handle)?;
    id16(&row[3]).ok_or(Refusal::conflict("no_mailbox"))
}

/// Audits that the browser exported a decrypted thread.
pub fn exported(tx: &mut dyn SqlTx, handle: [u8; 16], by: [u8; 16]) -> Result<Json, Refusal> {
    conversation_row(tx, handle)?;
    audit(tx, Some(by), "exported", Some(handle), None)?;
    Ok(json!({ "exported": true }))
}

// Canned replies.

pub fn canned(tx: &mut dyn SqlTx) -> Result<Json, Refusal> {
    let rows = tx.query(
        "SELECT id, body, updated_at FROM console_records WHERE kind = $1 ORDER BY updated_at DESC, id",
        &[CANNED.into()],
    )?;
    Ok(json!({ "canned": rows.iter().map(|r| json!({
        "id": hex_or_null(&r[0]), "body": b64_or_null(&r[1]), "updated_at": int_or_null(&r[2]),
    })).collect::<Vec<_>>() }))
}

/// Creates or replaces a canned reply; 409 `id_taken` when the id is
/// another kind of record.
pub fn put_canned(
    tx: &mut dyn SqlTx,
    id: [u8; 16],
    body: Vec<u8>,
    by: [u8; 16],
) -> Result<Json, Refusal> {
    check_record_key(tx, &body)?;
    let now = now();
    let n = tx.execute(
        "INSERT INTO console_records (id, kind, author, body, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $5)
         ON CONFLICT (id) DO UPDATE SET body = excluded.body, author = excluded.author,
             updated_at = excluded.updated_at
         WHERE console_records.kind = $2",
        &[id.into(), CANNED.into(), by.into(), body.into(), now.into()],
    )?;
    if n == 0 {
        return Err(Refusal::conflict("id_taken"));
    }
    audit(tx, Some(by), "canned_saved", None, None)?;
    Ok(json!({ "id": hex(&id), "updated_at": now }))
}

pub fn delete_canned(tx: &mut dyn SqlTx, id: [u8; 16], by: [u8; 16]) -> Result<Json, Refusal> {
    let n = tx.execute(
        "DELETE FROM console_records WHERE id = $1 AND kind = $2",
        &[id.into(), CANNED.into()],
    )?;
    if n == 0 {
        return Err(Refusal::not_found());
    }
    audit(tx, Some(by), "canned_deleted", None, None)?;
    Ok(json!({ "deleted": true }))
}

// Operators and keys (admins).

pub fn operators(tx: &mut dyn SqlTx) -> Result<Json, Refusal> {
    let rows = tx.query(
        "SELECT id, name, role, state, public_key, created_at FROM console_operators
         ORDER BY created_at, name_key",
        &[],
    )?;
    let keys = tx.query(
        "SELECT operator_id, key_id FROM console_wrapped_keys ORDER BY key_id",
        &[],
    )?;
    Ok(json!({ "operators": rows.iter().map(|r| json!({
        "id": hex_or_null(&r[0]), "name": text(&r[1]), "role": text(&r[2]),
        "state": text(&r[3]), "public_key": hex_or_null(&r[4]), "created_at": int_or_null(&r[5]),
        "key_ids": keys.iter().filter(|k| k[0] == r[0]).map(|k| hex_or_null(&k[1])).collect::<Vec<_>>(),
    })).collect::<Vec<_>>() }))
}

pub fn team(tx: &mut dyn SqlTx) -> Result<Json, Refusal> {
    let rows = tx.query(
        "SELECT id, name, role, state FROM console_operators ORDER BY created_at, name_key",
        &[],
    )?;
    Ok(json!({ "operators": rows.iter().map(|r| json!({
        "id": hex_or_null(&r[0]), "name": text(&r[1]), "role": text(&r[2]), "state": text(&r[3]),
    })).collect::<Vec<_>>() }))
}

fn operator_state(tx: &mut dyn SqlTx, id: [u8; 16]) -> Result<String, Refusal> {
    let rows = tx.query(
        "SELECT state FROM console_operators WHERE id = $1",
        &[id.into()],
    )?;
    rows.first()
        .and_then(|r| r[0].text().map(str::to_string))
        .ok_or_else(Refusal::not_found)
}

/// Grants a hotline key: stores its wrap to an active operator.
pub fn grant(
    tx: &mut dyn SqlTx,
    operator: [u8; 16],
    key_id: [u8; 8],
    wrapped: Vec<u8>,
    by: [u8; 16],
) -> Result<Json, Refusal> {
    let known = tx.query(
        "SELECT 1 FROM console_hotline_keys WHERE key_id = $1",
        &[key_id.into()],
    )?;
    if known.is_empty() {
        return Err(Refusal::Answer(
            axum::http::StatusCode::NOT_FOUND,
            "unknown_key",
        ));
    }
    if operator_state(tx, operator)? != "active" {
        return Err(Refusal::conflict("not_active"));
    }
    put_wrapped(tx, operator, key_id, wrapped)?;
    audit(tx, Some(by), "granted", None, Some(operator))?;
    Ok(json!({ "granted": true }))
}

fn put_wrapped(
    tx: &mut dyn SqlTx,
    operator: [u8; 16],
    key_id: [u8; 8],
    wrapped: Vec<u8>,
) -> Result<(), Refusal> {
    tx.execute(
        "INSERT INTO console_wrapped_keys (operator_id, key_id, wrapped) VALUES ($1, $2, $3)
         ON CONFLICT (operator_id, key_id) DO UPDATE SET wrapped = excluded.wrapped",
        &[operator.into(), key_id.into(), wrapped.into()],
    )?;
    Ok(())
}

/// Suspends or resumes an operator; suspending ends their sessions.
pub fn set_state(
    tx: &mut dyn SqlTx,
    operator: [u8; 16],
    state: &str,
    by: [u8; 16],
) -> Result<Json, Refusal> {
    if operator == by {
        return Err(Refusal::conflict("own_account"));
    }
    if operator_state(tx, operator)? == "removed" {
        return Err(Refusal::conflict("removed"));
    }
    tx.execute(
        "UPDATE console_operators SET state = $2 WHERE id = $1",
        &[operator.into(), state.into()],
    )?;
    let action = if state == "suspended" {
        tx.execute(
            "DELETE FROM console_sessions WHERE operator_id = $1",
            &[operator.into()],
        )?;
        "suspended"
    } else {
        "resumed"
    };
    audit(tx, Some(by), action, None, Some(operator))?;
    Ok(json!({ "id": hex(&operator), "state": state }))
}

/// Removes an operator: their wrapped keys, key blob, secret and sessions
/// are deleted; the row stays (`removed`) for the audit trail's names.
pub fn remove(tx: &mut dyn SqlTx, operator: [u8; 16], by: [u8; 16]) -> Result<Json, Refusal> {
    if operator == by {
        return Err(Refusal::conflict("own_account"));
    }
    operator_state(tx, operator)?;
    tx.execute(
        "UPDATE console_operators SET state = 'removed', secret = NULL, key_blob = NULL WHERE id = $1",
        &[operator.into()],
    )?;
    for table in ["console_wrapped_keys", "console_sessions"] {
        tx.execute(
            &format!("DELETE FROM {table} WHERE operator_id = $1"),
            &[operator.into()],
        )?;
    }
    audit(tx, Some(by), "removed", None, Some(operator))?;
    Ok(json!({ "id": hex(&operator), "state": "removed" }))
}

/// Adds a hotline key (first import or rotation), wrapped to the caller.
pub fn add_hotline_key(
    tx: &mut dyn SqlTx,
    public_key: [u8; 32],
    wrapped: Vec<u8>,
    by: [u8; 16],
) -> Result<Json, Refusal> {
    let key_id = waymark_protocol::envelope::key_id(&public_key);
    tx.execute(
        "INSERT INTO console_hotline_keys (key_id, public_key, added_at) VALUES ($1, $2, $3)
         ON CONFLICT (key_id) DO NOTHING",
        &[key_id.into(), public_key.into(), now().into()],
    )?;
    put_wrapped(tx, by, key_id, wrapped)?;
    audit(tx, Some(by), "key_added", None, None)?;
    Ok(json!({ "key_id": hex(&key_id) }))
}

// Audit trail.

/// Entries before `before`, newest first; `next` is the `before` of the
/// following page, `null` at the end.
pub fn audit_page(tx: &mut dyn SqlTx, before: i64, limit: u32) -> Result<Json, Refusal> {
    let rows = tx.query(
        "SELECT seq, at, operator, action, handle, target FROM console_audit
         WHERE seq < $1 ORDER BY seq DESC LIMIT $2",
        &[before.into(), i64::from(limit).into()],
    )?;
    let next = if rows.len() == limit as usize {
        rows.last().map_or(Json::Null, |r| int_or_null(&r[0]))
    } else {
        Json::Null
    };
    Ok(json!({
        "entries": rows.iter().map(|r| json!({
            "seq": int_or_null(&r[0]), "at": int_or_null(&r[1]), "operator": hex_or_null(&r[2]),
            "action": text(&r[3]), "conversation": hex_or_null(&r[4]), "target": hex_or_null(&r[5]),
        })).collect::<Vec<_>>(),
        "next": next,
    }))
}

// Retention.

/// The policy: days after closing, days without activity; `None` = never.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Policy {
    pub closed_days: Option<i64>,
    pub inactive_days: Option<i64>,
}

impl Policy {
    pub fn to_json(self) -> Json {
        json!({ "closed_days": self.closed_days, "inactive_days": self.inactive_days })
    }
}

pub fn policy(tx: &mut dyn SqlTx) -> Result<Policy, Refusal> {
    let rows = tx.query(
        "SELECT closed_days, inactive_days FROM console_retention WHERE id = 1",
        &[],
    )?;
    Ok(rows.first().map_or_else(Policy::default, |r| Policy {
        closed_days: r[0].int(),
        inactive_days: r[1].int(),
    }))
}

pub fn set_policy(tx: &mut dyn SqlTx, p: Policy, by: [u8; 16]) -> Result<Json, Refusal> {
    tx.execute(
        "INSERT INTO console_retention (id, closed_days, inactive_days) VALUES (1, $1, $2)
         ON CONFLICT (id) DO UPDATE SET closed_days = excluded.closed_days,
             inactive_days = excluded.inactive_days",
        &[p.closed_days.into(), p.inactive_days.into()],
    )?;
    audit(tx, Some(by), "retention_set", None, None)?;
    Ok(p.to_json())
}

/// The conversations the policy deletes at `now`.
pub fn due_for_retention(tx: &mut dyn SqlTx, now: i64) -> Result<Vec<[u8; 16]>, Refusal> {
    let p = policy(tx)?;
    let mut clauses = Vec::new();
    let mut params = Vec::new();
    if let Some(days) = p.closed_days {
        params.push(Value::Int(now.saturating_sub(days.saturating_mul(DAY))));
        clauses.push(format!(
            "(status = 'closed' AND closed_at <= ${})",
            params.len()
        ));
    }
    if let Some(days) = p.inactive_days {
        params.push(Value::Int(now.saturating_sub(days.saturating_mul(DAY))));
        clauses.push(format!("last_activity_at <= ${}", params.len()));
    }
    if clauses.is_empty() {
        return Ok(Vec::new());
    }
    let rows = tx.query(
        &format!(
            "SELECT handle FROM console_conversations WHERE {} ORDER BY handle",
            clauses.join(" OR ")
        ),
        &params,
    )?;
    Ok(rows.iter().filter_map(|r| id16(&r[0])).collect())
}

/// Deletes a conversation: its envelopes, the replies in its mailbox, its
/// records, links and row, writing a tombstone for every deleted envelope
/// and reply id. `false` when it was already gone.
pub fn delete_conversation(
    tx: &mut dyn SqlTx,
    handle: [u8; 16],
    by: Option<[u8; 16]>,
) -> Result<bool, Refusal> {
    let rows = tx.query(
        "SELECT mailbox_id FROM console_conversations WHERE handle = $1",
        &[handle.into()],
    )?;
    let Some(row) = rows.first() else {
        return Ok(false);
    };
    let mailbox = row[0].clone();
    let h: Value = handle.into();
    tx.execute(
        "INSERT INTO tombstones (id) SELECT envelope_id FROM console_links WHERE handle = $1
         ON CONFLICT (id) DO NOTHING",
        std::slice::from_ref(&h),
    )?;
    tx.execute(
        "DELETE FROM envelopes WHERE id IN (SELECT envelope_id FROM console_links WHERE handle = $1)",
        std::slice::from_ref(&h),
    )?;
    tx.execute(
        "INSERT INTO tombstones (id) SELECT reply_envelope_id FROM console_records
         WHERE handle = $1 AND reply_envelope_id IS NOT NULL ON CONFLICT (id) DO NOTHING",
        std::slice::from_ref(&h),
    )?;
    if mailbox != Value::Null {
        tx.execute(
            "INSERT INTO tombstones (id) SELECT id FROM mailbox_envelopes WHERE mailbox_id = $1
             ON CONFLICT (id) DO NOTHING",
            std::slice::from_ref(&mailbox),
        )?;
        tx.execute(
            "DELETE FROM mailbox_envelopes WHERE mailbox_id = $1",
            std::slice::from_ref(&mailbox),
        )?;
    }
    for table in ["console_records", "console_links", "console_conversations"] {
        tx.execute(
            &format!("DELETE FROM {table} WHERE handle = $1"),
            std::slice::from_ref(&h),
        )?;
    }
    audit(tx, by, "retention_deleted", Some(handle), None)?;
    Ok(true)
}

/// Applies the retention policy now, one transaction per conversation;
/// the number of conversations deleted.
pub async fn run_retention(store: &crate::Store, by: Option<[u8; 16]>) -> Result<u64, Refusal> {
    let due = store.transaction(|tx| due_for_retention(tx, now())).await?;
    let mut deleted = 0;
    for handle in due {
        if store
            .transaction(move |tx| delete_conversation(tx, handle, by))
            .await?
        {
            deleted += 1;
        }
    }
    Ok(deleted)
}
