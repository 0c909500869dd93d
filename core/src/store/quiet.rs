//! Storage for quiet contact and sync: the outbox, reply mailboxes, fetched
//! replies waiting to be opened, and the sync engine's own state.
//!
//! Like the rest of [`crate::store`], this module only moves sealed bytes.
//! Every change that must be atomic — a message and its outbox entry, a
//! fetched reply and the mailbox's new read position — goes through
//! [`Store::apply`] ([`super::write`]), one SQLite transaction.

use rusqlite::{OptionalExtension, params};

pub use super::write::Write;
use super::{Store, Table};
use crate::error::{Error, Result};
#[cfg(test)]
use crate::vault::OWNER_TAG_LEN;

/// Where an outbox entry is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutboxState {
    /// Waiting to be sent (again), not before `next_at`.
    Pending,
    /// Handed to a transport; goes back to pending if the process dies.
    Inflight,
    /// The relay stored it.
    Sent,
    /// The hotline collected it from the relay.
    Delivered,
    /// Refused for good (a permanent 4xx); the person must decide.
    Failed,
}

impl OutboxState {
    pub fn as_str(self) -> &'static str {
        match self {
            OutboxState::Pending => "pending",
            OutboxState::Inflight => "inflight",
            OutboxState::Sent => "sent",
            OutboxState::Delivered => "delivered",
            OutboxState::Failed => "failed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "pending" => OutboxState::Pending,
            "inflight" => OutboxState::Inflight,
            "sent" => OutboxState::Sent,
            "delivered" => OutboxState::Delivered,
            "failed" => OutboxState::Failed,
            _ => return None,
        })
    }
}

/// One outbox row as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxRow {
    pub id: i64,
    pub state: OutboxState,
    pub attempts: u32,
    pub next_at: i64,
    pub sealed: Vec<u8>,
}

/// The sync engine's persistent state (no personal data).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SyncStateRow {
    /// The server asked for a pause until this time (Retry-After).
    pub not_before: i64,
    pub window_start: i64,
    pub window_requests: u32,
    pub pack_checked: i64,
}

impl Store {
    /// Up to `want` outbox rows in `state` due by `due_by` (`next_at` at
    /// or before it), oldest due first and in enqueue order. Reads the
    /// index only as far as it needs, so the cost follows `want`, not the
    /// queue. A row on a damaged page is skipped, never dropped: the ids
    /// come from the index alone and each row is read on its own, so one
    /// bad page cannot stop the others from being sent (its message shows
    /// "needs attention").
    pub fn outbox_due(
        &self,
        state: OutboxState,
        due_by: i64,
        want: usize,
    ) -> Result<Vec<OutboxRow>> {
        self.reindexed(|| {
            let mut stmt = self.conn.prepare_cached(
                "SELECT id FROM outbox INDEXED BY outbox_by_state
                 WHERE state = ?1 AND next_at <= ?2 ORDER BY next_at, queued",
            )?;
            let mut ids = stmt.query(params![state.as_str(), due_by])?;
            let mut out = Vec::with_capacity(want.min(1024));
            while out.len() < want {
                let Some(r) = ids.next()? else { break };
                match self.outbox_row(r.get(0)?) {
                    Ok(Some(row)) => out.push(row),
                    Ok(None) | Err(Error::Corrupted(_)) => {}
                    Err(e) => return Err(e),
                }
            }
            Ok(out)
        })
    }

    /// Ids of the rows in `state`, oldest due first, read from the index
    /// only.
    fn outbox_ids(&self, state: OutboxState) -> Result<Vec<i64>> {
        self.reindexed(|| {
            let mut stmt = self.conn.prepare_cached(
                "SELECT id FROM outbox INDEXED BY outbox_by_state
                 WHERE state = ?1 ORDER BY next_at, queued",
            )?;
            let ids = stmt.query_map([state.as_str()], |r| r.get(0))?;
            Ok(ids.collect::<rusqlite::Result<Vec<i64>>>()?)
        })
    }

    /// Runs an index read; a damaged index is rebuilt from the table once
    /// (it holds no data of its own) and the read tried again.
    fn reindexed<T>(&self, read: impl Fn() -> Result<T>) -> Result<T> {
        match read() {
            Err(Error::Corrupted(_)) => {
                self.conn.execute_batch("REINDEX outbox_by_state")?;
                read()
            }
            other => other,
        }
    }

