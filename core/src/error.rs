//! The engine's one error type.
//!
//! Every variant is safe to show and to log: none carries a PIN, a key, a
//! phone number, a name or any other text the person typed. Where the person
//! must be told something, [`Error::l10n_id`] names the Fluent message and
//! [`Error::l10n_args`] its arguments; the UI never sees English from here.

use std::fmt;

/// What is wrong with a PIN or passphrase the person chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinProblem {
    Empty,
    PinTooShort,
    PinTooLong,
    PassphraseTooShort { min: usize },
    PassphraseTooLong { max: usize },
}

/// Which part of the stored profile failed an integrity check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Damaged {
    /// The wrapped data key does not match its checksum.
    KeySlot,
    /// The key unwrapped but does not open the canary: key and data disagree.
    Canary,
    /// One sealed record failed authentication or did not decode.
    Record(&'static str),
    /// The schema is newer than this build or otherwise unusable.
    Schema,
    /// SQLite found the database file itself damaged (a bit-flipped or
    /// truncated page, or a file that is not a database at all).
    Database,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("wrong PIN")]
    WrongPin,
    #[error("unacceptable PIN: {0:?}")]
    InvalidPin(PinProblem),
    #[error("the two PIN entries differ")]
    PinsDiffer,
    #[error("profile is not set up")]
    NotSetUp,
    #[error("profile is already set up")]
    AlreadySetUp,
    #[error("profile is locked")]
    Locked,
    #[error("stored data is damaged: {0:?}")]
    Corrupted(Damaged),
    #[error("platform secret unavailable: {0}")]
    PlatformSecret(&'static str),
    /// The disk or SQLite failed for a reason other than damage (full,
    /// read-only, locked, I/O error). Damage is [`Error::Corrupted`]: see
    /// the `From<rusqlite::Error>` impl.
    #[error("storage error: {0}")]
    Storage(rusqlite::Error),
    #[error("file error: {0}")]
    Io(#[from] std::io::Error),
    #[error("unsupported locale")]
    UnknownLocale,
    #[error("name longer than {max} characters")]
    NameTooLong { max: usize },
    #[error("invalid value for {field}")]
    InvalidInput { field: &'static str },
    #[error("too many wrong PINs; wait {seconds} s")]
    Wait { seconds: u64 },
    #[error("the duress PIN equals the PIN")]
    DuressSameAsPin,
    #[error("contact name is empty")]
    ContactNameEmpty,
    #[error("contact name longer than {max} characters")]
    ContactNameTooLong { max: usize },
    #[error("note longer than {max} characters")]
    NoteTooLong { max: usize },
    #[error("not a phone number")]
    PhoneInvalid,
    #[error("phone number needs a country code")]
    PhoneNeedsCountry,
    #[error("no such contact")]
    ContactNotFound,
    #[error("no trusted contacts")]
    NoTrustedContacts,
    #[error("erase threshold outside {min}..={max}")]
    WipePolicyRange { min: u32, max: u32 },
    #[error("unsupported country")]
    UnknownCountry,
    #[error("no such content item")]
    NotFound,
    #[error("content pack refused: {0:?}")]
    Pack(crate::content::pack::PackProblem),
    #[error("not every question was answered")]
    Unanswered,
    #[error("message is empty")]
    MessageEmpty,
    #[error("message holds control characters")]
    MessageControl,
    #[error("message longer than {max} bytes")]
    MessageTooLong { max: usize },
    #[error("no such conversation")]
    ConversationNotFound,
    #[error("no such hotline for quiet contact")]
    HotlineNotFound,
    #[error("outbox holds {max} messages already")]
    OutboxFull { max: usize },
    #[error("unknown sync task")]
    UnknownSyncTask,
    #[error("relay address must be https (http only on this machine)")]
    RelayUrl,
    #[error("relay unreachable")]
    Network,
    #[error("stopped before the relay answered")]
    Cancelled,
    #[error("relay answered {status}")]
    Relay { status: u16 },
    /// The relay's answer was longer than its endpoint allows; it was not
    /// read, and nothing was changed.
    #[error("relay answer too large")]
    RelayTooLarge,
    #[error("not a recovery code")]
    RecoveryCodeInvalid,
    #[error("the recovery code does not open this backup")]
    RecoveryCodeWrong,
    #[error("no backup for this recovery code")]
    BackupNotFound,
    #[error("restore needs a profile without contacts or conversations")]
    RestoreNeedsEmptyProfile,
    #[error("internal error: {0}")]
    Internal(&'static str),
}

impl From<rusqlite::Error> for Error {
    /// The one place that tells damage from failure: SQLite reports a
    /// damaged page or a file that is not a database with its own codes,
    /// and a value of another type than the schema's (a NULL where a blob
    /// was written) can only come from a damaged row; these become
    /// [`Damaged::Database`]. Everything else (disk full, I/O, busy) stays
    /// [`Error::Storage`].
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode::{DatabaseCorrupt, NotADatabase};
        match (&e, e.sqlite_error_code()) {
            (_, Some(DatabaseCorrupt | NotADatabase))
            | (
                rusqlite::Error::InvalidColumnType(..)
                | rusqlite::Error::FromSqlConversionFailure(..)
                | rusqlite::Error::IntegralValueOutOfRange(..),
                _,
            ) => Error::Corrupted(Damaged::Database),
            _ => Error::Storage(e),
        }
    }
}

/// A Fluent argument value attached to an error message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArgValue {
    Number(i64),
    Text(String),
}

impl fmt::Display for ArgValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ArgValue::Number(n) => write!(f, "{n}"),
            ArgValue::Text(t) => f.write_str(t),
        }
    }
}

