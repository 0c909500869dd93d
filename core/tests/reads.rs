//! Screens and sync read only what they need (issue #16 point 3): a
//! conversation is shown a page at a time, the screen getters never write,
//! a long queue goes out in order one batch at a time, and a profile
//! written by schema version 2 migrates.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::path::Path;

use waymark_core::quiet::{CONVERSATION_PAGE, MessageStatus};
use waymark_core::sync::http::HttpTransport;
use waymark_core::sync::{SyncPolicy, Transport};
use waymark_core::{Error, Waymark};
use waymark_testkit::profile::Profile;
use waymark_testkit::relay::Relay;

const PIN: &str = "482915";
const DURESS: &str = "135790";
const HOTLINE: &str = "waymark-dev";

fn open(dir: &Path, policy: SyncPolicy) -> Waymark {
    Profile::new(dir)
        .still_clock()
        .locale("en")
        .sync_policy(policy)
        .open()
}

fn set_up(dir: &Path) -> Waymark {
    let w = open(dir, SyncPolicy::default());
    w.profile().set_up(PIN, PIN).unwrap();
    w
}

/// Every message of a conversation, oldest first, read page by page from
/// the newest back; also the page sizes seen.
fn all_pages(w: &Waymark, c: i64) -> (Vec<(String, Option<MessageStatus>)>, Vec<usize>) {
    let mut pages = Vec::new();
    let mut before = None;
    loop {
        let page = w.quiet().conversation_page(c, before).unwrap();
        pages.push(page.messages.clone());
        match page.earlier {
            Some(cursor) => {
                // The cursor is the first message shown.
                assert_eq!(Some(cursor), page.messages.first().map(|m| m.id));
                before = Some(cursor);
            }
            None => break,
        }
    }
    let sizes = pages.iter().map(Vec::len).collect();
    let messages = pages
        .into_iter()
        .rev()
        .flatten()
        .map(|m| (m.body, m.status))
        .collect();
    (messages, sizes)
}

#[test]
fn a_conversation_is_shown_a_page_at_a_time() {
    let dir = tempfile::tempdir().unwrap();
    let w = set_up(dir.path());
    let c = w.quiet().conversation_with(HOTLINE).unwrap();

    // Empty: no messages, nothing earlier.
    let empty = w.quiet().conversation_screen(c).unwrap();
    assert!(empty.messages.is_empty());
    assert_eq!(empty.earlier, None);
    assert!(!empty.earlier_label.is_empty());

    // Exactly one page: nothing earlier.
    for i in 1..=CONVERSATION_PAGE {
        w.quiet().send_message(c, &format!("m{i}")).unwrap();
    }
    let page = w.quiet().conversation_screen(c).unwrap();
    assert_eq!(page.messages.len(), CONVERSATION_PAGE);
    assert_eq!(page.earlier, None);
    assert_eq!(page.messages[0].body, "m1");

    // One more: the newest page starts at m2, the earlier one holds m1.
    w.quiet()
        .send_message(c, &format!("m{}", CONVERSATION_PAGE + 1))
        .unwrap();
    let newest = w.quiet().conversation_screen(c).unwrap();
    assert_eq!(newest.messages.len(), CONVERSATION_PAGE);
    assert_eq!(newest.messages[0].body, "m2");
    assert_eq!(
        newest.messages.last().unwrap().body,
        format!("m{}", CONVERSATION_PAGE + 1)
    );
    let earlier = w.quiet().conversation_page(c, newest.earlier).unwrap();
    assert_eq!(
        earlier
            .messages
            .iter()
            .map(|m| m.body.as_str())
            .collect::<Vec<_>>(),
        ["m1"]
    );
    assert_eq!(earlier.earlier, None);
    // The old call is the newest page.
    assert_eq!(w.quiet().conversation_page(c, None).unwrap(), newest);

    // Two and a half pages: every message once, in order.
    let total = CONVERSATION_PAGE * 2 + CONVERSATION_PAGE / 2;
    for i in CONVERSATION_PAGE + 2..=total {
        w.quiet().send_message(c, &format!("m{i}")).unwrap();
    }
    let (messages, sizes) = all_pages(&w, c);
    assert_eq!(
        sizes,
        [CONVERSATION_PAGE, CONVERSATION_PAGE, CONVERSATION_PAGE / 2]
    );
    let bodies: Vec<String> = messages.into_iter().map(|(b, _)| b).collect();
    let expected: Vec<String> = (1..=total).map(|i| format!("m{i}")).collect();
    assert_eq!(bodies, expected);

    // A cursor from another conversation, or no message at all, is refused.
    let other = w.quiet().start_conversation(HOTLINE).unwrap();
    w.quiet().send_message(other, "elsewhere").unwrap();
    let foreign = w.quiet().conversation_screen(other).unwrap().messages[0].id;
    assert!(matches!(
        w.quiet().conversation_page(c, Some(foreign)),
        Err(Error::NotFound)
    ));
    assert!(matches!(
        w.quiet().conversation_page(c, Some(12345)),
        Err(Error::NotFound)
    ));
    // The list counts every message without opening them.
    let list = w.quiet().conversations_screen().unwrap();
    let line = list.conversations.iter().find(|s| s.id == c).unwrap();
    assert_eq!(line.messages as usize, total);
    assert_eq!(line.last_message, format!("m{total}"));
    assert_eq!(line.status, Some(MessageStatus::Queued));
}

