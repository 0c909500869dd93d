//! Group commit under concurrency, against SQLite and (when
//! `WAYMARK_TEST_POSTGRES_URL` is set) PostgreSQL: many concurrent posts
//! are all stored, once, in gap-free arrival order that a concurrent
//! reader pages without skipping; duplicates inside one group; a batch
//! that fails fails only itself; a failing store answers 503 to every
//! request; "stored" survives killing the relay; reads do not wait for
//! writes.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stderr)]

mod common;

use std::collections::HashSet;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use common::*;
use serde_json::Value;
use waymark_protocol::api::RelayStatus;
use waymark_protocol::envelope;
use waymark_protocol::message::hex;
use waymark_server::Store;
use waymark_server::store::Batch;

const CLIENTS: usize = 32;
const POSTS_EACH: usize = 6;

fn row(bytes: &[u8]) -> (envelope::Header, Vec<u8>) {
    (envelope::header(bytes).unwrap(), bytes.to_vec())
}

/// Pages a hotline's inbox from `after` to its current end: `(seq, id)`.
async fn drain_inbox(relay: &Relay, key_id: &str, after: &mut i64) -> Vec<(i64, String)> {
    let mut seen = Vec::new();
    loop {
        let path = format!("/v1/hotlines/{key_id}/envelopes?after={after}&limit=7");
        let (status, page) = relay.get_json(&path, Some(TOKEN)).await;
        assert_eq!(status, 200, "{page}");
        let items = page["envelopes"].as_array().unwrap();
        if items.is_empty() {
            return seen;
        }
        for item in items {
            seen.push((
                item["seq"].as_i64().unwrap(),
                item["id"].as_str().unwrap().to_string(),
            ));
        }
        *after = page["next"].as_i64().unwrap();
    }
}

/// Posts from many clients at once, spread over `relays`, while a reader
/// pages the inbox through the first relay; checks that every post is
/// `stored`, and that the reader saw every envelope exactly once in
/// gap-free `seq` order.
async fn concurrent_posts(relays: Vec<Relay>, label: &str) {
    let hotline = Hotline::new();
    let key_id = hotline.key_id();
    let mut posters = tokio::task::JoinSet::new();
    for client in 0..CLIENTS {
        let relay = relays[client % relays.len()].clone();
        let pk = hotline.pk;
        posters.spawn(async move {
            let mut ids = Vec::new();
            for post in 0..POSTS_EACH {
                // Batches of 1–3 envelopes.
                let envs: Vec<(String, Vec<u8>)> = (0..=(client + post) % 3)
                    .map(|_| {
                        let (id, env) = sealed_bytes(&pk, b"hello");
                        (hex(&id), env)
                    })
                    .collect();
                let bytes: Vec<Vec<u8>> = envs.iter().map(|(_, e)| e.clone()).collect();
                let (status, body) = relay.post_envelopes(&bytes).await;
                assert_eq!(status, 200, "{body}");
                for (i, (id, _)) in envs.iter().enumerate() {
                    assert_eq!(body["results"][i]["status"], "stored", "{body}");
                    assert_eq!(body["results"][i]["id"], id.as_str());
                }
                ids.extend(envs.into_iter().map(|(id, _)| id));
            }
            ids
        });
    }
    // The reader pages while the posts commit: an envelope that became
    // visible after a higher seq would be skipped and missing below.
    let done = Arc::new(AtomicBool::new(false));
    let reader = {
        let relay = relays[0].clone();
        let key_id = key_id.clone();
        let done = done.clone();
        tokio::spawn(async move {
            let mut after = 0;
            let mut seen = Vec::new();
            while !done.load(Ordering::Relaxed) {
                seen.extend(drain_inbox(&relay, &key_id, &mut after).await);
            }
            (seen, after)
        })
    };
    let mut posted = HashSet::new();
    for ids in posters.join_all().await {
        posted.extend(ids);
    }
    done.store(true, Ordering::Relaxed);
    let (mut seen, mut after) = reader.await.unwrap();
    seen.extend(drain_inbox(&relays[0], &key_id, &mut after).await);
    let ids: Vec<&String> = seen.iter().map(|(_, id)| id).collect();
    let unique: HashSet<&String> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len(), "{label}: an envelope paged twice");
    assert_eq!(
        unique,
        posted.iter().collect::<HashSet<_>>(),
        "{label}: the reader missed envelopes"
    );
    for pair in seen.windows(2) {
        assert_eq!(pair[1].0, pair[0].0 + 1, "{label}: seqs not gap-free");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_posts_are_all_stored_once_in_gap_free_order() {
    for db in databases().await {
        let relay = relay(&db.config()).await;
        concurrent_posts(vec![relay], db.label).await;
    }
}

/// Two relays, each with its own writer and connections, on one
/// PostgreSQL database.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_postgres_relays_share_gap_free_order() {
    let Some(base) = postgres_url() else {
        eprintln!("note: WAYMARK_TEST_POSTGRES_URL is not set; PostgreSQL skipped");
        return;
    };
    let db = TestDb::postgres(&base).await;
    let a = relay(&db.config()).await;
    let b = relay(&db.config()).await;
    concurrent_posts(vec![a, b], "two postgres relays").await;
}

