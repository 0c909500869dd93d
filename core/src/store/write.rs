//! The store's one write path: [`Write`], applied by [`Store::apply`] in
//! one SQLite transaction. Every change to the file is a list of `Write`s —
//! a sealed record, a message with its outbox entry, a new profile, a
//! decoy, a PIN change — except crash recovery
//! ([`Store::recover_inflight`]) and the shredder ([`Store::shred`]).
//!
//! Like the rest of [`crate::store`], it only moves sealed bytes; it must
//! never seal, open or look inside them.

use rusqlite::{Connection, params};

use super::quiet::{OutboxState, SyncStateRow};
use super::{Store, Table};
use crate::error::Result;
use crate::vault::{OWNER_TAG_LEN, SlotRow};

/// One write of an atomic change; the only way the file changes apart
/// from crash recovery ([`Store::recover_inflight`]) and the shredder.
/// A sealed record's `table` comes from its kind
/// ([`crate::record::Sealed::TABLE`]).
#[derive(Debug)]
pub enum Write<'a> {
    /// A row of a per-profile list table (`contacts`, `sos_history`,
    /// `conversations`, or `messages` without their index columns; see
    /// [`Write::PutMessage`]).
    PutItem {
        table: Table,
        profile: i64,
        id: i64,
        sealed: &'a [u8],
    },
    /// Deletes a row of a per-profile list table (none if it is not there).
    DeleteItem {
        table: Table,
        profile: i64,
        id: i64,
    },
    /// A row of a device-key table (`mailboxes`, `inbox`).
    PutDevice {
        table: Table,
        id: i64,
        sealed: &'a [u8],
    },
    DeleteDevice {
        table: Table,
        id: i64,
    },
    /// A new outbox entry, pending now, last in the queue. `owner`: the
    /// owning profile's tag for the row ([`crate::vault::OwnerTags`]);
    /// `None` stores random bytes (the owner tags it at its next unlock).
    Enqueue {
        id: i64,
        sealed: &'a [u8],
        owner: Option<[u8; OWNER_TAG_LEN]>,
    },
    /// A message with its clear index columns (conversation row, order).
    PutMessage {
        profile: i64,
        id: i64,
        conversation: i64,
        order: i64,
        sealed: &'a [u8],
    },
    /// Fills in an existing message's clear index columns.
    MessageIndex {
        profile: i64,
        id: i64,
        conversation: i64,
        order: i64,
    },
    /// Sets an outbox row's owner tag.
    OutboxOwner {
        id: i64,
        owner: [u8; OWNER_TAG_LEN],
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
    /// A one-row-per-profile record (`canary`, `settings`, `progress`).
    ProfileRecord {
        table: Table,
        profile: i64,
        sealed: &'a [u8],
    },
    /// The device-sealed guard record (`device_guard`, row 1).
    Guard {
        sealed: &'a [u8],
    },
    /// One key slot (`keyslot`).
    Slot(&'a SlotRow),
}

impl<'a> Write<'a> {
    /// A one-row-per-profile record.
    pub fn profile_record(table: Table, profile: i64, sealed: &'a [u8]) -> Self {
        Write::ProfileRecord {
            table,
            profile,
            sealed,
        }
    }
}

impl Store {
    /// Applies `writes` in one transaction: all or nothing. Statements come
    /// from the connection's cache, so a batch of updates is parsed once.
    pub fn apply(&mut self, writes: &[Write<'_>]) -> Result<()> {
        let tx = self.conn.transaction()?;
        for w in writes {
            write(&tx, w)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// [`Store::apply`] of one write.
    pub fn write(&mut self, w: Write<'_>) -> Result<()> {
        self.apply(std::slice::from_ref(&w))
    }

    /// As [`Store::apply`] (atomic, all or nothing), but the commit does not
    /// wait for the disk: SQLite's `synchronous = NORMAL` in WAL mode, so
    /// the change survives the process being killed but may be undone by a
    /// power loss (the next fully synced commit makes it durable too). Only
    /// for the sync engine's bookkeeping, whose loss merely repeats a
    /// request the relay answers idempotently: a batch then costs this
    /// phone no disk flush instead of two.
    pub fn apply_bookkeeping(&mut self, writes: &[Write<'_>]) -> Result<()> {
        self.conn.pragma_update(None, "synchronous", "NORMAL")?;
        let applied = self.apply(writes);
        // Back to full sync whatever happened: every other write relies on it.
        let restored = self.conn.pragma_update(None, "synchronous", "FULL");
        applied?;
        Ok(restored?)
    }
}

/// Runs one write inside the caller's transaction: the one place a
/// [`Write`] becomes SQL.
pub(super) fn write(tx: &Connection, w: &Write<'_>) -> Result<()> {
    match w {
        Write::PutItem {
            table,
            profile,
            id,
            sealed,
        } => {
            tx.prepare_cached(&format!(
                "INSERT INTO {} (id, profile, sealed) VALUES (?1, ?2, ?3)
                 ON CONFLICT (id) DO UPDATE SET sealed = excluded.sealed
                 WHERE profile = excluded.profile",
                table.name()
            ))?
            .execute(params![id, profile, sealed])?;
        }
        Write::PutMessage {
            profile,
            id,
            conversation,
            order,
            sealed,
        } => {
            tx.prepare_cached(
                "INSERT INTO messages (id, profile, conversation, ord, sealed)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (id) DO UPDATE SET sealed = excluded.sealed,
                   conversation = excluded.conversation, ord = excluded.ord
                 WHERE profile = excluded.profile",
            )?
            .execute(params![id, profile, conversation, order, sealed])?;
        }
        Write::MessageIndex {
            profile,
            id,
            conversation,
            order,
        } => {
            tx.prepare_cached(
                "UPDATE messages SET conversation = ?3, ord = ?4
                 WHERE id = ?1 AND profile = ?2",
            )?
            .execute(params![id, profile, conversation, order])?;
        }
        Write::OutboxOwner { id, owner } => {
            tx.prepare_cached("UPDATE outbox SET owner = ?2 WHERE id = ?1")?
                .execute(params![id, &owner[..]])?;
        }
        Write::PutDevice { table, id, sealed } => upsert_sealed(tx, *table, "id", *id, sealed)?,
        Write::DeleteDevice { table, id } => {
            tx.prepare_cached(&format!("DELETE FROM {} WHERE id = ?1", table.name()))?
                .execute([id])?;
        }
        Write::Enqueue { id, sealed, owner } => {
            tx.prepare_cached(
                "INSERT INTO outbox (id, state, attempts, next_at, queued, owner, sealed)
                 VALUES (?1, 'pending', 0, 0,
                   (SELECT ifnull(max(queued), 0) + 1 FROM outbox),
                   ifnull(?3, randomblob(8)), ?2)",
            )?
            .execute(params![id, sealed, owner.as_ref().map(|o| &o[..])])?;
        }
        Write::Reseal { id, sealed } => {
            tx.prepare_cached(
                "UPDATE outbox SET sealed = ?2, state = 'pending', attempts = 0, next_at = 0
                 WHERE id = ?1",
            )?
            .execute(params![id, sealed])?;
        }
        Write::Outbox {
            id,
            state,
            attempts,
            next_at,
        } => {
            tx.prepare_cached(
                "UPDATE outbox SET state = ?2, attempts = ?3, next_at = ?4 WHERE id = ?1",
            )?
            .execute(params![id, state.as_str(), attempts, next_at])?;
        }
        Write::SyncState(s) => {
            tx.prepare_cached(
                "INSERT INTO sync_state (id, not_before, window_start, window_requests, pack_checked)
                 VALUES (1, ?1, ?2, ?3, ?4)
                 ON CONFLICT (id) DO UPDATE SET not_before = excluded.not_before,
                   window_start = excluded.window_start,
                   window_requests = excluded.window_requests,
                   pack_checked = excluded.pack_checked",
            )?
            .execute(params![s.not_before, s.window_start, s.window_requests, s.pack_checked])?;
        }
        Write::ProfileRecord {
            table,
            profile,
            sealed,
        } => upsert_sealed(tx, *table, "profile", *profile, sealed)?,
        Write::DeleteItem { table, profile, id } => {
            tx.prepare_cached(&format!(
                "DELETE FROM {} WHERE id = ?1 AND profile = ?2",
                table.name()
            ))?
            .execute(params![id, profile])?;
        }
        Write::Guard { sealed } => {
            tx.prepare_cached(
                "INSERT INTO device_guard (id, sealed) VALUES (1, ?1)
                 ON CONFLICT (id) DO UPDATE SET sealed = excluded.sealed",
            )?
            .execute([sealed])?;
        }
        Write::Slot(slot) => {
            tx.prepare_cached(
                "INSERT INTO keyslot (slot, nonce, wrapped, checksum) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (slot) DO UPDATE SET nonce = excluded.nonce,
                     wrapped = excluded.wrapped, checksum = excluded.checksum",
            )?
            .execute(params![
                slot.slot.id(),
                slot.nonce,
                slot.wrapped,
                slot.checksum
            ])?;
        }
    }
    Ok(())
}

/// Inserts or replaces the sealed blob of the row whose `key_column`
/// (`id` or `profile`, the table's primary key) is `key`.
fn upsert_sealed(
    tx: &Connection,
    table: Table,
    key_column: &str,
    key: i64,
    sealed: &[u8],
) -> Result<()> {
    tx.prepare_cached(&format!(
        "INSERT INTO {table} ({key_column}, sealed) VALUES (?1, ?2)
         ON CONFLICT ({key_column}) DO UPDATE SET sealed = excluded.sealed",
        table = table.name()
    ))?
    .execute(params![key, sealed])?;
    Ok(())
}
