//! The sync engine (ARCHITECTURE §6): delivers the outbox, learns what the
//! hotline has collected, fetches replies, and updates the content pack.
//!
//! The capability is the [`SyncEngine`] handle (`wm.sync()`); its own
//! state ([`SyncState`]: the runtime, the connectivity, the policy) lives
//! here. It must never show, without the real profile unlocked, anything
//! that says messages exist ([`SyncEngine::finish_report`]).
//!
//! The engine is a state machine with one policy and two drivers:
//!
//! - [`crate::SyncEngine::next_task`] plans one HTTP request (or none: offline,
//!   paused by the server, nothing due, over the request cap) and
//!   [`crate::SyncEngine::report_result`] applies its outcome. Android WorkManager
//!   and iOS background tasks drive these two calls with their own HTTP.
//! - [`crate::SyncEngine::run_now`] runs the same two calls in a loop over a
//!   [`Transport`] (the core's own, [`http::HttpTransport`], uses reqwest).
//!   Over a [`cancel::Cancellable`] transport a run stops at once when
//!   cancelled; what was in flight waits in the outbox for the next run.
//!
//! Every state change is one SQLite transaction, so a process killed at any
//! point leaves each outbox entry pending, in flight (pending again at the
//! next start, [`Waymark::open`]), sent, delivered or failed — never half
//! written. Delivery is at-least-once from here and exactly-once at the
//! relay, which deduplicates by envelope id. That is why the engine's own
//! bookkeeping (in-flight, sent, delivered and failed marks, the request
//! window, a relay's pause) commits without waiting for the disk
//! ([`crate::store::Store::apply_bookkeeping`]): a power loss can undo the
//! last marks, never a message, and an undone mark only sends or asks
//! again. Messages, replies and read positions commit with a full sync.
//!
//! Policy: batches of up to [`SyncPolicy::batch_size`]; per-entry
//! exponential backoff with full jitter; the server's `Retry-After` pauses
//! everything; at most [`SyncPolicy::max_requests_per_window`] requests per
//! window; a permanent 4xx marks the entry "needs attention" instead of
//! retrying forever; a quota on waiting messages ([`SyncPolicy::max_outbox`]).
//! Polls (delivery status, reply mailboxes) start at
//! [`SyncPolicy::poll_interval_secs`] and slow down, doubling after each
//! poll that brings nothing new, up to an hour; a send or a reply makes them
//! quick again. Polls may use only three quarters of the request window, so
//! they can never starve a send. The pack check runs once per
//! [`SyncPolicy::pack_interval_secs`] (a failed check counts, and "sync
//! now" does not hurry it) and never under the data-saver hint.
//!
//! Every task names the longest answer its endpoint may give
//! ([`SyncTask::max_response_bytes`], from `waymark_protocol::api`); a longer
//! one is [`TaskOutcome::TooLarge`] and treated as a bad answer. When the
//! engine holds back (offline, paused by the relay, request budget spent,
//! backing off), the report says why and when it tries next
//! ([`SyncReport::waiting`], [`SyncReport::next_attempt_at`]).

pub mod cancel;
pub mod http;

use std::collections::HashMap;
use std::fmt;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use serde::{Deserialize, Serialize};
use waymark_protocol::api::{
    self, BatchOutcome, BatchResponse, Page, RelayStatus, StatusRequest, StatusResponse,
};
use waymark_protocol::batch;
use waymark_protocol::message::hex;

use crate::Waymark;
use crate::error::{Error, Result};
use crate::shared::{lock_or_recover, random_id};
use crate::store::quiet::{DeviceTable, OutboxRow, OutboxState, Write};
use crate::vault::{self, Record};

/// How the engine paces itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncPolicy {
    /// Envelopes per request.
    pub batch_size: usize,
    /// First retry delay; doubles per failed attempt.
    pub base_backoff_secs: u64,
    pub max_backoff_secs: u64,
    pub window_secs: i64,
    /// Requests allowed per window (all kinds together).
    pub max_requests_per_window: u32,
    /// First interval between polls (delivery status, each mailbox); it
    /// doubles after every poll that brings nothing new, up to
    /// `max_poll_interval_secs`, and starts again after a send or a reply.
    pub poll_interval_secs: i64,
    pub max_poll_interval_secs: i64,
    pub pack_interval_secs: i64,
    /// Messages that may wait in the outbox at once.
    pub max_outbox: usize,
    /// Longest pause honoured from a `Retry-After` header.
    pub max_retry_after_secs: u64,
}

impl Default for SyncPolicy {
    fn default() -> Self {
        SyncPolicy {
            batch_size: 50,
            base_backoff_secs: 2,
            max_backoff_secs: 3600,
            window_secs: 3600,
            max_requests_per_window: 240,
            poll_interval_secs: 60,
            max_poll_interval_secs: 3600,
            pack_interval_secs: 24 * 3600,
            max_outbox: 500,
            max_retry_after_secs: 6 * 3600,
        }
    }
}

/// What the platform knows about the network.
pub trait Connectivity: Send + Sync + fmt::Debug {
    fn is_online(&self) -> bool;
    /// The person asked to save data (or the network is metered).
    fn data_saver(&self) -> bool;
}

/// For platforms without a connectivity signal: try, and let failures back off.
#[derive(Debug, Clone, Copy, Default)]
pub struct AssumeOnline;

