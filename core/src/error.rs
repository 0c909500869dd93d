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
    /// The platform's key store no longer holds the key that protects the
    /// device secret (Keystore key deleted, phone reset): nothing stored
    /// can be opened again. Says nothing about which profile was there.
    #[error("platform secret lost")]
    PlatformSecretLost,
    /// The disk or SQLite failed for a reason other than damage (full,
    /// read-only, locked, I/O error). Damage is [`Error::Corrupted`]: see
    /// the `From<rusqlite::Error>` impl.
    #[error("storage error: {0}")]
    Storage(rusqlite::Error),
    #[error("file error: {0}")]
    Io(#[from] std::io::Error),
    /// A file the person named (a content pack to install) is not there.
    #[error("no file at the path given")]
    FileNotFound,
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
    /// What kind of failure this is: its stable code, exit status and
    /// the variant the bindings show all follow from the kind.
    pub fn kind(&self) -> ErrorKind {
        use crate::content::pack::PackProblem;
        match self {
            Error::WrongPin => ErrorKind::WrongPin,
            Error::InvalidPin(_) | Error::PinsDiffer | Error::DuressSameAsPin => {
                ErrorKind::InvalidPin
            }
            Error::NotSetUp => ErrorKind::NotSetUp,
            Error::AlreadySetUp => ErrorKind::AlreadySetUp,
            Error::Locked => ErrorKind::Locked,
            Error::Corrupted(_) => ErrorKind::Corrupted,
            Error::PlatformSecret(_) => ErrorKind::PlatformSecret,
            Error::PlatformSecretLost => ErrorKind::PlatformSecretLost,
            Error::Storage(_) | Error::Io(_) => ErrorKind::Storage,
            Error::UnknownLocale => ErrorKind::UnknownLocale,
            Error::Wait { .. } => ErrorKind::TooManyAttempts,
            Error::NameTooLong { .. }
            | Error::InvalidInput { .. }
            | Error::ContactNameEmpty
            | Error::ContactNameTooLong { .. }
            | Error::NoteTooLong { .. }
            | Error::PhoneInvalid
            | Error::PhoneNeedsCountry
            | Error::WipePolicyRange { .. }
            | Error::UnknownCountry
            | Error::Unanswered
            | Error::MessageEmpty
            | Error::MessageControl
            | Error::MessageTooLong { .. }
            | Error::RelayUrl
            | Error::RecoveryCodeInvalid => ErrorKind::InvalidInput,
            Error::ContactNotFound
            | Error::NotFound
            | Error::ConversationNotFound
            | Error::HotlineNotFound
            | Error::FileNotFound => ErrorKind::NotFound,
            Error::Pack(p) => match p {
                PackProblem::Malformed => ErrorKind::PackMalformed,
                PackProblem::Untrusted => ErrorKind::PackUntrusted,
                PackProblem::BadSignature => ErrorKind::PackBadSignature,
                PackProblem::NotNewer { .. } => ErrorKind::PackNotNewer,
                PackProblem::Invalid => ErrorKind::PackInvalid,
            },
            Error::NoTrustedContacts => ErrorKind::NoTrustedContacts,
            // The backup's address derives from the code, so the relay
            // cannot tell a mistyped code from one it never stored: both
            // are a code that matches no backup (docs/cli.md).
            Error::BackupNotFound | Error::RecoveryCodeWrong => ErrorKind::WrongRecoveryCode,
            Error::OutboxFull { .. } => ErrorKind::OutboxFull,
            Error::UnknownSyncTask => ErrorKind::UnknownTask,
            Error::Network => ErrorKind::Network,
            Error::Cancelled => ErrorKind::Cancelled,
            Error::Relay { .. } => ErrorKind::RelayRefused,
            Error::RelayTooLarge => ErrorKind::RelayTooLarge,
            Error::RestoreNeedsEmptyProfile => ErrorKind::RestoreNotEmpty,
            Error::Internal(_) => ErrorKind::Internal,
        }
    }

    /// Stable machine-readable code (the kind's).
    pub fn code(&self) -> &'static str {
        self.kind().code()
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
            Error::PlatformSecretLost => "error-platform-secret-lost",
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
            Error::FileNotFound => "error-file-not-found",
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

/// The one classification of failures. Each kind has a stable code (the
/// CLI's `--json` errors, the bindings' `code`), an exit status (the CLI's
/// contract, docs/cli.md) and a family (which `ApiError` variant the
/// bindings raise); a new kind must name all three here, so no surface can
/// fall back to a default. Some kinds arise only outside the core (`usage`,
/// `pin_missing`, `confirmation_required`, `l10n_incomplete` in the CLI).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    WrongPin,
    WrongRecoveryCode,
    InvalidPin,
    InvalidInput,
    UnknownLocale,
    PinMissing,
    Usage,
    ConfirmationRequired,
    NotSetUp,
    AlreadySetUp,
    Locked,
    NoTrustedContacts,
    OutboxFull,
    RestoreNotEmpty,
    UnknownTask,
    TooManyAttempts,
    NotFound,
    Corrupted,
    Storage,
    PlatformSecret,
    PlatformSecretLost,
    L10nIncomplete,
    PackInvalid,
    PackMalformed,
    PackUntrusted,
    PackBadSignature,
    PackNotNewer,
    Network,
    Cancelled,
    RelayRefused,
    RelayTooLarge,
    Internal,
}

