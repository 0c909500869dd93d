//! Quiet contact: written conversations with a hotline, sealed end to end.
//!
//! This module owns conversations and their messages (sealed with the
//! profile's data key), the screen models that show them with an honest
//! status per message, and the one transaction that turns a composed
//! message into a sealed envelope in the outbox. Delivery is the sync
//! engine's job ([`crate::sync`]); the formats are in `waymark_protocol`.
//!
//! Each conversation has its own X25519 reply key pair and its own mailbox
//! capability, made here; the hotline learns them only from inside the
//! sealed message. Replies arrive in the device-sealed `inbox` while the app
//! may be locked and are opened into the conversation at the next unlock
//! ([`crate::Quiet::settle`]), or at once when fetched while unlocked.
//!
//! The screen getters only read, and only what they show: the list reads
//! each conversation record with its sealed [`ConversationDigest`], a
//! conversation screen one page of messages through the clear
//! `(conversation, ord)` index (docs/protocol.md lists every clear column).
//! A reply is data from outside: its time is never later than when it was
//! received, and the screen models carry message text only in its display
//! form ([`crate::text::for_display`]), so no UI prints a relay's or a
//! hotline's control characters raw.
//!
//! The capability is the [`Quiet`] handle (`wm.quiet()`); it keeps no state
//! of its own outside the database, and must never show in the decoy, or
//! while locked, that a conversation exists. After each change it commits
//! it tells the observers what kind of thing changed ([`Quiet::observe`],
//! [`crate::observe`]), never what was written.

use std::sync::Arc;

use serde::{Deserialize, Serialize};
use waymark_protocol::message::{self, AnyReply, MessageV2, Route, from_hex, hex};
use waymark_protocol::{envelope, hpke};
use zeroize::Zeroizing;

use crate::Waymark;
use crate::content::QuietHotline;
use crate::error::{Damaged, Error, Result};
use crate::l10n::Localizer;
use crate::observe::{Change, Observation, Observer, Observers};
use crate::record::Sealed;
use crate::shared::random_id;
use crate::store::Table;
use crate::store::quiet::{OutboxState, Write};
use crate::sync::{InboxRecord, MailboxRecord, OutboxItem};
use crate::vault::{self, DataKey};

/// Longest message, in bytes of UTF-8.
pub const MAX_MESSAGE: usize = message::MAX_BODY;

/// A conversation as sealed in `conversations`.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredConversation {
    pub id: i64,
    /// The id both sides use, 32 hex digits.
    pub wire_id: String,
    pub hotline: String,
    /// The hotline public key (hex) its messages are sealed to: the one it
    /// began with, replaced when a newer pack gives the hotline a new key
    /// (a rotation, [`Quiet::adopt_current_key`]).
    pub hotline_key: String,
    /// The conversation's reply private key (hex).
    pub reply_secret: String,
    /// The mailbox capability (hex); its hash is the mailbox id.
    pub mailbox_cap: String,
    pub created_at: i64,
    /// The `seq` of the next message written.
    pub next_seq: u32,
    /// The local order of the next message, sent or received.
    #[serde(default)]
    pub next_order: i64,
    /// What the conversation list shows, kept with the conversation so the
    /// list opens no message. Absent in records made before it; the first
    /// unlock after an update (or a restore) builds it
    /// ([`crate::Quiet::settle`]).
    #[serde(default)]
    pub digest: Option<ConversationDigest>,
    /// The message that last carried the reply route (format 2 sends it
    /// only while the phone cannot count on the hotline having it): its
    /// seq, its outbox row and the locale it named. Absent before the first
    /// format 2 message.
    #[serde(default)]
    pub route: Option<RouteSent>,
}

/// The conversation list's view of one conversation, sealed inside the
/// conversation record and updated in the same transaction as every
/// message written to it.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConversationDigest {
    pub messages: u32,
    /// The newest message's stored text and time.
    pub last_body: String,
    pub last_at: i64,
    /// The order of the newest reply: outgoing messages before it are
    /// "replied".
    pub last_reply_order: Option<i64>,
    /// The newest outgoing message, whose status the list shows.
    pub last_outgoing: Option<OutgoingRef>,
    /// Restored messages with no outbox entry here that the backup said
    /// were queued (they count as waiting, as their status says).
    pub restored_queued: u32,
}

/// Where the status of an outgoing message comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutgoingRef {
    pub order: i64,
    pub outbox: Option<i64>,
    pub restored_status: Option<MessageStatus>,
}

impl std::fmt::Debug for ConversationDigest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ConversationDigest")
            .field("messages", &self.messages)
            .finish_non_exhaustive()
    }
}

impl ConversationDigest {
    /// Counts `m` as the conversation's newest message.
    pub fn add(&mut self, m: &StoredMessage) {
        self.messages += 1;
        self.last_body.clone_from(&m.body);
        self.last_at = m.at;
        if m.outgoing {
            self.last_outgoing = Some(OutgoingRef {
                order: m.order,
                outbox: m.outbox,
                restored_status: m.restored_status,
            });
            if m.outbox.is_none() && m.restored_status == Some(MessageStatus::Queued) {
                self.restored_queued += 1;
            }
        } else {
            self.last_reply_order = Some(self.last_reply_order.map_or(m.order, |o| o.max(m.order)));
        }
    }

    /// The digest of `messages`, in any order.
    pub fn of(messages: &mut [StoredMessage]) -> Self {
        messages.sort_by_key(|m| (m.order, m.id));
        let mut d = ConversationDigest::default();
        for m in messages.iter() {
            d.add(m);
        }
        d
    }
}

