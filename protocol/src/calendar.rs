//! UTC calendar dates of Unix seconds, for the timestamps the protocol
//! carries (a message's `sent_at`, an SOS event) when a person or an
//! operator reads them. One place for the civil-from-days arithmetic
//! (Howard Hinnant's algorithm), valid for every `i64` day count the
//! protocol can hold.

/// A UTC calendar day and time of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UtcTime {
    pub year: i64,
    /// 1–12.
    pub month: u8,
    /// 1–31.
    pub day: u8,
    /// Seconds since midnight, 0–86 399.
    pub second_of_day: u32,
}

/// The UTC date and time of `unix` seconds since 1970-01-01.
pub fn utc(unix: i64) -> UtcTime {
    let days = unix.div_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    UtcTime {
        year,
        // In range by construction: month is 1–12, day 1–31, the second
        // of the day 0–86 399.
        month: month as u8,
        day: day as u8,
        second_of_day: unix.rem_euclid(86_400) as u32,
    }
}

impl UtcTime {
    /// ISO 8601, e.g. `2025-11-24T16:13:21Z`.
    pub fn iso8601(&self) -> String {
        let s = self.second_of_day;
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
            self.year,
            self.month,
            self.day,
            s / 3600,
            s % 3600 / 60,
            s % 60
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_instants() {
        assert_eq!(utc(0).iso8601(), "1970-01-01T00:00:00Z");
        assert_eq!(utc(1_764_000_801).iso8601(), "2025-11-24T16:13:21Z");
        assert_eq!(utc(951_782_400).iso8601(), "2000-02-29T00:00:00Z");
        assert_eq!(utc(-1).iso8601(), "1969-12-31T23:59:59Z");
        let t = utc(4_107_542_399);
        assert_eq!((t.year, t.month, t.day), (2100, 2, 28));
    }
}
