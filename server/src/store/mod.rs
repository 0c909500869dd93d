//! The relay's durable storage, behind one type ([`Store`]) with two
//! backends: SQLite ([`sqlite`], one file, zero set-up) and PostgreSQL
//! ([`postgres`], shareable by several relay processes). Each backend
//! implements [`Backend`] with the SQL of its dialect; [`Store`] forwards
//! to it and keeps what both share. The schema is the numbered list in
//! [`migrations`]. Writes are committed in groups by one writer per
//! process (see the backend modules for how and why).
//!
//! This module owns what the relay keeps and nothing more: sealed envelopes
//! for hotlines (id, hotline key id, bytes, arrival number, fetched flag),
//! sealed replies in mailboxes (id, mailbox id, bytes, arrival number),
//! backups (id, SHA-256 of the write token, blob) and content packs
//! (version, bytes), tombstones of envelopes retention deleted, and the
//! hotline console's tables (docs/console.md, "What the relay knows"),
//! which the console module reads and writes through [`Store::transaction`]
//! with SQL both dialects accept. No IP address, no client identity and no
//! plaintext is ever stored; the only timestamps are the console's.

pub mod migrations;
pub mod postgres;
pub mod sqlite;

use std::collections::HashMap;

use waymark_protocol::api::RelayStatus;
use waymark_protocol::envelope::Header;

/// Why storage failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("SQLite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("PostgreSQL: {0}")]
    Postgres(#[from] tokio_postgres::Error),
    #[error("unsupported database {0:?}: expected sqlite:PATH or postgres://USER@HOST:PORT/DB")]
    BadUrl(String),
    #[error("storage task stopped")]
    Task,
    /// [`Store::open_existing`] on a SQLite path with no file.
    #[error("no database file at {0}")]
    Missing(String),
    /// [`Store::open_existing`] on a SQLite file without the relay's tables.
    #[error("{0} is not a Waymark relay database")]
    NotARelay(String),
    /// The database was migrated by a newer relay.
    #[error("the database's schema version {found} is newer than this relay's ({latest})")]
    TooNew { found: i64, latest: i64 },
    #[error("cannot start the storage writer: {0}")]
    Thread(std::io::Error),
    /// A failure that ended a whole group commit before any write ran (the
    /// database could not be reached or locked), shared by every request
    /// of the group.
    #[error("{0}")]
    Group(std::sync::Arc<StoreError>),
}

/// One batch of sealed envelopes to store in one transaction: for
/// hotlines (`POST /v1/envelopes`) or for one reply mailbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Batch {
    Hotline(Vec<(Header, Vec<u8>)>),
    Mailbox([u8; 16], Vec<(Header, Vec<u8>)>),
}

impl Batch {
    /// Envelopes in the batch.
    pub fn len(&self) -> usize {
        match self {
            Batch::Hotline(rows) | Batch::Mailbox(_, rows) => rows.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn rows(&self) -> &[(Header, Vec<u8>)] {
        match self {
            Batch::Hotline(rows) | Batch::Mailbox(_, rows) => rows,
        }
    }
}

/// One stored envelope in arrival order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub seq: i64,
    pub id: Vec<u8>,
    pub body: Vec<u8>,
}

/// What a backup upload did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackupPut {
    Stored,
    /// The id is bound to another write token.
    Forbidden,
}

/// What a pack upload did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PackPut {
    Stored,
    /// A pack of this version or a newer one is already stored.
    NotNewer,
}

/// One SQL value, as [`SqlTx`] binds and returns it. Integers are 64-bit
/// (`INTEGER` / `BIGINT`; a PostgreSQL `BOOLEAN` reads as 0 or 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Null,
    Int(i64),
    Bytes(Vec<u8>),
    Text(String),
}

impl Value {
    pub fn int(&self) -> Option<i64> {
        match self {
            Value::Int(n) => Some(*n),
            _ => None,
        }
    }

    pub fn bytes(&self) -> Option<&[u8]> {
        match self {
            Value::Bytes(b) => Some(b),
            _ => None,
        }
    }

    pub fn text(&self) -> Option<&str> {
        match self {
            Value::Text(t) => Some(t),
            _ => None,
        }
    }
}