/// Where the reply route last went ([`StoredConversation::route`]).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Debug)]
pub struct RouteSent {
    pub seq: u32,
    pub outbox: i64,
    pub locale: String,
}

impl std::fmt::Debug for StoredConversation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoredConversation")
            .field("id", &self.id)
            .field("hotline", &self.hotline)
            .finish_non_exhaustive()
    }
}

impl StoredConversation {
    pub fn mailbox_id(&self) -> Option<String> {
        let cap: [u8; 32] = from_hex(&self.mailbox_cap)?.try_into().ok()?;
        Some(message::mailbox_id(&cap))
    }

    /// Key id (hex) of the conversation's reply key, as a reply's
    /// envelope header names it.
    pub fn reply_key_id(&self) -> Option<String> {
        let sk = self.reply_secret()?;
        Some(hex(&envelope::key_id(&hpke::public_key(&sk))))
    }

    fn reply_secret(&self) -> Option<Zeroizing<[u8; 32]>> {
        let bytes = Zeroizing::new(from_hex(&self.reply_secret)?);
        let mut out = Zeroizing::new([0u8; 32]);
        if bytes.len() != 32 {
            return None;
        }
        out.copy_from_slice(&bytes);
        Some(out)
    }
}

/// A message as sealed in `messages`.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredMessage {
    pub id: i64,
    pub conversation: i64,
    pub outgoing: bool,
    pub body: String,
    /// Unix seconds: written (outgoing) or sent by the hotline (reply).
    pub at: i64,
    /// Local order within the conversation.
    pub order: i64,
    /// Envelope id (hex): ours for outgoing, the hotline's for replies.
    pub envelope_id: String,
    /// The outbox row that carries an outgoing message.
    #[serde(default)]
    pub outbox: Option<i64>,
    /// The status at backup time, for a restored message whose outbox row
    /// stayed on the old device.
    #[serde(default)]
    pub restored_status: Option<MessageStatus>,
    /// The `seq` the outgoing envelope carried, so a lost outbox entry can
    /// be sealed again as the same message (absent in older records).
    #[serde(default)]
    pub seq: Option<u32>,
}

impl std::fmt::Debug for StoredMessage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoredMessage")
            .field("id", &self.id)
            .field("outgoing", &self.outgoing)
            .finish_non_exhaustive()
    }
}

/// What the person is told about an outgoing message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MessageStatus {
    /// Sealed and waiting on this phone for a network.
    Queued,
    /// The relay has it; the hotline has not collected it yet.
    Sent,
    /// The hotline collected it.
    Delivered,
    /// The hotline answered after it.
    Replied,
    /// The relay refused it for good; the person can try again.
    NeedsAttention,
}

impl MessageStatus {
    pub fn l10n_id(self) -> &'static str {
        match self {
            MessageStatus::Queued => "quiet-status-queued",
            MessageStatus::Sent => "quiet-status-sent",
            MessageStatus::Delivered => "quiet-status-delivered",
            MessageStatus::Replied => "quiet-status-replied",
            MessageStatus::NeedsAttention => "quiet-status-needs-attention",
        }
    }

    pub fn from_outbox(state: OutboxState) -> Self {
        match state {
            OutboxState::Pending | OutboxState::Inflight => MessageStatus::Queued,
            OutboxState::Sent => MessageStatus::Sent,
            OutboxState::Delivered => MessageStatus::Delivered,
            OutboxState::Failed => MessageStatus::NeedsAttention,
        }
    }
}

/// A hotline the person can write to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HotlineChoice {
    pub id: String,
    pub name: String,
    pub about: String,
    /// A test hotline (debug builds only); the UI should say so.
    pub development: bool,
}

/// One line of the conversation list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConversationSummary {
    pub id: i64,
    pub hotline_id: String,
    pub hotline_name: String,
    pub last_message: String,
    pub last_at: i64,
    /// Status of the newest outgoing message.
    pub status: Option<MessageStatus>,
    pub status_label: String,
    pub messages: u32,
}

/// The quiet-contact home: who can be written to, and what was written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConversationsScreen {
    pub title: String,
    pub intro: String,
    pub hotlines_title: String,
    pub hotlines: Vec<HotlineChoice>,
    pub conversations_title: String,
    pub conversations: Vec<ConversationSummary>,
    pub empty: String,
    /// "3 messages wait for a network", or empty.
    pub outbox_note: String,
}

/// One message in a conversation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MessageView {
    pub id: i64,
    pub outgoing: bool,
    pub body: String,
    pub at: i64,
    pub status: Option<MessageStatus>,
    pub status_label: String,
    /// The person can ask to send it again (after "needs attention").
    pub can_retry: bool,
}

/// A conversation with a hotline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConversationScreen {
    pub id: i64,
    pub title: String,
    pub hotline_id: String,
    pub hotline_name: String,
    pub messages: Vec<MessageView>,
    pub privacy_note: String,
    pub compose_hint: String,
    pub send_label: String,
    /// Label for the retry action on a message that needs attention.
    pub retry_label: String,
    /// How the person's own messages are labelled ("You").
    pub you_label: String,
    pub development_note: Option<String>,
    /// The screen shows one page, the newest [`CONVERSATION_PAGE`] messages
    /// up to where it starts; `earlier` is what to pass to
    /// [`crate::Quiet::conversation_page`] for the page before it, `None` when
    /// this page starts at the first message.
    pub earlier: Option<i64>,
    /// Label for the action that loads the earlier page.
    pub earlier_label: String,
}

/// Messages on one page of a conversation screen.
pub const CONVERSATION_PAGE: usize = 50;

