//! The sealed-record layer: one [`Sealed`] impl per kind of sealed record.
//!
//! Owns the list of record kinds — which type is stored in which table,
//! under which layout version — and their encoding (JSON, zeroized once
//! sealed). A record is sealed with [`Sealed::seal`] and opened with
//! [`Sealed::open`], like application-services' `LoginEntry::encrypt` /
//! `EncryptedLogin::decrypt`. The associated data and the AEAD are
//! [`crate::vault`]'s, the table names [`crate::store::schema::Table`]'s,
//! the writes [`crate::store::Write`]'s.
//!
//! This module must never change a kind's table or layout version without
//! a migration (existing profiles would stop opening; the fixtures below
//! fail first), and never put plaintext in an error.
//!
//! | type | table | layout | key |
//! |---|---|---|---|
//! | [`StoredSettings`] | `settings` (row = profile) | 1 | profile |
//! | [`Progress`] | `progress` (row = profile) | 1 | profile |
//! | [`Contact`] | `contacts` | 1 | profile |
//! | [`SosEvent`] | `sos_history` | 1 | profile |
//! | [`StoredConversation`] | `conversations` | 1 | profile |
//! | [`StoredMessage`] | `messages` | 1 | profile |
//! | [`Guard`] | `device_guard` (row = 1) | 1 | device |
//! | [`OutboxItem`] | `outbox` | 1 | device |
//! | [`MailboxRecord`] | `mailboxes` | 1 | device |
//! | [`InboxRecord`] | `inbox` | 1 | device |
//!
//! The canary (`canary`, layout 1) is a fixed value, sealed and checked
//! only inside the vault ([`crate::vault::canary`]).

use serde::Serialize;
use serde::de::DeserializeOwned;
use zeroize::Zeroizing;

use crate::contacts::Contact;
use crate::content::Progress;
use crate::error::{Damaged, Error, Result};
use crate::guard::Guard;
use crate::quiet::{StoredConversation, StoredMessage};
use crate::settings::StoredSettings;
use crate::sos::SosEvent;
use crate::store::schema::Table;
use crate::sync::{InboxRecord, MailboxRecord, OutboxItem};
use crate::vault::{self, DataKey, Record};

/// A kind of sealed record: its table and layout version (bound into the
/// associated data with the row id), and its JSON encoding.
pub trait Sealed: Serialize + DeserializeOwned {
    /// Table and layout version.
    const RECORD: Record;
    /// The table rows of this kind live in.
    const TABLE: Table = Self::RECORD.table;

    /// Seals this record for row `row` of its table.
    fn seal(&self, key: &DataKey, row: i64) -> Result<Vec<u8>> {
        let json =
            Zeroizing::new(serde_json::to_vec(self).map_err(|_| Error::Internal("record encode"))?);
        vault::seal(key, Self::RECORD, row, &json)
    }

    /// Opens row `row`'s blob; [`Sealed::damaged`] if it fails to
    /// authenticate or to decode.
    fn open(key: &DataKey, row: i64, sealed: &[u8]) -> Result<Self> {
        let json = vault::open(key, Self::RECORD, row, sealed)?;
        serde_json::from_slice(&json).map_err(|_| Self::damaged())
    }

    /// The error for a damaged record of this kind.
    fn damaged() -> Error {
        Error::Corrupted(Damaged::Record(Self::TABLE.name()))
    }
}

