//! Numbered migrations: a database made by the schema SQL of relays from
//! before migrations were numbered (with and without the fetched flag)
//! opens, is migrated to the latest version and keeps its rows; a database
//! from a newer relay is refused. SQLite always, PostgreSQL when
//! `WAYMARK_TEST_POSTGRES_URL` is set.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stderr)]

mod common;

use common::*;
use waymark_protocol::api::RelayStatus;
use waymark_protocol::envelope;
use waymark_server::store::migrations::LATEST;
use waymark_server::{Store, StoreError};

/// The SQLite schema of the relay before migrations were numbered.
const SQLITE_UNNUMBERED: &str = "
    CREATE TABLE IF NOT EXISTS envelopes (
        seq      INTEGER PRIMARY KEY AUTOINCREMENT,
        id       BLOB NOT NULL UNIQUE,
        key_id   BLOB NOT NULL,
        body     BLOB NOT NULL,
        fetched  INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX IF NOT EXISTS envelopes_by_key ON envelopes (key_id, seq);
    CREATE TABLE IF NOT EXISTS mailbox_envelopes (
        seq         INTEGER PRIMARY KEY AUTOINCREMENT,
        id          BLOB NOT NULL UNIQUE,
        mailbox_id  BLOB NOT NULL,
        body        BLOB NOT NULL
    );
    CREATE INDEX IF NOT EXISTS mailbox_by_id ON mailbox_envelopes (mailbox_id, seq);
    CREATE TABLE IF NOT EXISTS backups (
        id          BLOB PRIMARY KEY,
        token_hash  BLOB NOT NULL,
        blob        BLOB NOT NULL
    );
    CREATE TABLE IF NOT EXISTS packs (
        version  INTEGER PRIMARY KEY,
        bytes    BLOB NOT NULL
    );";

/// The PostgreSQL schema of the relay before migrations were numbered.
const POSTGRES_UNNUMBERED: &str = "
    CREATE TABLE IF NOT EXISTS envelopes (
        seq      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id       BYTEA NOT NULL UNIQUE,
        key_id   BYTEA NOT NULL,
        body     BYTEA NOT NULL,
        fetched  BOOLEAN NOT NULL DEFAULT FALSE
    );
    CREATE INDEX IF NOT EXISTS envelopes_by_key ON envelopes (key_id, seq);
    CREATE TABLE IF NOT EXISTS mailbox_envelopes (
        seq         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id          BYTEA NOT NULL UNIQUE,
        mailbox_id  BYTEA NOT NULL,
        body        BYTEA NOT NULL
    );
    CREATE INDEX IF NOT EXISTS mailbox_by_id ON mailbox_envelopes (mailbox_id, seq);
    CREATE TABLE IF NOT EXISTS backups (
        id          BYTEA PRIMARY KEY,
        token_hash  BYTEA NOT NULL,
        blob        BYTEA NOT NULL
    );
    CREATE TABLE IF NOT EXISTS packs (
        version  BIGINT PRIMARY KEY,
        bytes    BYTEA NOT NULL
    );";

/// Opens a migrated store and checks the old row is there and the
/// fetched flag works.
async fn check_migrated(url: &str, hotline: &Hotline, id: [u8; 16], env: &[u8]) {
    let store = Store::open_existing(url).await.unwrap();
    assert_eq!(store.envelope(id).await.unwrap().as_deref(), Some(env));
    assert_eq!(
        store.statuses(vec![id]).await.unwrap(),
        [RelayStatus::Stored]
    );
    let key = envelope::key_id(&hotline.pk);
    assert_eq!(store.inbox_page(key, 0, 10, true).await.unwrap().len(), 1);
    assert_eq!(
        store.statuses(vec![id]).await.unwrap(),
        [RelayStatus::Fetched]
    );
    let (_, newer) = sealed_bytes(&hotline.pk, b"after the migration");
    let header = envelope::header(&newer).unwrap();
    assert_eq!(
        store.insert_envelopes(vec![(header, newer)]).await.unwrap(),
        [true]
    );
    // Opening again applies nothing.
    drop(store);
    Store::open(url).await.unwrap();
}

#[tokio::test]
async fn an_unnumbered_sqlite_database_is_migrated() {
    // Today's schema, and the one before the fetched flag existed.
    let without_fetched = SQLITE_UNNUMBERED.replace(
        "body     BLOB NOT NULL,\n        fetched  INTEGER NOT NULL DEFAULT 0",
        "body     BLOB NOT NULL",
    );
    assert_ne!(without_fetched, SQLITE_UNNUMBERED);
    for schema in [SQLITE_UNNUMBERED, &without_fetched] {
        let db = TestDb::sqlite();
        let path = db.dir.as_ref().unwrap().path().join("relay.db");
        let hotline = Hotline::new();
        let (id, env) = sealed_bytes(&hotline.pk, b"from before");
        {
            let conn = rusqlite::Connection::open(&path).unwrap();
            conn.execute_batch(schema).unwrap();
            conn.execute(
                "INSERT INTO envelopes (id, key_id, body) VALUES (?1, ?2, ?3)",
                rusqlite::params![&id[..], &envelope::key_id(&hotline.pk)[..], &env],
            )
            .unwrap();
        }
        check_migrated(&db.url, &hotline, id, &env).await;
        let conn = rusqlite::Connection::open(&path).unwrap();
        let version: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(version, LATEST);
    }
}

#[tokio::test]
async fn a_sqlite_database_from_a_newer_relay_is_refused() {
    let db = TestDb::sqlite();
    drop(Store::open(&db.url).await.unwrap());
    let path = db.dir.as_ref().unwrap().path().join("relay.db");
    rusqlite::Connection::open(&path)
        .unwrap()
        .pragma_update(None, "user_version", LATEST + 1)
        .unwrap();
    let err = Store::open(&db.url).await.unwrap_err();
    assert!(matches!(err, StoreError::TooNew { .. }), "{err}");
}

#[tokio::test]
async fn an_unnumbered_postgres_database_is_migrated() {
    let Some(base) = postgres_url() else {
        eprintln!("note: WAYMARK_TEST_POSTGRES_URL is not set; PostgreSQL skipped");
        return;
    };
    let db = TestDb::postgres(&base).await;
    let (client, conn) = tokio_postgres::connect(&db.url, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(conn);
    client.batch_execute(POSTGRES_UNNUMBERED).await.unwrap();
    let hotline = Hotline::new();
    let (id, env) = sealed_bytes(&hotline.pk, b"from before");
    client
        .execute(
            "INSERT INTO envelopes (id, key_id, body) VALUES ($1, $2, $3)",
            &[
                &id.as_slice(),
                &envelope::key_id(&hotline.pk).as_slice(),
                &env,
            ],
        )
        .await
        .unwrap();
    check_migrated(&db.url, &hotline, id, &env).await;
    let versions: Vec<i64> = client
        .query(
            "SELECT version FROM schema_migrations ORDER BY version",
            &[],
        )
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(versions, (1..=LATEST).collect::<Vec<_>>());
    client
        .execute(
            "INSERT INTO schema_migrations (version) VALUES ($1)",
            &[&(LATEST + 1)],
        )
        .await
        .unwrap();
    let err = Store::open(&db.url).await.unwrap_err();
    assert!(matches!(err, StoreError::TooNew { .. }), "{err}");
}
