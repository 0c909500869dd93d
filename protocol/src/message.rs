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
//!
//! Two encodings: format 1 (JSON, [`HotlineMessage`] and [`HotlineReply`],
//! inside envelope format 1) and format 2 (binary, [`MessageV2`] and
//! [`ReplyV2`], inside envelope format 2). Format 2 names the conversation
//! by an 8-byte reference, gives the time in minutes, and carries the reply
//! route ([`Route`]) only when the phone cannot count on the hotline having
//! it already; [`AnyMessage`] and [`AnyReply`] read either.

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

/// Bytes of a conversation reference in format 2: the first 8 bytes of the
/// conversation id.
pub const REF_LEN: usize = 8;
/// Format 2 times are minutes since 2026-01-01T00:00:00Z (this Unix time).
pub const TIME_EPOCH: i64 = 1_767_225_600;
/// The largest format 2 time (3 bytes): minute 16,777,215, in November 2057.
pub const MAX_MINUTES: u32 = 0x00ff_ffff;
/// Longest locale tag in a route (BCP 47 tags in practice are far shorter).
pub const MAX_LOCALE: usize = 35;

/// The format 2 time of Unix seconds `unix`: minutes since [`TIME_EPOCH`],
/// clamped to 0..=[`MAX_MINUTES`] (a clock before 2026 reads as 2026).
pub fn minutes_of(unix: i64) -> u32 {
    let minutes = unix.saturating_sub(TIME_EPOCH).div_euclid(60);
    minutes.clamp(0, i64::from(MAX_MINUTES)) as u32
}

/// Unix seconds of a format 2 time.
pub fn unix_of(minutes: u32) -> i64 {
    TIME_EPOCH + i64::from(minutes.min(MAX_MINUTES)) * 60
}

/// The format 2 reference of a conversation id (32 hex digits); `None` if
/// it is not hex.
pub fn conversation_ref(conversation: &str) -> Option<[u8; REF_LEN]> {
    let bytes = from_hex(conversation.get(..2 * REF_LEN)?)?;
    bytes.try_into().ok()
}

/// Whether `tag` may travel as a route's locale: 1–35 ASCII letters,
/// digits and `-`.
pub fn is_locale_tag(tag: &str) -> bool {
    (1..=MAX_LOCALE).contains(&tag.len())
        && tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// Where and how the hotline answers a conversation (format 2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    /// The conversation's X25519 reply public key.
    pub key: [u8; 32],
    /// The mailbox id ([`mailbox_id`] of the capability, as bytes).
    pub mailbox: [u8; 16],
    /// The person's language (BCP 47), [`is_locale_tag`].
    pub locale: String,
}

/// A message from a person to a hotline in format 2 (binary).
///
/// ```text
/// offset  size  field
/// 0       8     conversation reference
/// 8       v     head: varint, seq × 2 + R (R = 1: a route follows)
/// 8+v     3     sent: minutes since 2026-01-01T00:00Z, u24 big-endian
/// 11+v    49+L  if R: reply key (32) ‖ mailbox id (16) ‖ L (1 byte, 1–35) ‖ locale (L bytes)
/// …       rest  body, UTF-8, at most MAX_BODY bytes
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageV2 {
    pub conversation: [u8; REF_LEN],
    pub seq: u32,
    /// Unix seconds; travels as whole minutes ([`minutes_of`]), so a
    /// decoded value is a minute boundary from 2026 on.
    pub sent_at: i64,
    pub route: Option<Route>,
    pub body: String,
}

/// A hotline's reply in format 2 (binary), sealed to the reply key.
///
/// ```text
/// offset  size  field
/// 0       8     conversation reference
/// 8       3     sent: minutes since 2026-01-01T00:00Z, u24 big-endian
/// 11      rest  body, UTF-8, at most MAX_BODY bytes
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplyV2 {
    pub conversation: [u8; REF_LEN],
    pub sent_at: i64,
    pub body: String,
}

fn put_minutes(out: &mut Vec<u8>, unix: i64) {
    out.extend_from_slice(&minutes_of(unix).to_be_bytes()[1..]);
}

fn take<'a>(bytes: &'a [u8], pos: &mut usize, n: usize) -> Result<&'a [u8], MessageError> {
    let end = pos.checked_add(n).ok_or(MessageError::Malformed)?;
    let out = bytes.get(*pos..end).ok_or(MessageError::Malformed)?;
    *pos = end;
    Ok(out)
}

