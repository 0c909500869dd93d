//! Observers: how a UI learns that something it shows has changed, so it
//! redraws then instead of re-reading on a timer (ARCHITECTURE §4).
//!
//! This module owns the registry of observers and their delivery. The
//! quiet-contact code and the sync engine call [`Observers::notify`] after
//! each change they commit (an outbox entry's state, a message written, a
//! reply opened, a sync run ended); a UI registers an [`Observer`] with
//! [`Observers::observe`] and keeps the [`Observation`] it gets back for as
//! long as it wants to hear: [`Observation::cancel`] or dropping it stops
//! the calls.
//!
//! What it must never do:
//! - hold a lock while calling an observer, or make the writer that
//!   notifies wait for one: each observer has its own delivery thread, and
//!   `notify` only records the change for it (changes not yet delivered
//!   are merged, so a slow observer costs a few bytes, never a queue that
//!   grows);
//! - carry anything personal: a [`Change`] is a kind and at most a local
//!   row id. The UI re-reads the screen model, which applies the profile's
//!   rules (a decoy profile's screens show nothing of the real one
//!   whatever the change was).

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError, Weak};

use serde::Serialize;

use crate::error::{Error, Result};

/// What changed. The UI re-reads the screens that show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Change {
    /// Outgoing messages changed state (queued, sent, delivered, needs
    /// attention): the statuses on the conversation list and in
    /// conversations, and the outbox note.
    Outbox,
    /// A conversation was started, or the person wrote in it.
    Conversation { id: i64 },
    /// A reply from the hotline reached conversation `conversation`.
    Reply { conversation: i64 },
    /// A sync run ended, or the person asked for one: why the engine holds
    /// back and when the next sync is due may be different now.
    Sync,
}

/// Told about every change while its [`Observation`] lives. Called on a
/// thread of its own, one change at a time, never while the core holds a
/// lock: it may call back into the core (to re-read a screen model).
pub trait Observer: Send + Sync {
    fn changed(&self, what: Change);
}

/// Changes waiting for one observer, and whether it was stopped.
#[derive(Default)]
struct Mailbox {
    /// In the order they happened, each at most once.
    changes: Vec<Change>,
    stopped: bool,
}

/// One registered observer's delivery state.
#[derive(Default)]
struct Slot {
    mailbox: Mutex<Mailbox>,
    wake: Condvar,
}

impl Slot {
    fn mailbox(&self) -> MutexGuard<'_, Mailbox> {
        // A mailbox is plain data: a panic elsewhere leaves it usable.
        self.mailbox.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn post(&self, change: Change) {
        let mut mailbox = self.mailbox();
        if !mailbox.changes.contains(&change) {
            mailbox.changes.push(change);
        }
        drop(mailbox);
        self.wake.notify_one();
    }

    fn stop(&self) {
        self.mailbox().stopped = true;
        self.wake.notify_one();
    }

    /// The next changes to deliver, waiting for some; `None` once stopped.
    fn next(&self) -> Option<Vec<Change>> {
        let mut mailbox = self.mailbox();
        loop {
            if mailbox.stopped {
                return None;
            }
            if !mailbox.changes.is_empty() {
                return Some(std::mem::take(&mut mailbox.changes));
            }
            mailbox = self
                .wake
                .wait(mailbox)
                .unwrap_or_else(PoisonError::into_inner);
        }
    }

    fn is_stopped(&self) -> bool {
        self.mailbox().stopped
    }
}

#[derive(Default)]
struct Registry {
    slots: Mutex<Vec<Arc<Slot>>>,
}

impl Registry {
    fn slots(&self) -> MutexGuard<'_, Vec<Arc<Slot>>> {
        self.slots.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// The observers of one profile.
#[derive(Default)]
pub struct Observers {
    registry: Arc<Registry>,
}

impl std::fmt::Debug for Observers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Observers")
            .field("count", &self.registry.slots().len())
            .finish()
    }
}

impl Observers {
    /// Starts telling `observer` about every change from now on, until the
    /// returned [`Observation`] is cancelled or dropped.
    pub fn observe(&self, observer: Arc<dyn Observer>) -> Result<Observation> {
        let slot = Arc::new(Slot::default());
        let delivery = slot.clone();
        std::thread::Builder::new()
            .name("waymark-observer".into())
            .spawn(move || deliver(&delivery, observer.as_ref()))
            .map_err(|_| Error::Internal("observer thread"))?;
        self.registry.slots().push(slot.clone());
        Ok(Observation {
            slot,
            registry: Arc::downgrade(&self.registry),
        })
    }

    /// Records `change` for every observer and returns at once; the
    /// observers hear it on their own threads.
    pub fn notify(&self, change: Change) {
        // Posting takes each slot's own short lock; no observer code runs
        // here.
        for slot in self.registry.slots().iter() {
            slot.post(change);
        }
    }

