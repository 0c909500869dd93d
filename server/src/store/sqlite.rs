//! SQLite backend: one writer thread that commits in groups, and a small
//! pool of read connections. WAL mode with a busy timeout, so the operator
//! commands (another process) can run against the file while the relay
//! serves.
//!
//! **Group commit.** Every write (envelope and reply batches, inbox pages
//! that mark envelopes fetched, backups, packs) is a job sent to the writer
//! thread, which owns the only write connection of the process. The writer
//! takes the first job, opens the transaction (`BEGIN IMMEDIATE`, waiting
//! here for another process's write lock), then takes every job queued
//! meanwhile, runs them all in that one transaction and commits with
//! `synchronous = FULL`. Each job is answered only after that commit
//! returned: "stored" still means on disk, but one fsync covers a whole
//! group instead of one request. No job waits on a timer: a group is what
//! queued during the previous commit.
//!
//! **A failing group.** If any statement of the group or its commit
//! fails, the whole transaction is rolled back and every write of the
//! group is retried alone, in its own transaction, in the order received.
//! A bad batch thus fails only its own request (503), every other request
//! gets the answer it would have had alone, and a batch is always stored
//! in one transaction, all or nothing. If the transaction cannot even
//! begin (the file is locked for longer than the busy timeout), every job
//! of the group fails with that error.
//!
//! **Order.** Arrival numbers (`seq`) are assigned by the one write
//! transaction that exists at any time (SQLite has a single writer per
//! file), so rows become visible in `seq` order and a reader paging with
//! `after=SEQ` never skips a row that commits later.
//!
//! Reads (statuses, inbox peeks, mailbox pages, backups, packs) use their
//! own connections and never queue behind the writer: in WAL mode a reader
//! sees the last commit while a write transaction is open. A mailbox page
//! that returned replies then marks them fetched through the writer (the
//! console shows a reply "picked up").
//!
//! **Console transactions** ([`super::Store::transaction`]) run on one more
//! connection of their own, one at a time, each `BEGIN IMMEDIATE`: SQLite
//! still has one writer per file, so they take turns with the writer's
//! groups (the busy timeout waits), and the group writer stays the only
//! path for envelope and reply inserts.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError, mpsc};

use rusqlite::{Connection, OpenFlags, OptionalExtension, params};
use tokio::sync::oneshot;
use waymark_protocol::envelope::Header;

use super::migrations::{self, Step};
use super::{
    Backend, BackupPut, Batch, PackPut, Row, SqlTx, StoreError, Value, numbered_placeholders,
    take_group,
};

/// Envelopes (or other writes) in one group at most: bounds how long the
/// first request of a group waits for the others.
const MAX_GROUP: usize = 2_000;
/// Read connections kept open when idle.
const MAX_IDLE_READERS: usize = 8;

/// One write, run by the writer thread inside a group transaction.
enum Write {
    Batch(Batch),
    /// An inbox page that marks what it returns fetched.
    InboxPage {
        key_id: [u8; 8],
        after: i64,
        limit: u32,
    },
    /// Marks a mailbox's replies in `(after, last]` fetched.
    MailboxFetched {
        mailbox: [u8; 16],
        after: i64,
        last: i64,
    },
    Backup {
        id: [u8; 16],
        token_hash: [u8; 32],
        blob: Vec<u8>,
    },
    Pack {
        version: i64,
        bytes: Vec<u8>,
    },
}

impl Write {
    /// How much of a group this write uses.
    fn weight(&self) -> usize {
        match self {
            Write::Batch(b) => b.len().max(1),
            _ => 1,
        }
    }
}

/// What a write did.
enum Written {
    Flags(Vec<bool>),
    Rows(Vec<Row>),
    Backup(BackupPut),
    Pack(PackPut),
}

/// Writes answered together: one per request, several for
/// [`super::Store::insert_batches`].
struct Job {
    writes: Vec<Write>,
    reply: oneshot::Sender<Vec<Result<Written, StoreError>>>,
}