impl Connectivity for AssumeOnline {
    fn is_online(&self) -> bool {
        true
    }
    fn data_saver(&self) -> bool {
        false
    }
}

/// One HTTP request the engine wants made. Paths are relative to the
/// relay's base address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncTask {
    pub id: u64,
    pub method: String,
    pub path: String,
    /// `Authorization: Bearer …` value, if any.
    pub bearer: Option<String>,
    pub content_type: Option<String>,
    pub body: Vec<u8>,
    /// The longest answer this endpoint may give: a driver stops reading
    /// past it and reports [`TaskOutcome::TooLarge`].
    pub max_response_bytes: u64,
}

/// An HTTP answer, as much as the engine needs of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpResponse {
    pub status: u16,
    /// `Retry-After`, in seconds.
    pub retry_after_secs: Option<u64>,
    pub body: Vec<u8>,
    /// `x-waymark-pack-version`, for pack downloads.
    pub pack_version: Option<u64>,
}

/// How a task ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TaskOutcome {
    Response(HttpResponse),
    /// No answer: refused, reset, timed out, no route.
    NetworkError,
    /// The platform gave up on the task (cancelled, app stopped) before
    /// it knew the answer.
    Cancelled,
    /// The answer was longer than [`SyncTask::max_response_bytes`] (by its
    /// `Content-Length` or as it streamed) and was not read: a bad answer,
    /// handled like a server error (nothing is lost; the entry backs off).
    TooLarge,
}

/// Makes HTTP requests for [`crate::SyncEngine::run_now`].
pub trait Transport: Send + Sync {
    fn execute(&self, task: &SyncTask) -> impl Future<Output = TaskOutcome> + Send;
}

/// Why the engine holds back: the "why" of [`SyncReport::next_attempt_at`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SyncWait {
    /// No network; it tries when there is one.
    Offline,
    /// The relay asked to pause (`Retry-After`).
    RelayPaused,
    /// The requests this phone allows itself per window are spent.
    BudgetSpent,
    /// Messages wait out their backoff after failed attempts.
    Retrying,
}

/// What one sync run did, and what is left.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SyncReport {
    pub requests: u32,
    /// Messages the relay stored in this run.
    pub sent: u32,
    /// Messages the hotline collected (learned in this run).
    pub delivered: u32,
    /// Replies kept in this run: while unlocked, those that opened into
    /// this profile's conversations; while locked, those well formed and
    /// sealed to their conversation's reply key (opened at the next
    /// unlock). Pages the relay padded with anything else count
    /// nothing.
    pub replies: u32,
    /// Messages refused for good in this run.
    pub failed: u32,
    pub network_errors: u32,
    /// Still waiting on this phone.
    pub queued: u32,
    /// Seconds until the next entry is due, if any waits.
    pub next_attempt_in: Option<u64>,
    pub offline: bool,
    /// The server asked to pause until this Unix time.
    pub paused_until: Option<i64>,
    /// A newer content pack was installed.
    pub pack_installed: Option<u64>,
    /// Answers refused because they were longer than their endpoint allows.
    pub refused_answers: u32,
    /// Why the engine holds back, if it does.
    pub waiting: Option<SyncWait>,
    /// When it will try again (Unix seconds), when it holds back for a known
    /// time (not while offline).
    pub next_attempt_at: Option<i64>,
}

/// The outbox at a glance.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct OutboxSummary {
    pub queued: u32,
    pub sent: u32,
    pub delivered: u32,
    pub needs_attention: u32,
}

/// Device-sealed outbox entry.
#[derive(Clone, Serialize, Deserialize)]
pub struct OutboxItem {
    /// The sealed envelope, base64.
    pub envelope: String,
    pub envelope_id: String,
}

impl fmt::Debug for OutboxItem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("OutboxItem(…)")
    }
}

impl OutboxItem {
    pub fn new(envelope: &[u8], id: &[u8; 16]) -> Self {
        OutboxItem {
            envelope: B64.encode(envelope),
            envelope_id: hex(id),
        }
    }
}

/// Device-sealed reply mailbox.
#[derive(Clone, Serialize, Deserialize)]
pub struct MailboxRecord {
    pub mailbox_id: String,
    pub cap: String,
    /// Read position: the relay sequence number of the last reply fetched.
    pub after: i64,
    /// Key id (hex) of the conversation's reply key: a reply sealed to any
    /// other key is dropped at once. Absent in mailboxes made before it.
    #[serde(default)]
    pub key_id: Option<String>,
}

impl fmt::Debug for MailboxRecord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("MailboxRecord(…)")
    }
}

/// Device-sealed reply envelope, fetched and not yet opened.
#[derive(Clone, Serialize, Deserialize)]
pub struct InboxRecord {
    pub mailbox_id: String,
    pub envelope: String,
    pub envelope_id: String,
    /// When this phone fetched it (Unix seconds; 0 in records made before
    /// it): a reply's time is never later than this.
    #[serde(default)]
    pub received_at: i64,
}

impl fmt::Debug for InboxRecord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("InboxRecord(…)")
    }
}

impl InboxRecord {
    pub fn envelope_bytes(&self) -> Option<Vec<u8>> {
        B64.decode(self.envelope.as_bytes()).ok()
    }
}

