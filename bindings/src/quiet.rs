//! Quiet contact, sync and backup for the apps: screen models as records,
//! the connectivity foreign trait, and both sync drivers — `sync_now`
//! (the core's own HTTP loop) and `next_sync_task` / `report_sync_result`
//! (for Android WorkManager and iOS background tasks).

use std::sync::{Arc, PoisonError};

use waymark_core::backup::{BackupExport, RestoreReport};
use waymark_core::quiet::{
    ConversationScreen, ConversationSummary, ConversationsScreen, HotlineChoice, MessageStatus,
    MessageView,
};
use waymark_core::sync::cancel::{Cancel, Cancellable};
use waymark_core::sync::http::HttpTransport;
use waymark_core::sync::{
    HttpResponse, OutboxSummary, SyncReport, SyncTask, SyncWait, TaskOutcome,
};

use crate::{ApiError, RUNTIME, Waymark};

/// What the platform knows about the network (Android
/// ConnectivityManager, iOS NWPathMonitor).
#[uniffi::export(with_foreign)]
pub trait Connectivity: Send + Sync {
    fn is_online(&self) -> bool;
    /// The person chose to save data, or the network is metered.
    fn data_saver(&self) -> bool;
}

pub(crate) struct ForeignConnectivity(pub Arc<dyn Connectivity>);

impl std::fmt::Debug for ForeignConnectivity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ForeignConnectivity")
    }
}

impl waymark_core::sync::Connectivity for ForeignConnectivity {
    fn is_online(&self) -> bool {
        self.0.is_online()
    }
    fn data_saver(&self) -> bool {
        self.0.data_saver()
    }
}

#[uniffi::remote(Enum)]
pub enum MessageStatus {
    Queued,
    Sent,
    Delivered,
    Replied,
    NeedsAttention,
}

#[uniffi::remote(Record)]
pub struct HotlineChoice {
    pub id: String,
    pub name: String,
    pub about: String,
    pub development: bool,
}

#[uniffi::remote(Record)]
pub struct ConversationSummary {
    pub id: i64,
    pub hotline_id: String,
    pub hotline_name: String,
    pub last_message: String,
    pub last_at: i64,
    pub status: Option<MessageStatus>,
    pub status_label: String,
    pub messages: u32,
}

#[uniffi::remote(Record)]
pub struct ConversationsScreen {
    pub title: String,
    pub intro: String,
    pub hotlines_title: String,
    pub hotlines: Vec<HotlineChoice>,
    pub conversations_title: String,
    pub conversations: Vec<ConversationSummary>,
    pub empty: String,
    pub outbox_note: String,
}

#[uniffi::remote(Record)]
pub struct MessageView {
    pub id: i64,
    pub outgoing: bool,
    pub body: String,
    pub at: i64,
    pub status: Option<MessageStatus>,
    pub status_label: String,
    pub can_retry: bool,
}

#[uniffi::remote(Record)]
pub struct ConversationScreen {
    pub id: i64,
    pub title: String,
    pub hotline_id: String,
    pub hotline_name: String,
    pub messages: Vec<MessageView>,
    pub privacy_note: String,
    pub compose_hint: String,
    pub send_label: String,
    pub retry_label: String,
    pub you_label: String,
    pub development_note: Option<String>,
    pub earlier: Option<i64>,
    pub earlier_label: String,
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
        /// The `Retry-After` header in seconds, if any.
        retry_after_secs: Option<u64>,
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
                retry_after_secs,
                body,
                pack_version,
            } => TaskOutcome::Response(HttpResponse {
                status,
                retry_after_secs,
                body,
                pack_version,
            }),
            SyncOutcome::NetworkError => TaskOutcome::NetworkError,
            SyncOutcome::Cancelled => TaskOutcome::Cancelled,
            SyncOutcome::TooLarge => TaskOutcome::TooLarge,
        }
    }
}

