//! The profile database's schema and its forward migrations.
//!
//! # Schema (version 3)
//!
//! The database file is `<data dir>/waymark.db` (SQLite, WAL journal, with
//! `secure_delete` on so freed pages are zeroed). `PRAGMA user_version`
//! holds the schema version below; [`migrate`] moves an older file forward
//! one step at a time and refuses a newer one.
//!
//! Two profiles share the file: 0 is the real one, 1 the decoy opened by the
//! duress PIN. `profile` columns say which; every `sealed` column is a
//! [`crate::vault::seal`] blob whose associated data binds the table, the
//! row id (the profile for one-row-per-profile tables) and the record's
//! layout version; which type goes in which table is listed once, in
//! [`crate::record`]. This module must never edit a published migration.
//!
//! | table | columns | holds |
//! |---|---|---|
//! | `kdf` | `id` = 1, `salt` BLOB(16), `m_kib`, `t`, `p` INTEGER, `checksum` BLOB(32) | the one salt and Argon2id parameters; `checksum` (SHA-256) tells damage from a wrong PIN |
//! | `keyslot` | `slot` 0 or 1, `nonce` BLOB(12), `wrapped` BLOB(49), `checksum` BLOB(32) | each profile's data key + flags byte, wrapped under its PIN; slot 1 is random filler while no duress PIN is set |
//! | `device_guard` | `id` = 1, `sealed` BLOB | wrong-PIN counter, erase-after-N and disguise, sealed with the device key (platform secret only) so it is readable while locked |
//! | `canary` | `profile` PK, `sealed` BLOB | a fixed value sealed with the profile's key |
//! | `settings` | `profile` PK, `sealed` BLOB | the profile's settings as sealed JSON ([`crate::settings::Settings`]) |
//! | `progress` | `profile` PK, `sealed` BLOB | quiz answers, checked checklist items and the chosen route ([`crate::content::Progress`]) |
//! | `contacts` | `id` PK (random), `profile`, `sealed` BLOB | emergency contacts ([`crate::contacts::Contact`]) |
//! | `sos_history` | `id` PK (random), `profile`, `sealed` BLOB | SOS events ([`crate::sos::SosEvent`]) |
//! | `conversations` | `id` PK (random), `profile`, `sealed` BLOB | quiet-contact conversations with their reply key and mailbox capability ([`crate::quiet::StoredConversation`]) |
//! | `messages` | `id` PK (random), `profile`, `conversation`, `ord`, `sealed` BLOB | messages sent and replies received ([`crate::quiet::StoredMessage`]); `conversation` (the conversation's random row id) and `ord` (its local order) are clear so a screen reads one page through the index `messages_by_conversation` instead of opening every message; NULL until the first unlock after version 3 fills them in |
//!
//! Sealed with the *device key* (readable while locked, so the sync engine
//! can deliver while the app is closed, but useless without the platform
//! secret); none has a `profile` column, so the file does not say which
//! profile a queued message belongs to:
//!
//! | table | columns | holds |
//! |---|---|---|
//! | `outbox` | `id` PK (random), `state`, `attempts`, `next_at`, `queued`, `owner`, `sealed` | sealed envelopes waiting for or past delivery ([`crate::sync::OutboxItem`]); `queued` is the enqueue order (delivery goes oldest first), `owner` an 8-byte keyed tag ([`crate::vault::OwnerTags`]) only the owning profile can recognise |
//! | `mailboxes` | `id` PK (random), `sealed` | reply mailbox capabilities and read positions |
//! | `inbox` | `id` PK (random), `sealed` | reply envelopes fetched but not yet opened (they open at the next unlock) |
//! | `sync_state` | `id` = 1, `not_before`, `window_start`, `window_requests`, `pack_checked`, `waiting` | the engine's server-requested pause, request window and last pack check, and the number of outbox rows pending or in flight, kept by triggers (no personal data) |
//!
//! Indexes: `outbox_by_state (state, next_at, queued, owner)` (the planner's
//! batch, the status poll and the owner count read it alone),
//! `outbox_by_queued (queued)` (the next enqueue position),
//! `messages_by_conversation (profile, conversation, ord)` (a page of one
//! conversation).

use rusqlite::Connection;

use crate::error::{Damaged, Error, Result};