/// What a handed-out task was for.
#[derive(Debug, Clone)]
enum Pending {
    /// Outbox rows with their attempts so far.
    Send(Vec<(i64, u32, String)>),
    Status(Vec<(i64, u32, String)>),
    Mailbox(i64, MailboxRecord),
    Pack,
}

/// When a poll is next due, and the interval it is on.
#[derive(Debug, Clone, Copy)]
struct PollClock {
    next: i64,
    interval: i64,
}

impl PollClock {
    fn due(clock: Option<&PollClock>, now: i64) -> bool {
        clock.is_none_or(|c| now >= c.next)
    }

    /// After a poll: quick again if it found something, else slower.
    fn after(clock: Option<PollClock>, found: bool, now: i64, policy: &SyncPolicy) -> PollClock {
        let interval = match clock {
            Some(c) if !found => (c.interval * 2).min(policy.max_poll_interval_secs),
            _ => policy.poll_interval_secs,
        };
        PollClock {
            next: now + interval,
            interval,
        }
    }
}

/// In-memory engine state: tasks handed out and poll times.
#[derive(Debug, Default)]
pub(crate) struct SyncRuntime {
    next_id: u64,
    /// What each handed-out task is for, and the longest answer it may get.
    tasks: HashMap<u64, (Pending, u64)>,
    status_poll: Option<PollClock>,
    mailbox_polls: HashMap<i64, PollClock>,
    report: SyncReport,
}

/// The binary batch body ([`batch::encode`]) of outbox envelopes (base64
/// as the outbox keeps them): format 2 envelopes grouped under their key
/// id, format 1 envelopes queued before the upgrade in a format 1 group,
/// all in outbox order.
fn batch_body(envelopes: &[String]) -> Result<Vec<u8>> {
    let bytes: Vec<Vec<u8>> = envelopes
        .iter()
        .map(|e| B64.decode(e.as_bytes()))
        .collect::<std::result::Result<_, _>>()
        // The outbox holds what this engine sealed, authenticated by the
        // device key: it always decodes.
        .map_err(|_| Error::Internal("outbox envelope"))?;
    batch::encode(bytes.iter().map(Vec::as_slice)).map_err(|_| Error::Internal("outbox envelope"))
}

/// The outcomes of a batch answer: binary (one status byte per envelope,
/// in the order sent) or JSON (an older relay). A binary answer with
/// another count accounts for nothing.
fn batch_results(body: &[u8], rows: &[(i64, u32, String)]) -> Option<Vec<BatchOutcome>> {
    if let Some(statuses) = batch::decode_answer(body) {
        if statuses.len() != rows.len() {
            return None;
        }
        return Some(
            statuses
                .iter()
                .zip(rows)
                .enumerate()
                .map(|(index, (status, (_, _, id)))| match status {
                    batch::ItemStatus::Stored => BatchOutcome::Stored { id: id.clone() },
                    batch::ItemStatus::Duplicate => BatchOutcome::Duplicate { id: id.clone() },
                    batch::ItemStatus::Malformed => BatchOutcome::Rejected {
                        index,
                        code: "malformed".into(),
                    },
                    batch::ItemStatus::TooLarge => BatchOutcome::Rejected {
                        index,
                        code: "too_large".into(),
                    },
                })
                .collect(),
        );
    }
    decode::<BatchResponse>(body).map(|b| b.results)
}

fn decode<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Option<T> {
    serde_json::from_slice(bytes).ok()
}

fn encode<T: Serialize>(value: &T) -> Result<zeroize::Zeroizing<Vec<u8>>> {
    serde_json::to_vec(value)
        .map(zeroize::Zeroizing::new)
        .map_err(|_| Error::Internal("encode"))
}

/// Retry delay after `attempts` failures: exponential, capped, full jitter
/// in the upper half (so retries of many phones spread out but never come
/// sooner than half the nominal delay).
pub fn backoff_secs(policy: &SyncPolicy, attempts: u32, random: u32) -> u64 {
    let exp = attempts.saturating_sub(1).min(30);
    let nominal = policy
        .base_backoff_secs
        .saturating_mul(1u64 << exp)
        .min(policy.max_backoff_secs)
        .max(1);
    let half = nominal / 2;
    half + u64::from(random) % (nominal - half + 1)
}

fn random_u32() -> u32 {
    vault::random_bytes(4)
        .ok()
        .and_then(|b| b.try_into().ok())
        .map(u32::from_le_bytes)
        .unwrap_or(0)
}

/// The sync capability's own state: the runtime (tasks handed out, poll
/// clocks, the report being built), the connectivity the platform reports
/// and the pacing policy.
pub(crate) struct SyncState {
    runtime: std::sync::Mutex<SyncRuntime>,
    pub(crate) connectivity: std::sync::Arc<dyn Connectivity>,
    pub(crate) policy: SyncPolicy,
}

impl SyncState {
    pub(crate) fn new(connectivity: std::sync::Arc<dyn Connectivity>, policy: SyncPolicy) -> Self {
        SyncState {
            runtime: std::sync::Mutex::new(SyncRuntime::default()),
            connectivity,
            policy,
        }
    }

    pub(crate) fn policy(&self) -> &SyncPolicy {
        &self.policy
    }

    fn runtime(&self) -> std::sync::MutexGuard<'_, SyncRuntime> {
        lock_or_recover(&self.runtime)
    }
}

