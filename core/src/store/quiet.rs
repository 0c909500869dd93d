//! Storage for quiet contact and sync: the outbox, reply mailboxes, fetched
//! replies waiting to be opened, and the sync engine's own state.
//!
//! Like the rest of [`crate::store`], this module only moves sealed bytes.
//! Every change that must be atomic — a message and its outbox entry, a
//! fetched reply and the mailbox's new read position — goes through
//! [`Store::apply`], one SQLite transaction.

use rusqlite::{OptionalExtension, params};

use super::{ListTable, Store};
use crate::error::{Error, Result};

/// Tables sealed with the device key, one sealed blob per random row id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeviceTable {
    Mailboxes,
    Inbox,
}

impl DeviceTable {
    fn name(self) -> &'static str {
        match self {
            DeviceTable::Mailboxes => "mailboxes",
            DeviceTable::Inbox => "inbox",
        }
    }
}

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

/// One write of an atomic change.
#[derive(Debug)]
pub enum Write<'a> {
    PutItem {
        table: ListTable,
        profile: i64,
        id: i64,
        sealed: &'a [u8],
    },
    PutDevice {
        table: DeviceTable,
        id: i64,
        sealed: &'a [u8],
    },
    DeleteDevice {
        table: DeviceTable,
        id: i64,
    },
    /// A new outbox entry, pending now.
    Enqueue {
        id: i64,
        sealed: &'a [u8],
    },
    /// Replaces a damaged entry's sealed item and makes it pending now.
    Reseal {
        id: i64,
        sealed: &'a [u8],
    },
    /// Moves an outbox entry to `state` with its retry bookkeeping.
    Outbox {
        id: i64,
        state: OutboxState,
        attempts: u32,
        next_at: i64,
    },
    SyncState(SyncStateRow),
    /// A one-row-per-profile record: `settings` or `progress`.
    ProfileRecord {
        table: ProfileTable,
        profile: i64,
        sealed: &'a [u8],
    },
}

/// Tables with one sealed row per profile that a restore replaces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProfileTable {
    Settings,
    Progress,
}