/// Every table of the schema. [`Table::name`] is the one place code names
/// a table: record kinds ([`crate::record`]), writes, reads, the decoy's
/// and the shredder's table lists and `Damaged::Record` all take it from
/// here. SQL text stays SQL (the migrations, frozen, and the store's fixed
/// queries spell names too); a test checks the names here are exactly the
/// schema's tables. A name is bound into every sealed record's associated
/// data ([`crate::vault::Record`]): never change one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Table {
    Kdf,
    Keyslot,
    DeviceGuard,
    Canary,
    Settings,
    Progress,
    Contacts,
    SosHistory,
    Conversations,
    Messages,
    Outbox,
    Mailboxes,
    Inbox,
    SyncState,
}

impl Table {
    /// Every table, in creation order.
    pub const ALL: [Table; 14] = [
        Table::Kdf,
        Table::Keyslot,
        Table::DeviceGuard,
        Table::Canary,
        Table::Settings,
        Table::Progress,
        Table::Contacts,
        Table::SosHistory,
        Table::Conversations,
        Table::Messages,
        Table::Outbox,
        Table::Mailboxes,
        Table::Inbox,
        Table::SyncState,
    ];

    /// The table's SQL name.
    pub const fn name(self) -> &'static str {
        match self {
            Table::Kdf => "kdf",
            Table::Keyslot => "keyslot",
            Table::DeviceGuard => "device_guard",
            Table::Canary => "canary",
            Table::Settings => "settings",
            Table::Progress => "progress",
            Table::Contacts => "contacts",
            Table::SosHistory => "sos_history",
            Table::Conversations => "conversations",
            Table::Messages => "messages",
            Table::Outbox => "outbox",
            Table::Mailboxes => "mailboxes",
            Table::Inbox => "inbox",
            Table::SyncState => "sync_state",
        }
    }

    /// Whether rows carry a `profile` column (and go with their profile).
    pub const fn per_profile(self) -> bool {
        matches!(
            self,
            Table::Canary
                | Table::Settings
                | Table::Progress
                | Table::Contacts
                | Table::SosHistory
                | Table::Conversations
                | Table::Messages
        )
    }

    /// Whether rows are keyed by `profile` alone (one row per profile);
    /// the other per-profile tables hold a list of rows with random ids.
    pub const fn one_per_profile(self) -> bool {
        matches!(self, Table::Canary | Table::Settings | Table::Progress)
    }
}

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = 3;