#[derive(Clone)]
pub struct SqliteStore {
    jobs: mpsc::Sender<Job>,
    readers: Arc<Readers>,
    /// The connection of console transactions, one at a time.
    console: Arc<Mutex<Connection>>,
}

struct Readers {
    path: PathBuf,
    idle: Mutex<Vec<Connection>>,
}

impl std::fmt::Debug for SqliteStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SqliteStore")
    }
}

impl SqliteStore {
    /// Opens the file (creating it and the tables if needed). Blocking.
    pub fn open(path: &Path) -> Result<SqliteStore, StoreError> {
        SqliteStore::start(Connection::open(path)?, path)
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
        SqliteStore::start(conn, path)
    }

    /// Prepares the write connection and starts the writer thread.
    fn start(conn: Connection, path: &Path) -> Result<SqliteStore, StoreError> {
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "secure_delete", "ON")?;
        migrate(&conn)?;
        // Checkpoints run on their own connection and thread, so the
        // writer's commits never carry a checkpoint's writes and fsyncs;
        // the automatic checkpoint stays as a backstop at 16× the default.
        conn.pragma_update(None, "wal_autocheckpoint", 16_000)?;
        let checkpoints = checkpointer(path)?;
        let console = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        console.busy_timeout(std::time::Duration::from_secs(10))?;
        console.pragma_update(None, "synchronous", "FULL")?;
        // Retention deletes: freed pages are overwritten, not left behind.
        console.pragma_update(None, "secure_delete", "ON")?;
        let (jobs, queue) = mpsc::channel();
        std::thread::Builder::new()
            .name("waymark-sqlite-writer".into())
            .spawn(move || writer(&conn, &queue, &checkpoints))
            .map_err(StoreError::Thread)?;
        Ok(SqliteStore {
            jobs,
            readers: Arc::new(Readers {
                path: path.to_path_buf(),
                idle: Mutex::new(Vec::new()),
            }),
            console: Arc::new(Mutex::new(console)),
        })
    }

    /// Runs `f` on a read connection in a blocking task.
    async fn read<T, F>(&self, f: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> rusqlite::Result<T> + Send + 'static,
    {
        let readers = self.readers.clone();
        tokio::task::spawn_blocking(move || {
            let idle = readers
                .idle
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .pop();
            let conn = match idle {
                Some(c) => c,
                None => reader(&readers.path)?,
            };
            let out = f(&conn)?;
            let mut idle = readers.idle.lock().unwrap_or_else(PoisonError::into_inner);
            if idle.len() < MAX_IDLE_READERS {
                idle.push(conn);
            }
            Ok(out)
        })
        .await
        .map_err(|_| StoreError::Task)?
    }

    /// Sends writes to the writer thread; one answer per write, after the
    /// group holding them committed (or failed).
    async fn write(
        &self,
        writes: Vec<Write>,
    ) -> Result<Vec<Result<Written, StoreError>>, StoreError> {
        let (reply, answer) = oneshot::channel();
        self.jobs
            .send(Job { writes, reply })
            .map_err(|_| StoreError::Task)?;
        answer.await.map_err(|_| StoreError::Task)
    }

    async fn write_one(&self, write: Write) -> Result<Written, StoreError> {
        self.write(vec![write])
            .await?
            .pop()
            .unwrap_or(Err(StoreError::Task))
    }
}

impl Backend for SqliteStore {
    async fn insert_batches(&self, batches: Vec<Batch>) -> Vec<Result<Vec<bool>, StoreError>> {
        let n = batches.len();
        match self
            .write(batches.into_iter().map(Write::Batch).collect())
            .await
        {
            Ok(answers) => answers
                .into_iter()
                .map(|a| match a? {
                    Written::Flags(f) => Ok(f),
                    _ => Err(StoreError::Task),
                })
                .collect(),
            Err(_) => (0..n).map(|_| Err(StoreError::Task)).collect(),
        }
    }

