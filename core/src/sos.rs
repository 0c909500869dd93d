//! SOS: ready-to-send text messages for trusted contacts.
//!
//! The core composes the messages (recipient, localized text, optional
//! location) and the native app sends them as SMS, which works without
//! mobile data. SMS is not encrypted, and every SOS screen says so.
//!
//! A real SOS takes two steps, so one key press never sends it: a review
//! ([`SosStage::Review`]: who gets what; nothing recorded or sent) and an
//! explicit confirm ([`SosStage::Sent`]: recorded, and the screen says
//! exactly what went to whom). Practice mode is one step
//! ([`SosStage::Practice`]): the same messages, marked as not to be sent.
//! Each SOS is recorded sealed in `sos_history`.
//!
//! The capability is the [`Sos`] handle (`wm.sos()`); the plan under review
//! lives in the session, so a lock forgets it. It must never send or record
//! anything on review, only on confirm or practice.

use serde::{Deserialize, Serialize};

use crate::Waymark;
use crate::contacts::Contact;
use crate::error::{ArgValue, Error, Result};
use crate::l10n::Localizer;
use crate::record::Sealed;
use crate::shared::random_id;
use crate::store::{Table, Write};

/// A position from the phone, when the native app has one.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub latitude: f64,
    pub longitude: f64,
    /// Radius of uncertainty in metres.
    pub accuracy_m: Option<f64>,
}

impl Location {
    pub fn validated(self) -> Result<Self> {
        let ok = self.latitude.is_finite()
            && self.longitude.is_finite()
            && (-90.0..=90.0).contains(&self.latitude)
            && (-180.0..=180.0).contains(&self.longitude)
            && self.accuracy_m.is_none_or(|a| a.is_finite() && a >= 0.0);
        if ok {
            Ok(self)
        } else {
            Err(Error::InvalidInput { field: "location" })
        }
    }

    /// A map link any phone can open in a browser.
    pub fn link(&self) -> String {
        format!(
            "https://www.openstreetmap.org/?mlat={lat:.5}&mlon={lon:.5}#map=17/{lat:.5}/{lon:.5}",
            lat = self.latitude,
            lon = self.longitude
        )
    }
}

/// One text message for the native app to send.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SmsPayload {
    pub recipient: String,
    pub contact_name: String,
    pub body: String,
    /// Who it is for, in words: "To Anna (+66812345678)".
    pub to_label: String,
}

/// Which step of an SOS a plan is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SosStage {
    /// Shown before sending: nothing is recorded or sent until the person
    /// confirms.
    Review,
    /// Confirmed and recorded: the native app sends these messages.
    Sent,
    /// Practice: recorded as practice, nothing may be sent.
    Practice,
}

/// What the SOS screen shows and the native app sends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SosPlan {
    pub title: String,
    pub stage: SosStage,
    /// SMS is not encrypted: always shown.
    pub warning: String,
    /// What this step means: who will get it (review), who got it (sent).
    pub summary: String,
    /// In practice mode nothing may be sent.
    pub practice: bool,
    pub practice_notice: Option<String>,
    pub messages: Vec<SmsPayload>,
    /// Review only: the action that sends, and the one that does not.
    pub confirm_label: Option<String>,
    pub cancel_label: Option<String>,
    /// Whether the texts carry the phone's position.
    pub with_location: bool,
    /// Review without a position: the action that adds it
    /// ([`Sos::add_location`]; the platform asks for permission only then),
    /// and what it means.
    pub add_location_label: Option<String>,
    pub add_location_explain: Option<String>,
    /// Review: the position is included, or could not be added (refused or
    /// unknown; the SOS goes without it).
    pub location_note: Option<String>,
}

/// Where an SOS stands with the phone's position: chosen at review time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Whereabouts {
    /// Not asked for (yet).
    NotAsked,
    Included,
    /// Asked for, but the platform had none (permission refused, no fix).
    Unavailable,
}