    /// How many rows are pending and the earliest `next_at` among them,
    /// from the index alone.
    pub fn outbox_pending(&self) -> Result<(u32, Option<i64>)> {
        self.reindexed(|| {
            Ok(self
                .conn
                .prepare_cached(
                    "SELECT count(*), min(next_at) FROM outbox INDEXED BY outbox_by_state
                     WHERE state = 'pending'",
                )?
                .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))?)
        })
    }

    /// `(id, owner tag)` of every row pending or in flight, from the index
    /// alone: what an unlocked profile checks its own tags against.
    pub fn outbox_waiting_owners(&self) -> Result<Vec<(i64, Option<Vec<u8>>)>> {
        self.reindexed(|| {
            let mut stmt = self.conn.prepare_cached(
                "SELECT id, owner FROM outbox INDEXED BY outbox_by_state
                 WHERE state IN ('pending', 'inflight')",
            )?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
    }

    /// The state of one outbox row, without its sealed item.
    pub fn outbox_state(&self, id: i64) -> Result<Option<OutboxState>> {
        let state: Option<String> = self
            .conn
            .prepare_cached("SELECT state FROM outbox WHERE id = ?1")?
            .query_row([id], |r| r.get(0))
            .optional()?;
        Ok(state.as_deref().and_then(OutboxState::parse))
    }

    /// The owner tag of one outbox row.
    pub fn outbox_owner(&self, id: i64) -> Result<Option<Vec<u8>>> {
        Ok(self
            .conn
            .prepare_cached("SELECT owner FROM outbox WHERE id = ?1")?
            .query_row([id], |r| r.get(0))
            .optional()?
            .flatten())
    }

    /// A free random id above every outbox entry, if there is room. A new
    /// entry there goes at the right edge of the table, where SQLite adds
    /// a page without touching its neighbours: the one place a table with
    /// a damaged page still reliably takes a row.
    pub fn outbox_id_after_last(&self, random: i64) -> Result<Option<i64>> {
        let last: Option<i64> = self
            .conn
            .query_row("SELECT max(id) FROM outbox", [], |r| r.get(0))?;
        let last = last.unwrap_or(0).max(0);
        let room = i64::MAX - last;
        Ok((room > 0).then(|| last + 1 + random.rem_euclid(room)))
    }

    /// One outbox row by id.
    pub fn outbox_row(&self, id: i64) -> Result<Option<OutboxRow>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT id, state, attempts, next_at, sealed FROM outbox WHERE id = ?1",
            )?
            .query_row([id], row_to_outbox)
            .optional()?
            .flatten())
    }

    /// Entries per state.
    pub fn outbox_counts(&self) -> Result<Vec<(OutboxState, u32)>> {
        let mut stmt = self
            .conn
            .prepare("SELECT state, COUNT(*) FROM outbox GROUP BY state")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, u32>(1)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (state, n) = row?;
            if let Some(state) = OutboxState::parse(&state) {
                out.push((state, n));
            }
        }
        Ok(out)
    }

    /// Entries waiting on this phone (pending or in flight): a count the
    /// schema's triggers keep, so enqueue reads one row instead of counting.
    pub fn outbox_waiting(&self) -> Result<u32> {
        Ok(self
            .conn
            .prepare_cached("SELECT waiting FROM sync_state WHERE id = 1")?
            .query_row([], |r| r.get(0))
            .optional()?
            .unwrap_or(0))
    }

    /// Crash recovery: whatever was handed to a transport when the process
    /// ended is pending again (the relay's idempotency makes a resend safe).
    /// Row by row, so an entry on a damaged page stays as it is instead of
    /// stopping the profile from opening.
    pub fn recover_inflight(&mut self) -> Result<usize> {
        let mut recovered = 0;
        for id in self.outbox_ids(OutboxState::Inflight)? {
            match self
                .conn
                .execute("UPDATE outbox SET state = 'pending' WHERE id = ?1", [id])
            {
                Ok(n) => recovered += n,
                Err(e) => match Error::from(e) {
                    Error::Corrupted(_) => {}
                    e => return Err(e),
                },
            }
        }
        Ok(recovered)
    }

    /// `(id, sealed)` rows of a device-key table.
    pub fn device_rows(&self, table: Table) -> Result<Vec<(i64, Vec<u8>)>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT id, sealed FROM {} ORDER BY id",
            table.name()
        ))?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    pub fn sync_state(&self) -> Result<SyncStateRow> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT not_before, window_start, window_requests, pack_checked FROM sync_state WHERE id = 1",
            )?
            .query_row(
                [],
                |r| {
                    Ok(SyncStateRow {
                        not_before: r.get(0)?,
                        window_start: r.get(1)?,
                        window_requests: r.get(2)?,
                        pack_checked: r.get(3)?,
                    })
                },
            )
            .optional()?
            .unwrap_or_default())
    }
}

