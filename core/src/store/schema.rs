//! The profile database's schema and its forward migrations.
//!
//! # Schema (version 1)
//!
//! The database file is `<data dir>/waymark.db` (SQLite, WAL journal, with
//! `secure_delete` on so freed pages are zeroed). `PRAGMA user_version`
//! holds the schema version below; [`migrate`] moves an older file forward
//! one step at a time and refuses a newer one.
//!
//! | table | columns | holds |
//! |---|---|---|
//! | `keyslot` | `slot` INTEGER PK, `salt` BLOB(16), `kdf_m_kib`, `kdf_t`, `kdf_p` INTEGER, `nonce` BLOB(12), `wrapped_key` BLOB(48), `checksum` BLOB(32) | the profile's random data key, wrapped by a key derived from the PIN (Argon2id with the stored parameters) and the platform secret; `checksum` is SHA-256 over the other columns so damage is told apart from a wrong PIN. Slot 0 is the primary PIN. |
//! | `canary` | `id` = 1, `sealed` BLOB | a fixed value sealed with the data key; it proves an unwrapped key belongs to this data |
//! | `settings` | `id` = 1, `sealed` BLOB | the person's settings as sealed JSON ([`crate::settings::Settings`]) |
//!
//! Nothing about the person is ever stored in plaintext: every `sealed`
//! column is a [`crate::vault::seal`] blob whose associated data binds the
//! table name, the row id and the record's layout version.

use rusqlite::Connection;

use crate::error::{Damaged, Error, Result};

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = 1;

/// Forward migrations; `MIGRATIONS[i]` moves a database from version `i`
/// to `i + 1`. Append only: never edit a published step.
const MIGRATIONS: &[&str] = &[
    // 0 -> 1: the encrypted profile.
    "CREATE TABLE keyslot (
        slot        INTEGER PRIMARY KEY,
        salt        BLOB NOT NULL,
        kdf_m_kib   INTEGER NOT NULL,
        kdf_t       INTEGER NOT NULL,
        kdf_p       INTEGER NOT NULL,
        nonce       BLOB NOT NULL,
        wrapped_key BLOB NOT NULL,
        checksum    BLOB NOT NULL
    );
    CREATE TABLE canary (
        id     INTEGER PRIMARY KEY CHECK (id = 1),
        sealed BLOB NOT NULL
    );
    CREATE TABLE settings (
        id     INTEGER PRIMARY KEY CHECK (id = 1),
        sealed BLOB NOT NULL
    );",
];

/// Brings `conn` to [`SCHEMA_VERSION`], each step in its own transaction.
pub fn migrate(conn: &mut Connection) -> Result<()> {
    let current: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if !(0..=SCHEMA_VERSION).contains(&current) {
        return Err(Error::Corrupted(Damaged::Schema));
    }
    for (from, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", from as i64 + 1)?;
        tx.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_reach_the_current_version_and_are_idempotent() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn).unwrap();
        migrate(&mut conn).unwrap();
        let v: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(v, SCHEMA_VERSION);
        assert_eq!(MIGRATIONS.len() as i64, SCHEMA_VERSION);
    }

    #[test]
    fn a_newer_schema_is_refused() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .unwrap();
        assert!(matches!(
            migrate(&mut conn),
            Err(Error::Corrupted(Damaged::Schema))
        ));
    }
}
