//! The sync engine (ARCHITECTURE §6): delivers the outbox, learns what the
//! hotline has collected, fetches replies, and updates the content pack.
//!
//! The capability is the [`SyncEngine`] handle (`wm.sync()`); its own
//! state ([`SyncState`]: the runtime, the connectivity, the policy) lives
//! here. It must never show, without the real profile unlocked, anything
//! that says messages exist ([`SyncEngine::finish_report`]).
//!
//! The files: this one holds the types the platforms see (policy, tasks,
//! outcomes, reports) and the run loops; `plan.rs` plans the next request,
//! `apply.rs` applies its answer, `runtime.rs` is the engine's memory
//! (what each handed-out task is for, as named `InFlight`
//! rows, and the poll clocks), `records.rs` the device-sealed records.
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
//! everything (the header as the platform received it, read here:
//! [`network::retry_after_secs`]); at most [`SyncPolicy::max_requests_per_window`] requests per
//! window; a permanent 4xx marks the entry "needs attention" instead of
//! retrying forever; a quota on waiting messages ([`SyncPolicy::max_outbox`]).
//! Polls (delivery status, reply mailboxes) start at
//! [`SyncPolicy::poll_interval_secs`] and slow down, doubling after each
//! poll that brings nothing new, up to an hour; a send or a reply makes them
//! quick again. Polls may use only three quarters of the request window, so
//! they can never starve a send. The pack check runs once per
//! [`SyncPolicy::pack_interval_secs`] (a failed check counts, and "sync
//! now" does not hurry it) and never under the data-saver hint, which the
//! engine decides from the platform's raw [`NetworkFacts`] ([`network`]).
//! When the next sync is due is the engine's answer too
//! ([`SyncEngine::next_sync_at`], [`cadence`]), so no driver keeps a timer
//! of its own. Each change a run commits that a screen shows (a status, a
//! reply, the run's end) is told to the observers ([`crate::observe`]).
//!
//! Every task names the longest answer its endpoint may give
//! ([`SyncTask::max_response_bytes`], from `waymark_protocol::api`); a longer
//! one is [`TaskOutcome::TooLarge`] and treated as a bad answer. When the
//! engine holds back (offline, paused by the relay, request budget spent,
//! backing off), the report says why and when it tries next
//! ([`SyncReport::waiting`], [`SyncReport::next_attempt_at`]).

mod apply;
pub mod cadence;
pub mod cancel;
pub mod http;
pub mod network;
mod plan;
mod records;
mod runtime;

pub use network::{NetworkFacts, retry_after_secs};
pub use records::{InboxRecord, MailboxRecord, OutboxItem};
use runtime::PollClock;
pub(crate) use runtime::SyncRuntime;

use std::fmt;

use serde::Serialize;

use crate::Waymark;
use crate::error::Result;
use crate::observe::Change;
use crate::shared::lock_or_recover;
use crate::store::quiet::{OutboxState, Write};
use crate::vault;

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

/// What the platform knows about the network, asked before each plan; the
/// core reads the facts ([`network`]).
pub trait Connectivity: Send + Sync + fmt::Debug {
    fn facts(&self) -> NetworkFacts;
}

/// For platforms without a connectivity signal: try, and let failures back off.
#[derive(Debug, Clone, Copy, Default)]
pub struct AssumeOnline;

impl Connectivity for AssumeOnline {
    fn facts(&self) -> NetworkFacts {
        NetworkFacts::ONLINE
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
    /// The `Retry-After` header as it came, if any (the engine reads it:
    /// [`retry_after_secs`]).
    pub retry_after: Option<String>,
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

pub(super) fn decode<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Option<T> {
    serde_json::from_slice(bytes).ok()
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

pub(super) fn random_u32() -> u32 {
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
        {
            let mut rt = self.wm.sync.runtime();
            rt.status_poll = None;
            rt.mailbox_polls.clear();
        }
        self.wm.shared.observers.notify(Change::Sync);
    }

    /// The open profile's id and data key, when unlocked.
    pub(super) fn session_key(&self) -> Option<(i64, vault::DataKey)> {
        self.wm
            .shared
            .with_session(|s| Ok((s.profile.id(), s.key_copy())))
            .ok()
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
        self.wm.shared.observers.notify(Change::Sync);
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