/// Which of the bindings' error variants a kind is raised as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorFamily {
    /// The PIN or passphrase does not open the profile.
    WrongPin,
    /// Input the person can correct.
    InvalidInput,
    /// The action needs another state of the profile.
    WrongState,
    /// Wrong-PIN delay running.
    TooManyAttempts,
    /// Stored data failed an integrity check.
    Corrupted,
    /// The disk or the platform key store failed.
    Storage,
    /// The relay was not reached, refused, or the request was stopped.
    Network,
    /// A bug.
    Internal,
}

impl ErrorKind {
    /// Every kind, for checks that each has a message and a status.
    pub const ALL: [ErrorKind; 32] = [
        ErrorKind::WrongPin,
        ErrorKind::WrongRecoveryCode,
        ErrorKind::InvalidPin,
        ErrorKind::InvalidInput,
        ErrorKind::UnknownLocale,
        ErrorKind::PinMissing,
        ErrorKind::Usage,
        ErrorKind::ConfirmationRequired,
        ErrorKind::NotSetUp,
        ErrorKind::AlreadySetUp,
        ErrorKind::Locked,
        ErrorKind::NoTrustedContacts,
        ErrorKind::OutboxFull,
        ErrorKind::RestoreNotEmpty,
        ErrorKind::UnknownTask,
        ErrorKind::TooManyAttempts,
        ErrorKind::NotFound,
        ErrorKind::Corrupted,
        ErrorKind::Storage,
        ErrorKind::PlatformSecret,
        ErrorKind::PlatformSecretLost,
        ErrorKind::L10nIncomplete,
        ErrorKind::PackInvalid,
        ErrorKind::PackMalformed,
        ErrorKind::PackUntrusted,
        ErrorKind::PackBadSignature,
        ErrorKind::PackNotNewer,
        ErrorKind::Network,
        ErrorKind::Cancelled,
        ErrorKind::RelayRefused,
        ErrorKind::RelayTooLarge,
        ErrorKind::Internal,
    ];

