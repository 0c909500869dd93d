//! The verified hotline directory's rules: which lines a filter keeps and
//! in what order every UI shows them (directory order, and within each
//! country the lines that speak the reader's language first), what each
//! number opens (a call, a text message, WhatsApp: [`LinkKind`] and its
//! URI), the label of an emergency line (the service it offers), and how
//! source dates, hours and (where the facts give one) a line's local name
//! read in each language. The screens are built in
//! [`crate::screens::directory`].

use serde::Serialize;

use super::{Catalog, DirectoryEntry, Hours, Number, SourceDate};
use crate::error::ArgValue;
use crate::l10n::{self, Localizer};

/// What opening a link of the directory does; the UI opens its URI with
/// the phone's handler for that kind and decides nothing else.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkKind {
    /// `tel:` — the dialer, with the number filled in (never a call
    /// started without the person).
    Call,
    /// `sms:` — a new text message to the number.
    Sms,
    /// `https://wa.me/` — a WhatsApp chat.
    WhatsApp,
    /// `https:` — a web page (a source).
    Web,
}

/// What number `n` opens, and the URI that opens it.
pub fn number_link(n: &Number) -> (LinkKind, String) {
    match n.kind.as_str() {
        "sms" => (LinkKind::Sms, format!("sms:{}", n.dial)),
        "whatsapp" => (
            LinkKind::WhatsApp,
            format!("https://wa.me/{}", n.dial.trim_start_matches('+')),
        ),
        _ => (LinkKind::Call, format!("tel:{}", n.dial)),
    }
}

/// The message id of the action label for a link kind.
pub fn link_label_id(kind: LinkKind) -> &'static str {
    match kind {
        LinkKind::Call => "directory-call",
        LinkKind::Sms => "directory-sms",
        LinkKind::WhatsApp => "directory-whatsapp",
        LinkKind::Web => "directory-open-source",
    }
}

/// A source page as a link: only `https:` addresses are offered.
pub fn web_link(url: &str) -> Option<(LinkKind, String)> {
    url.starts_with("https://")
        .then(|| (LinkKind::Web, url.to_string()))
}

/// A language's name in the reader's language.
pub fn language_name(l: &Localizer, code: &str) -> String {
    match l10n::available().into_iter().find(|i| i.tag == code) {
        Some(info) => info.name,
        None => l.message(&format!("lang-{code}")),
    }
}

/// The messages [`date_text`] uses (for the completeness check).
pub const DATE_MESSAGES: [&str; 17] = [
    "date-month-1",
    "date-month-2",
    "date-month-3",
    "date-month-4",
    "date-month-5",
    "date-month-6",
    "date-month-7",
    "date-month-8",
    "date-month-9",
    "date-month-10",
    "date-month-11",
    "date-month-12",
    "date-day-month-year",
    "date-month-year",
    "date-year",
    "date-approximate",
    "directory-undated",
];

/// A source date in the reader's language; "undated" when there is none.
pub fn date_text(l: &Localizer, date: Option<&SourceDate>) -> String {
    let Some(d) = date else {
        return l.message("directory-undated");
    };
    let year = ArgValue::Text(d.year.to_string());
    let text = match (d.month, d.day) {
        (Some(m), Some(day)) => l.message_with(
            "date-day-month-year",
            &[
                ("day", ArgValue::Text(day.to_string())),
                (
                    "month",
                    ArgValue::Text(l.message(&format!("date-month-{m}"))),
                ),
                ("year", year),
            ],
        ),
        (Some(m), None) => l.message_with(
            "date-month-year",
            &[
                (
                    "month",
                    ArgValue::Text(l.message(&format!("date-month-{m}"))),
                ),
                ("year", year),
            ],
        ),
        _ => l.message_with("date-year", &[("year", year)]),
    };
    if d.approximate {
        l.message_with("date-approximate", &[("date", ArgValue::Text(text))])
    } else {
        text
    }
}

/// The messages [`hours_text`] uses (for the completeness check).
pub const HOURS_MESSAGES: [&str; 3] = [
    "directory-hours-daily",
    "directory-hours-number",
    "directory-open-24h",
];

/// Published hours in the reader's language: "Every day 07:30–21:00",
/// "Open 24 hours", followed by the number they are for when they are for
/// one number only ("Open 24 hours (number 999)").
pub fn hours_text(l: &Localizer, h: &Hours) -> String {
    let span = if h.round_the_clock() {
        l.message("directory-open-24h")
    } else {
        l.message_with(
            "directory-hours-daily",
            &[
                ("from", ArgValue::Text(h.from.clone())),
                ("to", ArgValue::Text(h.to.clone())),
            ],
        )
    };
    match &h.number {
        Some(n) => l.message_with(
            "directory-hours-number",
            &[
                ("number", ArgValue::Text(n.clone())),
                ("hours", ArgValue::Text(span)),
            ],
        ),
        None => span,
    }
}

/// The entry's name for the reader: the local name the facts give in the
/// reader's language, else the name in the source.
pub fn name_for(l: &Localizer, e: &DirectoryEntry) -> String {
    e.local_names.get(l.active_tag()).unwrap_or(&e.name).clone()
}

/// The label of one purpose of `e`: an emergency line says what it answers.
pub fn purpose_label(l: &Localizer, e: &DirectoryEntry, purpose: &str) -> String {
    match (&e.service, purpose) {
        (Some(service), "emergency") => l.message(&format!("service-{service}")),
        _ => l.message(&format!("purpose-{purpose}")),
    }
}

