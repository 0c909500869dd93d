//! SQLite storage for one profile.
//!
//! Owns the connection, its pragmas and the schema ([`schema`]). It stores
//! bytes it is given: sealing happens in [`crate::vault`] before anything
//! reaches this module, so this module must never see plaintext personal
//! data, and it must never "repair" a damaged file by recreating it.

pub mod schema;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OptionalExtension, params};

use crate::error::Result;
use crate::vault::KeySlot;

/// The database file's name inside a data directory.
pub const DB_FILE: &str = "waymark.db";

/// An open profile database.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Opens (creating if needed) the database in `data_dir` and migrates it.
    pub fn open(data_dir: &Path) -> Result<Self> {
        create_private_dir(data_dir)?;
        let path = data_dir.join(DB_FILE);
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
        schema::migrate(&mut conn)?;
        Ok(Store { conn, path })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The primary key slot, if the profile has been set up.
    pub fn key_slot(&self) -> Result<Option<KeySlot>> {
        Ok(self
            .conn
            .query_row(
                "SELECT salt, kdf_m_kib, kdf_t, kdf_p, nonce, wrapped_key, checksum
                 FROM keyslot WHERE slot = 0",
                [],
                |r| {
                    Ok(KeySlot {
                        salt: r.get(0)?,
                        m_kib: r.get(1)?,
                        t: r.get(2)?,
                        p: r.get(3)?,
                        nonce: r.get(4)?,
                        wrapped_key: r.get(5)?,
                        checksum: r.get(6)?,
                    })
                },
            )
            .optional()?)
    }

    /// Writes a brand-new profile: key slot, canary and first settings, all
    /// in one transaction so a crash never leaves half a profile.
    pub fn create_profile(&mut self, slot: &KeySlot, canary: &[u8], settings: &[u8]) -> Result<()> {
        let tx = self.conn.transaction()?;
        put_key_slot(&tx, slot)?;
        tx.execute("INSERT INTO canary (id, sealed) VALUES (1, ?1)", [canary])?;
        tx.execute(
            "INSERT INTO settings (id, sealed) VALUES (1, ?1)",
            [settings],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Replaces the primary key slot (PIN change).
    pub fn replace_key_slot(&mut self, slot: &KeySlot) -> Result<()> {
        let tx = self.conn.transaction()?;
        put_key_slot(&tx, slot)?;
        tx.commit()?;
        Ok(())
    }

    pub fn canary(&self) -> Result<Option<Vec<u8>>> {
        self.single_blob("SELECT sealed FROM canary WHERE id = 1")
    }

    pub fn settings(&self) -> Result<Option<Vec<u8>>> {
        self.single_blob("SELECT sealed FROM settings WHERE id = 1")
    }

    pub fn put_settings(&mut self, sealed: &[u8]) -> Result<()> {
        self.conn.execute(
            "INSERT INTO settings (id, sealed) VALUES (1, ?1)
             ON CONFLICT (id) DO UPDATE SET sealed = excluded.sealed",
            [sealed],
        )?;
        Ok(())
    }

    fn single_blob(&self, sql: &str) -> Result<Option<Vec<u8>>> {
        Ok(self.conn.query_row(sql, [], |r| r.get(0)).optional()?)
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

fn put_key_slot(conn: &Connection, slot: &KeySlot) -> Result<()> {
    conn.execute(
        "INSERT INTO keyslot (slot, salt, kdf_m_kib, kdf_t, kdf_p, nonce, wrapped_key, checksum)
         VALUES (0, ?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (slot) DO UPDATE SET salt = excluded.salt, kdf_m_kib = excluded.kdf_m_kib,
             kdf_t = excluded.kdf_t, kdf_p = excluded.kdf_p, nonce = excluded.nonce,
             wrapped_key = excluded.wrapped_key, checksum = excluded.checksum",
        params![
            slot.salt,
            slot.m_kib,
            slot.t,
            slot.p,
            slot.nonce,
            slot.wrapped_key,
            slot.checksum
        ],
    )?;
    Ok(())
}