impl From<i64> for Value {
    fn from(n: i64) -> Value {
        Value::Int(n)
    }
}

impl From<&[u8]> for Value {
    fn from(b: &[u8]) -> Value {
        Value::Bytes(b.to_vec())
    }
}

impl<const N: usize> From<[u8; N]> for Value {
    fn from(b: [u8; N]) -> Value {
        Value::Bytes(b.to_vec())
    }
}

impl From<Vec<u8>> for Value {
    fn from(b: Vec<u8>) -> Value {
        Value::Bytes(b)
    }
}

impl From<&str> for Value {
    fn from(t: &str) -> Value {
        Value::Text(t.to_string())
    }
}

impl From<String> for Value {
    fn from(t: String) -> Value {
        Value::Text(t)
    }
}

impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(v: Option<T>) -> Value {
        v.map_or(Value::Null, Into::into)
    }
}

/// An open transaction of either back end, for SQL both dialects accept:
/// placeholders `$1`, `$2`, … (first used in that order), `ON CONFLICT`,
/// no dialect's own functions. Blocking: it runs on a
/// blocking thread ([`Store::transaction`]).
pub trait SqlTx {
    /// Runs a statement; the number of rows it changed.
    fn execute(&mut self, sql: &str, params: &[Value]) -> Result<u64, StoreError>;
    /// Runs a query; its rows.
    fn query(&mut self, sql: &str, params: &[Value]) -> Result<Vec<Vec<Value>>, StoreError>;
}

/// The relay's storage: SQLite or PostgreSQL, chosen by the database URL.
#[derive(Debug, Clone)]
pub enum Store {
    Sqlite(sqlite::SqliteStore),
    Postgres(postgres::PgStore),
}

/// The one answer of a one-batch group.
fn first(mut answers: Vec<Result<Vec<bool>, StoreError>>) -> Result<Vec<bool>, StoreError> {
    answers.pop().unwrap_or(Err(StoreError::Task))
}

/// Calls the same [`Backend`] method on whichever back end `store` is.
macro_rules! backend {
    ($store:expr, $b:ident => $call:expr) => {
        match $store {
            Store::Sqlite($b) => $call.await,
            Store::Postgres($b) => $call.await,
        }
    };
}