    async fn fetched(&self, ids: Vec<[u8; 16]>) -> Result<HashMap<[u8; 16], bool>, StoreError> {
        self.read(move |conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT fetched FROM envelopes WHERE id = ?1
                 UNION ALL SELECT 1 FROM tombstones WHERE id = ?1",
            )?;
            let mut known = HashMap::new();
            for id in ids {
                let fetched: Option<bool> = stmt
                    .query_row(params![&id[..]], |r| r.get::<_, i64>(0).map(|f| f != 0))
                    .optional()?;
                if let Some(fetched) = fetched {
                    known.insert(id, fetched);
                }
            }
            Ok(known)
        })
        .await
    }

    async fn inbox_page(
        &self,
        key_id: [u8; 8],
        after: i64,
        limit: u32,
        mark_fetched: bool,
    ) -> Result<Vec<Row>, StoreError> {
        if !mark_fetched {
            return self
                .read(move |conn| page(conn, key_id, after, limit))
                .await;
        }
        match self
            .write_one(Write::InboxPage {
                key_id,
                after,
                limit,
            })
            .await?
        {
            Written::Rows(rows) => Ok(rows),
            _ => Err(StoreError::Task),
        }
    }

    async fn key_counts(&self) -> Result<Vec<(Vec<u8>, i64)>, StoreError> {
        self.read(|conn| {
            conn.prepare_cached(
                "SELECT key_id, COUNT(*) FROM envelopes GROUP BY key_id ORDER BY key_id",
            )?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect()
        })
        .await
    }

    async fn envelope(&self, id: [u8; 16]) -> Result<Option<Vec<u8>>, StoreError> {
        self.read(move |conn| {
            conn.query_row(
                "SELECT body FROM envelopes WHERE id = ?1",
                params![&id[..]],
                |r| r.get(0),
            )
            .optional()
        })
        .await
    }

    async fn mailbox_page(
        &self,
        mailbox: [u8; 16],
        after: i64,
        limit: u32,
    ) -> Result<Vec<Row>, StoreError> {
        self.read(move |conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT seq, id, body FROM mailbox_envelopes WHERE mailbox_id = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3",
            )?;
            stmt.query_map(params![&mailbox[..], after, limit], row)?
                .collect()
        })
        .await
    }

    async fn put_backup(
        &self,
        id: [u8; 16],
        token_hash: [u8; 32],
        blob: Vec<u8>,
    ) -> Result<BackupPut, StoreError> {
        match self
            .write_one(Write::Backup {
                id,
                token_hash,
                blob,
            })
            .await?
        {
            Written::Backup(b) => Ok(b),
            _ => Err(StoreError::Task),
        }
    }

    async fn backup(&self, id: [u8; 16]) -> Result<Option<Vec<u8>>, StoreError> {
        self.read(move |conn| {
            conn.query_row(
                "SELECT blob FROM backups WHERE id = ?1",
                params![&id[..]],
                |r| r.get(0),
            )
            .optional()
        })
        .await
    }

    async fn put_pack(&self, version: i64, bytes: Vec<u8>) -> Result<PackPut, StoreError> {
        match self.write_one(Write::Pack { version, bytes }).await? {
            Written::Pack(p) => Ok(p),
            _ => Err(StoreError::Task),
        }
    }

    async fn latest_pack(&self) -> Result<Option<(i64, Vec<u8>)>, StoreError> {
        self.read(|conn| {
            conn.query_row(
                "SELECT version, bytes FROM packs ORDER BY version DESC LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
        })
        .await
    }

    async fn latest_pack_version(&self) -> Result<Option<i64>, StoreError> {
        self.read(|conn| conn.query_row("SELECT MAX(version) FROM packs", [], |r| r.get(0)))
            .await
    }

    async fn mark_mailbox_fetched(
        &self,
        mailbox: [u8; 16],
        after: i64,
        last: i64,
    ) -> Result<(), StoreError> {
        self.write_one(Write::MailboxFetched {
            mailbox,
            after,
            last,
        })
        .await
        .map(|_| ())
    }

    async fn transaction<T, E, F>(&self, f: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<StoreError> + Send + 'static,
        F: FnOnce(&mut dyn SqlTx) -> Result<T, E> + Send + 'static,
    {
        let console = self.console.clone();
        tokio::task::spawn_blocking(move || {
            let conn = console.lock().unwrap_or_else(PoisonError::into_inner);
            // A transaction a panic left open is rolled back first.
            rollback(&conn);
            conn.execute_batch("BEGIN IMMEDIATE")
                .map_err(|e| E::from(StoreError::from(e)))?;
            let answer = f(&mut Tx(&conn));
            let done = match answer {
                Ok(v) => conn
                    .execute_batch("COMMIT")
                    .map(|()| v)
                    .map_err(|e| E::from(StoreError::from(e))),
                Err(e) => Err(e),
            };
            rollback(&conn);
            done
        })
        .await
        .map_err(|_| E::from(StoreError::Task))?
    }
}

/// A console transaction on SQLite.
struct Tx<'c>(&'c Connection);