/// The sync engine; from [`Waymark::sync`].
#[derive(Clone, Copy, Debug)]
pub struct SyncEngine<'a> {
    wm: &'a Waymark,
}

impl<'a> SyncEngine<'a> {
    pub(crate) fn new(wm: &'a Waymark) -> Self {
        SyncEngine { wm }
    }

    fn open_outbox(&self, device: &vault::DataKey, row: &OutboxRow) -> Option<OutboxItem> {
        vault::open(device, Record::OUTBOX, row.id, &row.sealed)
            .ok()
            .and_then(|json| decode(&json))
    }

    /// The outbox at a glance: all zeros unless the real profile is
    /// unlocked (the outbox is the device's, and its counts would show that
    /// messages exist).
    pub fn outbox_summary(&self) -> Result<OutboxSummary> {
        if !self.wm.shared.real_profile_unlocked() {
            return Ok(OutboxSummary::default());
        }
        let mut s = OutboxSummary::default();
        for (state, n) in self.wm.shared.store().outbox_counts()? {
            match state {
                OutboxState::Pending | OutboxState::Inflight => s.queued += n,
                OutboxState::Sent => s.sent += n,
                OutboxState::Delivered => s.delivered += n,
                OutboxState::Failed => s.needs_attention += n,
            }
        }
        Ok(s)
    }

    /// Ask the next planning round to poll now, whatever the intervals (the
    /// person pressed "sync now"). The pack check keeps its daily schedule.
    pub fn request(&self) {
        let mut rt = self.wm.sync.runtime();
        rt.status_poll = None;
        rt.mailbox_polls.clear();
    }

    /// The open profile's id and data key, when unlocked.
    fn session_key(&self) -> Option<(i64, vault::DataKey)> {
        self.wm
            .shared
            .with_session(|s| Ok((s.profile.id(), s.key_copy())))
            .ok()
    }

    /// Records why the planner holds back, and until when.
    fn hold_back(&self, why: SyncWait, until: Option<i64>) {
        let mut rt = self.wm.sync.runtime();
        rt.report.waiting = Some(why);
        rt.report.next_attempt_at = until;
        if why == SyncWait::RelayPaused {
            rt.report.paused_until = until;
        }
    }

    /// Something was sent: its delivery and an answer are worth looking for
    /// soon, so polls return to their first interval.
    pub(crate) fn note_activity(&self) {
        let now = self.wm.shared.now();
        let base = PollClock {
            next: now + self.wm.sync.policy.poll_interval_secs,
            interval: self.wm.sync.policy.poll_interval_secs,
        };
        let mut rt = self.wm.sync.runtime();
        rt.status_poll = Some(base);
        for clock in rt.mailbox_polls.values_mut() {
            *clock = base;
        }
    }