fn take_array<const N: usize>(bytes: &[u8], pos: &mut usize) -> Result<[u8; N], MessageError> {
    let mut out = [0u8; N];
    out.copy_from_slice(take(bytes, pos, N)?);
    Ok(out)
}

fn take_minutes(bytes: &[u8], pos: &mut usize) -> Result<i64, MessageError> {
    let b = take(bytes, pos, 3)?;
    Ok(unix_of(u32::from_be_bytes([0, b[0], b[1], b[2]])))
}

fn body_of(rest: &[u8]) -> Result<String, MessageError> {
    if rest.len() > MAX_BODY {
        return Err(MessageError::TooLong);
    }
    String::from_utf8(rest.to_vec()).map_err(|_| MessageError::Malformed)
}

impl MessageV2 {
    /// The binary encoding. A body over [`MAX_BODY`] or a locale that is not
    /// [`is_locale_tag`] encodes, and is refused by [`Self::from_bytes`].
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(REF_LEN + 8 + 52 + self.body.len());
        out.extend_from_slice(&self.conversation);
        let head = u64::from(self.seq) * 2 + u64::from(self.route.is_some());
        crate::varint::put(&mut out, head);
        put_minutes(&mut out, self.sent_at);
        if let Some(route) = &self.route {
            out.extend_from_slice(&route.key);
            out.extend_from_slice(&route.mailbox);
            out.push(route.locale.len().min(255) as u8);
            out.extend_from_slice(route.locale.as_bytes());
        }
        out.extend_from_slice(self.body.as_bytes());
        out
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Self, MessageError> {
        let mut pos = 0;
        let conversation = take_array::<REF_LEN>(bytes, &mut pos)?;
        let head = crate::varint::get(bytes, &mut pos).ok_or(MessageError::Malformed)?;
        let seq = u32::try_from(head / 2).map_err(|_| MessageError::Malformed)?;
        let sent_at = take_minutes(bytes, &mut pos)?;
        let route = if head % 2 == 1 {
            let key = take_array::<32>(bytes, &mut pos)?;
            let mailbox = take_array::<16>(bytes, &mut pos)?;
            let n = usize::from(take(bytes, &mut pos, 1)?[0]);
            let locale = std::str::from_utf8(take(bytes, &mut pos, n)?)
                .ok()
                .filter(|t| is_locale_tag(t))
                .ok_or(MessageError::Malformed)?
                .to_string();
            Some(Route {
                key,
                mailbox,
                locale,
            })
        } else {
            None
        };
        Ok(MessageV2 {
            conversation,
            seq,
            sent_at,
            route,
            body: body_of(&bytes[pos..])?,
        })
    }
}

impl ReplyV2 {
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(REF_LEN + 3 + self.body.len());
        out.extend_from_slice(&self.conversation);
        put_minutes(&mut out, self.sent_at);
        out.extend_from_slice(self.body.as_bytes());
        out
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Self, MessageError> {
        let mut pos = 0;
        let conversation = take_array::<REF_LEN>(bytes, &mut pos)?;
        let sent_at = take_minutes(bytes, &mut pos)?;
        Ok(ReplyV2 {
            conversation,
            sent_at,
            body: body_of(&bytes[pos..])?,
        })
    }
}

/// A message to a hotline in either format, as an opened envelope holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnyMessage {
    V1(HotlineMessage),
    V2(MessageV2),
}

impl AnyMessage {
    /// Reads the plaintext of an envelope of `format`
    /// ([`crate::envelope::Header::format`]).
    pub fn decode(format: u8, plaintext: &[u8]) -> Result<Self, MessageError> {
        match format {
            crate::envelope::FORMAT => HotlineMessage::from_bytes(plaintext).map(AnyMessage::V1),
            crate::envelope::FORMAT_V2 => MessageV2::from_bytes(plaintext).map(AnyMessage::V2),
            _ => Err(MessageError::UnsupportedFormat),
        }
    }

    /// The envelope format this message travels in.
    pub fn format(&self) -> u8 {
        match self {
            AnyMessage::V1(_) => crate::envelope::FORMAT,
            AnyMessage::V2(_) => crate::envelope::FORMAT_V2,
        }
    }

    /// The conversation's 8-byte reference (format 1: the id's first 8 bytes).
    pub fn conversation_ref(&self) -> [u8; REF_LEN] {
        match self {
            // from_bytes checked the 32 hex digits.
            AnyMessage::V1(m) => conversation_ref(&m.conversation).unwrap_or_default(),
            AnyMessage::V2(m) => m.conversation,
        }
    }