fn sqlite_params(params: &[Value]) -> Vec<rusqlite::types::Value> {
    params
        .iter()
        .map(|v| match v {
            Value::Null => rusqlite::types::Value::Null,
            Value::Int(n) => rusqlite::types::Value::Integer(*n),
            Value::Bytes(b) => rusqlite::types::Value::Blob(b.clone()),
            Value::Text(t) => rusqlite::types::Value::Text(t.clone()),
        })
        .collect()
}

impl SqlTx for Tx<'_> {
    fn execute(&mut self, sql: &str, params: &[Value]) -> Result<u64, StoreError> {
        let mut stmt = self.0.prepare_cached(&numbered_placeholders(sql))?;
        let n = stmt.execute(rusqlite::params_from_iter(sqlite_params(params)))?;
        Ok(n as u64)
    }

    fn query(&mut self, sql: &str, params: &[Value]) -> Result<Vec<Vec<Value>>, StoreError> {
        let mut stmt = self.0.prepare_cached(&numbered_placeholders(sql))?;
        let columns = stmt.column_count();
        let rows = stmt
            .query_map(rusqlite::params_from_iter(sqlite_params(params)), |r| {
                (0..columns)
                    .map(|i| {
                        Ok(match r.get_ref(i)? {
                            rusqlite::types::ValueRef::Null => Value::Null,
                            rusqlite::types::ValueRef::Integer(n) => Value::Int(n),
                            rusqlite::types::ValueRef::Real(x) => Value::Int(x as i64),
                            rusqlite::types::ValueRef::Text(t) => {
                                Value::Text(String::from_utf8_lossy(t).into_owned())
                            }
                            rusqlite::types::ValueRef::Blob(b) => Value::Bytes(b.to_vec()),
                        })
                    })
                    .collect()
            })?
            .collect::<rusqlite::Result<Vec<Vec<Value>>>>()?;
        Ok(rows)
    }
}

/// Applies the migrations newer than the file's `user_version`, each in
/// its own transaction with the new version.
fn migrate(conn: &Connection) -> Result<(), StoreError> {
    let found: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let pending = migrations::after(found).ok_or(StoreError::TooNew {
        found,
        latest: migrations::LATEST,
    })?;
    for m in pending {
        conn.execute_batch("BEGIN IMMEDIATE")?;
        let applied = apply_migration(conn, &m.sqlite)
            .and_then(|()| conn.pragma_update(None, "user_version", m.version))
            .and_then(|()| conn.execute_batch("COMMIT"));
        if let Err(e) = applied {
            rollback(conn);
            return Err(e.into());
        }
    }
    Ok(())
}

fn apply_migration(conn: &Connection, step: &Step) -> rusqlite::Result<()> {
    match step {
        Step::Sql(sql) => conn.execute_batch(sql),
        Step::AddColumn {
            table,
            column,
            definition,
        } => {
            let exists = conn
                .prepare("SELECT 1 FROM pragma_table_info(?1) WHERE name = ?2")?
                .exists(params![table, column])?;
            if exists {
                Ok(())
            } else {
                conn.execute_batch(&format!(
                    "ALTER TABLE {table} ADD COLUMN {column} {definition}"
                ))
            }
        }
    }
}