/// The database file and its write-ahead log, byte for byte.
fn file_bytes(dir: &Path) -> Vec<Vec<u8>> {
    ["waymark.db", "waymark.db-wal"]
        .iter()
        .map(|f| std::fs::read(dir.join(f)).unwrap_or_default())
        .collect()
}

#[test]
fn screen_getters_leave_the_database_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let w = set_up(dir.path());
    let c = w.quiet().conversation_with(HOTLINE).unwrap();
    for i in 0..(CONVERSATION_PAGE + 5) {
        w.quiet().send_message(c, &format!("message {i}")).unwrap();
    }
    // A fetched reply that no key here opens: the old getter deleted it
    // (a write); now only the explicit step at unlock does.
    rusqlite::Connection::open(dir.path().join("waymark.db"))
        .unwrap()
        .execute("INSERT INTO inbox (id, sealed) VALUES (7, x'00')", [])
        .unwrap();
    let before = file_bytes(dir.path());
    for _ in 0..3 {
        let list = w.quiet().conversations_screen().unwrap();
        assert_eq!(list.conversations.len(), 1);
        let page = w.quiet().conversation_screen(c).unwrap();
        w.quiet().conversation_page(c, page.earlier).unwrap();
    }
    assert_eq!(file_bytes(dir.path()), before, "a screen getter wrote");
    // The explicit step clears it.
    w.profile().lock();
    w.profile().unlock(PIN).unwrap();
    let inbox: i64 = rusqlite::Connection::open(dir.path().join("waymark.db"))
        .unwrap()
        .query_row("SELECT count(*) FROM inbox", [], |r| r.get(0))
        .unwrap();
    assert_eq!(inbox, 0);
}

#[test]
fn a_long_queue_goes_out_in_order_one_batch_at_a_time() {
    let dir = tempfile::tempdir().unwrap();
    let w = set_up(&dir.path().join("phone"));
    let batch = SyncPolicy::default().batch_size;
    let n = batch * 4 + 7;
    let c = w.quiet().conversation_with(HOTLINE).unwrap();
    for i in 0..n {
        w.quiet().send_message(c, &format!("q{i}")).unwrap();
    }
    assert!(
        w.quiet()
            .conversations_screen()
            .unwrap()
            .outbox_note
            .contains(&n.to_string())
    );
    let rt = tokio::runtime::Runtime::new().unwrap();
    let relay = rt.block_on(Relay::sqlite_in(dir.path()));
    let http = HttpTransport::new(&relay.base).unwrap();
    let mut sends = 0;
    while let Some(task) = w.sync().next_task().unwrap() {
        let is_send = task.path == "/v1/envelopes";
        let outcome = rt.block_on(http.execute(&task));
        w.sync().report_result(task.id, outcome).unwrap();
        if !is_send {
            continue;
        }
        sends += 1;
        // After k batches exactly the k·batch oldest are sent, the rest
        // wait: the queue goes out in the order it was written.
        let (messages, _) = all_pages(&w, c);
        let sent = (sends * batch).min(n);
        for (i, (body, status)) in messages.iter().enumerate() {
            assert_eq!(*body, format!("q{i}"));
            let want = if i < sent {
                MessageStatus::Sent
            } else {
                MessageStatus::Queued
            };
            assert_eq!(*status, Some(want), "message {i} after {sends} batches");
        }
    }
    assert_eq!(sends, n.div_ceil(batch));
    assert!(
        w.quiet()
            .conversations_screen()
            .unwrap()
            .outbox_note
            .is_empty()
    );
    assert_eq!(w.sync().outbox_summary().unwrap().queued, 0);
}