    /// The conversation as shown to an operator: 32 hex digits in format 1,
    /// 16 (the reference) in format 2.
    pub fn conversation_hex(&self) -> String {
        match self {
            AnyMessage::V1(m) => m.conversation.clone(),
            AnyMessage::V2(m) => hex(&m.conversation),
        }
    }

    pub fn seq(&self) -> u32 {
        match self {
            AnyMessage::V1(m) => m.seq,
            AnyMessage::V2(m) => m.seq,
        }
    }

    pub fn sent_at(&self) -> i64 {
        match self {
            AnyMessage::V1(m) => m.sent_at,
            AnyMessage::V2(m) => m.sent_at,
        }
    }

    pub fn body(&self) -> &str {
        match self {
            AnyMessage::V1(m) => &m.body,
            AnyMessage::V2(m) => &m.body,
        }
    }

    /// The reply route it carries: always in format 1, when sent in format 2.
    pub fn route(&self) -> Option<Route> {
        match self {
            AnyMessage::V1(m) => Some(Route {
                key: from_hex(&m.reply_to.key)?.try_into().ok()?,
                mailbox: from_hex(&m.reply_to.mailbox)?.try_into().ok()?,
                locale: m.locale.clone(),
            }),
            AnyMessage::V2(m) => m.route.clone(),
        }
    }
}

/// A hotline's reply in either format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnyReply {
    V1(HotlineReply),
    V2(ReplyV2),
}

impl AnyReply {
    pub fn decode(format: u8, plaintext: &[u8]) -> Result<Self, MessageError> {
        match format {
            crate::envelope::FORMAT => HotlineReply::from_bytes(plaintext).map(AnyReply::V1),
            crate::envelope::FORMAT_V2 => ReplyV2::from_bytes(plaintext).map(AnyReply::V2),
            _ => Err(MessageError::UnsupportedFormat),
        }
    }

    /// Whether it answers the conversation with id `conversation` (32 hex):
    /// format 1 names the whole id, format 2 its reference.
    pub fn is_for(&self, conversation: &str) -> bool {
        match self {
            AnyReply::V1(r) => r.conversation == conversation,
            AnyReply::V2(r) => conversation_ref(conversation) == Some(r.conversation),
        }
    }

    pub fn sent_at(&self) -> i64 {
        match self {
            AnyReply::V1(r) => r.sent_at,
            AnyReply::V2(r) => r.sent_at,
        }
    }

    pub fn body(&self) -> &str {
        match self {
            AnyReply::V1(r) => &r.body,
            AnyReply::V2(r) => &r.body,
        }
    }
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

    fn sample_v2(route: bool) -> MessageV2 {
        MessageV2 {
            conversation: [0xab; 8],
            seq: 3,
            sent_at: TIME_EPOCH + 60 * 1_000,
            route: route.then(|| Route {
                key: [1; 32],
                mailbox: [2; 16],
                locale: "th".into(),
            }),
            body: "ช่วยด้วย".into(),
        }
    }

    #[test]
    fn format_2_message_layout_and_round_trip() {
        let plain = sample_v2(false);
        let bytes = plain.to_bytes();
        // ref 8, head (3 × 2 = 6) 1, minutes 1000 = 00 03 e8, body.
        let mut expected = vec![0xab; 8];
        expected.extend_from_slice(&[0x06, 0x00, 0x03, 0xe8]);
        expected.extend_from_slice("ช่วยด้วย".as_bytes());
        assert_eq!(bytes, expected);
        assert_eq!(MessageV2::from_bytes(&bytes), Ok(plain));
        let routed = sample_v2(true);
        let bytes = routed.to_bytes();
        assert_eq!(bytes[8], 0x07);
        assert_eq!(bytes.len(), 12 + 32 + 16 + 1 + 2 + "ช่วยด้วย".len());
        assert_eq!(MessageV2::from_bytes(&bytes), Ok(routed.clone()));
        // seq 64 and up takes a two-byte head; u32::MAX still fits.
        for seq in [0, 63, 64, 8191, 8192, u32::MAX] {
            let m = MessageV2 {
                seq,
                ..routed.clone()
            };
            assert_eq!(MessageV2::from_bytes(&m.to_bytes()), Ok(m));
        }
        let any = AnyMessage::decode(crate::envelope::FORMAT_V2, &routed.to_bytes()).unwrap();
        assert_eq!(any.conversation_hex(), "ab".repeat(8));
        assert_eq!(any.route(), routed.route);
        assert_eq!((any.seq(), any.body()), (3, "ช่วยด้วย"));
    }