impl Store {
    /// Opens (and creates the tables of) `sqlite:PATH` or
    /// `postgres://user@host:port/db` (also `postgresql://`).
    pub async fn open(url: &str) -> Result<Store, StoreError> {
        if let Some(path) = url.strip_prefix("sqlite:") {
            if path.is_empty() {
                return Err(StoreError::BadUrl(url.to_string()));
            }
            let path = std::path::PathBuf::from(path);
            let store = tokio::task::spawn_blocking(move || sqlite::SqliteStore::open(&path))
                .await
                .map_err(|_| StoreError::Task)??;
            Ok(Store::Sqlite(store))
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Store::Postgres(postgres::PgStore::open(url).await?))
        } else {
            Err(StoreError::BadUrl(url.to_string()))
        }
    }

    /// Opens a database that must already exist: for the operator's
    /// commands, so a mistyped `--db` fails instead of creating an empty
    /// file (SQLite: the file must exist and hold the relay's tables;
    /// PostgreSQL: the database must exist, as it always must).
    pub async fn open_existing(url: &str) -> Result<Store, StoreError> {
        if let Some(path) = url.strip_prefix("sqlite:").filter(|p| !p.is_empty()) {
            let path = std::path::PathBuf::from(path);
            let store =
                tokio::task::spawn_blocking(move || sqlite::SqliteStore::open_existing(&path))
                    .await
                    .map_err(|_| StoreError::Task)??;
            return Ok(Store::Sqlite(store));
        }
        Store::open(url).await
    }

    /// Hotline key ids that have envelopes, with how many each, in key
    /// id order: lets the operator's `inbox` tell a wrong key from an empty
    /// inbox.
    pub async fn key_ids(&self) -> Result<Vec<([u8; 8], u64)>, StoreError> {
        let counts = backend!(self, b => b.key_counts())?;
        // Key ids are stored from 8-byte headers; anything else is skipped.
        Ok(counts
            .into_iter()
            .filter_map(|(k, n)| Some((k.try_into().ok()?, u64::try_from(n).ok()?)))
            .collect())
    }

    /// Stores hotline envelopes, all or nothing; `true` for each one new,
    /// `false` for an id already stored. Answers once the batch is on disk.
    pub async fn insert_envelopes(
        &self,
        rows: Vec<(Header, Vec<u8>)>,
    ) -> Result<Vec<bool>, StoreError> {
        first(self.insert_batches(vec![Batch::Hotline(rows)]).await)
    }

    /// Stores reply envelopes in a mailbox, like [`Store::insert_envelopes`].
    pub async fn insert_mailbox(
        &self,
        mailbox: [u8; 16],
        rows: Vec<(Header, Vec<u8>)>,
    ) -> Result<Vec<bool>, StoreError> {
        first(
            self.insert_batches(vec![Batch::Mailbox(mailbox, rows)])
                .await,
        )
    }

    /// Stores several batches in one group commit, one answer per batch in
    /// order: what concurrent requests get when their batches share a
    /// group, made explicit (for tests and bulk callers). Each batch is
    /// all or nothing; a batch that fails does not fail the others (the
    /// group is then retried batch by batch, see the backend modules).
    pub async fn insert_batches(&self, batches: Vec<Batch>) -> Vec<Result<Vec<bool>, StoreError>> {
        backend!(self, b => b.insert_batches(batches))
    }

    /// Where each hotline envelope is, in the order asked. A tombstone
    /// (retention deleted the envelope) answers fetched, never unknown.
    pub async fn statuses(&self, ids: Vec<[u8; 16]>) -> Result<Vec<RelayStatus>, StoreError> {
        let known = backend!(self, b => b.fetched(ids.clone()))?;
        Ok(ids
            .iter()
            .map(|id| match known.get(id) {
                None => RelayStatus::Unknown,
                Some(true) => RelayStatus::Fetched,
                Some(false) => RelayStatus::Stored,
            })
            .collect())
    }

    /// Envelopes for a hotline key after arrival number `after`, oldest
    /// first; with `mark_fetched` they are marked fetched in the same
    /// transaction.
    pub async fn inbox_page(
        &self,
        key_id: [u8; 8],
        after: i64,
        limit: u32,
        mark_fetched: bool,
    ) -> Result<Vec<Row>, StoreError> {
        backend!(self, b => b.inbox_page(key_id, after, limit, mark_fetched))
    }

    /// One hotline envelope by id.
    pub async fn envelope(&self, id: [u8; 16]) -> Result<Option<Vec<u8>>, StoreError> {
        backend!(self, b => b.envelope(id))
    }

    /// Replies in a mailbox after arrival number `after`, oldest first.
    pub async fn mailbox_page(
        &self,
        mailbox: [u8; 16],
        after: i64,
        limit: u32,
    ) -> Result<Vec<Row>, StoreError> {
        backend!(self, b => b.mailbox_page(mailbox, after, limit))
    }

    /// Stores a backup blob; the first upload binds `token_hash` to `id`.
    pub async fn put_backup(
        &self,
        id: [u8; 16],
        token_hash: [u8; 32],
        blob: Vec<u8>,
    ) -> Result<BackupPut, StoreError> {
        backend!(self, b => b.put_backup(id, token_hash, blob))
    }

    pub async fn backup(&self, id: [u8; 16]) -> Result<Option<Vec<u8>>, StoreError> {
        backend!(self, b => b.backup(id))
    }

    /// Stores a pack if its version is newer than every stored one.
    pub async fn put_pack(&self, version: i64, bytes: Vec<u8>) -> Result<PackPut, StoreError> {
        backend!(self, b => b.put_pack(version, bytes))
    }

    /// The newest pack: `(version, bytes)`.
    pub async fn latest_pack(&self) -> Result<Option<(i64, Vec<u8>)>, StoreError> {
        backend!(self, b => b.latest_pack())
    }

    /// The newest pack's version, without its bytes.
    pub async fn latest_pack_version(&self) -> Result<Option<i64>, StoreError> {
        backend!(self, b => b.latest_pack_version())
    }

    /// Replies in a mailbox after `after`, oldest first, marking them
    /// fetched (a phone read them: the console shows "picked up").
    /// The page is read like any (never behind SQLite's writer); only a
    /// page with replies costs a write, and the phone gets its replies even
    /// if that write fails (the console then shows them "sent" longer).
    pub async fn read_mailbox(
        &self,
        mailbox: [u8; 16],
        after: i64,
        limit: u32,
    ) -> Result<Vec<Row>, StoreError> {
        let rows = self.mailbox_page(mailbox, after, limit).await?;
        if let Some(last) = rows.last() {
            let _ = backend!(self, b => b.mark_mailbox_fetched(mailbox, after, last.seq));
        }
        Ok(rows)
    }

    /// Runs `f` in one transaction on a blocking thread: committed when it
    /// answers `Ok`, rolled back when it answers `Err`. For the console's
    /// tables (and what retention deletes); envelope and reply inserts go
    /// through the group writer instead.
    pub async fn transaction<T, E, F>(&self, f: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<StoreError> + Send + 'static,
        F: FnOnce(&mut dyn SqlTx) -> Result<T, E> + Send + 'static,
    {
        backend!(self, b => b.transaction(f))
    }
}

