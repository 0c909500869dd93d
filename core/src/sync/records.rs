//! The device-sealed records of the sync engine: outbox entries, reply
//! mailboxes and fetched replies. Sealed with the device key (decision
//! 25), so sync runs while locked; their `Debug` never prints a secret.

use std::fmt;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use serde::{Deserialize, Serialize};
use waymark_protocol::message::hex;

/// Device-sealed outbox entry.
#[derive(Clone, Serialize, Deserialize)]
pub struct OutboxItem {
    /// The sealed envelope, base64.
    pub envelope: String,
    pub envelope_id: String,
}

impl fmt::Debug for OutboxItem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("OutboxItem(…)")
    }
}

impl OutboxItem {
    pub fn new(envelope: &[u8], id: &[u8; 16]) -> Self {
        OutboxItem {
            envelope: B64.encode(envelope),
            envelope_id: hex(id),
        }
    }
}

/// Device-sealed reply mailbox.
#[derive(Clone, Serialize, Deserialize)]
pub struct MailboxRecord {
    pub mailbox_id: String,
    pub cap: String,
    /// Read position: the relay sequence number of the last reply fetched.
    pub after: i64,
    /// Key id (hex) of the conversation's reply key: a reply sealed to any
    /// other key is dropped at once. Absent in mailboxes made before it.
    #[serde(default)]
    pub key_id: Option<String>,
}

impl fmt::Debug for MailboxRecord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("MailboxRecord(…)")
    }
}

/// Device-sealed reply envelope, fetched and not yet opened.
#[derive(Clone, Serialize, Deserialize)]
pub struct InboxRecord {
    pub mailbox_id: String,
    pub envelope: String,
    pub envelope_id: String,
    /// When this phone fetched it (Unix seconds; 0 in records made before
    /// it): a reply's time is never later than this.
    #[serde(default)]
    pub received_at: i64,
}

impl fmt::Debug for InboxRecord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("InboxRecord(…)")
    }
}

impl InboxRecord {
    pub fn envelope_bytes(&self) -> Option<Vec<u8>> {
        B64.decode(self.envelope.as_bytes()).ok()
    }
}
