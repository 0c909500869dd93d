//! Why a `waymark-server` command failed (a module of the binary, not of
//! the library): one [`Failure`] variant per failure, each with the message
//! the operator reads, and one place ([`Failure::kind`]) that classifies it
//! into the stable code and exit status of docs/protocol.md ("Operator
//! commands: failures"). It must never put message text, reply text or key material
//! in a message: only paths, ids, counts and the underlying error.

use std::path::PathBuf;

use waymark_protocol::envelope::EnvelopeError;
use waymark_protocol::message::MessageError;
use waymark_server::{RelayError, StoreError};

/// What kind of failure it was: the stable `code` in `--json` output and
/// the exit status, the same numbers as the `waymark` command's table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A bug or an environment that cannot run at all.
    Internal,
    /// The command line was not accepted.
    Usage,
    /// The key does not open what it should.
    WrongKey,
    /// Input the operator can correct.
    InvalidInput,
    /// The database is in the wrong state for this command.
    WrongState,
    /// The disk or the database failed.
    Storage,
    /// No such file, envelope or route.
    NotFound,
    /// The pack was refused; nothing changed.
    PackRefused,
    /// The network: the address to listen on.
    Network,
}

impl Kind {
    pub fn code(self) -> &'static str {
        match self {
            Kind::Internal => "internal",
            Kind::Usage => "usage",
            Kind::WrongKey => "wrong_key",
            Kind::InvalidInput => "invalid_input",
            Kind::WrongState => "wrong_state",
            Kind::Storage => "storage",
            Kind::NotFound => "not_found",
            Kind::PackRefused => "pack_refused",
            Kind::Network => "network",
        }
    }

    pub fn exit_status(self) -> u8 {
        match self {
            Kind::Internal => 1,
            Kind::Usage => 2,
            Kind::WrongKey => 3,
            Kind::InvalidInput => 4,
            Kind::WrongState => 5,
            Kind::Storage => 7,
            Kind::NotFound => 10,
            Kind::PackRefused => 11,
            Kind::Network => 12,
        }
    }

    /// A database failure: a missing file or a wrong `--db` is the
    /// operator's to correct, the rest is storage.
    fn of_store(e: &StoreError) -> Kind {
        match e {
            StoreError::Missing(_) => Kind::NotFound,
            StoreError::NotARelay(_) | StoreError::BadUrl(_) => Kind::InvalidInput,
            StoreError::TooNew { .. } => Kind::WrongState,
            StoreError::Group(inner) => Kind::of_store(inner),
            StoreError::Sqlite(_)
            | StoreError::Postgres(_)
            | StoreError::Task
            | StoreError::Thread(_) => Kind::Storage,
        }
    }

    fn of_io(e: &std::io::Error) -> Kind {
        match e.kind() {
            std::io::ErrorKind::NotFound => Kind::NotFound,
            std::io::ErrorKind::InvalidData => Kind::InvalidInput,
            _ => Kind::Storage,
        }
    }
}

/// Why one stored envelope does not open with the operator's key: listed
/// by `inbox` beside the envelope, and the reason of
/// [`Failure::EnvelopeKey`].
#[derive(Debug, thiserror::Error)]
pub enum Unopened {
    #[error(transparent)]
    Envelope(#[from] EnvelopeError),
    #[error(transparent)]
    Message(#[from] MessageError),
}

/// Why a command failed.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    #[error("cannot start the runtime: {0}")]
    Runtime(std::io::Error),
    #[error("cannot write the output: {0}")]
    Output(std::io::Error),

    // The database.
    #[error("{source}: check --db (`waymark-server serve --db {db}` makes a new one)")]
    MissingDatabase { source: StoreError, db: String },
    #[error("{0}: check --db")]
    NotARelay(StoreError),
    #[error("cannot open the database: {0}")]
    OpenDatabase(StoreError),
    #[error("cannot read the inbox: {0}")]
    ReadInbox(StoreError),

    // `serve`.
    #[error("cannot open the database: {0}")]
    Start(RelayError),
    #[error("cannot listen on {addr}: {source}")]
    Listen {
        addr: std::net::SocketAddr,
        source: std::io::Error,
    },
    #[error("server failed: {0}")]
    Serve(std::io::Error),

    // Keys.
    #[error("cannot read the key file {}: {source}", path.display())]
    ReadKey {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{} is not a hex X25519 key", .0.display())]
    NotAKey(PathBuf),
    #[error("cannot make a key: {0}")]
    MakeKey(String),
    #[error("cannot create {}: {source}", path.display())]
    CreateDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot write {}: {source}", path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },

    // `inbox`.
    #[error(
        "no envelope on this relay is addressed to key id {key_id} (the key in {}); it holds \
         envelopes for key id {others}. Is this the right key?",
        key.display()
    )]
    WrongKey {
        key_id: String,
        key: PathBuf,
        others: String,
    },
    #[error("{unreadable} of {total} envelopes for key id {key_id} did not open with {}", key.display())]
    Unreadable {
        unreadable: usize,
        total: usize,
        key_id: String,
        key: PathBuf,
    },