impl Error {
    /// Stable machine-readable code, used by the CLI's `--json` errors and
    /// in tests. Never change a published code; add new ones.
    pub fn code(&self) -> &'static str {
        match self {
            Error::WrongPin => "wrong_pin",
            Error::InvalidPin(_) | Error::PinsDiffer => "invalid_pin",
            Error::NotSetUp => "not_set_up",
            Error::AlreadySetUp => "already_set_up",
            Error::Locked => "locked",
            Error::Corrupted(_) => "corrupted",
            Error::PlatformSecret(_) => "platform_secret",
            Error::Storage(_) | Error::Io(_) => "storage",
            Error::UnknownLocale => "unknown_locale",
            Error::NameTooLong { .. } | Error::InvalidInput { .. } => "invalid_input",
            Error::Wait { .. } => "too_many_attempts",
            Error::DuressSameAsPin => "invalid_pin",
            Error::ContactNameEmpty
            | Error::ContactNameTooLong { .. }
            | Error::NoteTooLong { .. }
            | Error::PhoneInvalid
            | Error::PhoneNeedsCountry
            | Error::WipePolicyRange { .. }
            | Error::UnknownCountry => "invalid_input",
            Error::ContactNotFound | Error::NotFound => "not_found",
            Error::Unanswered => "invalid_input",
            Error::Pack(p) => match p {
                crate::content::pack::PackProblem::Malformed => "pack_malformed",
                crate::content::pack::PackProblem::Untrusted => "pack_untrusted",
                crate::content::pack::PackProblem::BadSignature => "pack_bad_signature",
                crate::content::pack::PackProblem::NotNewer { .. } => "pack_not_newer",
                crate::content::pack::PackProblem::Invalid => "pack_invalid",
            },
            Error::NoTrustedContacts => "no_trusted_contacts",
            Error::MessageEmpty
            | Error::MessageControl
            | Error::MessageTooLong { .. }
            | Error::RelayUrl
            | Error::RecoveryCodeInvalid => "invalid_input",
            Error::ConversationNotFound | Error::HotlineNotFound => "not_found",
            // The backup's address derives from the code, so the relay
            // cannot tell a mistyped code from one it never stored: both
            // are a code that matches no backup (docs/cli.md).
            Error::BackupNotFound => "wrong_recovery_code",
            Error::OutboxFull { .. } => "outbox_full",
            Error::UnknownSyncTask => "unknown_task",
            Error::Network => "network",
            Error::Cancelled => "cancelled",
            Error::Relay { .. } => "relay_refused",
            Error::RelayTooLarge => "relay_too_large",
            Error::RecoveryCodeWrong => "wrong_recovery_code",
            Error::RestoreNeedsEmptyProfile => "restore_not_empty",
            Error::Internal(_) => "internal",
        }
    }

    /// The Fluent message id that explains this error to the person.
    pub fn l10n_id(&self) -> &'static str {
        match self {
            Error::WrongPin => "error-wrong-pin",
            Error::InvalidPin(p) => match p {
                PinProblem::Empty => "error-pin-empty",
                PinProblem::PinTooShort => "error-pin-too-short",
                PinProblem::PinTooLong => "error-pin-too-long",
                PinProblem::PassphraseTooShort { .. } => "error-passphrase-too-short",
                PinProblem::PassphraseTooLong { .. } => "error-passphrase-too-long",
            },
            Error::PinsDiffer => "error-pins-differ",
            Error::NotSetUp => "error-not-set-up",
            Error::AlreadySetUp => "error-already-set-up",
            Error::Locked => "error-locked",
            Error::Corrupted(_) => "error-corrupted",
            Error::PlatformSecret(_) => "error-platform-secret",
            Error::Storage(_) | Error::Io(_) => "error-storage",
            Error::UnknownLocale => "error-unknown-language",
            Error::NameTooLong { .. } => "error-name-too-long",
            Error::InvalidInput { .. } => "error-invalid-input",
            Error::Wait { seconds } if *seconds >= 120 => "error-wait-minutes",
            Error::Wait { .. } => "error-wait",
            Error::DuressSameAsPin => "error-duress-same-as-pin",
            Error::ContactNameEmpty => "error-contact-name-empty",
            Error::ContactNameTooLong { .. } => "error-contact-name-too-long",
            Error::NoteTooLong { .. } => "error-note-too-long",
            Error::PhoneInvalid => "error-phone-invalid",
            Error::PhoneNeedsCountry => "error-phone-needs-country",
            Error::ContactNotFound => "error-contact-not-found",
            Error::NotFound => "error-invalid-input",
            Error::Unanswered => "redflags-unanswered",
            Error::Pack(p) => match p {
                crate::content::pack::PackProblem::Malformed => "error-pack-malformed",
                crate::content::pack::PackProblem::Untrusted => "error-pack-untrusted",
                crate::content::pack::PackProblem::BadSignature => "error-pack-bad-signature",
                crate::content::pack::PackProblem::NotNewer { .. } => "error-pack-not-newer",
                crate::content::pack::PackProblem::Invalid => "error-pack-invalid",
            },
            Error::NoTrustedContacts => "error-no-trusted-contacts",
            Error::WipePolicyRange { .. } => "error-wipe-policy-range",
            Error::UnknownCountry => "error-unknown-country",
            Error::MessageEmpty => "error-message-empty",
            Error::MessageControl => "error-message-control",
            Error::MessageTooLong { .. } => "error-message-too-long",
            Error::ConversationNotFound => "error-conversation-not-found",
            Error::HotlineNotFound => "error-hotline-not-found",
            Error::OutboxFull { .. } => "error-outbox-full",
            Error::UnknownSyncTask => "error-internal",
            Error::RelayUrl => "error-relay-url",
            Error::Network => "error-network",
            Error::Cancelled => "error-cancelled",
            Error::Relay { .. } => "error-relay-refused",
            Error::RelayTooLarge => "error-relay-too-large",
            Error::RecoveryCodeInvalid => "error-recovery-code-invalid",
            Error::RecoveryCodeWrong => "error-recovery-code-wrong",
            Error::BackupNotFound => "error-backup-not-found",
            Error::RestoreNeedsEmptyProfile => "error-restore-not-empty",
            Error::Internal(_) => "error-internal",
        }
    }

    /// Arguments for [`Error::l10n_id`]'s message.
    pub fn l10n_args(&self) -> Vec<(&'static str, ArgValue)> {
        let n = |v: usize| ArgValue::Number(i64::try_from(v).unwrap_or(i64::MAX));
        match self {
            Error::InvalidPin(PinProblem::PassphraseTooShort { min }) => vec![("min", n(*min))],
            Error::InvalidPin(PinProblem::PassphraseTooLong { max }) => vec![("max", n(*max))],
            Error::NameTooLong { max }
            | Error::ContactNameTooLong { max }
            | Error::NoteTooLong { max }
            | Error::MessageTooLong { max }
            | Error::OutboxFull { max } => vec![("max", n(*max))],
            Error::Wait { seconds } if *seconds >= 120 => {
                vec![("minutes", n(seconds.div_ceil(60) as usize))]
            }
            Error::Wait { seconds } => vec![("seconds", n(*seconds as usize))],
            Error::Pack(crate::content::pack::PackProblem::NotNewer { current }) => {
                vec![(
                    "version",
                    ArgValue::Number(i64::try_from(*current).unwrap_or(i64::MAX)),
                )]
            }
            Error::WipePolicyRange { min, max } => {
                vec![("min", n(*min as usize)), ("max", n(*max as usize))]
            }
            _ => Vec::new(),
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_carry_no_user_input() {
        // The only free-form payloads are static strings chosen by the code.
        let e = Error::InvalidInput {
            field: "display_name",
        };
        assert_eq!(e.to_string(), "invalid value for display_name");
        assert_eq!(e.code(), "invalid_input");
    }

    #[test]
    fn passphrase_limits_reach_the_message_arguments() {
        let e = Error::InvalidPin(PinProblem::PassphraseTooShort { min: 8 });
        assert_eq!(e.l10n_id(), "error-passphrase-too-short");
        assert_eq!(e.l10n_args(), vec![("min", ArgValue::Number(8))]);
    }
}