impl SosPlan {
    /// The plan for `stage` with `messages` in the current language.
    pub(crate) fn new(
        l: &Localizer,
        stage: SosStage,
        messages: Vec<SmsPayload>,
        whereabouts: Whereabouts,
    ) -> SosPlan {
        let count = ArgValue::Number(messages.len() as i64);
        let review = stage == SosStage::Review;
        let can_add = review && whereabouts == Whereabouts::NotAsked;
        SosPlan {
            title: l.message("sos-title"),
            stage,
            warning: l.message("sos-sms-warning"),
            summary: match stage {
                SosStage::Review => l.message_with("sos-review", &[("count", count)]),
                SosStage::Sent => l.message_with("sos-sent", &[("count", count)]),
                SosStage::Practice => l.message_with("sos-ready", &[("count", count)]),
            },
            practice: stage == SosStage::Practice,
            practice_notice: (stage == SosStage::Practice).then(|| l.message("sos-practice")),
            messages,
            confirm_label: review.then(|| l.message("sos-confirm")),
            cancel_label: review.then(|| l.message("sos-cancel")),
            with_location: whereabouts == Whereabouts::Included,
            add_location_label: can_add.then(|| l.message("sos-location-add")),
            add_location_explain: can_add.then(|| l.message("sos-location-add-explain")),
            location_note: match whereabouts {
                Whereabouts::NotAsked => None,
                Whereabouts::Included => Some(l.message("sos-location-included")),
                Whereabouts::Unavailable => Some(l.message("sos-location-unavailable")),
            },
        }
    }

    /// The same messages at another step (review → sent).
    pub(crate) fn at(&self, l: &Localizer, stage: SosStage, whereabouts: Whereabouts) -> SosPlan {
        SosPlan::new(l, stage, self.messages.clone(), whereabouts)
    }
}

/// One recorded SOS (sealed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SosEvent {
    /// Unix seconds.
    pub at: i64,
    pub practice: bool,
    pub recipients: u32,
    pub with_location: bool,
}

/// SOS to trusted contacts; from [`Waymark::sos`]. The plan under review
/// lives in the session, so locking forgets it.
#[derive(Clone, Copy, Debug)]
pub struct Sos<'a> {
    wm: &'a Waymark,
}

impl<'a> Sos<'a> {
    pub(crate) fn new(wm: &'a Waymark) -> Self {
        Sos { wm }
    }

    pub fn screen(&self) -> crate::screens::SosScreen {
        crate::screens::sos(&self.wm.shared.localizer())
    }

    /// Step one of a real SOS: composes the text messages to every trusted
    /// contact and shows them for review. Nothing is recorded or sent; the
    /// plan waits (in memory, until the profile locks) for
    /// [`Sos::confirm`].
    pub fn review(&self, location: Option<Location>) -> Result<SosPlan> {
        let (messages, with_location) = self.compose_sos(location)?;
        let whereabouts = if with_location {
            Whereabouts::Included
        } else {
            Whereabouts::NotAsked
        };
        self.keep_for_review(messages, whereabouts)
    }

    /// At review, the person chose to add the phone's position: the
    /// platform asked for permission only now and passes what it got. With
    /// a position the texts are composed again with it; without one the
    /// plan says the SOS goes without it (and offers nothing more). Nothing
    /// is recorded or sent. Without a review waiting this is `not_found`.
    pub fn add_location(&self, location: Option<Location>) -> Result<SosPlan> {
        let waiting = self
            .wm
            .shared
            .with_session_mut(|s| Ok(s.pending_sos.as_ref().map(|(p, _)| p.messages.clone())))?
            .ok_or(Error::NotFound)?;
        match location {
            Some(_) => {
                let (messages, _) = self.compose_sos(location)?;
                self.keep_for_review(messages, Whereabouts::Included)
            }
            None => self.keep_for_review(waiting, Whereabouts::Unavailable),
        }
    }

    /// The plan under review, kept in the session for [`Sos::confirm`].
    fn keep_for_review(
        &self,
        messages: Vec<SmsPayload>,
        whereabouts: Whereabouts,
    ) -> Result<SosPlan> {
        let l = self.wm.shared.localizer();
        let plan = SosPlan::new(&l, SosStage::Review, messages, whereabouts);
        let mut session = self.wm.shared.session();
        let session = session.as_mut().ok_or(Error::Locked)?;
        session.pending_sos = Some((plan.clone(), whereabouts));
        Ok(plan)
    }

    /// Step two: the person confirmed the plan from [`Sos::review`].
    /// Records the SOS (sealed) and returns exactly what is sent to whom.
    /// Without a review waiting this is `not_found` and nothing happens.
    pub fn confirm(&self) -> Result<SosPlan> {
        let (plan, whereabouts) = self
            .wm
            .shared
            .with_session_mut(|s| Ok(s.pending_sos.take()))?
            .ok_or(Error::NotFound)?;
        self.record_sos(plan.messages.len(), plan.with_location, false)?;
        Ok(plan.at(&self.wm.shared.localizer(), SosStage::Sent, whereabouts))
    }