    /// `(code, exit status, family)`: the one table.
    fn row(self) -> (&'static str, u8, ErrorFamily) {
        use ErrorFamily as F;
        match self {
            ErrorKind::Internal => ("internal", 1, F::Internal),
            // Only a platform driver can name a task; from the CLI it is a bug.
            ErrorKind::UnknownTask => ("unknown_task", 1, F::WrongState),
            ErrorKind::Usage => ("usage", 2, F::InvalidInput),
            ErrorKind::ConfirmationRequired => ("confirmation_required", 2, F::InvalidInput),
            ErrorKind::WrongPin => ("wrong_pin", 3, F::WrongPin),
            ErrorKind::WrongRecoveryCode => ("wrong_recovery_code", 3, F::InvalidInput),
            ErrorKind::InvalidPin => ("invalid_pin", 4, F::InvalidInput),
            ErrorKind::InvalidInput => ("invalid_input", 4, F::InvalidInput),
            ErrorKind::UnknownLocale => ("unknown_locale", 4, F::InvalidInput),
            ErrorKind::PinMissing => ("pin_missing", 4, F::InvalidInput),
            ErrorKind::NotSetUp => ("not_set_up", 5, F::WrongState),
            ErrorKind::AlreadySetUp => ("already_set_up", 5, F::WrongState),
            ErrorKind::Locked => ("locked", 5, F::WrongState),
            ErrorKind::NoTrustedContacts => ("no_trusted_contacts", 5, F::WrongState),
            ErrorKind::OutboxFull => ("outbox_full", 5, F::WrongState),
            ErrorKind::RestoreNotEmpty => ("restore_not_empty", 5, F::WrongState),
            ErrorKind::Corrupted => ("corrupted", 6, F::Corrupted),
            ErrorKind::Storage => ("storage", 7, F::Storage),
            ErrorKind::PlatformSecret => ("platform_secret", 7, F::Storage),
            ErrorKind::PlatformSecretLost => ("platform_secret_lost", 7, F::Storage),
            ErrorKind::L10nIncomplete => ("l10n_incomplete", 8, F::InvalidInput),
            ErrorKind::PackInvalid => ("pack_invalid", 8, F::InvalidInput),
            ErrorKind::TooManyAttempts => ("too_many_attempts", 9, F::TooManyAttempts),
            ErrorKind::NotFound => ("not_found", 10, F::InvalidInput),
            ErrorKind::PackMalformed => ("pack_malformed", 11, F::InvalidInput),
            ErrorKind::PackUntrusted => ("pack_untrusted", 11, F::InvalidInput),
            ErrorKind::PackBadSignature => ("pack_bad_signature", 11, F::InvalidInput),
            ErrorKind::PackNotNewer => ("pack_not_newer", 11, F::InvalidInput),
            ErrorKind::Network => ("network", 12, F::Network),
            // Stopped before the relay answered: like no answer, nothing lost.
            ErrorKind::Cancelled => ("cancelled", 12, F::Network),
            ErrorKind::RelayRefused => ("relay_refused", 13, F::Network),
            ErrorKind::RelayTooLarge => ("relay_too_large", 13, F::Network),
        }
    }

    /// Stable machine-readable code. Never change a published code; add
    /// new kinds.
    pub fn code(self) -> &'static str {
        self.row().0
    }

    /// The CLI's exit status (docs/cli.md).
    pub fn exit_status(self) -> u8 {
        self.row().1
    }

    /// The bindings' error variant.
    pub fn family(self) -> ErrorFamily {
        self.row().2
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
    fn every_kind_has_its_own_code_and_a_status() {
        let mut codes: Vec<&str> = ErrorKind::ALL.iter().map(|k| k.code()).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), ErrorKind::ALL.len());
        for kind in ErrorKind::ALL {
            assert!((1..=13).contains(&kind.exit_status()), "{kind:?}");
        }
        // The published contract (docs/cli.md), spot-checked.
        assert_eq!(Error::WrongPin.kind().exit_status(), 3);
        assert_eq!(Error::BackupNotFound.code(), "wrong_recovery_code");
        assert_eq!(Error::Wait { seconds: 5 }.kind().exit_status(), 9);
        assert_eq!(ErrorKind::Usage.exit_status(), 2);
    }

    #[test]
    fn passphrase_limits_reach_the_message_arguments() {
        let e = Error::InvalidPin(PinProblem::PassphraseTooShort { min: 8 });
        assert_eq!(e.l10n_id(), "error-passphrase-too-short");
        assert_eq!(e.l10n_args(), vec![("min", ArgValue::Number(8))]);
    }
}