#[tokio::test]
async fn duplicates_inside_one_group_are_stored_once() {
    for db in databases().await {
        let store = Store::open(&db.url).await.unwrap();
        let hotline = Hotline::new();
        let (_, e1) = sealed_bytes(&hotline.pk, b"one");
        let (_, e2) = sealed_bytes(&hotline.pk, b"two");
        let (_, r1) = sealed_bytes(&Hotline::new().pk, b"reply");
        let mailbox = random::<16>();
        let answers = store
            .insert_batches(vec![
                Batch::Hotline(vec![row(&e1), row(&e2), row(&e1)]),
                Batch::Hotline(vec![row(&e2)]),
                Batch::Mailbox(mailbox, vec![row(&r1)]),
                Batch::Mailbox(mailbox, vec![row(&r1)]),
            ])
            .await;
        let answers: Vec<Vec<bool>> = answers.into_iter().map(Result::unwrap).collect();
        assert_eq!(
            answers,
            [
                vec![true, true, false],
                vec![false],
                vec![true],
                vec![false]
            ],
            "{}",
            db.label
        );
        let page = store
            .inbox_page(envelope::key_id(&hotline.pk), 0, 10, false)
            .await
            .unwrap();
        assert_eq!(page.iter().map(|r| &r.body).collect::<Vec<_>>(), [&e1, &e2]);
        assert_eq!(store.mailbox_page(mailbox, 0, 10).await.unwrap().len(), 1);
    }
}

/// Makes the database refuse every envelope for `key_id` (all key ids
/// when `None`): at the insert, or for PostgreSQL with `at_commit` only
/// when the transaction commits (a deferred constraint trigger).
async fn refuse(db: &TestDb, key_id: Option<[u8; 8]>, at_commit: bool) {
    let when = key_id.map(|k| hex(&k));
    match &db.dir {
        Some(dir) => {
            let conn = rusqlite::Connection::open(dir.path().join("relay.db")).unwrap();
            let when = when.map_or(String::new(), |k| format!("WHEN NEW.key_id = X'{k}'"));
            conn.execute_batch(&format!(
                "CREATE TRIGGER refuse BEFORE INSERT ON envelopes {when}
                 BEGIN SELECT RAISE(ABORT, 'refused'); END;"
            ))
            .unwrap();
        }
        None => {
            let (client, conn) = tokio_postgres::connect(&db.url, tokio_postgres::NoTls)
                .await
                .unwrap();
            tokio::spawn(conn);
            let when = when.map_or("TRUE".to_string(), |k| format!("NEW.key_id = '\\x{k}'"));
            let trigger = if at_commit {
                "CREATE CONSTRAINT TRIGGER refuse AFTER INSERT ON envelopes
                 DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse()"
            } else {
                "CREATE TRIGGER refuse BEFORE INSERT ON envelopes
                 FOR EACH ROW EXECUTE FUNCTION refuse()"
            };
            client
                .batch_execute(&format!(
                    "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$
                     BEGIN IF {when} THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$;
                     {trigger};"
                ))
                .await
                .unwrap();
        }
    }
}

