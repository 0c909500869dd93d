//! The relay's schema as numbered migrations, one list for both back ends
//! with the SQL of each dialect side by side. A database records the last
//! one applied — SQLite in `PRAGMA user_version`, PostgreSQL in the table
//! `schema_migrations (version)` — and opening it applies the newer ones
//! in order, each in its own transaction with its record (PostgreSQL: all
//! under one advisory lock, so relays starting together do not race). A
//! database whose version is newer than this relay knows is refused, not
//! written to.
//!
//! Databases made before migrations were numbered are at version 0 and
//! may already hold any of the tables of migrations 1 and 2 (made with
//! `CREATE … IF NOT EXISTS`, with or without the fetched flag), so those
//! two are written to apply to such a database too. Every later migration
//! runs exactly once and may assume the one before it.
//!
//! To change the schema, append a migration; never edit one that has
//! shipped.

/// One schema change.
pub(crate) struct Migration {
    pub version: i64,
    pub sqlite: Step,
    pub postgres: Step,
}

/// What a migration does in one dialect.
pub(crate) enum Step {
    Sql(&'static str),
    /// `ALTER TABLE table ADD COLUMN column definition` unless the column
    /// exists (SQLite has no `ADD COLUMN IF NOT EXISTS`).
    AddColumn {
        table: &'static str,
        column: &'static str,
        definition: &'static str,
    },
}

pub(crate) const MIGRATIONS: &[Migration] = &[
    // 1: the tables. Envelopes for hotlines and replies in mailboxes in
    // arrival order (`seq`), backups bound to a write token's hash, packs.
    Migration {
        version: 1,
        sqlite: Step::Sql(
            "CREATE TABLE IF NOT EXISTS envelopes (
                seq      INTEGER PRIMARY KEY AUTOINCREMENT,
                id       BLOB NOT NULL UNIQUE,
                key_id   BLOB NOT NULL,
                body     BLOB NOT NULL
            );
            CREATE INDEX IF NOT EXISTS envelopes_by_key ON envelopes (key_id, seq);
            CREATE TABLE IF NOT EXISTS mailbox_envelopes (
                seq         INTEGER PRIMARY KEY AUTOINCREMENT,
                id          BLOB NOT NULL UNIQUE,
                mailbox_id  BLOB NOT NULL,
                body        BLOB NOT NULL
            );
            CREATE INDEX IF NOT EXISTS mailbox_by_id ON mailbox_envelopes (mailbox_id, seq);
            CREATE TABLE IF NOT EXISTS backups (
                id          BLOB PRIMARY KEY,
                token_hash  BLOB NOT NULL,
                blob        BLOB NOT NULL
            );
            CREATE TABLE IF NOT EXISTS packs (
                version  INTEGER PRIMARY KEY,
                bytes    BLOB NOT NULL
            );",
        ),
        postgres: Step::Sql(
            "CREATE TABLE IF NOT EXISTS envelopes (
                seq      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                id       BYTEA NOT NULL UNIQUE,
                key_id   BYTEA NOT NULL,
                body     BYTEA NOT NULL
            );
            CREATE INDEX IF NOT EXISTS envelopes_by_key ON envelopes (key_id, seq);
            CREATE TABLE IF NOT EXISTS mailbox_envelopes (
                seq         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                id          BYTEA NOT NULL UNIQUE,
                mailbox_id  BYTEA NOT NULL,
                body        BYTEA NOT NULL
            );
            CREATE INDEX IF NOT EXISTS mailbox_by_id ON mailbox_envelopes (mailbox_id, seq);
            CREATE TABLE IF NOT EXISTS backups (
                id          BYTEA PRIMARY KEY,
                token_hash  BYTEA NOT NULL,
                blob        BYTEA NOT NULL
            );
            CREATE TABLE IF NOT EXISTS packs (
                version  BIGINT PRIMARY KEY,
                bytes    BYTEA NOT NULL
            );",
        ),
    },
    // 2: the fetched flag (`POST /v1/envelopes/status` answers "fetched"
    // once the operator's inbox returned the envelope).
    Migration {
        version: 2,
        sqlite: Step::AddColumn {
            table: "envelopes",
            column: "fetched",
            definition: "INTEGER NOT NULL DEFAULT 0",
        },
        postgres: Step::Sql(
            "ALTER TABLE envelopes ADD COLUMN IF NOT EXISTS fetched BOOLEAN NOT NULL DEFAULT FALSE",
        ),
    },
];

/// The version a database has once every migration is applied.
pub const LATEST: i64 = 2;

/// Migrations newer than `version`, in order; `None` when the database
/// is newer than this relay.
pub(crate) fn after(version: i64) -> Option<impl Iterator<Item = &'static Migration>> {
    (version <= LATEST).then(|| MIGRATIONS.iter().filter(move |m| m.version > version))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_from_one_without_gaps_up_to_latest() {
        for (i, m) in MIGRATIONS.iter().enumerate() {
            assert_eq!(m.version, i as i64 + 1);
        }
        assert_eq!(MIGRATIONS.last().map(|m| m.version), Some(LATEST));
        assert!(after(LATEST + 1).is_none());
        assert_eq!(after(1).map(|m| m.count()), Some(1));
    }
}