    /// Plans the next request, or `None` when there is nothing to do now.
    /// Works while locked: everything it touches is device-sealed.
    pub fn next_task(&self) -> Result<Option<SyncTask>> {
        {
            let mut rt = self.wm.sync.runtime();
            rt.report.waiting = None;
            rt.report.next_attempt_at = None;
        }
        if !self.wm.sync.connectivity.is_online() {
            self.wm.sync.runtime().report.offline = true;
            self.hold_back(SyncWait::Offline, None);
            return Ok(None);
        }
        let now = self.wm.shared.now();
        let policy = &self.wm.sync.policy;
        let mut state = self.wm.shared.store().sync_state()?;
        if state.not_before > now {
            self.hold_back(SyncWait::RelayPaused, Some(state.not_before));
            return Ok(None);
        }
        if now - state.window_start >= policy.window_secs || now < state.window_start {
            state.window_start = now;
            state.window_requests = 0;
        }
        let window_end = state.window_start + policy.window_secs;
        if state.window_requests >= policy.max_requests_per_window {
            self.hold_back(SyncWait::BudgetSpent, Some(window_end));
            return Ok(None);
        }
        let device = self.wm.shared.device_key()?;
        let mut rt = self.wm.sync.runtime();

        // 1. Deliver what is due: one batch read from the index, oldest
        // first, however long the queue.
        let due: Vec<OutboxRow> =
            self.wm
                .shared
                .store()
                .outbox_due(OutboxState::Pending, now, policy.batch_size)?;
        if !due.is_empty() {
            let mut envelopes = Vec::with_capacity(due.len());
            let mut rows = Vec::with_capacity(due.len());
            let mut writes = Vec::new();
            for row in &due {
                match self.open_outbox(&device, row) {
                    Some(item) => {
                        envelopes.push(item.envelope);
                        rows.push((row.id, row.attempts, item.envelope_id));
                        writes.push(Write::Outbox {
                            id: row.id,
                            state: OutboxState::Inflight,
                            attempts: row.attempts,
                            next_at: row.next_at,
                        });
                    }
                    // Not readable with this device key: it can never be sent.
                    None => writes.push(Write::Outbox {
                        id: row.id,
                        state: OutboxState::Failed,
                        attempts: row.attempts,
                        next_at: row.next_at,
                    }),
                }
            }
            if !rows.is_empty() {
                state.window_requests += 1;
                writes.push(Write::SyncState(state));
                self.wm.shared.store().apply_bookkeeping(&writes)?;
                let body = batch_body(&envelopes)?;
                let mut task = rt.hand_out(
                    Pending::Send(rows),
                    "POST",
                    "/v1/envelopes".into(),
                    None,
                    body,
                    api::MAX_BATCH_ANSWER,
                );
                task.content_type = Some(batch::CONTENT_TYPE.to_string());
                return Ok(Some(task));
            }
            self.wm.shared.store().apply_bookkeeping(&writes)?;
        }

        // Polls leave a quarter of the window for sends.
        if state.window_requests >= policy.max_requests_per_window / 4 * 3 {
            let mailboxes = self.wm.shared.store().device_rows(DeviceTable::Mailboxes)?;
            let polls_due = PollClock::due(rt.status_poll.as_ref(), now)
                || mailboxes
                    .iter()
                    .any(|(row, _)| PollClock::due(rt.mailbox_polls.get(row), now));
            if polls_due {
                rt.report.waiting = Some(SyncWait::BudgetSpent);
                rt.report.next_attempt_at = Some(window_end);
            }
            return Ok(None);
        }

        // 2. Ask which sent messages the hotline has collected.
        if PollClock::due(rt.status_poll.as_ref(), now) {
            let sent: Vec<(i64, u32, String)> = self
                .wm
                .shared
                .store()
                .outbox_due(OutboxState::Sent, i64::MAX, api::MAX_STATUS_IDS)?
                .iter()
                .filter_map(|r| {
                    self.open_outbox(&device, r)
                        .map(|i| (r.id, r.attempts, i.envelope_id))
                })
                .collect();
            if sent.is_empty() {
                rt.status_poll = Some(PollClock::after(rt.status_poll, false, now, policy));
            } else {
                // Not again before the answer (or the interval).
                rt.status_poll = Some(PollClock {
                    next: now + policy.poll_interval_secs,
                    interval: rt
                        .status_poll
                        .map_or(policy.poll_interval_secs, |c| c.interval),
                });
                let body = serde_json::to_vec(&StatusRequest {
                    ids: sent.iter().map(|(_, _, id)| id.clone()).collect(),
                })
                .map_err(|_| Error::Internal("encode"))?;
                state.window_requests += 1;
                self.wm
                    .shared
                    .store()
                    .apply_bookkeeping(&[Write::SyncState(state)])?;
                return Ok(Some(rt.hand_out(
                    Pending::Status(sent),
                    "POST",
                    "/v1/envelopes/status".into(),
                    None,
                    body,
                    api::MAX_STATUS_ANSWER,
                )));
            }
        }

        // 3. Fetch replies, one mailbox per task.
        let mailboxes = self.wm.shared.store().device_rows(DeviceTable::Mailboxes)?;
        for (row, sealed) in mailboxes {
            if !PollClock::due(rt.mailbox_polls.get(&row), now) {
                continue;
            }
            let interval = rt
                .mailbox_polls
                .get(&row)
                .map_or(policy.poll_interval_secs, |c| c.interval);
            rt.mailbox_polls.insert(
                row,
                PollClock {
                    next: now + interval,
                    interval,
                },
            );
            let Some(record) = vault::open(&device, Record::MAILBOX, row, &sealed)
                .ok()
                .and_then(|json| decode::<MailboxRecord>(&json))
            else {
                continue;
            };
            state.window_requests += 1;
            self.wm
                .shared
                .store()
                .apply_bookkeeping(&[Write::SyncState(state)])?;
            let path = format!(
                "/v1/mailboxes/{}/envelopes?limit={}&after={}",
                record.mailbox_id,
                api::REPLY_PAGE,
                record.after
            );
            let bearer = Some(record.cap.clone());
            return Ok(Some(rt.hand_out(
                Pending::Mailbox(row, record),
                "GET",
                path,
                bearer,
                Vec::new(),
                api::MAX_REPLY_PAGE_ANSWER,
            )));
        }

        // 4. A newer content pack, at most daily and never on data saver.
        // The check counts when it is handed out, so one that fails (relay
        // down, bad answer) waits its interval like one that succeeded.
        if !self.wm.sync.connectivity.data_saver()
            && (now - state.pack_checked >= policy.pack_interval_secs || now < state.pack_checked)
        {
            state.pack_checked = now;
            state.window_requests += 1;
            self.wm
                .shared
                .store()
                .apply_bookkeeping(&[Write::SyncState(state)])?;
            let have = self.wm.content().status().version;
            let locale = self.wm.shared.localizer().active_tag().to_string();
            return Ok(Some(rt.hand_out(
                Pending::Pack,
                "GET",
                format!("/v1/packs/latest?have={have}&locale={locale}"),
                None,
                Vec::new(),
                api::MAX_PACK_ANSWER,
            )));
        }
        Ok(None)
    }

