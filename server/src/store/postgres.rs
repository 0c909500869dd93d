//! PostgreSQL backend (`tokio-postgres`, no TLS: run it on loopback or a
//! private network). Several relay processes may share one database:
//!
//! - the schema is created with `CREATE … IF NOT EXISTS` inside a
//!   transaction holding an advisory lock, so concurrent start-ups do not
//!   race on the catalogue;
//! - inserts are `ON CONFLICT DO NOTHING`, so a batch posted to two relays
//!   at once is stored exactly once;
//! - each insert transaction takes a per-table advisory lock first, so
//!   arrival numbers become visible in order and a reader paging with
//!   `after=SEQ` can never skip a row that commits late.
//!
//! A small fixed pool of connections is used round-robin; a connection that
//! has closed is reopened on next use.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use tokio::sync::{Mutex, OwnedMutexGuard};
use tokio_postgres::{Client, Config, NoTls};
use waymark_protocol::api::RelayStatus;
use waymark_protocol::envelope::Header;

use super::{BackupPut, PackPut, Row, StoreError};

/// Connections per relay process.
const POOL: usize = 4;

// Advisory lock keys ("WAYM" + a number), one per purpose.
const SCHEMA_LOCK: i64 = 0x5741_594d_0000_0001;
const ENVELOPES_LOCK: i64 = 0x5741_594d_0000_0002;
const MAILBOX_LOCK: i64 = 0x5741_594d_0000_0003;
const PACKS_LOCK: i64 = 0x5741_594d_0000_0004;

const SCHEMA: &str = "
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

#[derive(Clone)]
pub struct PgStore {
    inner: Arc<Inner>,
}

struct Inner {
    config: Config,
    slots: Vec<Arc<Mutex<Client>>>,
    next: AtomicUsize,
}

impl std::fmt::Debug for PgStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PgStore")
            .field("connections", &self.inner.slots.len())
            .finish_non_exhaustive()
    }
}

async fn connect(config: &Config) -> Result<Client, StoreError> {
    let (client, connection) = config.connect(NoTls).await?;
    tokio::spawn(async move {
        // Ends when the client is dropped or the server goes away; the next
        // use of a closed client reconnects.
        let _ = connection.await;
    });
    Ok(client)
}

fn lock(key: i64) -> String {
    format!("SELECT pg_advisory_xact_lock({key})")
}

fn status(fetched: Option<bool>) -> RelayStatus {
    match fetched {
        None => RelayStatus::Unknown,
        Some(true) => RelayStatus::Fetched,
        Some(false) => RelayStatus::Stored,
    }
}

impl PgStore {
    /// Connects and creates the tables if they are missing.
    pub async fn open(url: &str) -> Result<PgStore, StoreError> {
        let config: Config = url
            .parse()
            .map_err(|_| StoreError::BadUrl(url.to_string()))?;
        let mut first = connect(&config).await?;
        let tx = first.transaction().await?;
        tx.batch_execute(&lock(SCHEMA_LOCK)).await?;
        tx.batch_execute(SCHEMA).await?;
        tx.commit().await?;
        let mut slots = vec![Arc::new(Mutex::new(first))];
        for _ in 1..POOL {
            slots.push(Arc::new(Mutex::new(connect(&config).await?)));
        }
        Ok(PgStore {
            inner: Arc::new(Inner {
                config,
                slots,
                next: AtomicUsize::new(0),
            }),
        })
    }

    async fn client(&self) -> Result<OwnedMutexGuard<Client>, StoreError> {
        let n = self.inner.next.fetch_add(1, Ordering::Relaxed) % self.inner.slots.len();
        let slot = self.inner.slots[n].clone();
        let mut guard = slot.lock_owned().await;
        if guard.is_closed() {
            *guard = connect(&self.inner.config).await?;
        }
        Ok(guard)
    }