fn row_to_outbox(r: &rusqlite::Row<'_>) -> rusqlite::Result<Option<OutboxRow>> {
    let state: String = r.get(1)?;
    let Some(state) = OutboxState::parse(&state) else {
        return Ok(None);
    };
    Ok(Some(OutboxRow {
        id: r.get(0)?,
        state,
        attempts: r.get(2)?,
        next_at: r.get(3)?,
        sealed: r.get(4)?,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(store: &Store, sql: &str) -> String {
        let mut stmt = store
            .conn
            .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
            .unwrap();
        let rows = stmt
            .query_map([], |r| r.get::<_, String>(3))
            .unwrap()
            .collect::<rusqlite::Result<Vec<_>>>()
            .unwrap();
        rows.join("\n")
    }

    #[test]
    fn a_batch_and_a_page_are_index_ranges_without_a_sort() {
        let store = Store::in_memory().unwrap();
        for (sql, index) in [
            (
                "SELECT id FROM outbox INDEXED BY outbox_by_state
                 WHERE state = 'pending' AND next_at <= 5 ORDER BY next_at, queued",
                "outbox_by_state",
            ),
            (
                "SELECT id, sealed FROM messages INDEXED BY messages_by_conversation
                 WHERE profile = 0 AND conversation = 1 AND (ord, id) < (9, 9)
                 ORDER BY ord DESC, id DESC LIMIT 51",
                "messages_by_conversation",
            ),
            (
                "SELECT id, owner FROM outbox INDEXED BY outbox_by_state
                 WHERE state IN ('pending', 'inflight')",
                "COVERING INDEX outbox_by_state",
            ),
        ] {
            let plan = plan(&store, sql);
            assert!(plan.contains(index), "{plan}");
            assert!(!plan.contains("TEMP B-TREE"), "{plan}");
        }
    }

    #[test]
    fn the_waiting_count_follows_every_state_change() {
        let mut store = Store::in_memory().unwrap();
        let count = |s: &Store| -> u32 {
            s.conn
                .query_row(
                    "SELECT count(*) FROM outbox WHERE state IN ('pending', 'inflight')",
                    [],
                    |r| r.get(0),
                )
                .unwrap()
        };
        for id in 1..=5 {
            store
                .apply(&[Write::Enqueue {
                    id,
                    sealed: b"x",
                    owner: None,
                }])
                .unwrap();
        }
        assert_eq!(store.outbox_waiting().unwrap(), 5);
        let to = |id, state| Write::Outbox {
            id,
            state,
            attempts: 0,
            next_at: 0,
        };
        store
            .apply(&[
                to(1, OutboxState::Inflight),
                to(2, OutboxState::Sent),
                to(3, OutboxState::Failed),
                to(3, OutboxState::Pending),
                to(4, OutboxState::Delivered),
            ])
            .unwrap();
        assert_eq!(store.outbox_waiting().unwrap(), count(&store));
        assert_eq!(store.outbox_waiting().unwrap(), 3);
        store
            .apply(&[
                Write::Reseal {
                    id: 2,
                    sealed: b"y",
                },
                to(1, OutboxState::Sent),
            ])
            .unwrap();
        assert_eq!(store.outbox_waiting().unwrap(), count(&store));
        store
            .conn
            .execute("DELETE FROM outbox WHERE id = 5", [])
            .unwrap();
        assert_eq!(store.outbox_waiting().unwrap(), count(&store));
        assert_eq!(store.outbox_waiting().unwrap(), 2);
    }

    #[test]
    fn bookkeeping_commits_atomically_and_full_sync_comes_back() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path(), false).unwrap();
        let sync = |s: &Store| -> i64 {
            s.conn
                .pragma_query_value(None, "synchronous", |r| r.get(0))
                .unwrap()
        };
        assert_eq!(sync(&store), 2);
        store
            .apply(&[Write::Enqueue {
                id: 1,
                sealed: b"x",
                owner: None,
            }])
            .unwrap();
        store
            .apply_bookkeeping(&[Write::Outbox {
                id: 1,
                state: OutboxState::Sent,
                attempts: 1,
                next_at: 9,
            }])
            .unwrap();
        assert_eq!(sync(&store), 2, "full sync restored");
        assert_eq!(store.outbox_state(1).unwrap(), Some(OutboxState::Sent));
        // A failing batch changes nothing and still restores full sync.
        let bad = store.apply_bookkeeping(&[
            Write::Outbox {
                id: 1,
                state: OutboxState::Delivered,
                attempts: 1,
                next_at: 9,
            },
            Write::Enqueue {
                id: 1,
                sealed: b"duplicate id",
                owner: None,
            },
        ]);
        assert!(bad.is_err());
        assert_eq!(sync(&store), 2);
        assert_eq!(store.outbox_state(1).unwrap(), Some(OutboxState::Sent));
    }

    #[test]
    fn a_batch_is_taken_in_enqueue_order_and_rows_are_tagged() {
        let mut store = Store::in_memory().unwrap();
        // Random-looking ids, enqueued in this order.
        let ids = [900, 5, 77, 3_000_000, 42, 1];
        for (i, id) in ids.iter().enumerate() {
            store
                .apply(&[Write::Enqueue {
                    id: *id,
                    sealed: b"x",
                    owner: (i == 0).then_some([7; OWNER_TAG_LEN]),
                }])
                .unwrap();
        }
        let got: Vec<i64> = store
            .outbox_due(OutboxState::Pending, 0, 4)
            .unwrap()
            .iter()
            .map(|r| r.id)
            .collect();
        assert_eq!(got, ids[..4]);
        assert_eq!(store.outbox_owner(900).unwrap(), Some(vec![7; 8]));
        // Untagged rows carry random bytes of the same length.
        let other = store.outbox_owner(5).unwrap().unwrap();
        assert_eq!(other.len(), OWNER_TAG_LEN);
        assert_ne!(other, store.outbox_owner(77).unwrap().unwrap());
        assert_eq!(store.outbox_pending().unwrap(), (6, Some(0)));
    }
}
