//! What the platforms report about the network, read by the core: the raw
//! `Retry-After` header of an answer and the raw connectivity facts of the
//! phone. The apps pass them on untouched; the rules that read them live
//! here, once, instead of in Kotlin and in Swift.
//!
//! This module owns those two readings. It must never do I/O or keep
//! state: both are pure functions of what the platform said (and the time).

use std::time::UNIX_EPOCH;

/// Seconds to wait before asking again, from a `Retry-After` header value
/// received at `now` (Unix seconds), as RFC 9110 §10.2.3 allows it:
/// delta-seconds (`120`) or an HTTP-date (`Wed, 21 Oct 2015 07:28:00 GMT`,
/// and the two obsolete date forms a recipient must also accept). A date
/// already past means now (0). Anything else is `None`, and the engine
/// falls back to its own backoff.
pub fn retry_after_secs(value: &str, now: i64) -> Option<u64> {
    let value = value.trim();
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        // Only digits: too many of them is a very long wait (the engine
        // caps it), not garbage.
        return Some(value.parse().unwrap_or(u64::MAX));
    }
    let at = httpdate::parse_http_date(value).ok()?;
    let at = match at.duration_since(UNIX_EPOCH) {
        Ok(since) => i64::try_from(since.as_secs()).unwrap_or(i64::MAX),
        Err(_) => return Some(0),
    };
    Some(u64::try_from(at.saturating_sub(now)).unwrap_or(0))
}

/// What the platform knows about the network right now, unread: Android's
/// ConnectivityManager and iOS's NWPathMonitor each fill it in from their
/// own calls, and the core decides what it means ([`NetworkFacts::online`],
/// [`NetworkFacts::saves_data`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NetworkFacts {
    /// The platform has an answer (iOS: the first path update came;
    /// Android: asking did not fail). Without one the engine assumes a
    /// network, saves no data, and backs off on failures.
    pub known: bool,
    /// There is a network that can reach the internet (Android:
    /// `NET_CAPABILITY_INTERNET` on the active network; iOS: the path's
    /// status is `satisfied`).
    pub internet: bool,
    /// The platform checked that it really does (Android:
    /// `NET_CAPABILITY_VALIDATED`); `None` where the platform does not
    /// check (iOS).
    pub validated: Option<bool>,
    /// The network costs by the byte (Android: `isActiveNetworkMetered`;
    /// iOS: `isExpensive`, cellular or a hotspot).
    pub metered: bool,
    /// The person asked to save data (Android: Data Saver restricts this
    /// app, `RESTRICT_BACKGROUND_STATUS_ENABLED`; iOS: Low Data Mode,
    /// `isConstrained`).
    pub data_saver_on: bool,
}

impl NetworkFacts {
    /// No answer from the platform.
    pub const UNKNOWN: NetworkFacts = NetworkFacts {
        known: false,
        internet: false,
        validated: None,
        metered: false,
        data_saver_on: false,
    };

    /// A network with nothing to save: what a platform without a signal
    /// (the terminal app) gets.
    pub const ONLINE: NetworkFacts = NetworkFacts {
        known: true,
        internet: true,
        validated: Some(true),
        metered: false,
        data_saver_on: false,
    };

    /// Whether the engine may plan requests: without an answer, yes (and
    /// failures back off); else a network that reaches the internet and
    /// that the platform did not find cut off (a captive portal).
    pub fn online(&self) -> bool {
        !self.known || (self.internet && self.validated != Some(false))
    }

    /// Whether to skip what can wait (the content pack check): the person
    /// asked to save data, or the network is metered.
    pub fn saves_data(&self) -> bool {
        self.known && (self.data_saver_on || self.metered)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Wed, 21 Oct 2015 07:28:00 GMT.
    const DATE: i64 = 1_445_412_480;

    #[test]
    fn retry_after_reads_seconds() {
        assert_eq!(retry_after_secs("120", DATE), Some(120));
        assert_eq!(retry_after_secs(" 0 ", DATE), Some(0));
        assert_eq!(
            retry_after_secs("99999999999999999999999", DATE),
            Some(u64::MAX)
        );
    }

    #[test]
    fn retry_after_reads_every_http_date_form() {
        for form in [
            "Wed, 21 Oct 2015 07:30:00 GMT",
            "Wednesday, 21-Oct-15 07:30:00 GMT",
            "Wed Oct 21 07:30:00 2015",
        ] {
            assert_eq!(retry_after_secs(form, DATE), Some(120), "{form}");
        }
        // Already past: ask again now.
        assert_eq!(
            retry_after_secs("Wed, 21 Oct 2015 07:00:00 GMT", DATE),
            Some(0)
        );
    }

    #[test]
    fn retry_after_refuses_garbage() {
        for bad in [
            "",
            "  ",
            "-5",
            "+5",
            "1.5",
            "12 s",
            "soon",
            "Wed, 32 Oct 2015 07:30:00 GMT",
            "Wed, 21 Oct 2015 07:30:00 CET",
            "\u{0663}",
        ] {
            assert_eq!(retry_after_secs(bad, DATE), None, "{bad:?}");
        }
    }

    #[test]
    fn network_facts_decide_online_and_saving_data() {
        assert!(NetworkFacts::UNKNOWN.online());
        assert!(!NetworkFacts::UNKNOWN.saves_data());
        assert!(NetworkFacts::ONLINE.online());
        assert!(!NetworkFacts::ONLINE.saves_data());
        let ios_wifi = NetworkFacts {
            validated: None,
            ..NetworkFacts::ONLINE
        };
        assert!(ios_wifi.online());
        let portal = NetworkFacts {
            validated: Some(false),
            ..NetworkFacts::ONLINE
        };
        assert!(!portal.online());
        let none = NetworkFacts {
            internet: false,
            ..NetworkFacts::ONLINE
        };
        assert!(!none.online());
        for saving in [
            NetworkFacts {
                metered: true,
                ..NetworkFacts::ONLINE
            },
            NetworkFacts {
                data_saver_on: true,
                ..NetworkFacts::ONLINE
            },
        ] {
            assert!(saving.online() && saving.saves_data(), "{saving:?}");
        }
    }
}