/// Forward migrations; `MIGRATIONS[i]` moves a database from version `i`
/// to `i + 1`. Append only: never edit a published step.
const MIGRATIONS: &[&str] = &[
    // 0 -> 1: the encrypted profile with its decoy, contacts and SOS.
    "CREATE TABLE kdf (
        id       INTEGER PRIMARY KEY CHECK (id = 1),
        salt     BLOB NOT NULL,
        m_kib    INTEGER NOT NULL,
        t        INTEGER NOT NULL,
        p        INTEGER NOT NULL,
        checksum BLOB NOT NULL
    );
    CREATE TABLE keyslot (
        slot     INTEGER PRIMARY KEY CHECK (slot IN (0, 1)),
        nonce    BLOB NOT NULL,
        wrapped  BLOB NOT NULL,
        checksum BLOB NOT NULL
    );
    CREATE TABLE device_guard (
        id     INTEGER PRIMARY KEY CHECK (id = 1),
        sealed BLOB NOT NULL
    );
    CREATE TABLE canary (
        profile INTEGER PRIMARY KEY CHECK (profile IN (0, 1)),
        sealed  BLOB NOT NULL
    );
    CREATE TABLE settings (
        profile INTEGER PRIMARY KEY CHECK (profile IN (0, 1)),
        sealed  BLOB NOT NULL
    );
    CREATE TABLE progress (
        profile INTEGER PRIMARY KEY CHECK (profile IN (0, 1)),
        sealed  BLOB NOT NULL
    );
    CREATE TABLE contacts (
        id      INTEGER PRIMARY KEY,
        profile INTEGER NOT NULL CHECK (profile IN (0, 1)),
        sealed  BLOB NOT NULL
    );
    CREATE TABLE sos_history (
        id      INTEGER PRIMARY KEY,
        profile INTEGER NOT NULL CHECK (profile IN (0, 1)),
        sealed  BLOB NOT NULL
    );",
    // 1 -> 2: quiet contact — conversations, messages, the outbox and the
    // sync engine's state.
    "CREATE TABLE conversations (
        id      INTEGER PRIMARY KEY,
        profile INTEGER NOT NULL CHECK (profile IN (0, 1)),
        sealed  BLOB NOT NULL
    );
    CREATE TABLE messages (
        id      INTEGER PRIMARY KEY,
        profile INTEGER NOT NULL CHECK (profile IN (0, 1)),
        sealed  BLOB NOT NULL
    );
    CREATE TABLE outbox (
        id       INTEGER PRIMARY KEY,
        state    TEXT NOT NULL CHECK (state IN ('pending', 'inflight', 'sent', 'delivered', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_at  INTEGER NOT NULL DEFAULT 0,
        sealed   BLOB NOT NULL
    );
    CREATE INDEX outbox_by_state ON outbox (state, next_at);
    CREATE TABLE mailboxes (
        id     INTEGER PRIMARY KEY,
        sealed BLOB NOT NULL
    );
    CREATE TABLE inbox (
        id     INTEGER PRIMARY KEY,
        sealed BLOB NOT NULL
    );
    CREATE TABLE sync_state (
        id              INTEGER PRIMARY KEY CHECK (id = 1),
        not_before      INTEGER NOT NULL DEFAULT 0,
        window_start    INTEGER NOT NULL DEFAULT 0,
        window_requests INTEGER NOT NULL DEFAULT 0,
        pack_checked    INTEGER NOT NULL DEFAULT 0
    );",
    // 2 -> 3: read only what a screen or a batch needs. Clear, non-personal
    // columns: a message's conversation row and local order (a page is an
    // index range), an outbox row's enqueue order (delivery in order, a
    // batch is an index range) and its owner tag (random bytes until the
    // owning profile's next unlock tags it), and a trigger-kept count of
    // waiting rows (enqueue checks the quota without counting).
    "ALTER TABLE messages ADD COLUMN conversation INTEGER;
    ALTER TABLE messages ADD COLUMN ord INTEGER;
    CREATE INDEX messages_by_conversation ON messages (profile, conversation, ord);
    ALTER TABLE outbox ADD COLUMN queued INTEGER;
    ALTER TABLE outbox ADD COLUMN owner BLOB;
    UPDATE outbox SET owner = randomblob(8), queued = ranked.n
        FROM (SELECT id, row_number() OVER (ORDER BY next_at, id) AS n FROM outbox) AS ranked
        WHERE outbox.id = ranked.id;
    DROP INDEX outbox_by_state;
    CREATE INDEX outbox_by_state ON outbox (state, next_at, queued, owner);
    CREATE INDEX outbox_by_queued ON outbox (queued);
    ALTER TABLE sync_state ADD COLUMN waiting INTEGER NOT NULL DEFAULT 0;
    INSERT OR IGNORE INTO sync_state (id) VALUES (1);
    UPDATE sync_state SET waiting =
        (SELECT count(*) FROM outbox WHERE state IN ('pending', 'inflight'));
    CREATE TRIGGER outbox_waiting_insert AFTER INSERT ON outbox
        WHEN NEW.state IN ('pending', 'inflight')
        BEGIN UPDATE sync_state SET waiting = waiting + 1 WHERE id = 1; END;
    CREATE TRIGGER outbox_waiting_delete AFTER DELETE ON outbox
        WHEN OLD.state IN ('pending', 'inflight')
        BEGIN UPDATE sync_state SET waiting = waiting - 1 WHERE id = 1; END;
    CREATE TRIGGER outbox_waiting_update AFTER UPDATE OF state ON outbox
        WHEN (OLD.state IN ('pending', 'inflight')) <> (NEW.state IN ('pending', 'inflight'))
        BEGIN UPDATE sync_state
            SET waiting = waiting + (CASE WHEN NEW.state IN ('pending', 'inflight') THEN 1 ELSE -1 END)
            WHERE id = 1; END;",
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
    fn the_table_names_in_code_are_the_schema_s_tables() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn).unwrap();
        let mut stmt = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .unwrap();
        let in_schema: Vec<String> = stmt
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        let mut in_code: Vec<&str> = Table::ALL.iter().map(|t| t.name()).collect();
        in_code.sort_unstable();
        assert_eq!(in_schema, in_code);
        for table in Table::ALL {
            let has_profile: bool = conn
                .query_row(
                    "SELECT count(*) > 0 FROM pragma_table_info(?1) WHERE name = 'profile'",
                    [table.name()],
                    |r| r.get(0),
                )
                .unwrap();
            assert_eq!(has_profile, table.per_profile(), "{table:?}");
        }
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
