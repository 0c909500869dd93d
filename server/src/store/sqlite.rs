//! SQLite backend: one connection behind a mutex, used from blocking tasks.
//! WAL mode with a busy timeout, so the operator commands can run against
//! the file while the relay serves.

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};

use rusqlite::{Connection, OpenFlags, OptionalExtension, params};
use waymark_protocol::api::RelayStatus;
use waymark_protocol::envelope::Header;

use super::{BackupPut, PackPut, Row, StoreError};

const SCHEMA: &str = "
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

#[derive(Clone)]
pub struct SqliteStore {
    conn: Arc<Mutex<Connection>>,
}

impl std::fmt::Debug for SqliteStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SqliteStore")
    }
}

impl SqliteStore {
    /// Opens the file (creating it and the tables if needed). Blocking.
    pub fn open(path: &Path) -> Result<SqliteStore, StoreError> {
        SqliteStore::prepare(Connection::open(path)?)
    }

    /// Opens a file that exists and holds the relay's tables; never
    /// creates one. Blocking.
    pub fn open_existing(path: &Path) -> Result<SqliteStore, StoreError> {
        let shown = || path.display().to_string();
        if !path.is_file() {
            return Err(StoreError::Missing(shown()));
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        let is_relay = conn
            .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'envelopes'")
            .and_then(|mut s| s.exists([]))
            .unwrap_or(false);
        if !is_relay {
            return Err(StoreError::NotARelay(shown()));
        }
        SqliteStore::prepare(conn)
    }

    fn prepare(conn: Connection) -> Result<SqliteStore, StoreError> {
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "secure_delete", "ON")?;
        conn.execute_batch(SCHEMA)?;
        // Databases made before the fetched flag existed.
        let has_fetched: bool = conn
            .prepare("SELECT 1 FROM pragma_table_info('envelopes') WHERE name = 'fetched'")?
            .exists([])?;
        if !has_fetched {
            conn.execute_batch(
                "ALTER TABLE envelopes ADD COLUMN fetched INTEGER NOT NULL DEFAULT 0",
            )?;
        }
        Ok(SqliteStore {
            conn: Arc::new(Mutex::new(conn)),
        })
    }

