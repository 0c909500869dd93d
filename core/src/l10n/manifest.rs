//! The locale manifest (`locales/manifest.json`): which locales exist, their
//! names in their own script, and how far each translation has been checked.
//! Read-only data; it must never decide which locale a person gets (that
//! is [`crate::l10n`]'s negotiation).

use serde::{Deserialize, Serialize};

/// How far a locale's text has been checked by people.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReviewStatus {
    /// The language the text is written in first (English).
    Source,
    /// Translated by machine or by a non-native writer; not yet checked.
    MachineDrafted,
    /// Checked by a native speaker.
    NativeReviewed,
}

impl ReviewStatus {
    /// Message id that tells the person about this status, if any.
    pub fn notice_id(self) -> Option<&'static str> {
        match self {
            ReviewStatus::Source => None,
            ReviewStatus::MachineDrafted => Some("review-machine-drafted"),
            ReviewStatus::NativeReviewed => Some("review-native-reviewed"),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ReviewStatus::Source => "source",
            ReviewStatus::MachineDrafted => "machine-drafted",
            ReviewStatus::NativeReviewed => "native-reviewed",
        }
    }
}

/// One shipped locale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocaleInfo {
    /// BCP-47 tag, also the folder name under `locales/`.
    pub tag: String,
    /// The language's name in its own script.
    pub name: String,
    pub review: ReviewStatus,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// The locale every other one is compared with, and the last fallback.
    pub source: String,
    pub locales: Vec<LocaleInfo>,
}

impl Manifest {
    pub fn parse(json: &str) -> Result<Self, serde_json::Error> {
        serde_json::from_str(json)
    }

    pub fn get(&self, tag: &str) -> Option<&LocaleInfo> {
        self.locales.iter().find(|l| l.tag == tag)
    }
}