    /// Applies the outcome of a task from [`crate::SyncEngine::next_task`].
    pub fn report_result(&self, task_id: u64, outcome: TaskOutcome) -> Result<()> {
        let (pending, max_response_bytes) = self
            .wm
            .sync
            .runtime()
            .tasks
            .remove(&task_id)
            .ok_or(Error::UnknownSyncTask)?;
        // A platform driver that read past the limit gets the same answer
        // as one that stopped in time.
        let outcome = match outcome {
            TaskOutcome::Response(r) if r.body.len() as u64 > max_response_bytes => {
                TaskOutcome::TooLarge
            }
            other => other,
        };
        let now = self.wm.shared.now();
        let policy = self.wm.sync.policy.clone();
        {
            let mut rt = self.wm.sync.runtime();
            rt.report.requests += 1;
            match outcome {
                TaskOutcome::NetworkError => rt.report.network_errors += 1,
                TaskOutcome::TooLarge => rt.report.refused_answers += 1,
                _ => {}
            }
        }
        // A pause the server asked for applies to everything.
        if let TaskOutcome::Response(r) = &outcome
            && (r.status == 429 || r.status == 503)
        {
            let pause = r
                .retry_after_secs
                .unwrap_or(policy.base_backoff_secs)
                .min(policy.max_retry_after_secs);
            let mut state = self.wm.shared.store().sync_state()?;
            state.not_before = now + pause as i64;
            self.wm
                .shared
                .store()
                .apply_bookkeeping(&[Write::SyncState(state)])?;
        }
        match pending {
            Pending::Send(rows) => self.apply_send(&rows, &outcome, now, &policy),
            Pending::Status(rows) => self.apply_status(&rows, &outcome),
            Pending::Mailbox(row, record) => {
                let page = self.apply_mailbox(row, record, &outcome, now)?;
                self.reschedule_poll(Some(row), page > 0);
                if page >= api::REPLY_PAGE {
                    // A full page: more may wait; read on at once.
                    if let Some(clock) = self.wm.sync.runtime().mailbox_polls.get_mut(&row) {
                        clock.next = now;
                    }
                }
                Ok(())
            }
            Pending::Pack => {
                if let TaskOutcome::Response(r) = &outcome
                    && r.status == 200
                    && let Ok(status) = self.wm.content().install_pack(&r.body)
                {
                    self.wm.sync.runtime().report.pack_installed = Some(status.version);
                }
                // A pack that does not verify or is not newer is ignored
                // until the next daily check.
                Ok(())
            }
        }
    }

