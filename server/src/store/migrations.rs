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
    // 3: the hotline console (docs/console.md, "What the relay knows"):
    // operators and their invitations, wrapped hotline keys, the hotline
    // keys the console reads, sessions, conversations (by handle), which
    // envelope belongs to which handle, sealed records, tombstones of what
    // retention deleted, the audit trail, the retention policy, and the
    // fetched flag of mailbox envelopes (a reply's delivery state). No IP
    // address, no plaintext.
    Migration {
        version: 3,
        sqlite: Step::Sql(
            "CREATE TABLE console_operators (
                id          BLOB PRIMARY KEY,
                name        TEXT NOT NULL,
                name_key    TEXT NOT NULL UNIQUE,
                role        TEXT NOT NULL,
                state       TEXT NOT NULL,
                secret      TEXT,
                public_key  BLOB,
                key_blob    BLOB,
                created_at  INTEGER NOT NULL
            );
            CREATE TABLE console_invites (
                token_hash  BLOB PRIMARY KEY,
                role        TEXT NOT NULL,
                expires_at  INTEGER NOT NULL
            );
            CREATE TABLE console_wrapped_keys (
                operator_id BLOB NOT NULL,
                key_id      BLOB NOT NULL,
                wrapped     BLOB NOT NULL,
                PRIMARY KEY (operator_id, key_id)
            );
            CREATE TABLE console_hotline_keys (
                key_id      BLOB PRIMARY KEY,
                public_key  BLOB NOT NULL,
                added_at    INTEGER NOT NULL
            );
            CREATE TABLE console_sessions (
                token_hash  BLOB PRIMARY KEY,
                operator_id BLOB NOT NULL,
                csrf        TEXT NOT NULL,
                expires_at  INTEGER NOT NULL
            );
            CREATE INDEX console_sessions_by_operator ON console_sessions (operator_id);
            CREATE TABLE console_conversations (
                handle            BLOB PRIMARY KEY,
                status            TEXT NOT NULL,
                assignee          BLOB,
                mailbox_id        BLOB,
                tags              BLOB,
                created_at        INTEGER NOT NULL,
                last_activity_at  INTEGER NOT NULL,
                closed_at         INTEGER,
                read_seq          INTEGER NOT NULL DEFAULT 0
            );
            CREATE TABLE console_links (
                envelope_id  BLOB PRIMARY KEY,
                handle       BLOB NOT NULL,
                seq          INTEGER NOT NULL
            );
            CREATE INDEX console_links_by_handle ON console_links (handle, seq);
            CREATE TABLE console_records (
                id                 BLOB PRIMARY KEY,
                kind               INTEGER NOT NULL,
                handle             BLOB,
                author             BLOB,
                body               BLOB NOT NULL,
                created_at         INTEGER NOT NULL,
                updated_at         INTEGER NOT NULL,
                reply_envelope_id  BLOB
            );
            CREATE INDEX console_records_by_handle ON console_records (handle, created_at);
            CREATE TABLE tombstones (
                id  BLOB PRIMARY KEY
            );
            CREATE TABLE console_audit (
                seq       INTEGER PRIMARY KEY AUTOINCREMENT,
                at        INTEGER NOT NULL,
                operator  BLOB,
                action    TEXT NOT NULL,
                handle    BLOB,
                target    BLOB
            );
            CREATE TABLE console_retention (
                id             INTEGER PRIMARY KEY CHECK (id = 1),
                closed_days    INTEGER,
                inactive_days  INTEGER
            );
            ALTER TABLE mailbox_envelopes ADD COLUMN fetched INTEGER NOT NULL DEFAULT 0;",
        ),
        postgres: Step::Sql(
            "CREATE TABLE console_operators (
                id          BYTEA PRIMARY KEY,
                name        TEXT NOT NULL,
                name_key    TEXT NOT NULL UNIQUE,
                role        TEXT NOT NULL,
                state       TEXT NOT NULL,
                secret      TEXT,
                public_key  BYTEA,
                key_blob    BYTEA,
                created_at  BIGINT NOT NULL
            );
            CREATE TABLE console_invites (
                token_hash  BYTEA PRIMARY KEY,
                role        TEXT NOT NULL,
                expires_at  BIGINT NOT NULL
            );
            CREATE TABLE console_wrapped_keys (
                operator_id BYTEA NOT NULL,
                key_id      BYTEA NOT NULL,
                wrapped     BYTEA NOT NULL,
                PRIMARY KEY (operator_id, key_id)
            );
            CREATE TABLE console_hotline_keys (
                key_id      BYTEA PRIMARY KEY,
                public_key  BYTEA NOT NULL,
                added_at    BIGINT NOT NULL
            );
            CREATE TABLE console_sessions (
                token_hash  BYTEA PRIMARY KEY,
                operator_id BYTEA NOT NULL,
                csrf        TEXT NOT NULL,
                expires_at  BIGINT NOT NULL
            );
            CREATE INDEX console_sessions_by_operator ON console_sessions (operator_id);
            CREATE TABLE console_conversations (
                handle            BYTEA PRIMARY KEY,
                status            TEXT NOT NULL,
                assignee          BYTEA,
                mailbox_id        BYTEA,
                tags              BYTEA,
                created_at        BIGINT NOT NULL,
                last_activity_at  BIGINT NOT NULL,
                closed_at         BIGINT,
                read_seq          BIGINT NOT NULL DEFAULT 0
            );
            CREATE TABLE console_links (
                envelope_id  BYTEA PRIMARY KEY,
                handle       BYTEA NOT NULL,
                seq          BIGINT NOT NULL
            );
            CREATE INDEX console_links_by_handle ON console_links (handle, seq);
            CREATE TABLE console_records (
                id                 BYTEA PRIMARY KEY,
                kind               BIGINT NOT NULL,
                handle             BYTEA,
                author             BYTEA,
                body               BYTEA NOT NULL,
                created_at         BIGINT NOT NULL,
                updated_at         BIGINT NOT NULL,
                reply_envelope_id  BYTEA
            );
            CREATE INDEX console_records_by_handle ON console_records (handle, created_at);
            CREATE TABLE tombstones (
                id  BYTEA PRIMARY KEY
            );
            CREATE TABLE console_audit (
                seq       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                at        BIGINT NOT NULL,
                operator  BYTEA,
                action    TEXT NOT NULL,
                handle    BYTEA,
                target    BYTEA
            );
            CREATE TABLE console_retention (
                id             BIGINT PRIMARY KEY CHECK (id = 1),
                closed_days    BIGINT,
                inactive_days  BIGINT
            );
            ALTER TABLE mailbox_envelopes ADD COLUMN fetched BOOLEAN NOT NULL DEFAULT FALSE;",
        ),
    },
];

/// The version a database has once every migration is applied.
pub const LATEST: i64 = 3;

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
        assert_eq!(after(1).map(|m| m.count()), Some(2));
    }
}