/// A read connection: never writes (`query_only`).
fn reader(path: &Path) -> Result<Connection, StoreError> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    conn.pragma_update(None, "query_only", "ON")?;
    Ok(conn)
}

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Row> {
    Ok(Row {
        seq: r.get(0)?,
        id: r.get(1)?,
        body: r.get(2)?,
    })
}

fn page(conn: &Connection, key_id: [u8; 8], after: i64, limit: u32) -> rusqlite::Result<Vec<Row>> {
    let mut stmt = conn.prepare_cached(
        "SELECT seq, id, body FROM envelopes WHERE key_id = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3",
    )?;
    stmt.query_map(params![&key_id[..], after, limit], row)?
        .collect()
}

/// Writes (envelopes, pages, …) between two checkpoint requests: about
/// the default automatic checkpoint's 1,000 pages of WAL.
const CHECKPOINT_EVERY: usize = 2_000;

/// Starts the checkpoint thread: each message asks for one passive
/// checkpoint (which never blocks the writer); it ends with the writer.
fn checkpointer(path: &Path) -> Result<mpsc::SyncSender<()>, StoreError> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    let (ask, asked) = mpsc::sync_channel::<()>(1);
    std::thread::Builder::new()
        .name("waymark-sqlite-checkpoint".into())
        .spawn(move || {
            while asked.recv().is_ok() {
                // A checkpoint that cannot finish now (readers on old
                // snapshots) is simply tried again next time.
                let _ = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()));
            }
        })
        .map_err(StoreError::Thread)?;
    Ok(ask)
}

/// The writer thread: one group transaction after another until every
/// [`SqliteStore`] clone is dropped.
fn writer(conn: &Connection, queue: &mpsc::Receiver<Job>, checkpoints: &mpsc::SyncSender<()>) {
    let mut since_checkpoint = 0;
    while let Ok(first) = queue.recv() {
        // Begin before taking the rest of the queue: whatever arrives while
        // this waits for the file's write lock joins this group.
        let begun = conn.execute_batch("BEGIN IMMEDIATE");
        let weight = |job: &Job| job.writes.iter().map(Write::weight).sum::<usize>();
        let group = take_group(first, weight, MAX_GROUP, || queue.try_recv().ok());
        since_checkpoint += group.iter().map(weight).sum::<usize>();
        if since_checkpoint >= CHECKPOINT_EVERY {
            since_checkpoint = 0;
            // Full means one is already asked for: nothing to add.
            let _ = checkpoints.try_send(());
        }
        if let Err(e) = begun {
            let shared = Arc::new(StoreError::from(e));
            for job in group {
                let answers = job
                    .writes
                    .iter()
                    .map(|_| Err(StoreError::Group(shared.clone())))
                    .collect();
                let _ = job.reply.send(answers);
            }
            continue;
        }
        match commit_group(conn, &group) {
            Ok(answers) => {
                for (job, answers) in group.into_iter().zip(answers) {
                    // A requester that went away (client hung up) is no error.
                    let _ = job.reply.send(answers.into_iter().map(Ok).collect());
                }
            }
            Err(_) => {
                rollback(conn);
                // Each write alone, so one bad write fails only itself.
                for job in group {
                    let answers = job.writes.iter().map(|w| alone(conn, w)).collect();
                    let _ = job.reply.send(answers);
                }
            }
        }
    }
}

/// Runs every write of an open group transaction and commits it.
fn commit_group(conn: &Connection, group: &[Job]) -> rusqlite::Result<Vec<Vec<Written>>> {
    let answers = group
        .iter()
        .map(|job| job.writes.iter().map(|w| apply(conn, w)).collect())
        .collect::<rusqlite::Result<Vec<Vec<Written>>>>()?;
    conn.execute_batch("COMMIT")?;
    Ok(answers)
}

/// One write in its own transaction.
fn alone(conn: &Connection, write: &Write) -> Result<Written, StoreError> {
    conn.execute_batch("BEGIN IMMEDIATE")?;
    let done = apply(conn, write).and_then(|w| conn.execute_batch("COMMIT").map(|()| w));
    if done.is_err() {
        rollback(conn);
    }
    Ok(done?)
}