fn status_label(l: &Localizer, status: Option<MessageStatus>) -> String {
    status.map(|s| l.message(s.l10n_id())).unwrap_or_default()
}

/// The status of one outgoing message: its outbox row's state (an outbox
/// row is never deleted: one that is gone was lost to damage, and
/// `retry_message` seals it again), else what a backup said, and
/// "replied" once the hotline answered after it.
fn outgoing_status(
    store: &crate::store::Store,
    m: OutgoingRef,
    last_reply: Option<i64>,
) -> Result<Option<MessageStatus>> {
    let base = match m.outbox {
        Some(row) => match store.outbox_state(row) {
            Ok(found) => found.map(MessageStatus::from_outbox),
            // On a damaged page: it cannot be sent as it is.
            Err(Error::Corrupted(_)) => None,
            Err(e) => return Err(e),
        }
        .or(m.restored_status)
        .or(Some(MessageStatus::NeedsAttention)),
        None => m.restored_status,
    };
    let answered = last_reply.is_some_and(|r| r > m.order);
    Ok(match base {
        Some(MessageStatus::NeedsAttention) | Some(MessageStatus::Queued) => base,
        Some(_) if answered => Some(MessageStatus::Replied),
        other => other,
    })
}

fn hotline_choice(l: &Localizer, h: &QuietHotline) -> HotlineChoice {
    HotlineChoice {
        id: h.id.clone(),
        name: l.message(&format!("quiet-hotline-{}-name", h.id)),
        about: l.message(&format!("quiet-hotline-{}-about", h.id)),
        development: h.development,
    }
}

/// Checks and normalises a composed message: Zawgyi converted to Unicode,
/// NFC, carriage returns dropped, trimmed; not empty, not over
/// [`MAX_MESSAGE`] bytes, no other control characters.
pub fn validated_body(body: &str) -> Result<String> {
    // Control characters other than line breaks and tabs have no place in
    // a message and could upset the hotline's screen. They are refused, not
    // dropped: the person is told, instead of a different text being sent.
    let text = crate::text::for_storage(body);
    if text
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
    {
        return Err(Error::MessageControl);
    }
    let text: String = text.chars().filter(|c| *c != '\r').collect();
    let text = text.trim().to_string();
    if text.is_empty() {
        return Err(Error::MessageEmpty);
    }
    if text.len() > MAX_MESSAGE {
        return Err(Error::MessageTooLong { max: MAX_MESSAGE });
    }
    Ok(text)
}

/// What goes into one outgoing envelope.
struct Outgoing<'a> {
    envelope_id: [u8; 16],
    seq: u32,
    sent_at: i64,
    locale: String,
    body: &'a str,
    /// Carry the reply route ([`crate::Quiet::needs_route`]).
    route: bool,
}

/// The locale a route names: the tag if it may travel
/// ([`message::is_locale_tag`]), else `und` (BCP 47 "undetermined").
fn route_locale(tag: String) -> String {
    if message::is_locale_tag(&tag) {
        tag
    } else {
        "und".to_string()
    }
}

/// The outbox item in a sealed row, if it still opens with the device key.
fn outbox_item(device: &DataKey, row: i64, sealed: &[u8]) -> Option<OutboxItem> {
    OutboxItem::open(device, row, sealed).ok()
}

fn random_array<const N: usize>() -> Result<[u8; N]> {
    let bytes = vault::random_bytes(N)?;
    let mut out = [0u8; N];
    out.copy_from_slice(&bytes);
    Ok(out)
}

/// Quiet contact with hotlines: conversations, messages and their
/// outbox; from [`Waymark::quiet`].
#[derive(Clone, Copy, Debug)]
pub struct Quiet<'a> {
    wm: &'a Waymark,
}

impl<'a> Quiet<'a> {
    pub(crate) fn new(wm: &'a Waymark) -> Self {
        Quiet { wm }
    }

    // ----- observing ---------------------------------------------------

    /// Starts telling `observer` about every change to what quiet contact
    /// and its sync show (statuses, conversations, replies, sync runs),
    /// until the returned [`Observation`] is cancelled or dropped
    /// ([`crate::observe`]). Touches no storage.
    pub fn observe(&self, observer: Arc<dyn Observer>) -> Result<Observation> {
        self.wm.shared.observers.observe(observer)
    }

