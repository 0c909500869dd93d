//! Stopping long network operations (`sync::cancel`): a request in flight
//! on a relay that never answers ends at once; a stopped backup keeps the
//! recovery key there was, a stopped restore writes nothing, a stopped sync
//! ends its run with the message still waiting; and an answer that comes
//! after a quick exit never lands in the profile unlocked since (the decoy).
//! Nothing sleeps: the hanging relay says when a request has reached it.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::collections::HashMap;
use std::path::Path;
use std::sync::Mutex;

use tokio::sync::Notify;
use waymark_core::quiet::MessageStatus;
use waymark_core::sync::cancel::{Cancel, Cancellable};
use waymark_core::sync::{HttpResponse, SyncTask, TaskOutcome, Transport};
use waymark_core::{Channel, ContactInput, Error, Waymark};
use waymark_testkit::block_on;
use waymark_testkit::profile::Profile;

const PIN: &str = "482915";
const DURESS: &str = "735160";

fn set_up(dir: &Path) -> Waymark {
    let w = Profile::new(dir).still_clock().locale("en").open();
    w.profile().set_up(PIN, PIN).unwrap();
    w
}

fn sister() -> ContactInput {
    ContactInput {
        name: "Sister".into(),
        phone: "+66812345678".into(),
        relation: None,
        note: None,
        channel: Channel::Sms,
        trusted: true,
    }
}

/// Keeps backups as the relay does (`PUT` / `GET /v1/backups/{id}`).
#[derive(Debug, Default)]
struct Backups(Mutex<HashMap<String, Vec<u8>>>);

impl Transport for Backups {
    async fn execute(&self, task: &SyncTask) -> TaskOutcome {
        let mut backups = self.0.lock().unwrap();
        let (status, body) = match task.method.as_str() {
            "PUT" => {
                backups.insert(task.path.clone(), task.body.clone());
                (200, Vec::new())
            }
            _ => match backups.get(&task.path) {
                Some(blob) => (200, blob.clone()),
                None => (404, Vec::new()),
            },
        };
        TaskOutcome::Response(HttpResponse {
            status,
            retry_after_secs: None,
            body,
            pack_version: None,
        })
    }
}

/// A relay that takes requests and never answers; `reached` tells when one
/// has arrived.
#[derive(Debug, Default)]
struct Hanging {
    reached: Notify,
    requests: Mutex<u32>,
}

impl Transport for Hanging {
    async fn execute(&self, _task: &SyncTask) -> TaskOutcome {
        *self.requests.lock().unwrap() += 1;
        self.reached.notify_one();
        std::future::pending().await
    }
}

/// Runs `operation` over `hanging` bound to a token, and cancels the token
/// once the request is at the relay.
fn stopped<T>(hanging: &Hanging, operation: impl AsyncFnOnce(&Cancellable<'_, Hanging>) -> T) -> T {
    let cancel = Cancel::new();
    let transport = Cancellable::new(hanging, &cancel);
    block_on(async {
        let (result, ()) = tokio::join!(operation(&transport), async {
            hanging.reached.notified().await;
            cancel.cancel();
        });
        result
    })
}

/// Before answering, the person quick-exits and someone opens the decoy.
struct QuickExitFirst<'a> {
    w: &'a Waymark,
    relay: &'a Backups,
}

impl Transport for QuickExitFirst<'_> {
    async fn execute(&self, task: &SyncTask) -> TaskOutcome {
        self.w.safety().quick_exit();
        self.w.profile().unlock(DURESS).unwrap();
        self.relay.execute(task).await
    }
}

#[test]
fn a_stopped_backup_keeps_the_recovery_key_and_its_code() {
    let dir = tempfile::tempdir().unwrap();
    let w = set_up(dir.path());
    w.contacts().add(sister()).unwrap();
    let relay = Backups::default();
    let first = block_on(w.backup().to_relay(&relay, false)).unwrap();
    let code = first
        .recovery_code
        .clone()
        .expect("the first backup shows a code");

    // A new code was asked for, but the upload was stopped.
    let hanging = Hanging::default();
    let result = stopped(&hanging, async |t| w.backup().to_relay(t, true).await);
    assert!(matches!(result, Err(Error::Cancelled)), "{result:?}");
    assert_eq!(Error::Cancelled.code(), "cancelled");

    // The key is the one whose code was shown: the next backup needs no
    // new code and replaces the same backup, which the old code opens.
    let again = block_on(w.backup().to_relay(&relay, false)).unwrap();
    assert_eq!(again.recovery_code, None);
    assert_eq!(again.backup_id, first.backup_id);
    let other = tempfile::tempdir().unwrap();
    let new = set_up(other.path());
    let report = block_on(new.backup().from_relay(&relay, &code)).unwrap();
    assert_eq!(report.contacts, 1);
}