    /// How many observers are registered.
    pub fn len(&self) -> usize {
        self.registry.slots().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The delivery thread of one observer: it ends, and lets go of the
/// observer, once the observation is stopped.
fn deliver(slot: &Slot, observer: &dyn Observer) {
    while let Some(changes) = slot.next() {
        for change in changes {
            if slot.is_stopped() {
                return;
            }
            // A panicking observer must not take its delivery with it; the
            // next change is delivered as usual.
            let _ = catch_unwind(AssertUnwindSafe(|| observer.changed(change)));
        }
    }
}

/// A registered observer. Cancelling or dropping it stops the calls: no
/// change is delivered once `cancel` has returned, except to a call
/// already under way, which finishes.
pub struct Observation {
    slot: Arc<Slot>,
    registry: Weak<Registry>,
}

impl std::fmt::Debug for Observation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Observation")
            .field("stopped", &self.slot.is_stopped())
            .finish()
    }
}

impl Observation {
    /// Stops the calls; cancelling again does nothing.
    pub fn cancel(&self) {
        if let Some(registry) = self.registry.upgrade() {
            registry.slots().retain(|s| !Arc::ptr_eq(s, &self.slot));
        }
        self.slot.stop();
    }
}

impl Drop for Observation {
    fn drop(&mut self) {
        self.cancel();
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

    use std::sync::mpsc;
    use std::time::Duration;

    use super::*;

    /// Forwards every change to a channel.
    struct Forward(Mutex<mpsc::Sender<Change>>);

    impl Observer for Forward {
        fn changed(&self, what: Change) {
            let _ = self.0.lock().unwrap().send(what);
        }
    }

    fn forward() -> (Arc<dyn Observer>, mpsc::Receiver<Change>) {
        let (tx, rx) = mpsc::channel();
        (Arc::new(Forward(Mutex::new(tx))), rx)
    }

    const LONG: Duration = Duration::from_secs(10);

    #[test]
    fn every_observer_hears_each_change() {
        let observers = Observers::default();
        let (a, ra) = forward();
        let (b, rb) = forward();
        let _ha = observers.observe(a).unwrap();
        let _hb = observers.observe(b).unwrap();
        observers.notify(Change::Reply { conversation: 7 });
        assert_eq!(ra.recv_timeout(LONG), Ok(Change::Reply { conversation: 7 }));
        assert_eq!(rb.recv_timeout(LONG), Ok(Change::Reply { conversation: 7 }));
    }

    #[test]
    fn cancel_and_drop_stop_the_calls_and_let_go_of_the_observer() {
        let observers = Observers::default();
        let (a, ra) = forward();
        let (b, rb) = forward();
        let ha = observers.observe(a).unwrap();
        let hb = observers.observe(b).unwrap();
        ha.cancel();
        drop(hb);
        assert!(observers.is_empty());
        observers.notify(Change::Outbox);
        // The delivery threads ended and dropped their observers (and with
        // them the senders) without delivering anything.
        assert_eq!(
            ra.recv_timeout(LONG),
            Err(mpsc::RecvTimeoutError::Disconnected)
        );
        assert_eq!(
            rb.recv_timeout(LONG),
            Err(mpsc::RecvTimeoutError::Disconnected)
        );
        ha.cancel();
    }

    /// Blocks in its first call until told to go on.
    struct Stuck {
        entered: Mutex<mpsc::Sender<()>>,
        release: Mutex<mpsc::Receiver<()>>,
        seen: Mutex<mpsc::Sender<Change>>,
    }

    impl Observer for Stuck {
        fn changed(&self, what: Change) {
            let _ = self.entered.lock().unwrap().send(());
            let _ = self.release.lock().unwrap().recv();
            let _ = self.seen.lock().unwrap().send(what);
        }
    }

    #[test]
    fn a_stuck_observer_blocks_no_writer_and_gets_the_changes_merged() {
        let observers = Observers::default();
        let (entered_tx, entered) = mpsc::channel();
        let (release, release_rx) = mpsc::channel();
        let (seen_tx, seen) = mpsc::channel();
        let _h = observers
            .observe(Arc::new(Stuck {
                entered: Mutex::new(entered_tx),
                release: Mutex::new(release_rx),
                seen: Mutex::new(seen_tx),
            }))
            .unwrap();
        observers.notify(Change::Sync);
        entered.recv_timeout(LONG).unwrap();
        // The observer is stuck in its call: notifying still returns.
        for _ in 0..1000 {
            observers.notify(Change::Outbox);
            observers.notify(Change::Conversation { id: 1 });
        }
        for _ in 0..3 {
            release.send(()).unwrap();
        }
        let got: Vec<Change> = (0..3).map(|_| seen.recv_timeout(LONG).unwrap()).collect();
        assert_eq!(
            got,
            [Change::Sync, Change::Outbox, Change::Conversation { id: 1 }]
        );
    }

    struct Panics(Mutex<mpsc::Sender<Change>>);

    impl Observer for Panics {
        fn changed(&self, what: Change) {
            let _ = self.0.lock().unwrap().send(what);
            if what == Change::Sync {
                panic!("observer bug");
            }
        }
    }

    #[test]
    fn a_panicking_observer_keeps_hearing() {
        let observers = Observers::default();
        let (tx, rx) = mpsc::channel();
        let _h = observers.observe(Arc::new(Panics(Mutex::new(tx)))).unwrap();
        observers.notify(Change::Sync);
        assert_eq!(rx.recv_timeout(LONG), Ok(Change::Sync));
        observers.notify(Change::Outbox);
        assert_eq!(rx.recv_timeout(LONG), Ok(Change::Outbox));
    }
}
