//! Stopping a long network operation from another thread: a [`Cancel`]
//! token, and [`Cancellable`], a [`Transport`] whose request in flight ends
//! at once as [`TaskOutcome::Cancelled`] when the token is cancelled (the
//! request's future is dropped, which closes its connection).
//!
//! Every caller treats `Cancelled` as "no answer, nothing changed": a sync
//! run stops and its batch waits in the outbox; a backup keeps the recovery
//! key it had; a restore writes nothing. A UI cancels before it locks (quick
//! exit), so no operation waits on a slow relay while the profile is open.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use tokio::sync::Notify;

use super::{SyncTask, TaskOutcome, Transport};

/// A cancel flag shared between the operation and whoever may stop it.
/// Cloning shares the flag. Once cancelled, it stays cancelled.
#[derive(Debug, Clone, Default)]
pub struct Cancel(Arc<Inner>);

#[derive(Debug, Default)]
struct Inner {
    cancelled: AtomicBool,
    notify: Notify,
}

impl Cancel {
    pub fn new() -> Self {
        Self::default()
    }

    /// Stops the operation: a request in flight ends now, later ones at once.
    pub fn cancel(&self) {
        self.0.cancelled.store(true, Ordering::SeqCst);
        self.0.notify.notify_waiters();
    }

    pub fn is_cancelled(&self) -> bool {
        self.0.cancelled.load(Ordering::SeqCst)
    }

    /// Resolves once [`Cancel::cancel`] has been called.
    pub async fn cancelled(&self) {
        loop {
            let notified = self.0.notify.notified();
            tokio::pin!(notified);
            // Registered before the flag is read, so a cancel in between
            // is not missed.
            notified.as_mut().enable();
            if self.is_cancelled() {
                return;
            }
            notified.await;
        }
    }
}

/// `transport` with its requests bound to `cancel`.
#[derive(Debug, Clone, Copy)]
pub struct Cancellable<'a, T> {
    transport: &'a T,
    cancel: &'a Cancel,
}

impl<'a, T: Transport> Cancellable<'a, T> {
    pub fn new(transport: &'a T, cancel: &'a Cancel) -> Self {
        Cancellable { transport, cancel }
    }
}

impl<T: Transport> Transport for Cancellable<'_, T> {
    async fn execute(&self, task: &SyncTask) -> TaskOutcome {
        if self.cancel.is_cancelled() {
            return TaskOutcome::Cancelled;
        }
        tokio::select! {
            biased;
            () = self.cancel.cancelled() => TaskOutcome::Cancelled,
            outcome = self.transport.execute(task) => outcome,
        }
    }
}