/// The host name of a source URL, shown as its short name.
pub fn host(url: &str) -> String {
    url.split("://")
        .nth(1)
        .unwrap_or(url)
        .split('/')
        .next()
        .unwrap_or(url)
        .trim_start_matches("www.")
        .to_string()
}

/// The entries for `country` (every country when `None`) that `keep`
/// accepts, in directory order except that within each country the lines
/// that speak `reader`'s language come first.
pub fn select<'c>(
    c: &'c Catalog,
    reader: &str,
    country: Option<&str>,
    keep: impl Fn(&DirectoryEntry) -> bool,
) -> Vec<&'c DirectoryEntry> {
    let mut chosen: Vec<(usize, &DirectoryEntry)> = Vec::new();
    let mut countries: Vec<&str> = Vec::new();
    for e in &c.directory.entries {
        if !countries.contains(&e.country.as_str()) {
            countries.push(&e.country);
        }
        if country.is_none_or(|x| e.country.eq_ignore_ascii_case(x)) && keep(e) {
            chosen.push((countries.len(), e));
        }
    }
    // Stable: ties keep directory order.
    chosen.sort_by_key(|(group, e)| (*group, !e.languages.iter().any(|x| x == reader)));
    chosen.into_iter().map(|(_, e)| e).collect()
}

/// The filters a person can combine: all of them must hold.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Filter<'a> {
    /// ISO 3166-1 alpha-2, any case.
    pub country: Option<&'a str>,
    /// A language the line speaks (BCP-47 primary tag).
    pub language: Option<&'a str>,
    pub purpose: Option<&'a str>,
}

impl Filter<'_> {
    /// Whether `e` passes the language and purpose filters (the country is
    /// [`select`]'s).
    pub fn keeps(&self, e: &DirectoryEntry) -> bool {
        self.language
            .is_none_or(|x| e.languages.iter().any(|lang| lang == x))
            && self
                .purpose
                .is_none_or(|x| e.purposes.iter().any(|p| p == x))
    }
}

/// Entries matching every filter of `f`, in the order of [`select`].
pub fn entries<'c>(c: &'c Catalog, reader: &str, f: Filter<'_>) -> Vec<&'c DirectoryEntry> {
    select(c, reader, f.country, |e| f.keeps(e))
}

/// Every country, language and purpose the directory has, in directory
/// order: what the filters offer.
pub fn filter_values(c: &Catalog) -> (Vec<String>, Vec<String>, Vec<String>) {
    let mut countries: Vec<String> = Vec::new();
    let mut languages: Vec<String> = Vec::new();
    let mut purposes: Vec<String> = Vec::new();
    for e in &c.directory.entries {
        if !countries.contains(&e.country) {
            countries.push(e.country.clone());
        }
        for x in &e.languages {
            if !languages.contains(x) {
                languages.push(x.clone());
            }
        }
        for p in &e.purposes {
            if !purposes.contains(p) {
                purposes.push(p.clone());
            }
        }
    }
    (countries, languages, purposes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn number(kind: &str, dial: &str) -> Number {
        Number {
            display: dial.into(),
            dial: dial.into(),
            kind: kind.into(),
        }
    }

    #[test]
    fn the_core_decides_what_each_link_opens() {
        assert_eq!(
            number_link(&number("voice", "1300")),
            (LinkKind::Call, "tel:1300".to_string())
        );
        assert_eq!(
            number_link(&number("sms", "+66800000000")),
            (LinkKind::Sms, "sms:+66800000000".to_string())
        );
        assert_eq!(
            number_link(&number("whatsapp", "+60123456789")),
            (LinkKind::WhatsApp, "https://wa.me/60123456789".to_string())
        );
        assert_eq!(
            web_link("https://example.org/a"),
            Some((LinkKind::Web, "https://example.org/a".to_string()))
        );
        assert_eq!(
            web_link("http://example.org/a"),
            None,
            "only https is offered"
        );
        assert_eq!(link_label_id(LinkKind::Sms), "directory-sms");
    }

    #[test]
    fn country_and_language_filters_hold_together() {
        let c = crate::content::embedded_catalog().unwrap();
        let both = entries(
            &c,
            "en",
            Filter {
                country: Some("th"),
                language: Some("my"),
                purpose: None,
            },
        );
        assert!(!both.is_empty());
        for e in &both {
            assert_eq!(e.country, "TH");
            assert!(e.languages.iter().any(|l| l == "my"), "{}", e.id);
        }
        let country_only = entries(
            &c,
            "en",
            Filter {
                country: Some("TH"),
                ..Filter::default()
            },
        );
        assert!(
            country_only.len() > both.len(),
            "the language filter narrows"
        );
        // A reader of Burmese sees the lines that speak it first.
        let for_my = entries(
            &c,
            "my",
            Filter {
                country: Some("TH"),
                ..Filter::default()
            },
        );
        assert!(for_my[0].languages.iter().any(|l| l == "my"));
        let (countries, languages, purposes) = filter_values(&c);
        assert!(countries.contains(&"TH".to_string()));
        assert!(languages.contains(&"my".to_string()));
        assert!(purposes.contains(&"trafficking".to_string()));
    }
}
