//! PostgreSQL backend (`tokio-postgres`, no TLS: run it on loopback or a
//! private network). Several relay processes may share one database:
//!
//! - the schema is migrated ([`super::migrations`]) inside one
//!   transaction holding an advisory lock, so concurrent start-ups do not
//!   race on the catalogue;
//! - inserts are `ON CONFLICT DO NOTHING`, so a batch posted to two relays
//!   at once is stored exactly once;
//! - envelope and reply batches are committed in groups by one writer task
//!   per process on its own connection (below); reads, inbox pages,
//!   backups and packs use a small pool of other connections, so they never
//!   queue behind a group.
//!
//! **Group commit.** The writer takes the first queued job, begins a
//! transaction and takes the insert locks (`pg_advisory_xact_lock`, once
//! per group, not per request), then takes every job queued meanwhile —
//! including all that arrived while it waited for another relay's group to
//! commit — inserts all their rows with one statement per table
//! (`unnest` of arrays, `ON CONFLICT DO NOTHING RETURNING id`) and commits.
//! Each request is answered after that commit returned, so "stored" means
//! what PostgreSQL's commit means (on disk with the default
//! `synchronous_commit = on`).
//!
//! **Gap-free paging.** Every transaction that inserts envelopes or
//! replies, in every relay process, holds both insert locks from before it
//! draws its first arrival number (`seq`, an identity column) until its
//! commit is visible: PostgreSQL releases transaction locks only after the
//! commit record is flushed and the transaction is visible to new
//! snapshots. So no two insert transactions overlap, `seq`s become visible
//! in increasing order, and a reader that saw `seq` S can never later find
//! a committed row below S: paging with `after=SEQ` skips nothing. The lock
//! is held for one group's round trips and its commit flush; with many
//! requests per group that costs little per request.
//!
//! **A failing group.** If a statement or the commit fails, the group is
//! rolled back and every batch in it is retried alone in its own
//! transaction (same locks), in order: a bad batch fails only its own
//! request (503 `storage`), the others are stored, and a batch is always
//! all or nothing. A retry after an unknown commit outcome (connection
//! lost during `COMMIT`) is safe: ids already stored answer `duplicate`.
//! If the group cannot begin (no connection), every request of the group
//! fails with that error.
//!
//! A small fixed pool of connections is used round-robin; a connection that
//! has closed is reopened on next use. Console transactions
//! ([`super::Store::transaction`]) take one of them for their duration and
//! run on a blocking thread, driving each statement with the runtime's
//! handle.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use tokio::sync::{Mutex, OwnedMutexGuard, mpsc, oneshot};
use tokio_postgres::{Client, Config, NoTls, Statement};

use super::migrations::{self, Step};
use super::{Backend, BackupPut, Batch, PackPut, Row, SqlTx, StoreError, Value, take_group};

/// Connections per relay process for reads and other writes (the group
/// writer has one more of its own).
const POOL: usize = 4;
/// Envelopes in one group at most.
const MAX_GROUP: usize = 2_000;

// Advisory lock keys ("WAYM" + a number), one per purpose.
const SCHEMA_LOCK: i64 = 0x5741_594d_0000_0001;
const ENVELOPES_LOCK: i64 = 0x5741_594d_0000_0002;
const MAILBOX_LOCK: i64 = 0x5741_594d_0000_0003;
const PACKS_LOCK: i64 = 0x5741_594d_0000_0004;

#[derive(Clone)]
pub struct PgStore {
    inner: Arc<Inner>,
}

struct Inner {
    config: Config,
    slots: Vec<Arc<Mutex<Client>>>,
    next: AtomicUsize,
    writes: mpsc::UnboundedSender<Job>,
}