    /// The profile's observer registry itself.
    pub fn observers(&self) -> &'a Observers {
        &self.wm.shared.observers
    }

    // ----- reading -----------------------------------------------------

    /// The hotlines offered for quiet contact, in the current language.
    pub fn hotlines(&self) -> Vec<HotlineChoice> {
        let l = self.wm.shared.localizer();
        self.wm
            .content
            .catalog()
            .quiet
            .offered()
            .map(|h| hotline_choice(&l, h))
            .collect()
    }

    fn quiet_hotline(&self, id: &str) -> Result<QuietHotline> {
        self.wm
            .content
            .catalog()
            .quiet
            .offered()
            .find(|h| h.id == id)
            .cloned()
            .ok_or(Error::HotlineNotFound)
    }

    pub(crate) fn stored_conversations(
        &self,
        key: &DataKey,
        profile: i64,
    ) -> Result<Vec<StoredConversation>> {
        let rows = self.wm.shared.store().list(Table::Conversations, profile)?;
        rows.iter()
            .map(|(id, sealed)| StoredConversation::open(key, *id, sealed))
            .collect()
    }

    pub(crate) fn stored_messages(
        &self,
        key: &DataKey,
        profile: i64,
    ) -> Result<Vec<StoredMessage>> {
        let rows = self.wm.shared.store().list(Table::Messages, profile)?;
        let mut out: Vec<StoredMessage> = rows
            .iter()
            .map(|(id, sealed)| StoredMessage::open(key, *id, sealed))
            .collect::<Result<_>>()?;
        out.sort_by_key(|m| (m.conversation, m.order, m.id));
        Ok(out)
    }

    /// The conversation list with the hotlines one can start one with.
    /// Read-only, and reads what the list shows: each conversation record
    /// (with its sealed digest), the state of its newest outgoing message,
    /// and the index of waiting outbox rows — never a message.
    pub fn conversations_screen(&self) -> Result<ConversationsScreen> {
        let (profile, key) = self.wm.shared.profile_key()?;
        let l = self.wm.shared.localizer();
        let conversations = self.stored_conversations(&key, profile.id())?;
        // Only this profile's messages count: the decoy opened by the duress
        // PIN must not hint that the real profile has messages waiting. Its
        // rows are the ones carrying its own owner tag.
        let (statuses, mut waiting) = {
            let store = self.wm.shared.store();
            let mut statuses = Vec::with_capacity(conversations.len());
            for c in &conversations {
                let d = c.digest.as_ref();
                statuses.push(match d.and_then(|d| d.last_outgoing) {
                    Some(o) => outgoing_status(&store, o, d.and_then(|d| d.last_reply_order))?,
                    None => None,
                });
            }
            let tags = vault::OwnerTags::new(&key);
            let own = store
                .outbox_waiting_owners()?
                .into_iter()
                .filter(|(id, owner)| owner.as_deref() == Some(&tags.tag(*id)[..]))
                .count() as u32;
            (statuses, own)
        };
        let catalog = self.wm.content.catalog();
        let mut summaries = Vec::new();
        for (c, status) in conversations.iter().zip(statuses) {
            let digest = c.digest.clone().unwrap_or_default();
            waiting += digest.restored_queued;
            let name = catalog
                .quiet
                .hotlines
                .iter()
                .find(|h| h.id == c.hotline)
                .map(|h| hotline_choice(&l, h).name)
                .unwrap_or_else(|| c.hotline.clone());
            let any = digest.messages > 0;
            summaries.push(ConversationSummary {
                id: c.id,
                hotline_id: c.hotline.clone(),
                hotline_name: name,
                last_message: if any {
                    crate::text::for_display(&digest.last_body)
                } else {
                    String::new()
                },
                last_at: if any { digest.last_at } else { c.created_at },
                status,
                status_label: status_label(&l, status),
                messages: digest.messages,
            });
        }
        summaries.sort_by(|a, b| b.last_at.cmp(&a.last_at).then(a.id.cmp(&b.id)));
        let outbox_note = if waiting == 0 {
            String::new()
        } else {
            l.message_with(
                "quiet-outbox-waiting",
                &[("count", crate::error::ArgValue::Number(i64::from(waiting)))],
            )
        };
        Ok(ConversationsScreen {
            title: l.message("quiet-title"),
            intro: l.message("quiet-intro"),
            hotlines_title: l.message("quiet-hotlines-title"),
            hotlines: self.hotlines(),
            conversations_title: l.message("quiet-conversations-title"),
            conversations: summaries,
            empty: l.message("quiet-empty"),
            outbox_note,
        })
    }

    /// One conversation: its newest page, oldest message first (see
    /// [`crate::Quiet::conversation_page`]).
    pub fn conversation_screen(&self, id: i64) -> Result<ConversationScreen> {
        self.conversation_page(id, None)
    }

    /// One page of a conversation, oldest message first: the newest
    /// [`CONVERSATION_PAGE`] messages before message `before` (a previous
    /// page's [`ConversationScreen::earlier`]), or the newest page for
    /// `None`. Read-only; opens only the messages shown.
    pub fn conversation_page(&self, id: i64, before: Option<i64>) -> Result<ConversationScreen> {
        let (profile, key) = self.wm.shared.profile_key()?;
        let conversation = self
            .stored_conversations(&key, profile.id())?
            .into_iter()
            .find(|c| c.id == id)
            .ok_or(Error::ConversationNotFound)?;
        let last_reply = conversation
            .digest
            .as_ref()
            .and_then(|d| d.last_reply_order);
        let (page, statuses, earlier) = {
            let store = self.wm.shared.store();
            let cursor = match before {
                None => None,
                Some(message) => Some(
                    store
                        .message_position(profile.id(), message)?
                        .filter(|(c, _)| *c == id)
                        .map(|(_, order)| (order, message))
                        .ok_or(Error::NotFound)?,
                ),
            };
            let mut rows = store.message_page(profile.id(), id, cursor, CONVERSATION_PAGE + 1)?;
            let more = rows.len() > CONVERSATION_PAGE;
            rows.truncate(CONVERSATION_PAGE);
            rows.reverse();
            let page: Vec<StoredMessage> = rows
                .iter()
                .map(|(row, sealed)| StoredMessage::open(&key, *row, sealed))
                .collect::<Result<_>>()?;
            let mut statuses = Vec::with_capacity(page.len());
            for m in &page {
                statuses.push(if m.outgoing {
                    outgoing_status(
                        &store,
                        OutgoingRef {
                            order: m.order,
                            outbox: m.outbox,
                            restored_status: m.restored_status,
                        },
                        last_reply,
                    )?
                } else {
                    None
                });
            }
            let earlier = more.then(|| page.first().map(|m| m.id)).flatten();
            (page, statuses, earlier)
        };
        let l = self.wm.shared.localizer();
        let hotline = self
            .wm
            .content
            .catalog()
            .quiet
            .hotlines
            .iter()
            .find(|h| h.id == conversation.hotline)
            .cloned();
        let name = hotline
            .as_ref()
            .map(|h| hotline_choice(&l, h).name)
            .unwrap_or_else(|| conversation.hotline.clone());
        Ok(ConversationScreen {
            id,
            title: name.clone(),
            hotline_id: conversation.hotline.clone(),
            hotline_name: name,
            messages: page
                .iter()
                .zip(statuses)
                .map(|(m, status)| MessageView {
                    id: m.id,
                    outgoing: m.outgoing,
                    body: crate::text::for_display(&m.body),
                    at: m.at,
                    status,
                    status_label: status_label(&l, status),
                    can_retry: status == Some(MessageStatus::NeedsAttention),
                })
                .collect(),
            privacy_note: l.message("quiet-privacy-note"),
            compose_hint: l.message("quiet-compose-hint"),
            send_label: l.message("quiet-send"),
            retry_label: l.message("quiet-retry"),
            you_label: l.message("quiet-you"),
            development_note: hotline
                .filter(|h| h.development)
                .map(|_| l.message("quiet-development-note")),
            earlier,
            earlier_label: l.message("quiet-earlier"),
        })
    }

    // ----- writing -----------------------------------------------------

    /// Starts a conversation with hotline `hotline_id`: a fresh reply key
    /// pair and mailbox, stored in one transaction. Returns its id.
    pub fn start_conversation(&self, hotline_id: &str) -> Result<i64> {
        let (profile, key) = self.wm.shared.profile_key()?;
        let hotline = self.quiet_hotline(hotline_id)?;
        let (reply_secret, reply_public) =
            hpke::generate_keypair().map_err(|_| Error::Internal("randomness"))?;
        let cap: [u8; 32] = random_array()?;
        let conversation = StoredConversation {
            id: random_id()?,
            wire_id: hex(&random_array::<16>()?),
            hotline: hotline.id.clone(),
            hotline_key: hotline.key.clone(),
            reply_secret: hex(reply_secret.as_ref()),
            mailbox_cap: hex(&cap),
            created_at: self.wm.shared.now(),
            next_seq: 1,
            next_order: 1,
            digest: Some(ConversationDigest::default()),
            route: None,
        };
        let mailbox = MailboxRecord {
            mailbox_id: message::mailbox_id(&cap),
            cap: hex(&cap),
            after: 0,
            key_id: Some(hex(&envelope::key_id(&reply_public))),
        };
        let device = self.wm.shared.device_key()?;
        let mailbox_row = random_id()?;
        let sealed_conv = conversation.seal(&key, conversation.id)?;
        let sealed_box = mailbox.seal(&device, mailbox_row)?;
        self.wm.shared.store().apply(&[
            Write::PutItem {
                table: Table::Conversations,
                profile: profile.id(),
                id: conversation.id,
                sealed: &sealed_conv,
            },
            Write::PutDevice {
                table: Table::Mailboxes,
                id: mailbox_row,
                sealed: &sealed_box,
            },
        ])?;
        self.wm.shared.observers.notify(Change::Conversation {
            id: conversation.id,
        });
        Ok(conversation.id)
    }

    /// The newest conversation with `hotline_id`, or a new one.
    pub fn conversation_with(&self, hotline_id: &str) -> Result<i64> {
        let (profile, key) = self.wm.shared.profile_key()?;
        self.quiet_hotline(hotline_id)?;
        let existing = self
            .stored_conversations(&key, profile.id())?
            .into_iter()
            .filter(|c| c.hotline == hotline_id)
            .max_by_key(|c| c.created_at);
        match existing {
            Some(c) => Ok(c.id),
            None => self.start_conversation(hotline_id),
        }
    }

    /// Writes a message: seals it to the hotline and stores the message
    /// and its outbox entry in one transaction, so when this returns the
    /// message survives a crash and will be delivered.
    pub fn send_message(&self, conversation_id: i64, body: &str) -> Result<MessageView> {
        let body = validated_body(body)?;
        let (profile, key, locale) = self
            .wm
            .shared
            .with_session(|s| Ok((s.profile, s.key_copy(), s.stored.settings.locale.clone())))?;
        let mut conversation = self
            .stored_conversations(&key, profile.id())?
            .into_iter()
            .find(|c| c.id == conversation_id)
            .ok_or(Error::ConversationNotFound)?;
        let max = self.wm.sync.policy().max_outbox;
        let waiting = self.wm.shared.store().outbox_waiting()?;
        if waiting as usize >= max {
            return Err(Error::OutboxFull { max });
        }
        let now = self.wm.shared.now();
        let envelope_id: [u8; 16] = random_array()?;
        let outbox_row = random_id()?;
        let seq = conversation.next_seq;
        let locale = route_locale(
            locale.unwrap_or_else(|| self.wm.shared.localizer().active_tag().to_string()),
        );
        let rotated = self.adopt_current_key(&mut conversation);
        let route = rotated || self.needs_route(&conversation, &locale)?;
        let sealed_item = self.seal_outgoing(
            &conversation,
            &Outgoing {
                envelope_id,
                seq,
                sent_at: now,
                locale: locale.clone(),
                body: &body,
                route,
            },
            outbox_row,
        )?;
        if route {
            conversation.route = Some(RouteSent {
                seq,
                outbox: outbox_row,
                locale,
            });
        }
        // The conversation keeps the next order: no need to read every
        // message to append one.
        let order = conversation.next_order;
        let stored = StoredMessage {
            id: random_id()?,
            conversation: conversation_id,
            outgoing: true,
            body: body.clone(),
            at: now,
            order,
            envelope_id: hex(&envelope_id),
            outbox: Some(outbox_row),
            restored_status: None,
            seq: Some(seq),
        };
        conversation.next_seq += 1;
        conversation.next_order += 1;
        conversation
            .digest
            .get_or_insert_with(ConversationDigest::default)
            .add(&stored);
        let sealed_msg = stored.seal(&key, stored.id)?;
        let sealed_conv = conversation.seal(&key, conversation.id)?;
        self.wm.shared.store().apply(&[
            Write::PutMessage {
                profile: profile.id(),
                id: stored.id,
                conversation: conversation_id,
                order,
                sealed: &sealed_msg,
            },
            Write::PutItem {
                table: Table::Conversations,
                profile: profile.id(),
                id: conversation.id,
                sealed: &sealed_conv,
            },
            Write::Enqueue {
                id: outbox_row,
                sealed: &sealed_item,
                owner: Some(vault::OwnerTags::new(&key).tag(outbox_row)),
            },
        ])?;
        self.wm.sync().note_activity();
        self.wm.shared.observers.notify(Change::Conversation {
            id: conversation_id,
        });
        self.wm.shared.observers.notify(Change::Outbox);
        let l = self.wm.shared.localizer();
        Ok(MessageView {
            id: stored.id,
            outgoing: true,
            body,
            at: now,
            status: Some(MessageStatus::Queued),
            status_label: status_label(&l, Some(MessageStatus::Queued)),
            can_retry: false,
        })
    }

    /// Sends a message that needs attention again (the relay refused it):
    /// its outbox entry goes back to pending with a fresh retry budget.
    ///
    /// An entry that is gone, or no longer opens with the device key (both
    /// only through damage), is sealed again from the message record with
    /// the same envelope id, so the relay still stores it only once.
    pub fn retry_message(&self, message_id: i64) -> Result<()> {
        let (profile, key, locale) = self
            .wm
            .shared
            .with_session(|s| Ok((s.profile, s.key_copy(), s.stored.settings.locale.clone())))?;
        let sealed = self
            .wm
            .shared
            .store()
            .item(Table::Messages, profile.id(), message_id)?;
        let mut message: StoredMessage = match sealed {
            Some(sealed) => StoredMessage::open(&key, message_id, &sealed)?,
            None => return Err(Error::NotFound),
        };
        if !message.outgoing {
            return Err(Error::NotFound);
        }
        let row = match message.outbox {
            // An entry on a damaged page stays there (never dropped); the
            // message goes into a new one.
            Some(id) => match self.wm.shared.store().outbox_row(id) {
                Err(Error::Corrupted(_)) => None,
                other => other?,
            },
            // Restored from a backup: its entry stayed on the old phone.
            None => return Ok(()),
        };
        let device = self.wm.shared.device_key()?;
        match &row {
            Some(row) if row.state != OutboxState::Failed => return Ok(()),
            Some(row) if outbox_item(&device, row.id, &row.sealed).is_some() => {
                self.wm.shared.store().apply(&[Write::Outbox {
                    id: row.id,
                    state: OutboxState::Pending,
                    attempts: 0,
                    next_at: 0,
                }])?;
                self.wm.shared.observers.notify(Change::Outbox);
                return Ok(());
            }
            // The backup said where it got to on the old phone.
            None if message.restored_status.is_some() => return Ok(()),
            _ => {}
        }
        let mut conversation = self
            .stored_conversations(&key, profile.id())?
            .into_iter()
            .find(|c| c.id == message.conversation)
            .ok_or(StoredMessage::damaged())?;
        // Sealed again, it goes to the hotline's current key; it carries
        // the route anyway (below).
        self.adopt_current_key(&mut conversation);
        let envelope_id: [u8; 16] = from_hex(&message.envelope_id)
            .and_then(|b| b.try_into().ok())
            .ok_or(StoredMessage::damaged())?;
        // Older records did not keep their seq: the next one is unused.
        let seq = match message.seq {
            Some(seq) => seq,
            None => {
                conversation.next_seq += 1;
                conversation.next_seq - 1
            }
        };
        let locale = route_locale(
            locale.unwrap_or_else(|| self.wm.shared.localizer().active_tag().to_string()),
        );
        message.seq = Some(seq);
        // Sealed again only after damage: it carries the route (the one
        // that did may be this very message), at 51 bytes.
        let again = Outgoing {
            envelope_id,
            seq,
            sent_at: message.at,
            locale,
            body: &message.body,
            route: true,
        };
        let result = match &row {
            Some(r) => self.requeue(
                profile.id(),
                &key,
                &message,
                &conversation,
                &again,
                r.id,
                true,
            ),
            // A new entry: first at the table's right edge, then at random
            // ids, since one that would fall on or next to a damaged page is
            // refused as corrupt.
            None => {
                const TRIES: u32 = 32;
                let mut tries = TRIES;
                loop {
                    let random = random_id()?;
                    let id = match self.wm.shared.store().outbox_id_after_last(random) {
                        Ok(Some(id)) if tries == TRIES => id,
                        _ => random,
                    };
                    match self.requeue(
                        profile.id(),
                        &key,
                        &message,
                        &conversation,
                        &again,
                        id,
                        false,
                    ) {
                        Err(Error::Corrupted(Damaged::Database)) if tries > 1 => tries -= 1,
                        other => break other,
                    }
                }
            }
        };
        if result.is_ok() {
            self.wm.sync().note_activity();
            self.wm.shared.observers.notify(Change::Outbox);
        }
        result
    }

    /// Seals `message` again into outbox row `outbox_row` (`replace`: the
    /// row exists and is overwritten) and stores the message and its
    /// conversation with it, in one transaction.
    #[allow(clippy::too_many_arguments)] // one transaction's worth of parts
    fn requeue(
        &self,
        profile: i64,
        key: &DataKey,
        message: &StoredMessage,
        conversation: &StoredConversation,
        out: &Outgoing<'_>,
        outbox_row: i64,
        replace: bool,
    ) -> Result<()> {
        let sealed_item = self.seal_outgoing(conversation, out, outbox_row)?;
        let mut conversation = conversation.clone();
        conversation.route = Some(RouteSent {
            seq: out.seq,
            outbox: outbox_row,
            locale: out.locale.clone(),
        });
        let mut message = message.clone();
        message.outbox = Some(outbox_row);
        // The list shows the newest outgoing message's status: if this is
        // it, its status now comes from the new entry.
        if let Some(last) = conversation
            .digest
            .as_mut()
            .and_then(|d| d.last_outgoing.as_mut())
            .filter(|o| o.order == message.order)
        {
            last.outbox = Some(outbox_row);
        }
        let sealed_msg = message.seal(key, message.id)?;
        let sealed_conv = conversation.seal(key, conversation.id)?;
        let entry = if replace {
            Write::Reseal {
                id: outbox_row,
                sealed: &sealed_item,
            }
        } else {
            Write::Enqueue {
                id: outbox_row,
                sealed: &sealed_item,
                owner: Some(vault::OwnerTags::new(key).tag(outbox_row)),
            }
        };
        self.wm.shared.store().apply(&[
            Write::PutMessage {
                profile,
                id: message.id,
                conversation: message.conversation,
                order: message.order,
                sealed: &sealed_msg,
            },
            Write::PutItem {
                table: Table::Conversations,
                profile,
                id: conversation.id,
                sealed: &sealed_conv,
            },
            entry,
        ])
    }

    /// Points `conversation` at its hotline's key in the content in use,
    /// and says whether that changed it: a newer pack may have replaced the
    /// key (a rotation), and the next message then goes to the new one and
    /// carries the route again, since whoever holds the new key may not
    /// hold the envelopes that carried it. A hotline the content no longer
    /// offers keeps the key the conversation knew. Messages already sealed
    /// in the outbox stay sealed to the old key.
    fn adopt_current_key(&self, conversation: &mut StoredConversation) -> bool {
        match self.quiet_hotline(&conversation.hotline) {
            Ok(hotline) if !hotline.key.eq_ignore_ascii_case(&conversation.hotline_key) => {
                conversation.hotline_key = hotline.key;
                true
            }
            _ => false,
        }
    }

    /// Whether the next message of `conversation` must carry the reply
    /// route (format 2): when no message has carried it yet, when the
    /// locale changed since, or when the one that carried it can no longer
    /// be counted on to reach the hotline first (its outbox entry failed,
    /// or is gone or damaged). Entries go out in order, and a batch is
    /// stored whole, so a message queued behind the one with the route
    /// reaches the hotline after it or with it.
    fn needs_route(&self, conversation: &StoredConversation, locale: &str) -> Result<bool> {
        let Some(sent) = &conversation.route else {
            return Ok(true);
        };
        if sent.locale != locale {
            return Ok(true);
        }
        Ok(match self.wm.shared.store().outbox_row(sent.outbox) {
            Ok(Some(row)) => row.state == OutboxState::Failed,
            Ok(None) | Err(Error::Corrupted(_)) => true,
            Err(e) => return Err(e),
        })
    }

    /// Seals one outgoing message to the conversation's hotline (envelope
    /// and message format 2) and wraps the envelope as the device-sealed
    /// outbox item for `outbox_row`.
    fn seal_outgoing(
        &self,
        conversation: &StoredConversation,
        out: &Outgoing<'_>,
        outbox_row: i64,
    ) -> Result<Vec<u8>> {
        let damaged = StoredConversation::damaged;
        let hotline_key: [u8; 32] = from_hex(&conversation.hotline_key)
            .and_then(|b| b.try_into().ok())
            .ok_or_else(damaged)?;
        let route = if out.route {
            let key = conversation
                .reply_secret()
                .map(|sk| hpke::public_key(&sk))
                .ok_or_else(damaged)?;
            let mailbox = conversation
                .mailbox_id()
                .and_then(|id| from_hex(&id))
                .and_then(|b| b.try_into().ok())
                .ok_or_else(damaged)?;
            Some(Route {
                key,
                mailbox,
                locale: out.locale.clone(),
            })
        } else {
            None
        };
        let wire = MessageV2 {
            conversation: message::conversation_ref(&conversation.wire_id).ok_or_else(damaged)?,
            seq: out.seq,
            sent_at: out.sent_at,
            route,
            body: out.body.to_string(),
        };
        let plaintext = Zeroizing::new(wire.to_bytes());
        let sealed_envelope = envelope::seal_v2(&hotline_key, out.envelope_id, &plaintext)
            .map_err(|_| Error::Internal("envelope seal"))?;
        let item = OutboxItem::new(&sealed_envelope, &out.envelope_id);
        item.seal(&self.wm.shared.device_key()?, outbox_row)
    }

    /// The explicit step that keeps what the screens read up to date, run
    /// at unlock and after a restore (and, for replies, after each fetch
    /// while unlocked), so the screen getters never write:
    ///
    /// 1. messages without their clear index columns (written before schema
    ///    version 3, or just restored) get them, and their outbox rows this
    ///    profile's owner tag;
    /// 2. conversations without a digest, or with such messages, get one,
    ///    built once from their messages;
    /// 3. fetched replies waiting in the inbox are opened into messages
    ///    ([`crate::Quiet::open_replies`]).
    pub(crate) fn settle(&self, key: &DataKey, profile: i64) -> Result<()> {
        let unindexed = self.wm.shared.store().unindexed_messages(profile)?;
        let mut touched = std::collections::HashSet::new();
        if !unindexed.is_empty() {
            let tags = vault::OwnerTags::new(key);
            let mut writes = Vec::with_capacity(unindexed.len() * 2);
            for (id, sealed) in &unindexed {
                // One that does not open stays as it is: the screens report
                // the damage when they reach it.
                let Ok(m) = StoredMessage::open(key, *id, sealed) else {
                    continue;
                };
                touched.insert(m.conversation);
                writes.push(Write::MessageIndex {
                    profile,
                    id: *id,
                    conversation: m.conversation,
                    order: m.order,
                });
                if let Some(row) = m.outbox.filter(|_| m.outgoing) {
                    writes.push(Write::OutboxOwner {
                        id: row,
                        owner: tags.tag(row),
                    });
                }
            }
            self.wm.shared.store().apply(&writes)?;
        }
        let conversations = self.stored_conversations(key, profile)?;
        let mut sealed = Vec::new();
        for mut c in conversations {
            if c.digest.is_some() && !touched.contains(&c.id) {
                continue;
            }
            let rows = self
                .wm
                .shared
                .store()
                .message_page(profile, c.id, None, usize::MAX >> 1)?;
            let mut messages: Vec<StoredMessage> = rows
                .iter()
                .filter_map(|(id, blob)| StoredMessage::open(key, *id, blob).ok())
                .collect();
            c.digest = Some(ConversationDigest::of(&mut messages));
            sealed.push((c.id, c.seal(key, c.id)?));
        }
        if !sealed.is_empty() {
            let writes: Vec<Write<'_>> = sealed
                .iter()
                .map(|(id, blob)| Write::PutItem {
                    table: Table::Conversations,
                    profile,
                    id: *id,
                    sealed: blob,
                })
                .collect();
            self.wm.shared.store().apply(&writes)?;
        }
        self.open_replies(key, profile)?;
        Ok(())
    }

    /// Opens fetched replies that belong to this profile's conversations
    /// into messages, each in one transaction with removing it from the
    /// inbox. Replies for the other profile stay sealed in the inbox.
    /// Returns the inbox rows that became messages.
    pub(crate) fn open_replies(&self, key: &DataKey, profile: i64) -> Result<Vec<i64>> {
        let inbox = self.wm.shared.store().device_rows(Table::Inbox)?;
        if inbox.is_empty() {
            return Ok(Vec::new());
        }
        let device = self.wm.shared.device_key()?;
        let mut conversations = self.stored_conversations(key, profile)?;
        let mut seen: std::collections::HashSet<String> = self
            .stored_messages(key, profile)?
            .into_iter()
            .filter(|m| !m.outgoing)
            .map(|m| m.envelope_id)
            .collect();
        let mut opened = Vec::new();
        let now = self.wm.shared.now();
        for (row, sealed) in inbox {
            let Ok(record) = InboxRecord::open(&device, row, &sealed) else {
                // Unreadable under this device key: nothing can ever read it.
                self.wm.shared.store().apply(&[Write::DeleteDevice {
                    table: Table::Inbox,
                    id: row,
                }])?;
                continue;
            };
            let Some(conversation) = conversations
                .iter_mut()
                .find(|c| c.mailbox_id().as_deref() == Some(record.mailbox_id.as_str()))
            else {
                continue;
            };
            let reply = record
                .envelope_bytes()
                .zip(conversation.reply_secret())
                .and_then(|(bytes, sk)| envelope::open(&sk, &bytes).ok())
                .and_then(|(h, plain)| AnyReply::decode(h.format, &plain).ok())
                .filter(|r| r.is_for(&conversation.wire_id));
            let duplicate = seen.contains(&record.envelope_id);
            let mut writes = vec![Write::DeleteDevice {
                table: Table::Inbox,
                id: row,
            }];
            let (sealed_msg, sealed_conv);
            if let (Some(reply), false) = (reply, duplicate) {
                let order = conversation.next_order;
                conversation.next_order += 1;
                seen.insert(record.envelope_id.clone());
                let stored = StoredMessage {
                    id: random_id()?,
                    conversation: conversation.id,
                    outgoing: false,
                    body: crate::text::for_display(&crate::text::for_storage(reply.body())),
                    // Never later than it arrived: a reply dated in the
                    // future would stay "newest" for ever.
                    at: reply.sent_at().min(if record.received_at > 0 {
                        record.received_at
                    } else {
                        now
                    }),
                    order,
                    envelope_id: record.envelope_id.clone(),
                    outbox: None,
                    restored_status: None,
                    seq: None,
                };
                conversation
                    .digest
                    .get_or_insert_with(ConversationDigest::default)
                    .add(&stored);
                sealed_msg = stored.seal(key, stored.id)?;
                sealed_conv = conversation.seal(key, conversation.id)?;
                writes.push(Write::PutMessage {
                    profile,
                    id: stored.id,
                    conversation: conversation.id,
                    order: stored.order,
                    sealed: &sealed_msg,
                });
                writes.push(Write::PutItem {
                    table: Table::Conversations,
                    profile,
                    id: conversation.id,
                    sealed: &sealed_conv,
                });
                opened.push(row);
            }
            self.wm.shared.store().apply(&writes)?;
            if opened.last() == Some(&row) {
                self.wm.shared.observers.notify(Change::Reply {
                    conversation: conversation.id,
                });
            }
        }
        Ok(opened)
    }
}
