//! Sync for the apps: the connectivity foreign trait, the records of a
//! sync run, and both drivers — `sync_now` / `sync_due` (the core's own
//! HTTP loop) and `next_sync_task` / `report_sync_result` (for Android
//! WorkManager and iOS background tasks) — and when the next sync is due.
//!
//! The platforms pass on what they see untouched (the network facts, the
//! raw `Retry-After` header); the core reads it. Everything here that
//! touches the database or the network is async on the library's runtime
//! (the crate's threading rule); `request_sync`, `cancel_network` and
//! `sync_wait_note` only touch memory.

use std::sync::{Arc, PoisonError};

use waymark_core::sync::cancel::{Cancel, Cancellable};
use waymark_core::sync::http::HttpTransport;
use waymark_core::sync::{
    HttpResponse, NetworkFacts, OutboxSummary, SyncReport, SyncTask, SyncWait, TaskOutcome,
};

use crate::{ApiError, RUNTIME, Waymark};

/// What the platform knows about the network, unread (Android
/// ConnectivityManager, iOS NWPathMonitor). Asked on the library's
/// threads before each sync request: answer from what is cached, and
/// never throw (answer `known = false` instead).
#[uniffi::export(with_foreign)]
pub trait Connectivity: Send + Sync {
    fn facts(&self) -> NetworkFacts;
}

/// The raw facts; the core decides what they mean (online, save data).
#[uniffi::remote(Record)]
pub struct NetworkFacts {
    /// The platform has an answer; without one the core assumes a network.
    pub known: bool,
    /// Android: `NET_CAPABILITY_INTERNET`; iOS: the path is `satisfied`.
    pub internet: bool,
    /// Android: `NET_CAPABILITY_VALIDATED`; iOS: `None`.
    pub validated: Option<bool>,
    /// Android: `isActiveNetworkMetered`; iOS: `isExpensive`.
    pub metered: bool,
    /// Android: `RESTRICT_BACKGROUND_STATUS_ENABLED`; iOS: `isConstrained`.
    pub data_saver_on: bool,
}

pub(crate) struct ForeignConnectivity(pub Arc<dyn Connectivity>);

impl std::fmt::Debug for ForeignConnectivity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ForeignConnectivity")
    }
}

impl waymark_core::sync::Connectivity for ForeignConnectivity {
    fn facts(&self) -> NetworkFacts {
        self.0.facts()
    }
}

#[uniffi::remote(Record)]
pub struct SyncReport {
    pub requests: u32,
    pub sent: u32,
    pub delivered: u32,
    pub replies: u32,
    pub failed: u32,
    pub network_errors: u32,
    pub queued: u32,
    pub next_attempt_in: Option<u64>,
    pub offline: bool,
    pub paused_until: Option<i64>,
    pub pack_installed: Option<u64>,
    pub refused_answers: u32,
    pub waiting: Option<SyncWait>,
    pub next_attempt_at: Option<i64>,
}

/// Why the sync engine holds back (see `SyncReport.next_attempt_at`).
#[uniffi::remote(Enum)]
pub enum SyncWait {
    Offline,
    RelayPaused,
    BudgetSpent,
    Retrying,
}

#[uniffi::remote(Record)]
pub struct OutboxSummary {
    pub queued: u32,
    pub sent: u32,
    pub delivered: u32,
    pub needs_attention: u32,
}

/// One HTTP request for the platform to make: `base + path`, with
/// `Authorization: Bearer <bearer>` and `Content-Type` when given.
#[uniffi::remote(Record)]
pub struct SyncTask {
    pub id: u64,
    pub method: String,
    pub path: String,
    pub bearer: Option<String>,
    pub content_type: Option<String>,
    pub body: Vec<u8>,
    /// Stop reading an answer longer than this and report `TooLarge`.
    pub max_response_bytes: u64,
}

/// How the platform's request ended.
#[derive(Debug, Clone, uniffi::Enum)]
pub enum SyncOutcome {
    Response {
        status: u16,
        /// The `Retry-After` header as it came, if any: the core reads
        /// seconds or an HTTP date.
        retry_after: Option<String>,
        body: Vec<u8>,
        /// The `x-waymark-pack-version` header, if any.
        pack_version: Option<u64>,
    },
    /// No answer: no route, refused, reset, timed out.
    NetworkError,
    /// The platform stopped the work before it knew the answer.
    Cancelled,
    /// The answer was longer than the task's `max_response_bytes`; the
    /// platform stopped reading it.
    TooLarge,
}