async fn unrefuse(db: &TestDb) {
    match &db.dir {
        Some(dir) => {
            let conn = rusqlite::Connection::open(dir.path().join("relay.db")).unwrap();
            conn.execute_batch("DROP TRIGGER refuse").unwrap();
        }
        None => {
            let (client, conn) = tokio_postgres::connect(&db.url, tokio_postgres::NoTls)
                .await
                .unwrap();
            tokio::spawn(conn);
            client
                .batch_execute("DROP TRIGGER refuse ON envelopes; DROP FUNCTION refuse()")
                .await
                .unwrap();
        }
    }
}

/// A group holding a batch the database refuses: that batch fails as a
/// whole (its good envelope is not stored either), the others are stored.
async fn one_bad_batch(db: &TestDb, at_commit: bool) {
    let store = Store::open(&db.url).await.unwrap();
    let (good, bad) = (Hotline::new(), Hotline::new());
    refuse(db, Some(envelope::key_id(&bad.pk)), at_commit).await;
    let (a, ea) = sealed_bytes(&good.pk, b"a");
    let (b_good, eb_good) = sealed_bytes(&good.pk, b"b, good");
    let (b_bad, eb_bad) = sealed_bytes(&bad.pk, b"b, refused");
    let (c, ec) = sealed_bytes(&good.pk, b"c");
    let answers = store
        .insert_batches(vec![
            Batch::Hotline(vec![row(&ea)]),
            Batch::Hotline(vec![row(&eb_good), row(&eb_bad)]),
            Batch::Hotline(vec![row(&ec), row(&ea)]),
        ])
        .await;
    let label = format!("{} at_commit={at_commit}", db.label);
    assert_eq!(answers[0].as_ref().unwrap(), &[true], "{label}");
    assert!(answers[1].is_err(), "{label}");
    assert_eq!(answers[2].as_ref().unwrap(), &[true, false], "{label}");
    assert_eq!(
        store.statuses(vec![a, b_good, b_bad, c]).await.unwrap(),
        [
            RelayStatus::Stored,
            RelayStatus::Unknown,
            RelayStatus::Unknown,
            RelayStatus::Stored
        ],
        "{label}"
    );
    let page = store
        .inbox_page(envelope::key_id(&good.pk), 0, 10, false)
        .await
        .unwrap();
    assert_eq!(
        page.iter().map(|r| &r.body).collect::<Vec<_>>(),
        [&ea, &ec],
        "{label}"
    );
    unrefuse(db).await;
}

