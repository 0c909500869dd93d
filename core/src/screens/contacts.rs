//! The emergency contacts screens: the list, and the add / edit form with
//! the values to start from.
//!
//! Models only: this module never changes state (the facade's
//! `add_contact`, `update_contact` and `remove_contact` do, validating in
//! [`crate::contacts`]). Contacts are the open profile's own: the decoy's
//! list is the decoy's.

use serde::Serialize;

use crate::contacts::{Channel, Contact, ContactInput};
use crate::l10n::Localizer;

/// The emergency contacts list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ContactsScreen {
    pub title: String,
    pub empty_text: Option<String>,
    pub trusted_label: String,
    /// Opens the empty form.
    pub add_label: String,
    pub contacts: Vec<Contact>,
}

pub fn contacts(l: &Localizer, list: Vec<Contact>) -> ContactsScreen {
    ContactsScreen {
        title: l.message("contacts-title"),
        empty_text: list.is_empty().then(|| l.message("contacts-empty")),
        trusted_label: l.message("contact-trusted"),
        add_label: l.message("contact-add"),
        contacts: list,
    }
}

/// One way to reach a contact, named for the person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChannelChoice {
    pub channel: Channel,
    pub label: String,
}

/// The add / edit contact form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ContactForm {
    /// "Add a contact" or "Edit contact".
    pub title: String,
    /// The contact being edited; `None` when adding.
    pub id: Option<i64>,
    /// The values to start from: the contact's, or empty (SMS, not trusted).
    pub values: ContactInput,
    pub name_label: String,
    pub phone_label: String,
    /// How to write the number so it can be used.
    pub phone_hint: String,
    pub relation_label: String,
    pub note_label: String,
    pub channel_label: String,
    /// Every channel, in order (the first is the default).
    pub channels: Vec<ChannelChoice>,
    pub trusted_label: String,
    pub save_label: String,
    pub cancel_label: String,
    /// Only when editing.
    pub remove_label: Option<String>,
    pub saved_label: String,
    pub removed_label: String,
}

/// The form for `contact` (`None`: a new one).
pub fn contact_form(l: &Localizer, contact: Option<&Contact>) -> ContactForm {
    // Brand names stay as the brands write them, in every language.
    let channels = [
        (Channel::Sms, l.message("channel-sms")),
        (Channel::Call, l.message("channel-call")),
        (Channel::WhatsApp, l.message("directory-whatsapp")),
        (Channel::Line, "LINE".to_string()),
        (Channel::Viber, "Viber".to_string()),
        (Channel::Messenger, "Messenger".to_string()),
        (Channel::Telegram, "Telegram".to_string()),
        (Channel::Signal, "Signal".to_string()),
    ];
    let values = contact.map_or_else(ContactInput::default, |c| ContactInput {
        name: c.name.clone(),
        phone: c.phone.clone(),
        relation: c.relation.clone(),
        note: c.note.clone(),
        channel: c.channel,
        trusted: c.trusted,
    });
    ContactForm {
        title: l.message(if contact.is_some() {
            "contact-edit"
        } else {
            "contact-add"
        }),
        id: contact.map(|c| c.id),
        values,
        name_label: l.message("contact-name"),
        phone_label: l.message("contact-phone"),
        phone_hint: l.message("error-phone-needs-country"),
        relation_label: l.message("contact-relation"),
        note_label: l.message("contact-note"),
        channel_label: l.message("contact-channel"),
        channels: channels
            .into_iter()
            .map(|(channel, label)| ChannelChoice { channel, label })
            .collect(),
        trusted_label: l.message("contact-trusted"),
        save_label: l.message("form-save"),
        cancel_label: l.message("form-cancel"),
        remove_label: contact.map(|_| l.message("contact-remove")),
        saved_label: l.message("contact-saved"),
        removed_label: l.message("contact-removed"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_edit_form_starts_from_the_contact() {
        let l = Localizer::for_preferences(&[]);
        let add = contact_form(&l, None);
        assert_eq!(add.id, None);
        assert_eq!(add.values, ContactInput::default());
        assert_eq!(add.remove_label, None);
        let c = Contact {
            id: 7,
            name: "Anna".into(),
            phone: "+66812345678".into(),
            relation: Some("sister".into()),
            note: None,
            channel: Channel::Line,
            trusted: true,
        };
        let edit = contact_form(&l, Some(&c));
        assert_eq!(edit.id, Some(7));
        assert_eq!(edit.values.name, "Anna");
        assert_eq!(edit.values.channel, Channel::Line);
        assert!(edit.values.trusted);
        assert!(edit.remove_label.is_some());
        assert_ne!(edit.title, add.title);
    }
}
