//! Long operations in the terminal app — backup, restore, and sync (with
//! the content pack it may install) — each on its own thread, so drawing,
//! keys and quick exit never wait for the network.
//!
//! A [`Job`] holds the operation's [`Cancel`] token; its requests go through
//! a [`Cancellable`] transport, so cancelling (or dropping the job, as
//! leaving its screen or quick exit does) ends the request in flight at
//! once. What a stopped operation leaves behind is the core's rule
//! (`waymark_core::sync::cancel`): nothing half-written.

use std::sync::Arc;
use std::sync::mpsc::{self, Receiver};
use std::time::Instant;

use waymark_core::sync::cancel::{Cancel, Cancellable};
use waymark_core::sync::http::HttpTransport;

use crate::relay::Relay;

/// The transport a job's work gets.
pub(crate) type JobTransport<'a> = Cancellable<'a, HttpTransport>;

/// An operation running on its own thread, and its result when it comes.
pub(crate) struct Job<T> {
    cancel: Cancel,
    rx: Receiver<T>,
    started: Instant,
}

impl<T> std::fmt::Debug for Job<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Job")
            .field("cancelled", &self.cancel.is_cancelled())
            .finish_non_exhaustive()
    }
}

impl<T: Send + 'static> Job<T> {
    /// Runs `work` over the relay on a new thread; `None` if no thread
    /// could be made.
    pub fn start(
        name: &str,
        relay: &Arc<Relay>,
        work: impl AsyncFnOnce(&JobTransport<'_>) -> T + Send + 'static,
    ) -> Option<Self> {
        let (tx, rx) = mpsc::channel();
        let cancel = Cancel::new();
        let (relay, token) = (relay.clone(), cancel.clone());
        std::thread::Builder::new()
            .name(format!("waymark-{name}"))
            .spawn(move || {
                let transport = Cancellable::new(&relay.transport, &token);
                let result = relay.runtime.block_on(work(&transport));
                // The receiver is gone when the job was dropped: nobody waits.
                let _ = tx.send(result);
            })
            .ok()?;
        Some(Job {
            cancel,
            rx,
            started: Instant::now(),
        })
    }
}

impl<T> Job<T> {
    /// Stops the operation; its result (stopped) still arrives.
    pub fn cancel(&self) {
        self.cancel.cancel();
    }

    /// The result, once the operation has ended.
    pub fn result(&self) -> Option<T> {
        self.rx.try_recv().ok()
    }

    /// A turning mark that shows the operation is alive.
    pub fn spinner(&self) -> char {
        const FRAMES: [char; 4] = ['◐', '◓', '◑', '◒'];
        FRAMES[(self.started.elapsed().as_millis() / 250) as usize % FRAMES.len()]
    }
}

impl<T> Drop for Job<T> {
    /// Nobody will see the result: stop the work now.
    fn drop(&mut self) {
        self.cancel.cancel();
    }
}