    // `reply`.
    #[error(
        "--text is refused: reply text on the command line stays in shell history. Pipe it in \
         or type it on stdin (end with Ctrl-D)"
    )]
    TextRefused,
    #[error("{0:?} is not an envelope id (32 hex digits)")]
    NotAnEnvelopeId(String),
    #[error("cannot read the reply from stdin: {0}")]
    ReadStdin(std::io::Error),
    #[error("the reply is empty")]
    EmptyReply,
    #[error("the reply is {len} bytes; at most {max} fit")]
    ReplyTooLong { len: usize, max: usize },
    #[error("cannot read the envelope: {0}")]
    ReadEnvelope(StoreError),
    #[error("no envelope {0} on this relay")]
    NoEnvelope(String),
    #[error("cannot read envelope {to} with this key: {reason}")]
    EnvelopeKey { to: String, reason: Unopened },
    #[error("no message of conversation {0} on this relay carries its reply route yet")]
    NoRoute(String),
    #[error("no randomness for the reply id")]
    NoRandomness,
    #[error("cannot seal the reply: {0}")]
    Seal(EnvelopeError),
    #[error("sealed reply is invalid: {0}")]
    SealedInvalid(EnvelopeError),
    #[error("cannot store the reply: {0}")]
    StoreReply(StoreError),

    // `publish`.
    #[error("cannot read {}: {source}", path.display())]
    ReadPack {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{} is not a pack: {reason}", path.display())]
    NotAPack { path: PathBuf, reason: String },
    #[error("pack version {0} is out of range")]
    PackVersion(u64),
    #[error("cannot store the pack: {0}")]
    StorePack(StoreError),

    // `console-invite`.
    #[error("cannot store the invitation: {0}")]
    StoreInvite(StoreError),
    #[error("pack version {version} is not newer than the published version {newest}")]
    PackNotNewer { version: i64, newest: String },
}

impl Failure {
    /// The one classification of every failure.
    pub fn kind(&self) -> Kind {
        match self {
            Failure::Runtime(_)
            | Failure::MakeKey(_)
            | Failure::NoRandomness
            | Failure::Seal(_)
            | Failure::SealedInvalid(_)
            | Failure::Serve(_) => Kind::Internal,
            Failure::TextRefused => Kind::Usage,
            Failure::WrongKey { .. } | Failure::Unreadable { .. } | Failure::EnvelopeKey { .. } => {
                Kind::WrongKey
            }
            Failure::NotAKey(_)
            | Failure::NotAnEnvelopeId(_)
            | Failure::EmptyReply
            | Failure::ReplyTooLong { .. } => Kind::InvalidInput,
            Failure::NoEnvelope(_) | Failure::NoRoute(_) => Kind::NotFound,
            Failure::NotAPack { .. } | Failure::PackVersion(_) | Failure::PackNotNewer { .. } => {
                Kind::PackRefused
            }
            Failure::Listen { .. } => Kind::Network,
            Failure::MissingDatabase { source: e, .. }
            | Failure::NotARelay(e)
            | Failure::OpenDatabase(e)
            | Failure::ReadInbox(e)
            | Failure::ReadEnvelope(e)
            | Failure::StoreReply(e)
            | Failure::StorePack(e)
            | Failure::StoreInvite(e) => Kind::of_store(e),
            Failure::Start(RelayError::Store(e)) => Kind::of_store(e),
            Failure::Start(RelayError::Io(e)) => Kind::of_io(e),
            Failure::Output(e)
            | Failure::ReadKey { source: e, .. }
            | Failure::CreateDir { source: e, .. }
            | Failure::Write { source: e, .. }
            | Failure::ReadStdin(e)
            | Failure::ReadPack { source: e, .. } => Kind::of_io(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [Kind; 9] = [
        Kind::Internal,
        Kind::Usage,
        Kind::WrongKey,
        Kind::InvalidInput,
        Kind::WrongState,
        Kind::Storage,
        Kind::NotFound,
        Kind::PackRefused,
        Kind::Network,
    ];

    /// The table in docs/protocol.md is the contract: each kind is listed
    /// once, with its own code and status, and the table lists no other.
    #[test]
    fn every_kind_exits_as_documented() {
        let doc = include_str!("../../docs/protocol.md");
        let section = doc
            .split("### Operator commands: failures")
            .nth(1)
            .and_then(|rest| rest.split("\n## ").next())
            .unwrap_or_default();
        let mut listed = std::collections::HashMap::new();
        for line in section.lines() {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            let Some(status) = cells.get(1).and_then(|c| c.parse::<u8>().ok()) else {
                continue;
            };
            if let Some(code) = cells[2].split('`').nth(1) {
                assert!(listed.insert(code.to_string(), status).is_none(), "{code}");
            }
        }
        assert_eq!(listed.len(), ALL.len(), "{listed:?}");
        for kind in ALL {
            assert_eq!(
                listed.get(kind.code()),
                Some(&kind.exit_status()),
                "{kind:?}"
            );
        }
        // Usage is clap's own status for a command line it cannot parse.
        assert_eq!(Kind::Usage.exit_status(), 2);
    }

    #[test]
    fn a_wrong_database_is_the_operators_to_correct() {
        let missing = Failure::MissingDatabase {
            source: StoreError::Missing("relay.db".into()),
            db: "sqlite:relay.db".into(),
        };
        assert_eq!(missing.kind(), Kind::NotFound);
        assert_eq!(
            missing.to_string(),
            "no database file at relay.db: check --db (`waymark-server serve --db \
             sqlite:relay.db` makes a new one)"
        );
        let other = Failure::NotARelay(StoreError::NotARelay("x.db".into()));
        assert_eq!(other.kind(), Kind::InvalidInput);
        assert_eq!(
            other.to_string(),
            "x.db is not a Waymark relay database: check --db"
        );
    }
}