#[tokio::test]
async fn a_bad_batch_fails_only_itself() {
    for db in databases().await {
        one_bad_batch(&db, false).await;
        if db.dir.is_none() {
            // PostgreSQL: the same when the failure comes at COMMIT.
            one_bad_batch(&db, true).await;
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_failing_store_answers_503_to_every_request_and_stores_none() {
    for db in databases().await {
        let relay = relay(&db.config()).await;
        let hotline = Hotline::new();
        refuse(&db, None, false).await;
        let mut posts = tokio::task::JoinSet::new();
        let mut ids = Vec::new();
        for _ in 0..16 {
            let (id, env) = sealed_bytes(&hotline.pk, b"refused");
            ids.push(id);
            let relay = relay.clone();
            posts.spawn(async move { relay.post_envelopes(&[env]).await });
        }
        for (status, body) in posts.join_all().await {
            assert_eq!((status, code(&body)), (503, "storage"), "{}", db.label);
        }
        let store = Store::open(&db.url).await.unwrap();
        assert!(store.key_ids().await.unwrap().is_empty(), "{}", db.label);
        // Once the database accepts writes again, so does the relay.
        unrefuse(&db).await;
        let (id, env) = sealed_bytes(&hotline.pk, b"accepted");
        let (status, body) = relay.post_envelopes(&[env]).await;
        assert_eq!(
            (status, &body["results"][0]["status"]),
            (200, &Value::from("stored"))
        );
        ids.push(id);
        let statuses = store.statuses(ids).await.unwrap();
        assert_eq!(
            statuses
                .iter()
                .filter(|s| **s == RelayStatus::Stored)
                .count(),
            1
        );
    }
}

/// "stored" is only answered after the commit: envelopes a killed relay
/// (SIGKILL, no shutdown) answered `stored` are all in the database when
/// it is opened again.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn stored_answers_survive_killing_the_relay() {
    for db in databases().await {
        let server = ServerProcess::start(&db.url, &["--quiet", "--rate-limit", "0"]);
        let relay = Relay::at(server.addr);
        let hotline = Hotline::new();
        let mut posts = tokio::task::JoinSet::new();
        for _ in 0..48 {
            let relay = relay.clone();
            let (id, env) = sealed_bytes(&hotline.pk, b"durable");
            posts.spawn(async move { (id, relay.post_envelopes(&[env]).await) });
        }
        let mut stored = Vec::new();
        for (id, (status, body)) in posts.join_all().await {
            assert_eq!(status, 200, "{body}");
            assert_eq!(body["results"][0]["status"], "stored");
            stored.push(id);
        }
        drop(server); // kill -9
        let store = Store::open_existing(&db.url).await.unwrap();
        let statuses = store.statuses(stored.clone()).await.unwrap();
        assert!(
            statuses.iter().all(|s| *s == RelayStatus::Stored),
            "{}: {statuses:?}",
            db.label
        );
        let key = envelope::key_id(&hotline.pk);
        assert_eq!(
            store.inbox_page(key, 0, 100, false).await.unwrap().len(),
            stored.len()
        );
    }
}

/// SQLite: while another process holds the file's write lock (so the
/// relay's writer waits), reads are still answered.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sqlite_reads_do_not_wait_for_writes() {
    let db = TestDb::sqlite();
    let relay = relay(&db.config()).await;
    let hotline = Hotline::new();
    let (first, env) = sealed_bytes(&hotline.pk, b"first");
    relay.post_envelopes(&[env]).await;
    let mut lock =
        rusqlite::Connection::open(db.dir.as_ref().unwrap().path().join("relay.db")).unwrap();
    let held = lock
        .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
        .unwrap();
    let (second, env) = sealed_bytes(&hotline.pk, b"second");
    let pending = {
        let relay = relay.clone();
        tokio::spawn(async move { relay.post_envelopes(&[env]).await })
    };
    let reads = async {
        let ids = serde_json::json!({ "ids": [hex(&first), hex(&second)] });
        let (status, body) = relay.post_json("/v1/envelopes/status", &ids).await;
        assert_eq!(status, 200);
        assert_eq!(body["statuses"][0]["status"], "stored");
        let convo = Conversation::new();
        let mailbox = format!("/v1/mailboxes/{}/envelopes", convo.mailbox());
        let cap = hex(&convo.cap);
        assert_eq!(relay.get_json(&mailbox, Some(&cap)).await.0, 200);
        assert_eq!(relay.get_json("/v1/packs/latest", None).await.0, 404);
        let backup = format!("/v1/backups/{}", hex(&random::<16>()));
        assert_eq!(relay.get_json(&backup, None).await.0, 404);
    };
    // A bound, not a sleep: the writer would wait up to its 10 s busy
    // timeout, so reads queued behind it would not finish in time.
    tokio::time::timeout(Duration::from_secs(5), reads)
        .await
        .expect("reads waited for the blocked writer");
    held.commit().unwrap();
    let (status, body) = pending.await.unwrap();
    assert_eq!(
        (status, &body["results"][0]["status"]),
        (200, &Value::from("stored"))
    );
    let store = Store::open(&db.url).await.unwrap();
    let got = store.statuses(vec![first, second]).await.unwrap();
    assert_eq!(got, [RelayStatus::Stored, RelayStatus::Stored]);
}
