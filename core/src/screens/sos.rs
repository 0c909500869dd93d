//! The SOS screens: the start, and the history of recorded SOS events.
//!
//! Models only (the plans a review or confirm returns are
//! [`crate::sos::SosPlan`]). This module never changes state; the history
//! it draws is the open profile's own, so the decoy shows only its own.

use serde::Serialize;

use crate::content::SourceDate;
use crate::content::directory::date_text;
use crate::error::ArgValue;
use crate::l10n::Localizer;
use crate::sos::SosEvent;

/// The SOS screen before anything is composed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SosScreen {
    pub title: String,
    pub explain: String,
    /// SMS is not encrypted: always shown.
    pub warning: String,
    pub send_label: String,
    pub practice_label: String,
    /// Opens [`SosHistoryScreen`].
    pub history_label: String,
}

pub fn sos(l: &Localizer) -> SosScreen {
    SosScreen {
        title: l.message("sos-title"),
        explain: l.message("sos-explain"),
        warning: l.message("sos-sms-warning"),
        send_label: l.message("sos-title"),
        practice_label: l.message("sos-practice"),
        history_label: l.message("sos-history-title"),
    }
}

/// One recorded SOS, in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SosHistoryEntry {
    /// Unix seconds.
    pub at: i64,
    pub practice: bool,
    pub recipients: u32,
    pub with_location: bool,
    /// "2 December 2026: sent to 2 trusted people" (or practice).
    pub text: String,
    /// Said when the message carried the location.
    pub location_label: Option<String>,
}

/// Recorded SOS events, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SosHistoryScreen {
    pub title: String,
    pub empty_text: Option<String>,
    pub entries: Vec<SosHistoryEntry>,
    /// The mark each entry is listed with.
    pub bullet: String,
}

/// The UTC calendar day of `unix` seconds.
fn day_of(unix: i64) -> SourceDate {
    let t = waymark_protocol::calendar::utc(unix);
    SourceDate {
        year: u16::try_from(t.year).unwrap_or(0),
        month: Some(t.month),
        day: Some(t.day),
        approximate: false,
    }
}

/// `events` must be newest first (as the facade reads them).
pub fn sos_history(l: &Localizer, events: Vec<SosEvent>) -> SosHistoryScreen {
    SosHistoryScreen {
        title: l.message("sos-history-title"),
        bullet: l.message("mark-bullet"),
        empty_text: events.is_empty().then(|| l.message("sos-history-empty")),
        entries: events
            .into_iter()
            .map(|e| SosHistoryEntry {
                text: l.message_with(
                    if e.practice {
                        "sos-history-practice"
                    } else {
                        "sos-history-sent"
                    },
                    &[
                        ("date", ArgValue::Text(date_text(l, Some(&day_of(e.at))))),
                        ("count", ArgValue::Number(i64::from(e.recipients))),
                    ],
                ),
                location_label: e.with_location.then(|| l.message("sos-history-location")),
                at: e.at,
                practice: e.practice,
                recipients: e.recipients,
                with_location: e.with_location,
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_calendar_days() {
        let d = day_of(1_796_212_800); // 2026-12-02T12:00:00Z
        assert_eq!((d.year, d.month, d.day), (2026, Some(12), Some(2)));
        let d = day_of(951_782_400); // 2000-02-29
        assert_eq!((d.year, d.month, d.day), (2000, Some(2), Some(29)));
        let d = day_of(0);
        assert_eq!((d.year, d.month, d.day), (1970, Some(1), Some(1)));
    }

    #[test]
    fn the_history_says_what_happened_and_when() {
        let l = Localizer::for_preferences(&[]);
        let empty = sos_history(&l, Vec::new());
        assert!(empty.empty_text.is_some());
        let s = sos_history(
            &l,
            vec![
                SosEvent {
                    at: 1_796_212_800,
                    practice: false,
                    recipients: 2,
                    with_location: true,
                },
                SosEvent {
                    at: 1_796_112_800,
                    practice: true,
                    recipients: 1,
                    with_location: false,
                },
            ],
        );
        assert_eq!(s.empty_text, None);
        assert!(
            s.entries[0].text.contains("2 December 2026"),
            "{}",
            s.entries[0].text
        );
        assert!(s.entries[0].location_label.is_some());
        assert_ne!(s.entries[0].text, s.entries[1].text);
        assert_eq!(s.entries[1].location_label, None);
        for info in crate::l10n::available() {
            let l = Localizer::for_preferences(std::slice::from_ref(&info.tag));
            let s = sos_history(
                &l,
                vec![SosEvent {
                    at: 0,
                    practice: true,
                    recipients: 3,
                    with_location: true,
                }],
            );
            assert!(
                !s.entries[0].text.starts_with("sos-history"),
                "{}",
                info.tag
            );
            assert!(s.entries[0].location_label.is_some(), "{}", info.tag);
        }
    }
}
