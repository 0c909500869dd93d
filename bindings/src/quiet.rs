//! Quiet contact for the apps: the conversation list and one conversation
//! as records, and the actions that start a conversation, send and retry.
//! Delivery is `sync`'s; hearing about changes is `observe`'s.
//!
//! Every export here reads or writes the profile's database, so every one
//! is async and runs on the library's runtime (the crate's threading
//! rule), except the hotline list, which is read from memory.

use waymark_core::quiet::{
    ConversationScreen, ConversationSummary, ConversationsScreen, HotlineChoice, MessageStatus,
    MessageView,
};

use crate::{ApiError, Waymark};

#[uniffi::remote(Enum)]
pub enum MessageStatus {
    Queued,
    Sent,
    Delivered,
    Replied,
    NeedsAttention,
}

#[uniffi::remote(Record)]
pub struct HotlineChoice {
    pub id: String,
    pub name: String,
    pub about: String,
    pub development: bool,
}

#[uniffi::remote(Record)]
pub struct ConversationSummary {
    pub id: i64,
    pub hotline_id: String,
    pub hotline_name: String,
    pub last_message: String,
    pub last_at: i64,
    pub status: Option<MessageStatus>,
    pub status_label: String,
    pub messages: u32,
}

#[uniffi::remote(Record)]
pub struct ConversationsScreen {
    pub title: String,
    pub intro: String,
    pub hotlines_title: String,
    pub hotlines: Vec<HotlineChoice>,
    pub conversations_title: String,
    pub conversations: Vec<ConversationSummary>,
    pub empty: String,
    pub outbox_note: String,
}

#[uniffi::remote(Record)]
pub struct MessageView {
    pub id: i64,
    pub outgoing: bool,
    pub body: String,
    pub at: i64,
    pub status: Option<MessageStatus>,
    pub status_label: String,
    pub can_retry: bool,
}

#[uniffi::remote(Record)]
pub struct ConversationScreen {
    pub id: i64,
    pub title: String,
    pub hotline_id: String,
    pub hotline_name: String,
    pub messages: Vec<MessageView>,
    pub privacy_note: String,
    pub compose_hint: String,
    pub send_label: String,
    pub retry_label: String,
    pub you_label: String,
    pub development_note: Option<String>,
    pub earlier: Option<i64>,
    pub earlier_label: String,
}

#[uniffi::export]
impl Waymark {
    /// Hotlines that take sealed messages.
    pub fn quiet_hotlines(&self) -> Vec<HotlineChoice> {
        self.inner.quiet().hotlines()
    }

    /// The conversation list. Read-only: opening it changes nothing.
    pub async fn conversations_screen(&self) -> Result<ConversationsScreen, ApiError> {
        self.run(|w| w.quiet().conversations_screen()).await
    }

    /// The newest page of a conversation (as `conversation_page(id, None)`).
    pub async fn conversation_screen(&self, id: i64) -> Result<ConversationScreen, ApiError> {
        self.run(move |w| w.quiet().conversation_screen(id)).await
    }

    /// One page of a conversation: the newest messages before message
    /// `before` (a previous page's `earlier`), or the newest page for `None`.
    pub async fn conversation_page(
        &self,
        id: i64,
        before: Option<i64>,
    ) -> Result<ConversationScreen, ApiError> {
        self.run(move |w| w.quiet().conversation_page(id, before))
            .await
    }

    /// The newest conversation with a hotline, or a new one; its id.
    pub async fn conversation_with(&self, hotline_id: String) -> Result<i64, ApiError> {
        self.run(move |w| w.quiet().conversation_with(&hotline_id))
            .await
    }

    /// Seals the message to the hotline and queues it, durably, before
    /// returning.
    pub async fn send_message(
        &self,
        conversation_id: i64,
        body: String,
    ) -> Result<MessageView, ApiError> {
        self.run(move |w| w.quiet().send_message(conversation_id, &body))
            .await
    }

    pub async fn retry_message(&self, message_id: i64) -> Result<(), ApiError> {
        self.run(move |w| w.quiet().retry_message(message_id)).await
    }
}