impl Store {
    /// Applies `writes` in one transaction: all or nothing.
    pub fn apply(&mut self, writes: &[Write<'_>]) -> Result<()> {
        let tx = self.conn.transaction()?;
        for w in writes {
            match w {
                Write::PutItem {
                    table,
                    profile,
                    id,
                    sealed,
                } => {
                    tx.execute(
                        &format!(
                            "INSERT INTO {} (id, profile, sealed) VALUES (?1, ?2, ?3)
                             ON CONFLICT (id) DO UPDATE SET sealed = excluded.sealed
                             WHERE profile = excluded.profile",
                            table.name()
                        ),
                        params![id, profile, sealed],
                    )?;
                }
                Write::PutDevice { table, id, sealed } => {
                    tx.execute(
                        &format!(
                            "INSERT INTO {} (id, sealed) VALUES (?1, ?2)
                             ON CONFLICT (id) DO UPDATE SET sealed = excluded.sealed",
                            table.name()
                        ),
                        params![id, sealed],
                    )?;
                }
                Write::DeleteDevice { table, id } => {
                    tx.execute(&format!("DELETE FROM {} WHERE id = ?1", table.name()), [id])?;
                }
                Write::Enqueue { id, sealed } => {
                    tx.execute(
                        "INSERT INTO outbox (id, state, attempts, next_at, sealed)
                         VALUES (?1, 'pending', 0, 0, ?2)",
                        params![id, sealed],
                    )?;
                }
                Write::Reseal { id, sealed } => {
                    tx.execute(
                        "UPDATE outbox SET sealed = ?2, state = 'pending', attempts = 0, next_at = 0
                         WHERE id = ?1",
                        params![id, sealed],
                    )?;
                }
                Write::Outbox {
                    id,
                    state,
                    attempts,
                    next_at,
                } => {
                    tx.execute(
                        "UPDATE outbox SET state = ?2, attempts = ?3, next_at = ?4 WHERE id = ?1",
                        params![id, state.as_str(), attempts, next_at],
                    )?;
                }
                Write::SyncState(s) => {
                    tx.execute(
                        "INSERT INTO sync_state (id, not_before, window_start, window_requests, pack_checked)
                         VALUES (1, ?1, ?2, ?3, ?4)
                         ON CONFLICT (id) DO UPDATE SET not_before = excluded.not_before,
                           window_start = excluded.window_start,
                           window_requests = excluded.window_requests,
                           pack_checked = excluded.pack_checked",
                        params![s.not_before, s.window_start, s.window_requests, s.pack_checked],
                    )?;
                }
                Write::ProfileRecord {
                    table,
                    profile,
                    sealed,
                } => {
                    let name = match table {
                        ProfileTable::Settings => "settings",
                        ProfileTable::Progress => "progress",
                    };
                    tx.execute(
                        &format!(
                            "INSERT INTO {name} (profile, sealed) VALUES (?1, ?2)
                             ON CONFLICT (profile) DO UPDATE SET sealed = excluded.sealed"
                        ),
                        params![profile, sealed],
                    )?;
                }
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Outbox rows in `state`, oldest due first. A row on a damaged page
    /// is skipped, never dropped: the ids come from the index alone and
    /// each row is read on its own, so one bad page cannot stop the others
    /// from being sent (its message shows "needs attention").
    pub fn outbox(&self, state: OutboxState) -> Result<Vec<OutboxRow>> {
        let mut out = Vec::new();
        for id in self.outbox_ids(state)? {
            match self.outbox_row(id) {
                Ok(Some(row)) => out.push(row),
                Ok(None) | Err(Error::Corrupted(_)) => {}
                Err(e) => return Err(e),
            }
        }
        Ok(out)
    }

    /// Ids of the rows in `state`, oldest due first, read from the index
    /// only. A damaged index is rebuilt from the table once (it holds no
    /// data of its own).
    fn outbox_ids(&self, state: OutboxState) -> Result<Vec<i64>> {
        let query = || -> Result<Vec<i64>> {
            let mut stmt = self.conn.prepare(
                "SELECT id FROM outbox INDEXED BY outbox_by_state
                 WHERE state = ?1 ORDER BY next_at, id",
            )?;
            let ids = stmt.query_map([state.as_str()], |r| r.get(0))?;
            Ok(ids.collect::<rusqlite::Result<Vec<i64>>>()?)
        };
        match query() {
            Err(Error::Corrupted(_)) => {
                self.conn.execute_batch("REINDEX outbox_by_state")?;
                query()
            }
            other => other,
        }
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
            .query_row(
                "SELECT id, state, attempts, next_at, sealed FROM outbox WHERE id = ?1",
                [id],
                row_to_outbox,
            )
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

    /// Entries waiting on this phone (pending or in flight).
    pub fn outbox_waiting(&self) -> Result<u32> {
        Ok(self.conn.query_row(
            "SELECT COUNT(*) FROM outbox WHERE state IN ('pending', 'inflight')",
            [],
            |r| r.get(0),
        )?)
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
    pub fn device_rows(&self, table: DeviceTable) -> Result<Vec<(i64, Vec<u8>)>> {
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
            .query_row(
                "SELECT not_before, window_start, window_requests, pack_checked FROM sync_state WHERE id = 1",
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

    /// Deletes every row of the profile's list `table` whose id is in `ids`.
    pub fn delete_items(&mut self, table: ListTable, profile: i64, ids: &[i64]) -> Result<()> {
        let tx = self.conn.transaction()?;
        for id in ids {
            tx.execute(
                &format!(
                    "DELETE FROM {} WHERE id = ?1 AND profile = ?2",
                    table.name()
                ),
                params![id, profile],
            )?;
        }
        tx.commit()?;
        Ok(())
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
