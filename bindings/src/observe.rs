//! Observers for the apps: a foreign [`QuietObserver`] hears each
//! [`Change`] the core makes to what quiet contact and sync show, until
//! its [`ObserverHandle`] is cancelled or dropped (ARCHITECTURE §4).
//!
//! A change carries a kind and at most a local id, nothing personal: the
//! app re-reads the screen model it shows. Calls come on a thread of the
//! library's own, one at a time, never while the core holds a lock; a slow
//! observer delays only its own calls (changes not yet heard are merged),
//! never a write. Kotlin wraps it in a `callbackFlow`, Swift in an
//! `AsyncStream` (docs/architecture.md, "Observers").

use std::sync::{Arc, Mutex, PoisonError};

use waymark_core::observe::{Change, Observation, Observer};

use crate::{ApiError, Waymark};

/// What changed; re-read the screens that show it.
#[uniffi::remote(Enum)]
pub enum Change {
    /// Outgoing messages changed state: statuses and the outbox note.
    Outbox,
    /// A conversation was started, or the person wrote in it.
    Conversation { id: i64 },
    /// A reply reached a conversation.
    Reply { conversation: i64 },
    /// A sync run ended or was asked for: `next_sync_at` and the wait
    /// note may differ.
    Sync,
}

/// Told about every change while its handle lives. Keep `changed` short
/// (post to a channel or a main-thread queue); it must not throw.
#[uniffi::export(with_foreign)]
pub trait QuietObserver: Send + Sync {
    fn changed(&self, what: Change);
}

struct ForeignObserver(Arc<dyn QuietObserver>);

impl Observer for ForeignObserver {
    fn changed(&self, what: Change) {
        self.0.changed(what);
    }
}

/// A registered observer: `cancel()` or dropping it stops the calls (one
/// under way finishes).
#[derive(Debug, uniffi::Object)]
pub struct ObserverHandle(Mutex<Option<Observation>>);

#[uniffi::export]
impl ObserverHandle {
    /// Stops the calls; cancelling again does nothing.
    pub fn cancel(&self) {
        // Dropping the observation cancels it.
        self.0.lock().unwrap_or_else(PoisonError::into_inner).take();
    }
}

#[uniffi::export]
impl Waymark {
    /// Starts telling `observer` about changes (in memory only: no
    /// storage is touched, so it is synchronous).
    pub fn observe(
        &self,
        observer: Arc<dyn QuietObserver>,
    ) -> Result<Arc<ObserverHandle>, ApiError> {
        let observation = self
            .inner
            .quiet()
            .observe(Arc::new(ForeignObserver(observer)))
            .map_err(|e| self.err(e))?;
        Ok(Arc::new(ObserverHandle(Mutex::new(Some(observation)))))
    }
}