/// Copies a directory (one level: a profile's files).
fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
}

/// `tests/data/schema2-profile` was written by the code before schema
/// version 3 (commit 50695a4): real PIN 482915 with a conversation of five
/// messages (one batch of three delivered to a relay, two queued) and a second
/// conversation of two queued messages; duress PIN 135790 with one queued
/// message of its own.
#[test]
fn a_profile_from_schema_version_2_migrates() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/schema2-profile");
    let dir = tempfile::tempdir().unwrap();
    let phone = dir.path().join("phone");
    copy_dir(&fixture, &phone);
    let version = |p: &Path| -> i64 {
        rusqlite::Connection::open(p.join("waymark.db"))
            .unwrap()
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap()
    };
    assert_eq!(version(&phone), 2);
    let w = open(&phone, SyncPolicy::default());
    assert_eq!(version(&phone), 3);
    w.profile().unlock(PIN).unwrap();

    let list = w.quiet().conversations_screen().unwrap();
    let mut counts: Vec<u32> = list.conversations.iter().map(|c| c.messages).collect();
    counts.sort();
    assert_eq!(counts, [2, 5]);
    // Four of this profile's messages wait; the decoy's one does not count.
    assert!(list.outbox_note.contains('4'), "{}", list.outbox_note);
    let five = list.conversations.iter().find(|c| c.messages == 5).unwrap();
    assert_eq!(five.last_message, "message 5");
    let (messages, _) = all_pages(&w, five.id);
    let bodies: Vec<&str> = messages.iter().map(|(b, _)| b.as_str()).collect();
    assert_eq!(
        bodies,
        [
            "message 1",
            "message 2",
            "message 3",
            "message 4",
            "message 5"
        ]
    );
    // The old code took its batch in random id order: which three went out
    // is the fixture's, but three did and two wait.
    let count = |want| messages.iter().filter(|(_, s)| *s == Some(want)).count();
    assert_eq!(count(MessageStatus::Sent), 3);
    assert_eq!(count(MessageStatus::Queued), 2);
    // The list shows the newest message's status, as the page does.
    assert_eq!(five.status, messages[4].1);

    // New messages go after the migrated ones and out in order.
    w.quiet().send_message(five.id, "message 6").unwrap();
    let (messages, _) = all_pages(&w, five.id);
    assert_eq!(messages.last().unwrap().0, "message 6");
    w.profile().lock();

    // The decoy sees only its own message waiting.
    w.profile().unlock(DURESS).unwrap();
    let decoy = w.quiet().conversations_screen().unwrap();
    assert_eq!(decoy.conversations.len(), 1);
    assert_eq!(decoy.conversations[0].messages, 1);
    assert!(decoy.outbox_note.contains("One"), "{}", decoy.outbox_note);
    w.profile().lock();

    // Everything waiting is delivered (the relay is new: the three it
    // never saw go again, deduplicated by id).
    let rt = tokio::runtime::Runtime::new().unwrap();
    let relay = rt.block_on(Relay::sqlite_in(dir.path()));
    let http = HttpTransport::new(&relay.base).unwrap();
    rt.block_on(w.sync().run_now(&http)).unwrap();
    w.profile().unlock(PIN).unwrap();
    assert!(
        w.quiet()
            .conversations_screen()
            .unwrap()
            .outbox_note
            .is_empty()
    );
    assert_eq!(w.sync().outbox_summary().unwrap().queued, 0);
}
