//! The verified hotline directory: filters and entry models with actions as
//! data (`tel:`, `sms:`, WhatsApp links) for the native apps to open.
//!
//! Owns the order every UI shows lines in (directory order, and within each
//! country the lines that speak the reader's language first), the label of
//! an emergency line (the service it offers), and how source dates, hours
//! and (where the facts give one) a line's local name read in each
//! language.
//! Reads the directory; must never store what a person looked up.

use serde::Serialize;

use super::{Catalog, DirectoryEntry, Hours, SourceDate};
use crate::error::ArgValue;
use crate::l10n::{self, Localizer};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NumberAction {
    pub display: String,
    /// `tel:…`, `sms:…` or `https://wa.me/…`.
    pub uri: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EntryModel {
    pub id: String,
    pub country: String,
    pub country_name: String,
    pub name: String,
    pub org: String,
    pub actions: Vec<NumberAction>,
    pub purposes: Vec<String>,
    /// The languages the line speaks, named in the reader's language ("and
    /// other languages" last when the source says there are more).
    pub languages: Vec<String>,
    /// Whether the line speaks the language the screens are in.
    pub speaks_your_language: bool,
    pub languages_label: String,
    pub hours_label: Option<String>,
    pub free_label: Option<String>,
    /// "Checked November 2026": shown with every entry.
    pub checked_label: String,
    pub source_label: String,
    pub source_url: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FilterOption {
    pub id: String,
    pub label: String,
    pub selected: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DirectoryScreen {
    pub title: String,
    pub intro: String,
    pub country_label: String,
    pub countries: Vec<FilterOption>,
    pub language_label: String,
    pub languages: Vec<FilterOption>,
    pub purpose_label: String,
    pub purposes: Vec<FilterOption>,
    pub entries: Vec<EntryModel>,
    pub empty_text: Option<String>,
}

/// A language's name in the reader's language.
fn language_name(l: &Localizer, code: &str) -> String {
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
pub(crate) fn purpose_label(l: &Localizer, e: &DirectoryEntry, purpose: &str) -> String {
    match (&e.service, purpose) {
        (Some(service), "emergency") => l.message(&format!("service-{service}")),
        _ => l.message(&format!("purpose-{purpose}")),
    }
}

fn model(l: &Localizer, checked: Option<&SourceDate>, e: &DirectoryEntry) -> EntryModel {
    let actions = e
        .numbers
        .iter()
        .map(|n| {
            let (uri, label) = match n.kind.as_str() {
                "sms" => (format!("sms:{}", n.dial), l.message("directory-sms")),
                "whatsapp" => (
                    format!("https://wa.me/{}", n.dial.trim_start_matches('+')),
                    l.message("directory-whatsapp"),
                ),
                _ => (format!("tel:{}", n.dial), l.message("directory-call")),
            };
            NumberAction {
                display: n.display.clone(),
                uri,
                label,
            }
        })
        .collect();
    let mut languages: Vec<String> = e.languages.iter().map(|c| language_name(l, c)).collect();
    if e.more_languages {
        languages.push(l.message("directory-more-languages"));
    }
    EntryModel {
        id: e.id.clone(),
        country: e.country.clone(),
        country_name: l.message(&format!("country-{}", e.country)),
        name: name_for(l, e),
        org: e.org.clone(),
        actions,
        purposes: e.purposes.iter().map(|p| purpose_label(l, e, p)).collect(),
        speaks_your_language: e.languages.iter().any(|x| x == l.active_tag()),
        languages_label: l.message_with(
            "directory-languages",
            &[("languages", ArgValue::Text(languages.join(", ")))],
        ),
        languages,
        hours_label: if e.hours_24 {
            Some(l.message("directory-open-24h"))
        } else {
            e.hours.as_ref().map(|h| {
                l.message_with(
                    "directory-hours",
                    &[("hours", ArgValue::Text(hours_text(l, h)))],
                )
            })
        },
        free_label: (e.toll_free == Some(true)).then(|| l.message("directory-free")),
        checked_label: l.message_with(
            "directory-checked",
            &[("date", ArgValue::Text(date_text(l, checked)))],
        ),
        source_label: l.message_with(
            "directory-source",
            &[(
                "source",
                ArgValue::Text(format!(
                    "{}, {}",
                    host(&e.source_url),
                    date_text(l, e.source_date.as_ref())
                )),
            )],
        ),
        source_url: e.source_url.clone(),
    }
}

/// The host name of a source URL, shown as its short name.
fn host(url: &str) -> String {
    url.split("://")
        .nth(1)
        .unwrap_or(url)
        .split('/')
        .next()
        .unwrap_or(url)
        .trim_start_matches("www.")
        .to_string()
}

/// Entries for `country` (every country when `None`) that `keep` accepts,
/// in directory order except that within each country the lines that speak
/// the reader's language come first.
pub fn select(
    l: &Localizer,
    c: &Catalog,
    country: Option<&str>,
    keep: impl Fn(&DirectoryEntry) -> bool,
) -> Vec<EntryModel> {
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
    let reader = l.active_tag();
    // Stable: ties keep directory order.
    chosen.sort_by_key(|(group, e)| (*group, !e.languages.iter().any(|x| x == reader)));
    chosen
        .into_iter()
        .map(|(_, e)| model(l, c.directory.checked.as_ref(), e))
        .collect()
}

/// Entries matching all given filters, in the order of [`select`].
pub fn entries(
    l: &Localizer,
    c: &Catalog,
    country: Option<&str>,
    language: Option<&str>,
    purpose: Option<&str>,
) -> Vec<EntryModel> {
    select(l, c, country, |e| {
        language.is_none_or(|x| e.languages.iter().any(|lang| lang == x))
            && purpose.is_none_or(|x| e.purposes.iter().any(|p| p == x))
    })
}

pub fn screen(
    l: &Localizer,
    c: &Catalog,
    country: Option<&str>,
    language: Option<&str>,
    purpose: Option<&str>,
) -> DirectoryScreen {
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
    let option = |id: &String, label: String, chosen: Option<&str>| FilterOption {
        id: id.clone(),
        label,
        selected: chosen.is_some_and(|c| c.eq_ignore_ascii_case(id)),
    };
    let list = entries(l, c, country, language, purpose);
    DirectoryScreen {
        title: l.message("directory-title"),
        intro: l.message("directory-intro"),
        country_label: l.message("directory-filter-country"),
        countries: countries
            .iter()
            .map(|x| option(x, l.message(&format!("country-{x}")), country))
            .collect(),
        language_label: l.message("directory-filter-language"),
        languages: languages
            .iter()
            .map(|x| option(x, language_name(l, x), language))
            .collect(),
        purpose_label: l.message("directory-filter-purpose"),
        purposes: purposes
            .iter()
            .map(|x| option(x, l.message(&format!("purpose-{x}")), purpose))
            .collect(),
        empty_text: list.is_empty().then(|| l.message("directory-empty")),
        entries: list,
    }
}