    pub async fn insert_envelopes(
        &self,
        rows: Vec<(Header, Vec<u8>)>,
    ) -> Result<Vec<bool>, StoreError> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        tx.batch_execute(&lock(ENVELOPES_LOCK)).await?;
        let stmt = tx
            .prepare(
                "INSERT INTO envelopes (id, key_id, body) VALUES ($1, $2, $3)
                 ON CONFLICT (id) DO NOTHING",
            )
            .await?;
        let mut out = Vec::with_capacity(rows.len());
        for (h, body) in &rows {
            let n = tx
                .execute(&stmt, &[&h.id.as_slice(), &h.key_id.as_slice(), body])
                .await?;
            out.push(n == 1);
        }
        tx.commit().await?;
        Ok(out)
    }

    pub async fn insert_mailbox(
        &self,
        mailbox: [u8; 16],
        rows: Vec<(Header, Vec<u8>)>,
    ) -> Result<Vec<bool>, StoreError> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        tx.batch_execute(&lock(MAILBOX_LOCK)).await?;
        let stmt = tx
            .prepare(
                "INSERT INTO mailbox_envelopes (id, mailbox_id, body) VALUES ($1, $2, $3)
                 ON CONFLICT (id) DO NOTHING",
            )
            .await?;
        let mut out = Vec::with_capacity(rows.len());
        for (h, body) in &rows {
            let n = tx
                .execute(&stmt, &[&h.id.as_slice(), &mailbox.as_slice(), body])
                .await?;
            out.push(n == 1);
        }
        tx.commit().await?;
        Ok(out)
    }

    pub async fn statuses(&self, ids: Vec<[u8; 16]>) -> Result<Vec<RelayStatus>, StoreError> {
        let client = self.client().await?;
        let wanted: Vec<&[u8]> = ids.iter().map(|i| i.as_slice()).collect();
        let rows = client
            .query(
                "SELECT id, fetched FROM envelopes WHERE id = ANY($1)",
                &[&wanted],
            )
            .await?;
        let mut known = HashMap::new();
        for r in rows {
            let id: Vec<u8> = r.try_get(0)?;
            let fetched: bool = r.try_get(1)?;
            known.insert(id, fetched);
        }
        Ok(ids
            .iter()
            .map(|id| status(known.get(id.as_slice()).copied()))
            .collect())
    }

    pub async fn inbox_page(
        &self,
        key_id: [u8; 8],
        after: i64,
        limit: u32,
        mark_fetched: bool,
    ) -> Result<Vec<Row>, StoreError> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        let rows = tx
            .query(
                "SELECT seq, id, body FROM envelopes WHERE key_id = $1 AND seq > $2
                 ORDER BY seq LIMIT $3",
                &[&key_id.as_slice(), &after, &i64::from(limit)],
            )
            .await?
            .into_iter()
            .map(|r| {
                Ok(Row {
                    seq: r.try_get(0)?,
                    id: r.try_get(1)?,
                    body: r.try_get(2)?,
                })
            })
            .collect::<Result<Vec<Row>, tokio_postgres::Error>>()?;
        if let (true, Some(last)) = (mark_fetched, rows.last()) {
            tx.execute(
                "UPDATE envelopes SET fetched = TRUE
                 WHERE key_id = $1 AND seq > $2 AND seq <= $3 AND NOT fetched",
                &[&key_id.as_slice(), &after, &last.seq],
            )
            .await?;
        }
        tx.commit().await?;
        Ok(rows)
    }

    pub async fn key_ids(&self) -> Result<Vec<([u8; 8], u64)>, StoreError> {
        let client = self.client().await?;
        let rows = client
            .query(
                "SELECT key_id, COUNT(*) FROM envelopes GROUP BY key_id ORDER BY key_id",
                &[],
            )
            .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let (key, n): (Vec<u8>, i64) = (r.try_get(0)?, r.try_get(1)?);
            // Key ids are stored from 8-byte headers; anything else is skipped.
            if let (Ok(key), Ok(n)) = (key.try_into(), u64::try_from(n)) {
                out.push((key, n));
            }
        }
        Ok(out)
    }

    pub async fn envelope(&self, id: [u8; 16]) -> Result<Option<Vec<u8>>, StoreError> {
        let client = self.client().await?;
        let row = client
            .query_opt(
                "SELECT body FROM envelopes WHERE id = $1",
                &[&id.as_slice()],
            )
            .await?;
        Ok(row.map(|r| r.try_get(0)).transpose()?)
    }

    pub async fn mailbox_page(
        &self,
        mailbox: [u8; 16],
        after: i64,
        limit: u32,
    ) -> Result<Vec<Row>, StoreError> {
        let client = self.client().await?;
        let rows = client
            .query(
                "SELECT seq, id, body FROM mailbox_envelopes WHERE mailbox_id = $1 AND seq > $2
                 ORDER BY seq LIMIT $3",
                &[&mailbox.as_slice(), &after, &i64::from(limit)],
            )
            .await?;
        Ok(rows
            .into_iter()
            .map(|r| {
                Ok(Row {
                    seq: r.try_get(0)?,
                    id: r.try_get(1)?,
                    body: r.try_get(2)?,
                })
            })
            .collect::<Result<Vec<Row>, tokio_postgres::Error>>()?)
    }

    pub async fn put_backup(
        &self,
        id: [u8; 16],
        token_hash: [u8; 32],
        blob: Vec<u8>,
    ) -> Result<BackupPut, StoreError> {
        let client = self.client().await?;
        // One statement: bind on first upload, replace only with the same token.
        let n = client
            .execute(
                "INSERT INTO backups (id, token_hash, blob) VALUES ($1, $2, $3)
                 ON CONFLICT (id) DO UPDATE SET blob = EXCLUDED.blob
                 WHERE backups.token_hash = EXCLUDED.token_hash",
                &[&id.as_slice(), &token_hash.as_slice(), &blob],
            )
            .await?;
        Ok(if n == 1 {
            BackupPut::Stored
        } else {
            BackupPut::Forbidden
        })
    }

    pub async fn backup(&self, id: [u8; 16]) -> Result<Option<Vec<u8>>, StoreError> {
        let client = self.client().await?;
        let row = client
            .query_opt("SELECT blob FROM backups WHERE id = $1", &[&id.as_slice()])
            .await?;
        Ok(row.map(|r| r.try_get(0)).transpose()?)
    }

    pub async fn put_pack(&self, version: i64, bytes: Vec<u8>) -> Result<PackPut, StoreError> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        tx.batch_execute(&lock(PACKS_LOCK)).await?;
        let newest: Option<i64> = tx
            .query_one("SELECT MAX(version) FROM packs", &[])
            .await?
            .try_get(0)?;
        if newest.is_some_and(|n| n >= version) {
            return Ok(PackPut::NotNewer);
        }
        tx.execute(
            "INSERT INTO packs (version, bytes) VALUES ($1, $2)",
            &[&version, &bytes],
        )
        .await?;
        tx.commit().await?;
        Ok(PackPut::Stored)
    }

    pub async fn latest_pack(&self) -> Result<Option<(i64, Vec<u8>)>, StoreError> {
        let client = self.client().await?;
        let row = client
            .query_opt(
                "SELECT version, bytes FROM packs ORDER BY version DESC LIMIT 1",
                &[],
            )
            .await?;
        Ok(row
            .map(|r| Ok::<_, tokio_postgres::Error>((r.try_get(0)?, r.try_get(1)?)))
            .transpose()?)
    }

    pub async fn latest_pack_version(&self) -> Result<Option<i64>, StoreError> {
        let client = self.client().await?;
        Ok(client
            .query_one("SELECT MAX(version) FROM packs", &[])
            .await?
            .try_get(0)?)
    }
}
