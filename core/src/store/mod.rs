//! SQLite storage for one profile.
//!
//! Owns the connection, its pragmas, the schema ([`schema`], with the one
//! list of table names, [`Table`]) and the one write path ([`Write`],
//! applied by [`Store::apply`]). It stores bytes it is given: sealing
//! happens in [`crate::record`] before anything reaches this module, so
//! this module must never see plaintext personal data, and it must never
//! "repair" a damaged file by recreating it.

pub mod quiet;
pub mod schema;
pub mod write;

pub use schema::Table;
pub use write::Write;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OptionalExtension, params};

use crate::error::{Damaged, Error, Result};
use crate::vault::{KdfRow, Slot, SlotRow, random_bytes};

/// The database file's name inside a data directory.
pub const DB_FILE: &str = "waymark.db";

/// Prepared statements kept per connection (the app has about 40).
const STATEMENT_CACHE: usize = 64;

/// An open profile database.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Opens (creating if needed) the database in `data_dir` and migrates it.
    /// `profile_existed`: the platform secret shows a profile was set up
    /// here, so an empty file is damage (it is refused as
    /// [`Damaged::Database`], never silently turned into a new profile).
    pub fn open(data_dir: &Path, profile_existed: bool) -> Result<Self> {
        create_private_dir(data_dir)?;
        let path = data_dir.join(DB_FILE);
        // Store::open writes the schema before it returns, so a database
        // file of zero bytes was emptied after the fact (truncated, or
        // replaced). SQLite would take it as a fresh database.
        let emptied = std::fs::metadata(&path).is_ok_and(|m| m.len() == 0);
        if emptied && profile_existed {
            return Err(Error::Corrupted(Damaged::Database));
        }
        let mut conn = Connection::open(&path)?;
        // Owner-only before the WAL and shared-memory files appear: SQLite
        // gives those the database file's permissions.
        restrict_to_owner(&path)?;
        // WAL keeps readers and the writer apart; FULL sync makes a returned
        // write survive power loss; secure_delete zeroes freed pages so old
        // ciphertext does not linger in free space.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "secure_delete", "ON")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // Temporary tables and indices stay in memory, never in a temp file
        // outside the data directory.
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        // Room for every statement the app runs, so none is parsed twice.
        conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
        schema::migrate(&mut conn)?;
        Ok(Store { conn, path })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// A throw-away in-memory store, held while the real file is deleted.
    pub fn in_memory() -> Result<Self> {
        let mut conn = Connection::open_in_memory()?;
        conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
        schema::migrate(&mut conn)?;
        Ok(Store {
            conn,
            path: PathBuf::new(),
        })
    }

    /// The profile's salt and KDF parameters, if it has been set up.
    pub fn kdf(&self) -> Result<Option<KdfRow>> {
        Ok(self
            .conn
            .query_row(
                "SELECT salt, m_kib, t, p, checksum FROM kdf WHERE id = 1",
                [],
                |r| {
                    Ok(KdfRow {
                        salt: r.get(0)?,
                        m_kib: r.get(1)?,
                        t: r.get(2)?,
                        p: r.get(3)?,
                        checksum: r.get(4)?,
                    })
                },
            )
            .optional()?)
    }

    /// Both key slots (always two once set up).
    pub fn slots(&self) -> Result<Vec<SlotRow>> {
        let mut stmt = self
            .conn
            .prepare("SELECT slot, nonce, wrapped, checksum FROM keyslot ORDER BY slot")?;
        let rows = stmt.query_map([], |r| {
            Ok((r.get::<_, i64>(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (slot, nonce, wrapped, checksum) = row?;
            let slot = Slot::from_id(slot).ok_or(Error::Corrupted(Damaged::KeySlot))?;
            out.push(SlotRow {
                slot,
                nonce,
                wrapped,
                checksum,
            });
        }
        Ok(out)
    }

    /// Writes a brand-new profile: KDF row, both slots, and the real
    /// profile's canary and settings, in one transaction so a crash never
    /// leaves half a profile.
    pub fn create_profile(
        &mut self,
        kdf: &KdfRow,
        slots: &[SlotRow],
        canary: &[u8],
        settings: &[u8],
    ) -> Result<()> {
        let tx = self.conn.transaction()?;
        let exists: i64 = tx.query_row("SELECT count(*) FROM kdf", [], |r| r.get(0))?;
        if exists > 0 {
            return Err(Error::AlreadySetUp);
        }
        tx.execute(
            "INSERT INTO kdf (id, salt, m_kib, t, p, checksum) VALUES (1, ?1, ?2, ?3, ?4, ?5)",
            params![kdf.salt, kdf.m_kib, kdf.t, kdf.p, kdf.checksum],
        )?;
        let primary = Slot::Primary.id();
        for slot in slots {
            write::write(&tx, &Write::Slot(slot))?;
        }
        write::write(&tx, &Write::profile_record(Table::Canary, primary, canary))?;
        write::write(
            &tx,
            &Write::profile_record(Table::Settings, primary, settings),
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Installs a fresh decoy: its slot, canary and settings replace the old
    /// decoy's, and the old decoy's other records go, in one transaction.
    /// With `records` `None` the slot becomes filler and the decoy is gone.
    pub fn replace_decoy(&mut self, slot: &SlotRow, records: Option<(&[u8], &[u8])>) -> Result<()> {
        let tx = self.conn.transaction()?;
        let decoy = Slot::Duress.id();
        for table in Table::ALL.into_iter().filter(|t| t.per_profile()) {
            tx.execute(
                &format!("DELETE FROM {} WHERE profile = ?1", table.name()),
                [decoy],
            )?;
        }
        write::write(&tx, &Write::Slot(slot))?;
        if let Some((canary, settings)) = records {
            write::write(&tx, &Write::profile_record(Table::Canary, decoy, canary))?;
            write::write(
                &tx,
                &Write::profile_record(Table::Settings, decoy, settings),
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    pub fn canary(&self, profile: i64) -> Result<Option<Vec<u8>>> {
        self.profile_record(Table::Canary, profile)
    }

    pub fn settings(&self, profile: i64) -> Result<Option<Vec<u8>>> {
        self.profile_record(Table::Settings, profile)
    }

    pub fn progress(&self, profile: i64) -> Result<Option<Vec<u8>>> {
        self.profile_record(Table::Progress, profile)
    }

    /// The device-sealed guard record, if any.
    pub fn guard(&self) -> Result<Option<Vec<u8>>> {
        Ok(self
            .conn
            .query_row("SELECT sealed FROM device_guard WHERE id = 1", [], |r| {
                r.get(0)
            })
            .optional()?)
    }

    /// `(id, sealed)` rows of a per-profile list table, in id order.
    pub fn list(&self, table: Table, profile: i64) -> Result<Vec<(i64, Vec<u8>)>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT id, sealed FROM {} WHERE profile = ?1 ORDER BY id",
            table.name()
        ))?;
        let rows = stmt.query_map([profile], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// One row of a per-profile list table.
    pub fn item(&self, table: Table, profile: i64, id: i64) -> Result<Option<Vec<u8>>> {
        Ok(self
            .conn
            .prepare_cached(&format!(
                "SELECT sealed FROM {} WHERE id = ?1 AND profile = ?2",
                table.name()
            ))?
            .query_row(params![id, profile], |r| r.get(0))
            .optional()?)
    }

    /// Up to `limit` `(id, sealed)` messages of one conversation, newest
    /// first, before the cursor `(order, id)` if one is given: one range of
    /// the `messages_by_conversation` index.
    pub fn message_page(
        &self,
        profile: i64,
        conversation: i64,
        before: Option<(i64, i64)>,
        limit: usize,
    ) -> Result<Vec<(i64, Vec<u8>)>> {
        let (order, id) = before.unwrap_or((i64::MAX, i64::MAX));
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, sealed FROM messages INDEXED BY messages_by_conversation
             WHERE profile = ?1 AND conversation = ?2 AND (ord, id) < (?3, ?4)
             ORDER BY ord DESC, id DESC LIMIT ?5",
        )?;
        let rows = stmt.query_map(
            params![profile, conversation, order, id, limit as i64],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// The clear `(conversation, order)` of one message, if it has them.
    pub fn message_position(&self, profile: i64, id: i64) -> Result<Option<(i64, i64)>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT conversation, ord FROM messages
                 WHERE id = ?1 AND profile = ?2 AND conversation IS NOT NULL",
            )?
            .query_row(params![id, profile], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?)
    }

    /// Messages whose clear index columns are not filled in yet (written
    /// before schema version 3, or restored from a backup).
    pub fn unindexed_messages(&self, profile: i64) -> Result<Vec<(i64, Vec<u8>)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, sealed FROM messages INDEXED BY messages_by_conversation
             WHERE profile = ?1 AND conversation IS NULL",
        )?;
        let rows = stmt.query_map([profile], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Crypto-shredding: overwrites the salt, both slots and the guard with
    /// random bytes and commits that *first*, so no key is recoverable even
    /// if the process dies here; then deletes every row (zeroed by
    /// `secure_delete`) and truncates the WAL. The file itself is removed by
    /// the caller after the connection is closed.
    pub fn shred(&mut self) -> Result<()> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "UPDATE kdf SET salt = ?1, checksum = ?2",
            params![random_bytes(16)?, random_bytes(32)?],
        )?;
        for slot in Slot::ALL {
            tx.execute(
                "UPDATE keyslot SET nonce = ?1, wrapped = ?2, checksum = ?3 WHERE slot = ?4",
                params![
                    random_bytes(12)?,
                    random_bytes(49)?,
                    random_bytes(32)?,
                    slot.id()
                ],
            )?;
        }
        tx.execute("UPDATE device_guard SET sealed = ?1", [random_bytes(64)?])?;
        tx.commit()?;
        let tx = self.conn.transaction()?;
        for table in Table::ALL {
            tx.execute(&format!("DELETE FROM {}", table.name()), [])?;
        }
        tx.commit()?;
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        self.conn.execute_batch("VACUUM")?;
        Ok(())
    }

    /// The sealed row of a one-row-per-profile table.
    fn profile_record(&self, table: Table, profile: i64) -> Result<Option<Vec<u8>>> {
        Ok(self
            .conn
            .prepare_cached(&format!(
                "SELECT sealed FROM {} WHERE profile = ?1",
                table.name()
            ))?
            .query_row([profile], |r| r.get(0))
            .optional()?)
    }
}

/// Creates `dir` (owner-only on Unix) if it does not exist.
fn create_private_dir(dir: &Path) -> Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)?;
    Ok(())
}

fn restrict_to_owner(path: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}