    async fn run<T, F>(&self, f: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> rusqlite::Result<T> + Send + 'static,
    {
        let conn = self.conn.clone();
        tokio::task::spawn_blocking(move || {
            let mut conn = conn.lock().unwrap_or_else(PoisonError::into_inner);
            f(&mut conn)
        })
        .await
        .map_err(|_| StoreError::Task)?
        .map_err(StoreError::from)
    }

    pub async fn insert_envelopes(
        &self,
        rows: Vec<(Header, Vec<u8>)>,
    ) -> Result<Vec<bool>, StoreError> {
        self.run(move |conn| {
            let tx = conn.transaction()?;
            let mut out = Vec::with_capacity(rows.len());
            {
                let mut stmt = tx.prepare_cached(
                    "INSERT OR IGNORE INTO envelopes (id, key_id, body) VALUES (?1, ?2, ?3)",
                )?;
                for (h, body) in &rows {
                    out.push(stmt.execute(params![&h.id[..], &h.key_id[..], body])? == 1);
                }
            }
            tx.commit()?;
            Ok(out)
        })
        .await
    }

    pub async fn insert_mailbox(
        &self,
        mailbox: [u8; 16],
        rows: Vec<(Header, Vec<u8>)>,
    ) -> Result<Vec<bool>, StoreError> {
        self.run(move |conn| {
            let tx = conn.transaction()?;
            let mut out = Vec::with_capacity(rows.len());
            {
                let mut stmt = tx.prepare_cached(
                    "INSERT OR IGNORE INTO mailbox_envelopes (id, mailbox_id, body) VALUES (?1, ?2, ?3)",
                )?;
                for (h, body) in &rows {
                    out.push(stmt.execute(params![&h.id[..], &mailbox[..], body])? == 1);
                }
            }
            tx.commit()?;
            Ok(out)
        })
        .await
    }

    pub async fn statuses(&self, ids: Vec<[u8; 16]>) -> Result<Vec<RelayStatus>, StoreError> {
        self.run(move |conn| {
            let mut stmt = conn.prepare_cached("SELECT fetched FROM envelopes WHERE id = ?1")?;
            let mut known = HashMap::new();
            for id in &ids {
                let fetched: Option<bool> = stmt
                    .query_row(params![&id[..]], |r| r.get::<_, i64>(0).map(|f| f != 0))
                    .optional()?;
                known.insert(*id, fetched);
            }
            Ok(ids
                .iter()
                .map(|id| match known.get(id).copied().flatten() {
                    None => RelayStatus::Unknown,
                    Some(true) => RelayStatus::Fetched,
                    Some(false) => RelayStatus::Stored,
                })
                .collect())
        })
        .await
    }

    pub async fn inbox_page(
        &self,
        key_id: [u8; 8],
        after: i64,
        limit: u32,
        mark_fetched: bool,
    ) -> Result<Vec<Row>, StoreError> {
        self.run(move |conn| {
            let tx = conn.transaction()?;
            let rows = {
                let mut stmt = tx.prepare_cached(
                    "SELECT seq, id, body FROM envelopes WHERE key_id = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3",
                )?;
                stmt.query_map(params![&key_id[..], after, limit], |r| {
                    Ok(Row {
                        seq: r.get(0)?,
                        id: r.get(1)?,
                        body: r.get(2)?,
                    })
                })?
                .collect::<rusqlite::Result<Vec<Row>>>()?
            };
            if let (true, Some(last)) = (mark_fetched, rows.last()) {
                tx.execute(
                    "UPDATE envelopes SET fetched = 1 WHERE key_id = ?1 AND seq > ?2 AND seq <= ?3 AND fetched = 0",
                    params![&key_id[..], after, last.seq],
                )?;
            }
            tx.commit()?;
            Ok(rows)
        })
        .await
    }

    pub async fn key_ids(&self) -> Result<Vec<([u8; 8], u64)>, StoreError> {
        self.run(|conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT key_id, COUNT(*) FROM envelopes GROUP BY key_id ORDER BY key_id",
            )?;
            let rows = stmt
                .query_map([], |r| Ok((r.get::<_, Vec<u8>>(0)?, r.get::<_, i64>(1)?)))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            // Key ids are stored from 8-byte headers; anything else is skipped.
            Ok(rows
                .into_iter()
                .filter_map(|(k, n)| Some((k.try_into().ok()?, u64::try_from(n).ok()?)))
                .collect())
        })
        .await
    }

    pub async fn envelope(&self, id: [u8; 16]) -> Result<Option<Vec<u8>>, StoreError> {
        self.run(move |conn| {
            conn.query_row(
                "SELECT body FROM envelopes WHERE id = ?1",
                params![&id[..]],
                |r| r.get(0),
            )
            .optional()
        })
        .await
    }

    pub async fn mailbox_page(
        &self,
        mailbox: [u8; 16],
        after: i64,
        limit: u32,
    ) -> Result<Vec<Row>, StoreError> {
        self.run(move |conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT seq, id, body FROM mailbox_envelopes WHERE mailbox_id = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3",
            )?;
            stmt.query_map(params![&mailbox[..], after, limit], |r| {
                Ok(Row {
                    seq: r.get(0)?,
                    id: r.get(1)?,
                    body: r.get(2)?,
                })
            })?
            .collect()
        })
        .await
    }

    pub async fn put_backup(
        &self,
        id: [u8; 16],
        token_hash: [u8; 32],
        blob: Vec<u8>,
    ) -> Result<BackupPut, StoreError> {
        self.run(move |conn| {
            // One statement: bind on first upload, replace only with the same token.
            let n = conn.execute(
                "INSERT INTO backups (id, token_hash, blob) VALUES (?1, ?2, ?3)
                 ON CONFLICT (id) DO UPDATE SET blob = excluded.blob
                 WHERE backups.token_hash = excluded.token_hash",
                params![&id[..], &token_hash[..], blob],
            )?;
            Ok(if n == 1 {
                BackupPut::Stored
            } else {
                BackupPut::Forbidden
            })
        })
        .await
    }

    pub async fn backup(&self, id: [u8; 16]) -> Result<Option<Vec<u8>>, StoreError> {
        self.run(move |conn| {
            conn.query_row(
                "SELECT blob FROM backups WHERE id = ?1",
                params![&id[..]],
                |r| r.get(0),
            )
            .optional()
        })
        .await
    }

    pub async fn put_pack(&self, version: i64, bytes: Vec<u8>) -> Result<PackPut, StoreError> {
        self.run(move |conn| {
            let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            let newest: Option<i64> =
                tx.query_row("SELECT MAX(version) FROM packs", [], |r| r.get(0))?;
            if newest.is_some_and(|n| n >= version) {
                return Ok(PackPut::NotNewer);
            }
            tx.execute(
                "INSERT INTO packs (version, bytes) VALUES (?1, ?2)",
                params![version, bytes],
            )?;
            tx.commit()?;
            Ok(PackPut::Stored)
        })
        .await
    }

    pub async fn latest_pack(&self) -> Result<Option<(i64, Vec<u8>)>, StoreError> {
        self.run(|conn| {
            conn.query_row(
                "SELECT version, bytes FROM packs ORDER BY version DESC LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
        })
        .await
    }

    pub async fn latest_pack_version(&self) -> Result<Option<i64>, StoreError> {
        self.run(|conn| conn.query_row("SELECT MAX(version) FROM packs", [], |r| r.get(0)))
            .await
    }
}