impl From<SyncOutcome> for TaskOutcome {
    fn from(o: SyncOutcome) -> Self {
        match o {
            SyncOutcome::Response {
                status,
                retry_after,
                body,
                pack_version,
            } => TaskOutcome::Response(HttpResponse {
                status,
                retry_after,
                body,
                pack_version,
            }),
            SyncOutcome::NetworkError => TaskOutcome::NetworkError,
            SyncOutcome::Cancelled => TaskOutcome::Cancelled,
            SyncOutcome::TooLarge => TaskOutcome::TooLarge,
        }
    }
}

impl Waymark {
    pub(crate) fn transport(&self, relay_url: &str) -> Result<HttpTransport, ApiError> {
        HttpTransport::new(relay_url).map_err(|e| self.err(e))
    }

    /// The token that `cancel_network` cancels, for an operation starting.
    pub(crate) fn network_token(&self) -> Cancel {
        self.network
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Runs async core work on the library's runtime. The spawned task
    /// finishes even if the caller is cancelled, and every write inside is
    /// one transaction, so cancelling never leaves the outbox half-written.
    pub(crate) async fn run_async<T, F, Fut>(&self, work: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(Arc<waymark_core::Waymark>) -> Fut + Send + 'static,
        Fut: Future<Output = waymark_core::Result<T>> + Send + 'static,
    {
        let inner = self.inner.clone();
        match RUNTIME.spawn(async move { work(inner).await }).await {
            Ok(result) => result.map_err(|e| self.err(e)),
            Err(_) => Err(self.err(waymark_core::Error::Internal("background task failed"))),
        }
    }
}

#[uniffi::export]
impl Waymark {
    /// Works while locked.
    pub async fn outbox_summary(&self) -> Result<OutboxSummary, ApiError> {
        self.run(|w| w.sync().outbox_summary()).await
    }

    /// Driver 1: the core sends, polls and fetches over its own HTTP
    /// client until nothing is due. Works while locked.
    pub async fn sync_now(&self, relay_url: String) -> Result<SyncReport, ApiError> {
        let (transport, cancel) = (self.transport(&relay_url)?, self.network_token());
        self.run_async(move |w| async move {
            w.sync()
                .run_now(&Cancellable::new(&transport, &cancel))
                .await
        })
        .await
    }

    /// Driver 1 for timers: like `sync_now`, but polls delivery status,
    /// replies and the pack only when their intervals make them due (they
    /// slow down while nothing happens and speed up after a send). Run it
    /// at `next_sync_at`.
    pub async fn sync_due(&self, relay_url: String) -> Result<SyncReport, ApiError> {
        let (transport, cancel) = (self.transport(&relay_url)?, self.network_token());
        self.run_async(move |w| async move {
            w.sync()
                .run_due(&Cancellable::new(&transport, &cancel))
                .await
        })
        .await
    }

    /// When the next sync has something to do (Unix seconds; now when it
    /// is due now), `None` while offline: the one cadence every driver
    /// follows. Works while locked.
    pub async fn next_sync_at(&self) -> Result<Option<i64>, ApiError> {
        self.run(|w| w.sync().next_sync_at()).await
    }

    /// Stops every sync, backup and restore in flight at once: a stopped
    /// sync keeps its messages waiting, a stopped backup keeps the recovery
    /// key there was, a stopped restore writes nothing (code `cancelled`).
    /// Operations started afterwards run normally. `quick_exit` calls it.
    pub fn cancel_network(&self) {
        let mut token = self.network.lock().unwrap_or_else(PoisonError::into_inner);
        std::mem::take(&mut *token).cancel();
    }

    /// The person asked to sync: the next tasks poll everything now.
    pub fn request_sync(&self) {
        self.inner.sync().request();
    }

    /// Driver 2: the next request the platform should make, or none now.
    pub async fn next_sync_task(&self) -> Result<Option<SyncTask>, ApiError> {
        self.run(|w| w.sync().next_task()).await
    }

    /// Driver 2: how the platform's request for `task_id` ended (may
    /// install a content pack).
    pub async fn report_sync_result(
        &self,
        task_id: u64,
        outcome: SyncOutcome,
    ) -> Result<(), ApiError> {
        self.run(move |w| w.sync().report_result(task_id, outcome.into()))
            .await
    }

    /// What the platform driver's run did, and what still waits.
    pub async fn sync_report(&self) -> Result<SyncReport, ApiError> {
        self.run(|w| w.sync().finish_report()).await
    }

    /// Why a sync holds back and when it tries again, for the person
    /// (`None` when nothing holds it back).
    pub fn sync_wait_note(&self, report: SyncReport) -> Option<String> {
        self.inner.sync().wait_note(&report)
    }
}
