//! The relay's SQLite store: sealed envelopes by id and hotline key id,
//! with an arrival sequence number for paging. No IP address, no client
//! identifier and no plaintext is ever stored.

use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};

use rusqlite::{Connection, params};
use waymark_protocol::envelope::Header;

/// One stored envelope: `(sequence number, envelope id, envelope bytes)`.
pub type Row = (i64, Vec<u8>, Vec<u8>);

#[derive(Clone)]
pub struct Store {
    conn: Arc<Mutex<Connection>>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Store")
    }
}

const SCHEMA: &str = "
    CREATE TABLE IF NOT EXISTS envelopes (
        seq      INTEGER PRIMARY KEY AUTOINCREMENT,
        id       BLOB NOT NULL UNIQUE,
        key_id   BLOB NOT NULL,
        body     BLOB NOT NULL
    );
    CREATE INDEX IF NOT EXISTS envelopes_by_key ON envelopes (key_id, seq);";

impl Store {
    pub fn open(path: &Path) -> rusqlite::Result<Store> {
        let conn = Connection::open(path)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.execute_batch(SCHEMA)?;
        Ok(Store {
            conn: Arc::new(Mutex::new(conn)),
        })
    }

    /// Stores envelopes; `true` for each one new, `false` for a repeat id.
    /// One transaction: a batch is stored entirely or not at all.
    pub fn insert_batch(&self, rows: &[(Header, Vec<u8>)]) -> rusqlite::Result<Vec<bool>> {
        let mut conn = self.conn.lock().unwrap_or_else(PoisonError::into_inner);
        let tx = conn.transaction()?;
        let mut out = Vec::with_capacity(rows.len());
        for (h, body) in rows {
            let n = tx.execute(
                "INSERT OR IGNORE INTO envelopes (id, key_id, body) VALUES (?1, ?2, ?3)",
                params![h.id.as_slice(), h.key_id.as_slice(), body],
            )?;
            out.push(n == 1);
        }
        tx.commit()?;
        Ok(out)
    }

    /// Envelopes for `key_id` after sequence number `after`, oldest first.
    pub fn page(&self, key_id: &[u8], after: i64, limit: u32) -> rusqlite::Result<Vec<Row>> {
        let conn = self.conn.lock().unwrap_or_else(PoisonError::into_inner);
        let mut stmt = conn.prepare(
            "SELECT seq, id, body FROM envelopes WHERE key_id = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3",
        )?;
        let rows = stmt.query_map(params![key_id, after, limit], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?;
        rows.collect()
    }
}