/// Batches answered together: one per request, several for
/// [`super::Store::insert_batches`].
struct Job {
    batches: Vec<Batch>,
    reply: oneshot::Sender<Vec<Result<Vec<bool>, StoreError>>>,
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

/// Applies the migrations newer than the last one recorded in
/// `schema_migrations`, inside the caller's transaction (which holds the
/// schema lock).
async fn migrate(tx: &tokio_postgres::Transaction<'_>) -> Result<(), StoreError> {
    tx.batch_execute("CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY)")
        .await?;
    let found: i64 = tx
        .query_one(
            "SELECT COALESCE(MAX(version), 0) FROM schema_migrations",
            &[],
        )
        .await?
        .try_get(0)?;
    let pending = migrations::after(found).ok_or(StoreError::TooNew {
        found,
        latest: migrations::LATEST,
    })?;
    for m in pending {
        match &m.postgres {
            Step::Sql(sql) => tx.batch_execute(sql).await?,
            Step::AddColumn {
                table,
                column,
                definition,
            } => {
                tx.batch_execute(&format!(
                    "ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {column} {definition}"
                ))
                .await?
            }
        }
        tx.execute(
            "INSERT INTO schema_migrations (version) VALUES ($1)",
            &[&m.version],
        )
        .await?;
    }
    Ok(())
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
        migrate(&tx).await?;
        tx.commit().await?;
        let writer = Writer {
            config: config.clone(),
            conn: Some(WriterConn::prepare(first).await?),
            begin: begin_group(),
        };
        let mut slots = Vec::with_capacity(POOL);
        for _ in 0..POOL {
            slots.push(Arc::new(Mutex::new(connect(&config).await?)));
        }
        let (writes, queue) = mpsc::unbounded_channel();
        tokio::spawn(writer.run(queue));
        Ok(PgStore {
            inner: Arc::new(Inner {
                config,
                slots,
                next: AtomicUsize::new(0),
                writes,
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
}

impl Backend for PgStore {
    async fn insert_batches(&self, batches: Vec<Batch>) -> Vec<Result<Vec<bool>, StoreError>> {
        let n = batches.len();
        let (reply, answer) = oneshot::channel();
        if self.inner.writes.send(Job { batches, reply }).is_err() {
            return (0..n).map(|_| Err(StoreError::Task)).collect();
        }
        answer
            .await
            .unwrap_or_else(|_| (0..n).map(|_| Err(StoreError::Task)).collect())
    }

    async fn fetched(&self, ids: Vec<[u8; 16]>) -> Result<HashMap<[u8; 16], bool>, StoreError> {
        let client = self.client().await?;
        let wanted: Vec<&[u8]> = ids.iter().map(|i| i.as_slice()).collect();
        let rows = client
            .query(
                "SELECT id, fetched FROM envelopes WHERE id = ANY($1)
                 UNION ALL SELECT id, TRUE FROM tombstones WHERE id = ANY($1)",
                &[&wanted],
            )
            .await?;
        let mut known = HashMap::new();
        for r in rows {
            let id: Vec<u8> = r.try_get(0)?;
            // Ids are stored from 16-byte headers.
            if let Ok(id) = id.try_into() {
                known.insert(id, r.try_get(1)?);
            }
        }
        Ok(known)
    }

    async fn inbox_page(
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

    async fn key_counts(&self) -> Result<Vec<(Vec<u8>, i64)>, StoreError> {
        let client = self.client().await?;
        let rows = client
            .query(
                "SELECT key_id, COUNT(*) FROM envelopes GROUP BY key_id ORDER BY key_id",
                &[],
            )
            .await?;
        Ok(rows
            .iter()
            .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
            .collect::<Result<_, tokio_postgres::Error>>()?)
    }

    async fn envelope(&self, id: [u8; 16]) -> Result<Option<Vec<u8>>, StoreError> {
        let client = self.client().await?;
        let row = client
            .query_opt(
                "SELECT body FROM envelopes WHERE id = $1",
                &[&id.as_slice()],
            )
            .await?;
        Ok(row.map(|r| r.try_get(0)).transpose()?)
    }

    async fn mailbox_page(
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

    async fn put_backup(
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

    async fn backup(&self, id: [u8; 16]) -> Result<Option<Vec<u8>>, StoreError> {
        let client = self.client().await?;
        let row = client
            .query_opt("SELECT blob FROM backups WHERE id = $1", &[&id.as_slice()])
            .await?;
        Ok(row.map(|r| r.try_get(0)).transpose()?)
    }

    async fn put_pack(&self, version: i64, bytes: Vec<u8>) -> Result<PackPut, StoreError> {
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

    async fn latest_pack(&self) -> Result<Option<(i64, Vec<u8>)>, StoreError> {
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

    async fn latest_pack_version(&self) -> Result<Option<i64>, StoreError> {
        let client = self.client().await?;
        Ok(client
            .query_one("SELECT MAX(version) FROM packs", &[])
            .await?
            .try_get(0)?)
    }

    async fn mark_mailbox_fetched(
        &self,
        mailbox: [u8; 16],
        after: i64,
        last: i64,
    ) -> Result<(), StoreError> {
        self.client()
            .await?
            .execute(
                "UPDATE mailbox_envelopes SET fetched = TRUE
                 WHERE mailbox_id = $1 AND seq > $2 AND seq <= $3 AND NOT fetched",
                &[&mailbox.as_slice(), &after, &last],
            )
            .await?;
        Ok(())
    }

    async fn transaction<T, E, F>(&self, f: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<StoreError> + Send + 'static,
        F: FnOnce(&mut dyn SqlTx) -> Result<T, E> + Send + 'static,
    {
        let client = self.client().await?;
        let handle = tokio::runtime::Handle::current();
        tokio::task::spawn_blocking(move || {
            // A transaction a panic left open on this connection is
            // rolled back first (outside one, ROLLBACK only warns).
            handle
                .block_on(client.batch_execute("ROLLBACK; BEGIN"))
                .map_err(|e| E::from(StoreError::from(e)))?;
            let mut tx = Tx {
                client: &client,
                handle: &handle,
            };
            match f(&mut tx) {
                Ok(v) => {
                    handle
                        .block_on(client.batch_execute("COMMIT"))
                        .map_err(|e| E::from(StoreError::from(e)))?;
                    Ok(v)
                }
                Err(e) => {
                    // A lost connection has nothing left to roll back.
                    let _ = handle.block_on(client.batch_execute("ROLLBACK"));
                    Err(e)
                }
            }
        })
        .await
        .map_err(|_| E::from(StoreError::Task))?
    }
}

/// A console transaction on PostgreSQL.
struct Tx<'c> {
    client: &'c Client,
    handle: &'c tokio::runtime::Handle,
}

impl tokio_postgres::types::ToSql for Value {
    fn to_sql(
        &self,
        ty: &tokio_postgres::types::Type,
        out: &mut tokio_postgres::types::private::BytesMut,
    ) -> Result<tokio_postgres::types::IsNull, Box<dyn std::error::Error + Sync + Send>> {
        use tokio_postgres::types::{IsNull, Type};
        match self {
            Value::Null => Ok(IsNull::Yes),
            Value::Int(n) if *ty == Type::INT4 => i32::try_from(*n)?.to_sql(ty, out),
            Value::Int(n) if *ty == Type::BOOL => (*n != 0).to_sql(ty, out),
            Value::Int(n) => n.to_sql(ty, out),
            Value::Bytes(b) => b.to_sql(ty, out),
            Value::Text(t) => t.to_sql(ty, out),
        }
    }

    fn accepts(_: &tokio_postgres::types::Type) -> bool {
        true
    }

    tokio_postgres::types::to_sql_checked!();
}

fn pg_value(row: &tokio_postgres::Row, i: usize) -> Result<Value, tokio_postgres::Error> {
    use tokio_postgres::types::Type;
    let ty = row.columns()[i].type_().clone();
    Ok(if ty == Type::INT8 {
        row.try_get::<_, Option<i64>>(i)?
            .map_or(Value::Null, Value::Int)
    } else if ty == Type::INT4 {
        row.try_get::<_, Option<i32>>(i)?
            .map_or(Value::Null, |n| Value::Int(n.into()))
    } else if ty == Type::BOOL {
        row.try_get::<_, Option<bool>>(i)?
            .map_or(Value::Null, |b| Value::Int(b.into()))
    } else if ty == Type::BYTEA {
        row.try_get::<_, Option<Vec<u8>>>(i)?
            .map_or(Value::Null, Value::Bytes)
    } else {
        row.try_get::<_, Option<String>>(i)?
            .map_or(Value::Null, Value::Text)
    })
}

impl SqlTx for Tx<'_> {
    fn execute(&mut self, sql: &str, params: &[Value]) -> Result<u64, StoreError> {
        let refs: Vec<&(dyn tokio_postgres::types::ToSql + Sync)> =
            params.iter().map(|p| p as _).collect();
        Ok(self.handle.block_on(self.client.execute(sql, &refs))?)
    }

    fn query(&mut self, sql: &str, params: &[Value]) -> Result<Vec<Vec<Value>>, StoreError> {
        let refs: Vec<&(dyn tokio_postgres::types::ToSql + Sync)> =
            params.iter().map(|p| p as _).collect();
        let rows = self.handle.block_on(self.client.query(sql, &refs))?;
        Ok(rows
            .iter()
            .map(|r| (0..r.len()).map(|i| pg_value(r, i)).collect())
            .collect::<Result<Vec<Vec<Value>>, tokio_postgres::Error>>()?)
    }
}

/// Begins a group: the transaction and both insert locks, in this order
/// in every relay (so two groups can never deadlock). Older relays took
/// one of the two locks per transaction, so a mixed fleet stays ordered.
fn begin_group() -> String {
    format!("BEGIN; {}; {}", lock(ENVELOPES_LOCK), lock(MAILBOX_LOCK))
}

// A tombstone (retention deleted the id) makes an id a duplicate.
const INSERT_ENVELOPES: &str = "INSERT INTO envelopes (id, key_id, body)
     SELECT i, k, b FROM unnest($1::bytea[], $2::bytea[], $3::bytea[])
         WITH ORDINALITY AS t(i, k, b, n)
     WHERE NOT EXISTS (SELECT 1 FROM tombstones WHERE tombstones.id = i) ORDER BY n
     ON CONFLICT (id) DO NOTHING RETURNING id";

const INSERT_MAILBOX: &str = "INSERT INTO mailbox_envelopes (id, mailbox_id, body)
     SELECT i, m, b FROM unnest($1::bytea[], $2::bytea[], $3::bytea[])
         WITH ORDINALITY AS t(i, m, b, n)
     WHERE NOT EXISTS (SELECT 1 FROM tombstones WHERE tombstones.id = i) ORDER BY n
     ON CONFLICT (id) DO NOTHING RETURNING id";

/// The group writer's connection with its prepared inserts.
struct WriterConn {
    client: Client,
    envelopes: Statement,
    mailbox: Statement,
}

impl WriterConn {
    async fn prepare(client: Client) -> Result<WriterConn, StoreError> {
        let envelopes = client.prepare(INSERT_ENVELOPES).await?;
        let mailbox = client.prepare(INSERT_MAILBOX).await?;
        Ok(WriterConn {
            client,
            envelopes,
            mailbox,
        })
    }

    /// Inserts every batch of the open group transaction and commits; the
    /// flags of each batch in order.
    async fn insert_and_commit(&self, batches: &[&Batch]) -> Result<Vec<Vec<bool>>, StoreError> {
        let (mut hotline, mut mailbox) = (Columns::default(), Columns::default());
        for batch in batches {
            match batch {
                Batch::Hotline(rows) => {
                    for (h, body) in rows {
                        hotline.push(&h.id, &h.key_id, body);
                    }
                }
                Batch::Mailbox(m, rows) => {
                    for (h, body) in rows {
                        mailbox.push(&h.id, m, body);
                    }
                }
            }
        }
        // Pipelined: the inserts and the COMMIT go out together, in this
        // order, saving two round trips while the locks are held. If an
        // insert fails the transaction is aborted and PostgreSQL turns the
        // COMMIT into a rollback; the insert's error is returned.
        let (new_hotline, new_mailbox, committed) = tokio::join!(
            hotline.insert(&self.client, &self.envelopes),
            mailbox.insert(&self.client, &self.mailbox),
            self.client.batch_execute("COMMIT"),
        );
        let (mut new_hotline, mut new_mailbox) = (new_hotline?, new_mailbox?);
        committed?;
        // The first occurrence of an id in the group is the one stored.
        Ok(batches
            .iter()
            .map(|batch| {
                let new = match batch {
                    Batch::Hotline(_) => &mut new_hotline,
                    Batch::Mailbox(..) => &mut new_mailbox,
                };
                batch
                    .rows()
                    .iter()
                    .map(|(h, _)| new.remove(h.id.as_slice()))
                    .collect()
            })
            .collect())
    }

    async fn rollback(&self) {
        // After a failed commit there is no transaction left; after a lost
        // connection there is nothing to roll back either.
        let _ = self.client.batch_execute("ROLLBACK").await;
    }
}

/// Column arrays for one `unnest` insert.
#[derive(Default)]
struct Columns<'a> {
    ids: Vec<&'a [u8]>,
    owners: Vec<&'a [u8]>,
    bodies: Vec<&'a [u8]>,
}

impl<'a> Columns<'a> {
    fn push(&mut self, id: &'a [u8], owner: &'a [u8], body: &'a [u8]) {
        self.ids.push(id);
        self.owners.push(owner);
        self.bodies.push(body);
    }

    /// The ids newly stored.
    async fn insert(
        &self,
        client: &Client,
        stmt: &Statement,
    ) -> Result<std::collections::HashSet<Vec<u8>>, StoreError> {
        if self.ids.is_empty() {
            return Ok(Default::default());
        }
        let rows = client
            .query(stmt, &[&self.ids, &self.owners, &self.bodies])
            .await?;
        rows.iter()
            .map(|r| r.try_get::<_, Vec<u8>>(0).map_err(StoreError::from))
            .collect()
    }
}

/// The group writer task of one relay process.
struct Writer {
    config: Config,
    conn: Option<WriterConn>,
    begin: String,
}

impl Writer {
    /// Group after group until every [`PgStore`] clone is dropped.
    async fn run(mut self, mut queue: mpsc::UnboundedReceiver<Job>) {
        while let Some(first) = queue.recv().await {
            // Begin (and wait for the locks) before taking the rest of the
            // queue: what arrives meanwhile joins this group.
            let begun = self.begin().await;
            let weight = |job: &Job| job.batches.iter().map(Batch::len).sum::<usize>();
            let group = take_group(first, weight, MAX_GROUP, || queue.try_recv().ok());
            let conn = match begun {
                Ok(conn) => conn,
                Err(e) => {
                    let shared = Arc::new(e);
                    for job in group {
                        let answers = job
                            .batches
                            .iter()
                            .map(|_| Err(StoreError::Group(shared.clone())))
                            .collect();
                        let _ = job.reply.send(answers);
                    }
                    continue;
                }
            };
            let all: Vec<&Batch> = group.iter().flat_map(|j| &j.batches).collect();
            match conn.insert_and_commit(&all).await {
                Ok(flags) => {
                    let mut flags = flags.into_iter();
                    for job in group {
                        let answers = flags.by_ref().take(job.batches.len()).map(Ok).collect();
                        // A requester that went away (client hung up) is no error.
                        let _ = job.reply.send(answers);
                    }
                }
                Err(_) => {
                    conn.rollback().await;
                    for job in group {
                        let mut answers = Vec::with_capacity(job.batches.len());
                        for batch in &job.batches {
                            answers.push(self.alone(batch).await);
                        }
                        let _ = job.reply.send(answers);
                    }
                }
            }
        }
    }

    /// Connects if needed and begins a group transaction with the locks.
    async fn begin(&mut self) -> Result<&WriterConn, StoreError> {
        if self.conn.as_ref().is_none_or(|c| c.client.is_closed()) {
            self.conn = None;
            self.conn = Some(WriterConn::prepare(connect(&self.config).await?).await?);
        }
        let conn = self.conn.as_ref().ok_or(StoreError::Task)?;
        if let Err(e) = conn.client.batch_execute(&self.begin).await {
            conn.rollback().await;
            return Err(e.into());
        }
        Ok(conn)
    }

    /// One batch in its own transaction.
    async fn alone(&mut self, batch: &Batch) -> Result<Vec<bool>, StoreError> {
        let conn = self.begin().await?;
        match conn.insert_and_commit(&[batch]).await {
            Ok(mut flags) => flags.pop().ok_or(StoreError::Task),
            Err(e) => {
                conn.rollback().await;
                Err(e)
            }
        }
    }
}