    #[test]
    fn format_2_time_is_minutes_clamped_to_three_bytes() {
        assert_eq!(minutes_of(TIME_EPOCH), 0);
        assert_eq!(minutes_of(TIME_EPOCH + 119), 1);
        assert_eq!(minutes_of(0), 0, "a clock before 2026");
        assert_eq!(minutes_of(i64::MAX), MAX_MINUTES);
        assert_eq!(unix_of(minutes_of(1_800_000_000)), 1_800_000_000 / 60 * 60);
        let far = MessageV2 {
            sent_at: i64::MAX,
            ..sample_v2(false)
        };
        let back = MessageV2::from_bytes(&far.to_bytes()).unwrap();
        assert_eq!(back.sent_at, unix_of(MAX_MINUTES));
    }

    #[test]
    fn format_2_message_refusals() {
        let good = sample_v2(true).to_bytes();
        // Every truncation inside the fixed part and the route.
        for cut in 0..12 + 32 + 16 + 1 + 2 {
            assert_eq!(
                MessageV2::from_bytes(&good[..cut]),
                Err(MessageError::Malformed),
                "{cut}"
            );
        }
        // A head that is not a shortest varint, or a seq over u32.
        let mut bad = good.clone();
        bad.splice(8..9, [0x87, 0x00]);
        assert_eq!(MessageV2::from_bytes(&bad), Err(MessageError::Malformed));
        let mut wide = vec![0xab; 8];
        crate::varint::put(&mut wide, (u64::from(u32::MAX) + 1) * 2);
        wide.extend_from_slice(&[0, 0, 0]);
        assert_eq!(MessageV2::from_bytes(&wide), Err(MessageError::Malformed));
        // A locale that is empty, too long or not a tag.
        for locale in ["", "t h", &"x".repeat(MAX_LOCALE + 1)] {
            let mut m = sample_v2(true);
            m.route.as_mut().unwrap().locale = locale.into();
            assert_eq!(
                MessageV2::from_bytes(&m.to_bytes()),
                Err(MessageError::Malformed),
                "{locale:?}"
            );
        }
        // A body that is not UTF-8, or too long.
        let mut not_utf8 = sample_v2(false).to_bytes();
        not_utf8.push(0xff);
        assert_eq!(
            MessageV2::from_bytes(&not_utf8),
            Err(MessageError::Malformed)
        );
        let long = MessageV2 {
            body: "x".repeat(MAX_BODY + 1),
            ..sample_v2(false)
        };
        assert_eq!(
            MessageV2::from_bytes(&long.to_bytes()),
            Err(MessageError::TooLong)
        );
        assert_eq!(
            AnyMessage::decode(9, &good),
            Err(MessageError::UnsupportedFormat)
        );
    }

    #[test]
    fn format_2_reply_round_trip_and_refusals() {
        let r = ReplyV2 {
            conversation: [7; 8],
            sent_at: TIME_EPOCH + 120,
            body: "We read you".into(),
        };
        let bytes = r.to_bytes();
        assert_eq!(&bytes[..11], &[7, 7, 7, 7, 7, 7, 7, 7, 0, 0, 2]);
        assert_eq!(ReplyV2::from_bytes(&bytes), Ok(r.clone()));
        for cut in 0..11 {
            assert_eq!(
                ReplyV2::from_bytes(&bytes[..cut]),
                Err(MessageError::Malformed)
            );
        }
        let any = AnyReply::decode(crate::envelope::FORMAT_V2, &bytes).unwrap();
        assert!(any.is_for(&"07".repeat(16)));
        assert!(!any.is_for(&"08".repeat(16)));
        assert_eq!(any.body(), "We read you");
        let v1 = HotlineReply {
            v: 1,
            conversation: "07".repeat(16),
            sent_at: 5,
            body: "old".into(),
        };
        let any = AnyReply::decode(crate::envelope::FORMAT, &v1.to_bytes()).unwrap();
        assert!(any.is_for(&"07".repeat(16)) && any.sent_at() == 5);
        // A format 1 message read through AnyMessage keeps its route.
        let m = sample();
        let any = AnyMessage::decode(crate::envelope::FORMAT, &m.to_bytes()).unwrap();
        assert_eq!(any.conversation_ref(), [0xab; 8]);
        assert_eq!(any.route().map(|r| r.locale), Some("th".into()));
    }
}