/// A backup: show `recovery_code` once when present; `blob` is the sealed
/// backup for saving to a file (already uploaded by `backup_to_relay`).
#[derive(Debug, Clone, uniffi::Record)]
pub struct BackupResult {
    pub recovery_code: Option<String>,
    pub backup_id: String,
    pub contacts: u32,
    pub conversations: u32,
    pub messages: u32,
    pub blob: Vec<u8>,
}

impl From<BackupExport> for BackupResult {
    fn from(e: BackupExport) -> Self {
        BackupResult {
            recovery_code: e.recovery_code,
            backup_id: e.backup_id,
            contacts: e.contacts,
            conversations: e.conversations,
            messages: e.messages,
            blob: e.blob,
        }
    }
}

#[uniffi::remote(Record)]
pub struct RestoreReport {
    pub contacts: u32,
    pub conversations: u32,
    pub messages: u32,
    pub requeued: u32,
}

impl Waymark {
    fn transport(&self, relay_url: &str) -> Result<HttpTransport, ApiError> {
        HttpTransport::new(relay_url).map_err(|e| self.err(e))
    }

    /// The token that `cancel_network` cancels, for an operation starting.
    fn network_token(&self) -> Cancel {
        self.network
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Runs async core work on the library's runtime. The spawned task
    /// finishes even if the caller is cancelled, and every write inside is
    /// one transaction, so cancelling never leaves the outbox half-written.
    async fn run_async<T, F, Fut>(&self, work: F) -> Result<T, ApiError>
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
    /// Hotlines that take sealed messages.
    pub fn quiet_hotlines(&self) -> Vec<HotlineChoice> {
        self.inner.quiet().hotlines()
    }

    pub fn conversations_screen(&self) -> Result<ConversationsScreen, ApiError> {
        self.inner
            .quiet()
            .conversations_screen()
            .map_err(|e| self.err(e))
    }

    /// The newest page of a conversation (as `conversation_page(id, None)`).
    pub fn conversation_screen(&self, id: i64) -> Result<ConversationScreen, ApiError> {
        self.inner
            .quiet()
            .conversation_screen(id)
            .map_err(|e| self.err(e))
    }

    /// One page of a conversation: the newest messages before message
    /// `before` (a previous page's `earlier`), or the newest page for `None`.
    pub fn conversation_page(
        &self,
        id: i64,
        before: Option<i64>,
    ) -> Result<ConversationScreen, ApiError> {
        self.inner
            .quiet()
            .conversation_page(id, before)
            .map_err(|e| self.err(e))
    }

    /// The newest conversation with a hotline, or a new one; its id.
    pub async fn conversation_with(&self, hotline_id: String) -> Result<i64, ApiError> {
        self.run(move |w| w.quiet().conversation_with(&hotline_id))
            .await
    }

    /// Seals the message to the hotline and queues it, durably, before
    /// returning.
    pub async fn send_message(
        &self,
        conversation_id: i64,
        body: String,
    ) -> Result<MessageView, ApiError> {
        self.run(move |w| w.quiet().send_message(conversation_id, &body))
            .await
    }

    pub async fn retry_message(&self, message_id: i64) -> Result<(), ApiError> {
        self.run(move |w| w.quiet().retry_message(message_id)).await
    }

    /// Works while locked.
    pub fn outbox_summary(&self) -> Result<OutboxSummary, ApiError> {
        self.inner.sync().outbox_summary().map_err(|e| self.err(e))
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
    /// slow down while nothing happens and speed up after a send).
    pub async fn sync_due(&self, relay_url: String) -> Result<SyncReport, ApiError> {
        let (transport, cancel) = (self.transport(&relay_url)?, self.network_token());
        self.run_async(move |w| async move {
            w.sync()
                .run_due(&Cancellable::new(&transport, &cancel))
                .await
        })
        .await
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
    pub fn next_sync_task(&self) -> Result<Option<SyncTask>, ApiError> {
        self.inner.sync().next_task().map_err(|e| self.err(e))
    }

    /// Driver 2: how the platform's request for `task_id` ended.
    pub fn report_sync_result(&self, task_id: u64, outcome: SyncOutcome) -> Result<(), ApiError> {
        self.inner
            .sync()
            .report_result(task_id, outcome.into())
            .map_err(|e| self.err(e))
    }

    /// What the platform driver's run did, and what still waits.
    pub fn sync_report(&self) -> Result<SyncReport, ApiError> {
        self.inner.sync().finish_report().map_err(|e| self.err(e))
    }

    /// Why a sync holds back and when it tries again, for the person
    /// (`None` when nothing holds it back).
    pub fn sync_wait_note(&self, report: SyncReport) -> Option<String> {
        self.inner.sync().wait_note(&report)
    }

    /// Seals the profile for a backup file (no network).
    pub async fn export_backup(&self, new_code: bool) -> Result<BackupResult, ApiError> {
        self.run(move |w| w.backup().export(new_code).map(BackupResult::from))
            .await
    }

    /// Makes a backup and stores it on the relay.
    pub async fn backup_to_relay(
        &self,
        relay_url: String,
        new_code: bool,
    ) -> Result<BackupResult, ApiError> {
        let (transport, cancel) = (self.transport(&relay_url)?, self.network_token());
        self.run_async(move |w| async move {
            w.backup()
                .to_relay(&Cancellable::new(&transport, &cancel), new_code)
                .await
                .map(BackupResult::from)
        })
        .await
    }

    /// Restores a backup file into this new profile.
    pub async fn import_backup(
        &self,
        recovery_code: String,
        blob: Vec<u8>,
    ) -> Result<RestoreReport, ApiError> {
        self.run(move |w| w.backup().import(&recovery_code, &blob))
            .await
    }

    /// Fetches the backup for `recovery_code` from the relay and restores it.
    pub async fn restore_from_relay(
        &self,
        relay_url: String,
        recovery_code: String,
    ) -> Result<RestoreReport, ApiError> {
        let (transport, cancel) = (self.transport(&relay_url)?, self.network_token());
        self.run_async(move |w| async move {
            let transport = Cancellable::new(&transport, &cancel);
            w.backup().from_relay(&transport, &recovery_code).await
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

    use super::*;

    struct Secret;

    impl crate::PlatformSecret for Secret {
        fn device_secret(&self) -> Result<Vec<u8>, ApiError> {
            Ok(vec![7; 32])
        }
        fn destroy_device_secret(&self) -> Result<(), ApiError> {
            Ok(())
        }
        fn device_secret_exists(&self) -> Result<bool, ApiError> {
            Ok(true)
        }
    }

    #[test]
    fn quick_exit_stops_a_backup_waiting_on_a_relay_that_never_answers() {
        // A relay that takes the connection and never answers; it says
        // when the backup's request has reached it.
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let (reached, wait) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut held = Vec::new();
            for connection in listener.incoming() {
                held.push(connection);
                let _ = reached.send(());
            }
        });
        let dir = tempfile::tempdir().unwrap();
        let data_dir = dir.path().to_string_lossy().into_owned();
        let w = Waymark::new(data_dir, vec!["en".into()], Arc::new(Secret)).unwrap();
        RUNTIME
            .block_on(w.set_up("482915".into(), "482915".into()))
            .unwrap();
        let backup = {
            let w = w.clone();
            std::thread::spawn(move || RUNTIME.block_on(w.backup_to_relay(url, false)))
        };
        wait.recv().unwrap();
        w.quick_exit();
        // Without the stop, this waits for the 30 s request timeout and
        // answers `network`.
        match backup.join().unwrap() {
            Err(ApiError::Network { code, .. }) => assert_eq!(code, "cancelled"),
            other => panic!("{other:?}"),
        }
        // Later operations are not stopped by the old token.
        assert!(!w.network_token().is_cancelled());
    }
}
