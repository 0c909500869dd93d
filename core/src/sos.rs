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

use serde::{Deserialize, Serialize};

use crate::error::{ArgValue, Error, Result};
use crate::l10n::Localizer;

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
}

impl SosPlan {
    /// The plan for `stage` with `messages` in the current language.
    pub(crate) fn new(l: &Localizer, stage: SosStage, messages: Vec<SmsPayload>) -> SosPlan {
        let count = ArgValue::Number(messages.len() as i64);
        let review = stage == SosStage::Review;
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
        }
    }

    /// The same messages at another step (review → sent).
    pub(crate) fn at(&self, l: &Localizer, stage: SosStage) -> SosPlan {
        SosPlan::new(l, stage, self.messages.clone())
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