/// What each back end provides, in its own SQL dialect and with its own
/// connection handling; [`Store`] picks one by URL, forwards to it and
/// does what is the same for both (answer shapes, id checks). Handlers
/// only see [`Store`].
pub(crate) trait Backend {
    /// Group-committed inserts, one answer per batch (see [`Store::insert_batches`]).
    async fn insert_batches(&self, batches: Vec<Batch>) -> Vec<Result<Vec<bool>, StoreError>>;
    /// The fetched flag of each of `ids` that is stored.
    async fn fetched(&self, ids: Vec<[u8; 16]>) -> Result<HashMap<[u8; 16], bool>, StoreError>;
    async fn inbox_page(
        &self,
        key_id: [u8; 8],
        after: i64,
        limit: u32,
        mark_fetched: bool,
    ) -> Result<Vec<Row>, StoreError>;
    /// Key ids as stored, with their envelope counts, in key id order.
    async fn key_counts(&self) -> Result<Vec<(Vec<u8>, i64)>, StoreError>;
    async fn envelope(&self, id: [u8; 16]) -> Result<Option<Vec<u8>>, StoreError>;
    async fn mailbox_page(
        &self,
        mailbox: [u8; 16],
        after: i64,
        limit: u32,
    ) -> Result<Vec<Row>, StoreError>;
    async fn put_backup(
        &self,
        id: [u8; 16],
        token_hash: [u8; 32],
        blob: Vec<u8>,
    ) -> Result<BackupPut, StoreError>;
    async fn backup(&self, id: [u8; 16]) -> Result<Option<Vec<u8>>, StoreError>;
    async fn put_pack(&self, version: i64, bytes: Vec<u8>) -> Result<PackPut, StoreError>;
    async fn latest_pack(&self) -> Result<Option<(i64, Vec<u8>)>, StoreError>;
    async fn latest_pack_version(&self) -> Result<Option<i64>, StoreError>;
    /// Marks a mailbox's replies with `after < seq <= last` fetched.
    async fn mark_mailbox_fetched(
        &self,
        mailbox: [u8; 16],
        after: i64,
        last: i64,
    ) -> Result<(), StoreError>;
    async fn transaction<T, E, F>(&self, f: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<StoreError> + Send + 'static,
        F: FnOnce(&mut dyn SqlTx) -> Result<T, E> + Send + 'static;
}

/// `$1`, `$2`, … as SQLite's numbered `?1`, `?2`, ….
pub(crate) fn numbered_placeholders(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '$' && chars.peek().is_some_and(char::is_ascii_digit) {
            out.push('?');
        } else {
            out.push(c);
        }
    }
    out
}

/// Takes a group from a writer's queue: `first`, then whatever `next`
/// yields without waiting, until the group weighs `max` (envelopes).
pub(crate) fn take_group<J>(
    first: J,
    weight: impl Fn(&J) -> usize,
    max: usize,
    mut next: impl FnMut() -> Option<J>,
) -> Vec<J> {
    let mut total = weight(&first);
    let mut group = vec![first];
    while total < max {
        let Some(job) = next() else { break };
        total += weight(&job);
        group.push(job);
    }
    group
}