    fn apply_send(
        &self,
        rows: &[(i64, u32, String)],
        outcome: &TaskOutcome,
        now: i64,
        policy: &SyncPolicy,
    ) -> Result<()> {
        let retry = |attempts: u32| {
            let attempts = attempts + 1;
            Write::Outbox {
                id: 0,
                state: OutboxState::Pending,
                attempts,
                next_at: now + backoff_secs(policy, attempts, random_u32()) as i64,
            }
        };
        let with_id = |w: Write<'static>, id: i64| match w {
            Write::Outbox {
                state,
                attempts,
                next_at,
                ..
            } => Write::Outbox {
                id,
                state,
                attempts,
                next_at,
            },
            other => other,
        };
        let mut writes: Vec<Write<'static>> = Vec::new();
        let (mut sent, mut failed) = (0, 0);
        match outcome {
            TaskOutcome::Cancelled => {
                for (id, attempts, _) in rows {
                    writes.push(Write::Outbox {
                        id: *id,
                        state: OutboxState::Pending,
                        attempts: *attempts,
                        next_at: now,
                    });
                }
            }
            TaskOutcome::Response(r) if r.status == 200 => {
                let results = batch_results(&r.body, rows);
                for (index, (id, attempts, envelope_id)) in rows.iter().enumerate() {
                    let result = results.as_ref().and_then(|all| {
                        all.iter().find(|o| match o {
                            BatchOutcome::Stored { id } | BatchOutcome::Duplicate { id } => {
                                id == envelope_id
                            }
                            BatchOutcome::Rejected { index: i, .. } => *i == index,
                        })
                    });
                    match result {
                        Some(BatchOutcome::Stored { .. } | BatchOutcome::Duplicate { .. }) => {
                            sent += 1;
                            writes.push(Write::Outbox {
                                id: *id,
                                state: OutboxState::Sent,
                                attempts: *attempts,
                                next_at: now,
                            });
                        }
                        Some(BatchOutcome::Rejected { .. }) => {
                            failed += 1;
                            writes.push(Write::Outbox {
                                id: *id,
                                state: OutboxState::Failed,
                                attempts: *attempts,
                                next_at: now,
                            });
                        }
                        // An answer that does not account for it: try again.
                        None => writes.push(with_id(retry(*attempts), *id)),
                    }
                }
            }
            TaskOutcome::Response(r)
                if (400..500).contains(&r.status) && ![408, 429].contains(&r.status) =>
            {
                // A permanent refusal: retrying the same bytes cannot help.
                for (id, attempts, _) in rows {
                    failed += 1;
                    writes.push(Write::Outbox {
                        id: *id,
                        state: OutboxState::Failed,
                        attempts: *attempts,
                        next_at: now,
                    });
                }
            }
            // 5xx, 408, 429, network errors, answers too large: back off
            // and try again.
            _ => {
                for (id, attempts, _) in rows {
                    writes.push(with_id(retry(*attempts), *id));
                }
            }
        }
        self.wm.shared.store().apply_bookkeeping(&writes)?;
        let mut rt = self.wm.sync.runtime();
        rt.report.sent += sent;
        rt.report.failed += failed;
        Ok(())
    }

    /// Sets the next poll of the delivery status (`mailbox` `None`) or of
    /// one mailbox: quick again if it found something, slower if not.
    fn reschedule_poll(&self, mailbox: Option<i64>, found: bool) {
        let now = self.wm.shared.now();
        let mut rt = self.wm.sync.runtime();
        match mailbox {
            None => {
                rt.status_poll = Some(PollClock::after(
                    rt.status_poll,
                    found,
                    now,
                    &self.wm.sync.policy,
                ));
            }
            Some(row) => {
                let next = PollClock::after(
                    rt.mailbox_polls.get(&row).copied(),
                    found,
                    now,
                    &self.wm.sync.policy,
                );
                rt.mailbox_polls.insert(row, next);
            }
        }
    }

    fn apply_status(&self, rows: &[(i64, u32, String)], outcome: &TaskOutcome) -> Result<()> {
        let changed = self.apply_status_answer(rows, outcome)?;
        self.reschedule_poll(None, changed);
        Ok(())
    }

    /// Whether anything changed.
    fn apply_status_answer(
        &self,
        rows: &[(i64, u32, String)],
        outcome: &TaskOutcome,
    ) -> Result<bool> {
        let TaskOutcome::Response(r) = outcome else {
            return Ok(false);
        };
        let Some(answer) = (r.status == 200)
            .then(|| decode::<StatusResponse>(&r.body))
            .flatten()
        else {
            return Ok(false);
        };
        let mut writes = Vec::new();
        let mut delivered = 0;
        for (id, attempts, envelope_id) in rows {
            let status = answer
                .statuses
                .iter()
                .find(|s| &s.id == envelope_id)
                .map(|s| s.status);
            let state = match status {
                Some(RelayStatus::Fetched) => {
                    delivered += 1;
                    OutboxState::Delivered
                }
                // The relay lost it (restored from an old backup, say):
                // send it again; the relay deduplicates by id.
                Some(RelayStatus::Unknown) => OutboxState::Pending,
                _ => continue,
            };
            writes.push(Write::Outbox {
                id: *id,
                state,
                attempts: *attempts,
                next_at: 0,
            });
        }
        self.wm.shared.store().apply_bookkeeping(&writes)?;
        self.wm.sync.runtime().report.delivered += delivered;
        Ok(!writes.is_empty())
    }

    /// Stores a page of replies and moves the read position past it;
    /// returns how many items the page held, or 0 when it did not move the
    /// read position (nothing new, however it is padded). Only replies that can be
    /// right are kept: a well-formed envelope under the id the page gives,
    /// sealed to this conversation's reply key, not already waiting. While
    /// unlocked they are opened at once, so the report counts only replies
    /// that reached a conversation.
    fn apply_mailbox(
        &self,
        row: i64,
        mut record: MailboxRecord,
        outcome: &TaskOutcome,
        now: i64,
    ) -> Result<usize> {
        let TaskOutcome::Response(r) = outcome else {
            return Ok(0);
        };
        let Some(page) = (r.status == 200).then(|| decode::<Page>(&r.body)).flatten() else {
            return Ok(0);
        };
        if page.envelopes.is_empty() {
            return Ok(0);
        }
        let device = self.wm.shared.device_key()?;
        let mut waiting: std::collections::HashSet<String> = self
            .wm
            .shared
            .store()
            .device_rows(DeviceTable::Inbox)?
            .into_iter()
            .filter_map(|(id, sealed)| {
                vault::open(&device, Record::INBOX, id, &sealed)
                    .ok()
                    .and_then(|json| decode::<InboxRecord>(&json))
                    .map(|r| r.envelope_id)
            })
            .collect();
        let mut sealed_rows = Vec::with_capacity(page.envelopes.len());
        for item in &page.envelopes {
            let header = B64
                .decode(item.envelope.as_bytes())
                .ok()
                .and_then(|bytes| waymark_protocol::envelope::header(&bytes).ok());
            let Some(header) = header else { continue };
            let id = hex(&header.id);
            if id != item.id
                || record
                    .key_id
                    .as_ref()
                    .is_some_and(|k| *k != hex(&header.key_id))
                || !waiting.insert(id)
            {
                continue;
            }
            let inbox = InboxRecord {
                mailbox_id: record.mailbox_id.clone(),
                envelope: item.envelope.clone(),
                envelope_id: item.id.clone(),
                received_at: now,
            };
            let id = random_id()?;
            sealed_rows.push((
                id,
                vault::seal(&device, Record::INBOX, id, &encode(&inbox)?)?,
            ));
        }
        let before = record.after;
        record.after = record.after.max(page.next);
        let sealed_box = vault::seal(&device, Record::MAILBOX, row, &encode(&record)?)?;
        // The replies and the new read position land together: a crash
        // cannot lose a reply or fetch it twice.
        let mut writes: Vec<Write<'_>> = sealed_rows
            .iter()
            .map(|(id, sealed)| Write::PutDevice {
                table: DeviceTable::Inbox,
                id: *id,
                sealed,
            })
            .collect();
        writes.push(Write::PutDevice {
            table: DeviceTable::Mailboxes,
            id: row,
            sealed: &sealed_box,
        });
        self.wm.shared.store().apply(&writes)?;
        let kept = match self.session_key() {
            Some((profile, key)) => {
                let opened = self.wm.quiet().open_replies(&key, profile)?;
                sealed_rows
                    .iter()
                    .filter(|(id, _)| opened.contains(id))
                    .count()
            }
            None => sealed_rows.len(),
        } as u32;
        self.wm.sync.runtime().report.replies += kept;
        Ok(if record.after > before {
            page.envelopes.len()
        } else {
            0
        })
    }

    /// Runs the engine over `transport` until nothing more is due now, and
    /// reports what happened. Polls happen now, whatever their intervals
    /// (the person asked to sync); the pack check only when it is due. A
    /// network failure backs off rather than spinning: the loop ends when
    /// every remaining entry waits.
    pub async fn run_now<T: Transport>(&self, transport: &T) -> Result<SyncReport> {
        self.run(transport, true).await
    }

    /// As [`SyncEngine::run_now`], but polls only what is due by the
    /// policy's intervals: for timers that run often.
    pub async fn run_due<T: Transport>(&self, transport: &T) -> Result<SyncReport> {
        self.run(transport, false).await
    }

    /// The one loop of both runs; `now` makes every poll due first.
    async fn run<T: Transport>(&self, transport: &T, now: bool) -> Result<SyncReport> {
        self.wm.sync.runtime().report = SyncReport::default();
        if now {
            self.request();
        }
        while let Some(task) = self.next_task()? {
            if self.run_task(transport, task).await? {
                break;
            }
        }
        self.finish_report()
    }

    /// Makes one request and applies its outcome; whether it was cancelled
    /// (then the run stops: the cancelled work waits for the next run).
    async fn run_task<T: Transport>(&self, transport: &T, task: SyncTask) -> Result<bool> {
        let outcome = transport.execute(&task).await;
        let cancelled = outcome == TaskOutcome::Cancelled;
        self.report_result(task.id, outcome)?;
        Ok(cancelled)
    }

    /// The report so far, with what still waits, why, and when the engine
    /// tries next.
    pub fn finish_report(&self) -> Result<SyncReport> {
        let now = self.wm.shared.now();
        let (queued, next_due) = self.wm.shared.store().outbox_pending()?;
        let state = self.wm.shared.store().sync_state()?;
        let mut rt = self.wm.sync.runtime();
        rt.report.queued = queued;
        rt.report.next_attempt_in = next_due.map(|t| (t - now).max(0) as u64);
        if state.not_before > now {
            rt.report.paused_until = Some(state.not_before);
            rt.report.waiting = Some(SyncWait::RelayPaused);
            rt.report.next_attempt_at = Some(state.not_before);
        } else if rt.report.waiting.is_none()
            && let Some(at) = next_due.filter(|t| *t > now)
        {
            rt.report.waiting = Some(SyncWait::Retrying);
            rt.report.next_attempt_at = Some(at);
        }
        let report = std::mem::take(&mut rt.report);
        drop(rt);
        Ok(self.shown_sync_report(report))
    }

    /// Why `report`'s engine holds back and when it tries again, localized
    /// for the person ([`crate::screens::sync_wait`]).
    pub fn wait_note(&self, report: &SyncReport) -> Option<String> {
        crate::screens::sync_wait(&self.wm.shared.localizer(), report, self.wm.shared.now())
    }

    /// What the person is told when a sync found no network.
    pub fn offline_note(&self) -> String {
        crate::screens::sync_offline(&self.wm.shared.localizer())
    }

    /// What a sync report may show. The outbox is sealed with the device
    /// key so sync delivers while locked or in the decoy (decision 25), but
    /// without the real profile unlocked a report says only whether the
    /// phone was offline and whether public content arrived: no counts, no
    /// next attempt, no pause, nothing that shows messages exist.
    fn shown_sync_report(&self, report: SyncReport) -> SyncReport {
        if self.wm.shared.real_profile_unlocked() {
            return report;
        }
        SyncReport {
            offline: report.offline,
            pack_installed: report.pack_installed,
            // "Offline" speaks of the phone's network only; every other
            // reason (a retry, a pause, a spent budget) implies requests.
            waiting: report.waiting.filter(|w| matches!(w, SyncWait::Offline)),
            ..SyncReport::default()
        }
    }

    /// Crash recovery at start-up.
    pub(crate) fn recover(&self) -> Result<()> {
        self.wm.shared.store().recover_inflight()?;
        Ok(())
    }
}

impl SyncRuntime {
    fn hand_out(
        &mut self,
        pending: Pending,
        method: &str,
        path: String,
        bearer: Option<String>,
        body: Vec<u8>,
        max_response_bytes: usize,
    ) -> SyncTask {
        self.next_id += 1;
        let id = self.next_id;
        let max_response_bytes = max_response_bytes as u64;
        self.tasks.insert(id, (pending, max_response_bytes));
        SyncTask {
            id,
            method: method.into(),
            path,
            bearer,
            content_type: (!body.is_empty()).then(|| "application/json".to_string()),
            body,
            max_response_bytes,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_caps_and_jitters_within_bounds() {
        let p = SyncPolicy::default();
        for attempts in 1..40 {
            let nominal = (p.base_backoff_secs << (attempts - 1).min(30)).min(p.max_backoff_secs);
            for r in [0, 1, 7, u32::MAX] {
                let d = backoff_secs(&p, attempts, r);
                assert!(d >= nominal / 2 && d <= nominal, "{attempts}: {d}");
            }
        }
        assert!(backoff_secs(&p, 30, 0) >= 1800);
    }
}
