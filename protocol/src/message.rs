//! What travels inside envelopes: a person's message to a hotline, and the
//! hotline's reply, plus the reply mailbox that connects them.
//!
//! A message carries, sealed inside it, everything the hotline needs to
//! answer without any account: the conversation id, the conversation's
//! reply public key (X25519, one per conversation, made on the device) and
//! the mailbox id. The device later fetches replies from the relay with the
//! mailbox *capability* — 32 random bytes whose hash is the mailbox id — so
//! the relay can route replies without learning who reads them, and nobody
//! who lacks the capability can read even the sealed replies.
//!
//! Replies use the same envelope format ([`crate::envelope`]), sealed to the
//! conversation's reply key; the envelope's key id is that key's id.

use ring::digest::{Context, SHA256};
use serde::{Deserialize, Serialize};

/// Longest message body, in bytes of UTF-8 (the envelope limit leaves room
/// for the JSON around it).
pub const MAX_BODY: usize = 8 * 1024;

/// The reply route a message carries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReplyTo {
    /// Conversation reply public key, 64 hex digits (X25519).
    pub key: String,
    /// Mailbox id, 32 hex digits ([`mailbox_id`] of the capability).
    pub mailbox: String,
}

/// A message from a person to a hotline (envelope plaintext, JSON).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HotlineMessage {
    /// Format version, 1.
    pub v: u8,
    /// Conversation id, 32 hex digits, random.
    pub conversation: String,
    /// 1, 2, 3 … within the conversation, so the hotline sees the order.
    pub seq: u32,
    /// Unix seconds when the person wrote it (device clock).
    pub sent_at: i64,
    /// The person's language (BCP 47), so the hotline can answer in it.
    pub locale: String,
    pub body: String,
    pub reply_to: ReplyTo,
}

/// A hotline's reply (envelope plaintext, JSON), sealed to the
/// conversation's reply key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HotlineReply {
    pub v: u8,
    pub conversation: String,
    pub sent_at: i64,
    pub body: String,
}

/// Why a decrypted plaintext is not a message or reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessageError {
    Malformed,
    UnsupportedFormat,
    TooLong,
}

impl std::fmt::Display for MessageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            MessageError::Malformed => "malformed message",
            MessageError::UnsupportedFormat => "unsupported message format",
            MessageError::TooLong => "message too long",
        })
    }
}

impl std::error::Error for MessageError {}

fn is_hex(s: &str, len: usize) -> bool {
    s.len() == len
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

impl HotlineMessage {
    pub fn to_bytes(&self) -> Vec<u8> {
        // Serialising plain strings and integers cannot fail.
        serde_json::to_vec(self).unwrap_or_default()
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Self, MessageError> {
        let m: HotlineMessage =
            serde_json::from_slice(bytes).map_err(|_| MessageError::Malformed)?;
        if m.v != 1 {
            return Err(MessageError::UnsupportedFormat);
        }
        if m.body.len() > MAX_BODY {
            return Err(MessageError::TooLong);
        }
        if !is_hex(&m.conversation, 32)
            || !is_hex(&m.reply_to.key, 64)
            || !is_hex(&m.reply_to.mailbox, 32)
        {
            return Err(MessageError::Malformed);
        }
        Ok(m)
    }
}

impl HotlineReply {
    pub fn to_bytes(&self) -> Vec<u8> {
        // Serialising plain strings and integers cannot fail.
        serde_json::to_vec(self).unwrap_or_default()
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Self, MessageError> {
        let r: HotlineReply = serde_json::from_slice(bytes).map_err(|_| MessageError::Malformed)?;
        if r.v != 1 {
            return Err(MessageError::UnsupportedFormat);
        }
        if r.body.len() > MAX_BODY {
            return Err(MessageError::TooLong);
        }
        if !is_hex(&r.conversation, 32) {
            return Err(MessageError::Malformed);
        }
        Ok(r)
    }
}

/// The mailbox id for a capability: the first 16 bytes of
/// SHA-256("waymark/v1/mailbox" ‖ capability), as 32 hex digits.
pub fn mailbox_id(capability: &[u8; 32]) -> String {
    let mut ctx = Context::new(&SHA256);
    ctx.update(b"waymark/v1/mailbox");
    ctx.update(capability);
    hex(&ctx.finish().as_ref()[..16])
}

/// Lower-case hex.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[usize::from(b >> 4)] as char);
        s.push(DIGITS[usize::from(b & 15)] as char);
    }
    s
}

/// Parses hex (either case); `None` for odd length or a non-hex digit.
pub fn from_hex(s: &str) -> Option<Vec<u8>> {
    // Checked byte by byte: `from_str_radix` alone also takes a sign, so
    // "+f" would read as 0x0f and two spellings would name one id.
    if s.len() % 2 != 0 || !s.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> HotlineMessage {
        HotlineMessage {
            v: 1,
            conversation: "ab".repeat(16),
            seq: 1,
            sent_at: 1_700_000_000,
            locale: "th".into(),
            body: "ช่วยด้วย".into(),
            reply_to: ReplyTo {
                key: "01".repeat(32),
                mailbox: mailbox_id(&[9; 32]),
            },
        }
    }

    #[test]
    fn message_round_trips_and_checks_fields() {
        let m = sample();
        assert_eq!(HotlineMessage::from_bytes(&m.to_bytes()), Ok(m.clone()));
        let mut bad = m.clone();
        bad.reply_to.key = "zz".repeat(32);
        assert_eq!(
            HotlineMessage::from_bytes(&bad.to_bytes()),
            Err(MessageError::Malformed)
        );
        let mut future = m.clone();
        future.v = 2;
        assert_eq!(
            HotlineMessage::from_bytes(&future.to_bytes()),
            Err(MessageError::UnsupportedFormat)
        );
        let mut long = m;
        long.body = "x".repeat(MAX_BODY + 1);
        assert_eq!(
            HotlineMessage::from_bytes(&long.to_bytes()),
            Err(MessageError::TooLong)
        );
        assert_eq!(
            HotlineMessage::from_bytes(b"{not json"),
            Err(MessageError::Malformed)
        );
    }

    #[test]
    fn mailbox_id_is_a_stable_hash_of_the_capability() {
        let a = mailbox_id(&[1; 32]);
        assert_eq!(a.len(), 32);
        assert_eq!(a, mailbox_id(&[1; 32]));
        assert_ne!(a, mailbox_id(&[2; 32]));
        assert_eq!(from_hex(&a).map(|b| hex(&b)), Some(a));
        assert_eq!(from_hex("0g"), None);
        assert_eq!(from_hex("abc"), None);
    }
}