    /// Forgets a reviewed SOS that was not confirmed.
    pub fn cancel(&self) {
        if let Some(s) = self.wm.shared.session().as_mut() {
            s.pending_sos = None;
        }
    }

    /// Practice, in one step: the same messages, recorded as practice and
    /// marked as not to be sent.
    pub fn practice(&self, location: Option<Location>) -> Result<SosPlan> {
        let (messages, with_location) = self.compose_sos(location)?;
        self.record_sos(messages.len(), with_location, true)?;
        Ok(SosPlan::new(
            &self.wm.shared.localizer(),
            SosStage::Practice,
            messages,
            if with_location {
                Whereabouts::Included
            } else {
                Whereabouts::NotAsked
            },
        ))
    }

    /// The SOS text for every trusted contact, and whether it has a location.
    fn compose_sos(&self, location: Option<Location>) -> Result<(Vec<SmsPayload>, bool)> {
        let location = location.map(Location::validated).transpose()?;
        let trusted: Vec<Contact> = self
            .wm
            .contacts()
            .list()?
            .into_iter()
            .filter(|c| c.trusted)
            .collect();
        if trusted.is_empty() {
            return Err(Error::NoTrustedContacts);
        }
        let l = self.wm.shared.localizer();
        let name = self.wm.shared.stored()?.settings.display_name;
        let mut body = match &name {
            Some(n) => l.message_with("sos-message-named", &[("name", ArgValue::Text(n.clone()))]),
            None => l.message("sos-message"),
        };
        if let Some(loc) = &location {
            let accuracy = loc.accuracy_m.unwrap_or(0.0).round() as i64;
            body.push('\n');
            body.push_str(&l.message_with(
                "sos-location",
                &[
                    ("latitude", ArgValue::Text(format!("{:.5}", loc.latitude))),
                    ("longitude", ArgValue::Text(format!("{:.5}", loc.longitude))),
                    ("accuracy", ArgValue::Number(accuracy)),
                    ("link", ArgValue::Text(loc.link())),
                ],
            ));
        }
        let messages = trusted
            .into_iter()
            .map(|c| SmsPayload {
                to_label: l.message_with(
                    "sos-to",
                    &[
                        ("name", ArgValue::Text(c.name.clone())),
                        ("phone", ArgValue::Text(c.phone.clone())),
                    ],
                ),
                recipient: c.phone,
                contact_name: c.name,
                body: body.clone(),
            })
            .collect();
        Ok((messages, location.is_some()))
    }

    fn record_sos(&self, recipients: usize, with_location: bool, practice: bool) -> Result<()> {
        let event = SosEvent {
            at: self.wm.shared.now(),
            practice,
            recipients: u32::try_from(recipients).unwrap_or(u32::MAX),
            with_location,
        };
        let (profile, key) = self.wm.shared.profile_key()?;
        let id = random_id()?;
        let sealed = event.seal(&key, id)?;
        self.wm.shared.store().write(Write::PutItem {
            table: SosEvent::TABLE,
            profile: profile.id(),
            id,
            sealed: &sealed,
        })
    }

    /// Recorded SOS events, newest first.
    pub fn history(&self) -> Result<Vec<SosEvent>> {
        let (profile, key) = self.wm.shared.profile_key()?;
        let rows = self
            .wm
            .shared
            .store()
            .list(Table::SosHistory, profile.id())?;
        let mut out = Vec::new();
        for (id, sealed) in rows {
            out.push(SosEvent::open(&key, id, &sealed)?);
        }
        out.sort_by_key(|e| std::cmp::Reverse(e.at));
        Ok(out)
    }

    /// The open profile's recorded SOS events, newest first, in words (the
    /// decoy's are the decoy's own).
    pub fn history_screen(&self) -> Result<crate::screens::SosHistoryScreen> {
        let events = self.history()?;
        Ok(crate::screens::sos_history(
            &self.wm.shared.localizer(),
            events,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_are_checked_and_linked() {
        let l = Location {
            latitude: 13.7563,
            longitude: 100.5018,
            accuracy_m: Some(20.0),
        };
        assert_eq!(l.validated().unwrap(), l);
        assert!(l.link().contains("mlat=13.75630&mlon=100.50180"));
        for bad in [(91.0, 0.0), (0.0, 181.0), (f64::NAN, 0.0)] {
            let l = Location {
                latitude: bad.0,
                longitude: bad.1,
                accuracy_m: None,
            };
            assert!(l.validated().is_err());
        }
    }
}