fn rollback(conn: &Connection) {
    if !conn.is_autocommit() {
        // A failed rollback leaves nothing to undo: SQLite has already
        // rolled back (the reason the statement or commit failed).
        let _ = conn.execute_batch("ROLLBACK");
    }
}

/// One write inside the open transaction.
fn apply(conn: &Connection, write: &Write) -> rusqlite::Result<Written> {
    match write {
        Write::Batch(Batch::Hotline(rows)) => {
            // A tombstone (retention deleted the id) makes it a duplicate.
            let mut stmt = conn.prepare_cached(
                "INSERT OR IGNORE INTO envelopes (id, key_id, body)
                 SELECT ?1, ?2, ?3 WHERE NOT EXISTS (SELECT 1 FROM tombstones WHERE id = ?1)",
            )?;
            insert(&mut stmt, rows, |h| h.key_id.to_vec())
        }
        Write::Batch(Batch::Mailbox(mailbox, rows)) => {
            let mut stmt = conn.prepare_cached(
                "INSERT OR IGNORE INTO mailbox_envelopes (id, mailbox_id, body)
                 SELECT ?1, ?2, ?3 WHERE NOT EXISTS (SELECT 1 FROM tombstones WHERE id = ?1)",
            )?;
            insert(&mut stmt, rows, |_| mailbox.to_vec())
        }
        Write::InboxPage {
            key_id,
            after,
            limit,
        } => {
            let rows = page(conn, *key_id, *after, *limit)?;
            if let Some(last) = rows.last() {
                conn.prepare_cached(
                    "UPDATE envelopes SET fetched = 1 WHERE key_id = ?1 AND seq > ?2 AND seq <= ?3 AND fetched = 0",
                )?
                .execute(params![&key_id[..], after, last.seq])?;
            }
            Ok(Written::Rows(rows))
        }
        Write::MailboxFetched {
            mailbox,
            after,
            last,
        } => {
            let n = conn
                .prepare_cached(
                    "UPDATE mailbox_envelopes SET fetched = 1 WHERE mailbox_id = ?1 AND seq > ?2 AND seq <= ?3 AND fetched = 0",
                )?
                .execute(params![&mailbox[..], after, last])?;
            Ok(Written::Flags(vec![n > 0]))
        }
        Write::Backup {
            id,
            token_hash,
            blob,
        } => {
            // One statement: bind on first upload, replace only with the same token.
            let n = conn
                .prepare_cached(
                    "INSERT INTO backups (id, token_hash, blob) VALUES (?1, ?2, ?3)
                     ON CONFLICT (id) DO UPDATE SET blob = excluded.blob
                     WHERE backups.token_hash = excluded.token_hash",
                )?
                .execute(params![&id[..], &token_hash[..], blob])?;
            Ok(Written::Backup(if n == 1 {
                BackupPut::Stored
            } else {
                BackupPut::Forbidden
            }))
        }
        Write::Pack { version, bytes } => {
            let newest: Option<i64> =
                conn.query_row("SELECT MAX(version) FROM packs", [], |r| r.get(0))?;
            if newest.is_some_and(|n| n >= *version) {
                return Ok(Written::Pack(PackPut::NotNewer));
            }
            conn.execute(
                "INSERT INTO packs (version, bytes) VALUES (?1, ?2)",
                params![version, bytes],
            )?;
            Ok(Written::Pack(PackPut::Stored))
        }
    }
}

fn insert(
    stmt: &mut rusqlite::CachedStatement<'_>,
    rows: &[(Header, Vec<u8>)],
    owner: impl Fn(&Header) -> Vec<u8>,
) -> rusqlite::Result<Written> {
    let mut out = Vec::with_capacity(rows.len());
    for (h, body) in rows {
        out.push(stmt.execute(params![&h.id[..], owner(h), body])? == 1);
    }
    Ok(Written::Flags(out))
}