impl Sealed for StoredSettings {
    const RECORD: Record = Record::new(Table::Settings, 1);
}
impl Sealed for Progress {
    const RECORD: Record = Record::new(Table::Progress, 1);
}
impl Sealed for Contact {
    const RECORD: Record = Record::new(Table::Contacts, 1);
}
impl Sealed for SosEvent {
    const RECORD: Record = Record::new(Table::SosHistory, 1);
}
impl Sealed for StoredConversation {
    const RECORD: Record = Record::new(Table::Conversations, 1);
}
impl Sealed for StoredMessage {
    const RECORD: Record = Record::new(Table::Messages, 1);
}
impl Sealed for Guard {
    const RECORD: Record = Record::new(Table::DeviceGuard, 1);
}
impl Sealed for OutboxItem {
    const RECORD: Record = Record::new(Table::Outbox, 1);
}
impl Sealed for MailboxRecord {
    const RECORD: Record = Record::new(Table::Mailboxes, 1);
}
impl Sealed for InboxRecord {
    const RECORD: Record = Record::new(Table::Inbox, 1);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Blobs sealed by the code before this layer existed (commit e5aebf0,
    /// `vault::seal` with `Record::CONTACT` and the like), with key
    /// `[7; 32]`, nonce `00 01 … 0b`, row 7 and [`PLAINTEXT`]. Only the
    /// tags differ: they authenticate the associated data, so a changed
    /// table name, layout version or associated-data layout fails here.
    const FIXTURES: [(Record, &str); 11] = [
        (
            Record::new(Table::Canary, 1),
            "01000102030405060708090a0b5b14884e0de9c40c711973a7de6e5b1388ae9084955f3cfe22a9233f0d06b64cf267a77c3fef",
        ),
        (
            StoredSettings::RECORD,
            "01000102030405060708090a0b5b14884e0de9c40c711973a7de6e5b1388ae9084955f22efe6c78af9845a9e939acc6dba1139",
        ),
        (
            Progress::RECORD,
            "01000102030405060708090a0b5b14884e0de9c40c711973a7de6e5b1388ae9084955f1b3ffe5995cf7d88a42431414129bed3",
        ),
        (
            Guard::RECORD,
            "01000102030405060708090a0b5b14884e0de9c40c711973a7de6e5b1388ae9084955f12c7ced19409d26ada3982fdfc97a733",
        ),
        (
            Contact::RECORD,
            "01000102030405060708090a0b5b14884e0de9c40c711973a7de6e5b1388ae9084955f08db716ebfdf551193370a20e78b4c75",
        ),
        (
            SosEvent::RECORD,
            "01000102030405060708090a0b5b14884e0de9c40c711973a7de6e5b1388ae9084955fdf77f63b03987f1e191edc372131e995",
        ),
        (
            StoredConversation::RECORD,
            "01000102030405060708090a0b5b14884e0de9c40c711973a7de6e5b1388ae9084955f2b2814c05297cb0790a72661290cb8e5",
        ),
        (
            StoredMessage::RECORD,
            "01000102030405060708090a0b5b14884e0de9c40c711973a7de6e5b1388ae9084955f386828c24936861025425ed7aefdf7bb",
        ),
        (
            OutboxItem::RECORD,
            "01000102030405060708090a0b5b14884e0de9c40c711973a7de6e5b1388ae9084955f02b295369c5dde2909d469dfce6bdb10",
        ),
        (
            MailboxRecord::RECORD,
            "01000102030405060708090a0b5b14884e0de9c40c711973a7de6e5b1388ae9084955f6e1726bae28a5380ed346ef334eb3f3a",
        ),
        (
            InboxRecord::RECORD,
            "01000102030405060708090a0b5b14884e0de9c40c711973a7de6e5b1388ae9084955ffe7a69052173e0a7a63fcb93b6ad3c8a",
        ),
    ];
    const PLAINTEXT: &[u8] = b"waymark format fixture";

    fn unhex(s: &str) -> Vec<u8> {
        (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
            .collect()
    }

    #[test]
    fn every_kind_seals_byte_for_byte_as_before() {
        let key = DataKey::from_bytes([7; 32]);
        let nonce: [u8; 12] = std::array::from_fn(|i| i as u8);
        for (record, hex) in FIXTURES {
            let old = unhex(hex);
            let new = vault::seal_with_nonce(&key, record, 7, nonce, PLAINTEXT).unwrap();
            assert_eq!(new, old, "{record:?}");
            assert_eq!(&*vault::open(&key, record, 7, &old).unwrap(), PLAINTEXT);
        }
        // The fixtures cover each table that holds sealed records once.
        let tables: std::collections::HashSet<Table> =
            FIXTURES.iter().map(|(r, _)| r.table).collect();
        assert_eq!(tables.len(), FIXTURES.len());
    }

    #[test]
    fn the_associated_data_of_each_kind_is_the_documented_string() {
        for (record, table) in [
            (StoredSettings::RECORD, "settings"),
            (Progress::RECORD, "progress"),
            (Guard::RECORD, "device_guard"),
            (Contact::RECORD, "contacts"),
            (SosEvent::RECORD, "sos_history"),
            (StoredConversation::RECORD, "conversations"),
            (StoredMessage::RECORD, "messages"),
            (OutboxItem::RECORD, "outbox"),
            (MailboxRecord::RECORD, "mailboxes"),
            (InboxRecord::RECORD, "inbox"),
        ] {
            assert_eq!(
                record.aad(-42).bytes(),
                format!("waymark/v1/record|table={table}|row=-42|layout=1").as_bytes()
            );
        }
    }

    #[test]
    fn a_record_opens_only_as_its_own_kind_and_row() {
        let key = DataKey::from_bytes([9; 32]);
        let item = OutboxItem::new(b"envelope", &[3; 16]);
        let sealed = item.seal(&key, 5).unwrap();
        let back = OutboxItem::open(&key, 5, &sealed).unwrap();
        assert_eq!(back.envelope_id, item.envelope_id);
        assert!(OutboxItem::open(&key, 6, &sealed).is_err());
        assert!(matches!(
            InboxRecord::open(&key, 5, &sealed),
            Err(Error::Corrupted(Damaged::Record("inbox")))
        ));
        // Authentic but not this layout's JSON: damaged, never a panic.
        let wrong = vault::seal(&key, Contact::RECORD, 5, b"{}").unwrap();
        assert!(matches!(
            Contact::open(&key, 5, &wrong),
            Err(Error::Corrupted(Damaged::Record("contacts")))
        ));
    }
}