#[test]
fn a_stopped_restore_writes_nothing() {
    let old_dir = tempfile::tempdir().unwrap();
    let old = set_up(old_dir.path());
    old.contacts().add(sister()).unwrap();
    let relay = Backups::default();
    let code = block_on(old.backup().to_relay(&relay, false))
        .unwrap()
        .recovery_code
        .unwrap();

    let new_dir = tempfile::tempdir().unwrap();
    let new = set_up(new_dir.path());
    let hanging = Hanging::default();
    let result = stopped(&hanging, async |t| new.backup().from_relay(t, &code).await);
    assert!(matches!(result, Err(Error::Cancelled)), "{result:?}");
    assert!(new.contacts().list().unwrap().is_empty());
    // Still empty, so the restore can be done again, whole.
    let report = block_on(new.backup().from_relay(&relay, &code)).unwrap();
    assert_eq!(report.contacts, 1);
    assert_eq!(new.contacts().list().unwrap().len(), 1);
}

#[test]
fn a_stopped_sync_ends_its_run_and_the_message_waits() {
    let dir = tempfile::tempdir().unwrap();
    let w = set_up(dir.path());
    let c = w.quiet().conversation_with("waymark-dev").unwrap();
    w.quiet().send_message(c, "hello").unwrap();

    let hanging = Hanging::default();
    let report = stopped(&hanging, async |t| w.sync().run_now(t).await).unwrap();
    // One request, not the whole hour's budget spent on retrying the
    // cancelled batch at once.
    assert_eq!(*hanging.requests.lock().unwrap(), 1);
    assert_eq!(report.requests, 1);
    assert_eq!(report.queued, 1);
    let status = w.quiet().conversation_screen(c).unwrap().messages[0].status;
    assert_eq!(status, Some(MessageStatus::Queued));
}

#[test]
fn an_answer_after_quick_exit_never_lands_in_the_decoy() {
    let relay = Backups::default();
    let old_dir = tempfile::tempdir().unwrap();
    let old = set_up(old_dir.path());
    old.contacts().add(sister()).unwrap();
    let code = block_on(old.backup().to_relay(&relay, false))
        .unwrap()
        .recovery_code
        .unwrap();

    // A first backup on a phone with a decoy: the upload's answer comes
    // after a quick exit, with the decoy open.
    let dir = tempfile::tempdir().unwrap();
    let w = set_up(dir.path());
    w.profile().set_duress_pin(PIN, DURESS, false).unwrap();
    w.profile().unlock(PIN).unwrap();
    w.contacts().add(sister()).unwrap();
    let late = QuickExitFirst {
        w: &w,
        relay: &relay,
    };
    let result = block_on(w.backup().to_relay(&late, false));
    assert!(matches!(result, Err(Error::Locked)), "{result:?}");
    // The decoy did not get the real profile's recovery key: its own first
    // backup makes its own key and goes under another id.
    let decoy = block_on(w.backup().to_relay(&relay, false)).unwrap();
    assert!(decoy.recovery_code.is_some());

    // A restore started in the (empty) real profile of a new phone.
    let new_dir = tempfile::tempdir().unwrap();
    let new = set_up(new_dir.path());
    new.profile().set_duress_pin(PIN, DURESS, false).unwrap();
    new.profile().unlock(PIN).unwrap();
    let late = QuickExitFirst {
        w: &new,
        relay: &relay,
    };
    let result = block_on(new.backup().from_relay(&late, &code));
    assert!(matches!(result, Err(Error::Locked)), "{result:?}");
    assert!(
        new.contacts().list().unwrap().is_empty(),
        "nothing in the decoy"
    );
    new.profile().unlock(PIN).unwrap();
    assert!(
        new.contacts().list().unwrap().is_empty(),
        "nor in the real profile"
    );
    assert_eq!(
        block_on(new.backup().from_relay(&relay, &code))
            .unwrap()
            .contacts,
        1
    );
}
