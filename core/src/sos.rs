//! SOS: ready-to-send text messages for trusted contacts.
//!
//! The core composes the messages (recipient, localized text, optional
//! location) and the native app sends them as SMS, which works without
//! mobile data. SMS is not encrypted, and every SOS screen says so. Practice
//! mode composes the same messages but marks them as not to be sent. Each
//! SOS is recorded sealed in `sos_history`.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

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
}

/// What the SOS screen shows and the native app sends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SosPlan {
    pub title: String,
    /// SMS is not encrypted: always shown.
    pub warning: String,
    pub summary: String,
    /// In practice mode nothing may be sent.
    pub practice: bool,
    pub practice_notice: Option<String>,
    pub messages: Vec<SmsPayload>,
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
