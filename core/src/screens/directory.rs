//! The hotline directory screen and the entry model shown wherever a line
//! is offered (the directory, the red-flag result). Each link is an action
//! as data: its kind and URI come from [`crate::content::directory`]; the
//! UI only opens the URI.

use serde::Serialize;

use crate::content::directory::{self as rules, Filter, LinkKind};
use crate::content::{Catalog, DirectoryEntry, SourceDate};
use crate::error::ArgValue;
use crate::l10n::Localizer;
use crate::screens::lessons::labelled;

/// A link of an entry: a number to call or text, a chat, the source page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NumberAction {
    pub display: String,
    /// What opening it does; the URI's scheme follows from it.
    pub kind: LinkKind,
    /// `tel:…`, `sms:…`, `https://wa.me/…` or `https://…`.
    pub uri: String,
    pub label: String,
    /// "Call: 1300".
    pub line: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EntryModel {
    pub id: String,
    pub country: String,
    pub country_name: String,
    pub name: String,
    /// "Name — Country".
    pub heading: String,
    pub org: String,
    pub actions: Vec<NumberAction>,
    /// The numbers as one line, joined the reader's way.
    pub numbers_label: String,
    pub purposes: Vec<String>,
    /// The purposes as one line, joined the reader's way.
    pub purposes_label: String,
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
    /// "Checked … · Source: …".
    pub provenance_label: String,
    pub source_url: String,
    /// The source page as a link (only `https:` sources have one).
    pub source_action: Option<NumberAction>,
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
    /// The chosen country's name, or "All" when none is chosen.
    pub country_choice: String,
    pub language_label: String,
    pub languages: Vec<FilterOption>,
    /// The chosen language's name, or "All".
    pub language_choice: String,
    pub purpose_label: String,
    pub purposes: Vec<FilterOption>,
    /// The chosen purpose, or "All".
    pub purpose_choice: String,
    /// Each filter's heading with its choice ("Country: All"), in the
    /// locale's own "label: value" form.
    pub country_heading: String,
    pub language_heading: String,
    pub purpose_heading: String,
    pub entries: Vec<EntryModel>,
    pub empty_text: Option<String>,
}

fn action(l: &Localizer, kind: LinkKind, uri: String, display: String) -> NumberAction {
    let label = l.message(rules::link_label_id(kind));
    NumberAction {
        line: labelled(l, &label, &display),
        display,
        kind,
        uri,
        label,
    }
}

fn text(s: String) -> ArgValue {
    ArgValue::Text(s)
}

/// The model of one entry for the reader of `l`.
pub fn entry(l: &Localizer, checked: Option<&SourceDate>, e: &DirectoryEntry) -> EntryModel {
    let actions: Vec<NumberAction> = e
        .numbers
        .iter()
        .map(|n| {
            let (kind, uri) = rules::number_link(n);
            action(l, kind, uri, n.display.clone())
        })
        .collect();
    let mut languages: Vec<String> = e
        .languages
        .iter()
        .map(|c| rules::language_name(l, c))
        .collect();
    if e.more_languages {
        languages.push(l.message("directory-more-languages"));
    }
    let purposes: Vec<String> = e
        .purposes
        .iter()
        .map(|p| rules::purpose_label(l, e, p))
        .collect();
    let numbers: Vec<String> = actions.iter().map(|a| a.display.clone()).collect();
    let name = rules::name_for(l, e);
    let country_name = l.message(&format!("country-{}", e.country));
    let host = rules::host(&e.source_url);
    let checked_label = l.message_with(
        "directory-checked",
        &[("date", text(rules::date_text(l, checked)))],
    );
    let source_label = l.message_with(
        "directory-source",
        &[(
            "source",
            text(l.message_with(
                "directory-source-detail",
                &[
                    ("host", text(host.clone())),
                    ("date", text(rules::date_text(l, e.source_date.as_ref()))),
                ],
            )),
        )],
    );
    EntryModel {
        id: e.id.clone(),
        country: e.country.clone(),
        heading: l.message_with(
            "directory-entry-heading",
            &[
                ("name", text(name.clone())),
                ("country", text(country_name.clone())),
            ],
        ),
        country_name,
        name,
        org: e.org.clone(),
        numbers_label: l.join(&numbers),
        actions,
        purposes_label: l.join(&purposes),
        purposes,
        speaks_your_language: e.languages.iter().any(|x| x == l.active_tag()),
        languages_label: l.message_with(
            "directory-languages",
            &[("languages", text(l.join(&languages)))],
        ),
        languages,
        hours_label: if e.hours_24 {
            Some(l.message("directory-open-24h"))
        } else {
            e.hours.as_ref().map(|h| {
                l.message_with(
                    "directory-hours",
                    &[("hours", text(rules::hours_text(l, h)))],
                )
            })
        },
        free_label: (e.toll_free == Some(true)).then(|| l.message("directory-free")),
        provenance_label: l.message_with(
            "directory-provenance",
            &[
                ("checked", text(checked_label.clone())),
                ("source", text(source_label.clone())),
            ],
        ),
        checked_label,
        source_label,
        source_action: rules::web_link(&e.source_url).map(|(kind, uri)| action(l, kind, uri, host)),
        source_url: e.source_url.clone(),
    }
}

/// The models of `list`, for the reader of `l`.
pub fn entries(l: &Localizer, c: &Catalog, list: &[&DirectoryEntry]) -> Vec<EntryModel> {
    list.iter()
        .map(|e| entry(l, c.directory.checked.as_ref(), e))
        .collect()
}

pub fn screen(l: &Localizer, c: &Catalog, f: Filter<'_>) -> DirectoryScreen {
    let (countries, languages, purposes) = rules::filter_values(c);
    let options = |ids: &[String], chosen: Option<&str>, label: &dyn Fn(&str) -> String| {
        ids.iter()
            .map(|id| FilterOption {
                id: id.clone(),
                label: label(id),
                selected: chosen.is_some_and(|c| c.eq_ignore_ascii_case(id)),
            })
            .collect::<Vec<_>>()
    };
    let choice = |list: &[FilterOption]| {
        list.iter()
            .find(|o| o.selected)
            .map_or_else(|| l.message("directory-filter-all"), |o| o.label.clone())
    };
    let countries = options(&countries, f.country, &|x| {
        l.message(&format!("country-{x}"))
    });
    let languages = options(&languages, f.language, &|x| rules::language_name(l, x));
    let purposes = options(&purposes, f.purpose, &|x| {
        l.message(&format!("purpose-{x}"))
    });
    let list = entries(l, c, &rules::entries(c, l.active_tag(), f));
    let (country_label, country_choice) =
        (l.message("directory-filter-country"), choice(&countries));
    let (language_label, language_choice) =
        (l.message("directory-filter-language"), choice(&languages));
    let (purpose_label, purpose_choice) =
        (l.message("directory-filter-purpose"), choice(&purposes));
    DirectoryScreen {
        title: l.message("directory-title"),
        intro: l.message("directory-intro"),
        country_heading: labelled(l, &country_label, &country_choice),
        language_heading: labelled(l, &language_label, &language_choice),
        purpose_heading: labelled(l, &purpose_label, &purpose_choice),
        country_label,
        country_choice,
        countries,
        language_label,
        language_choice,
        languages,
        purpose_label,
        purpose_choice,
        purposes,
        empty_text: list.is_empty().then(|| l.message("directory-empty")),
        entries: list,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filter(country: Option<&'static str>, language: Option<&'static str>) -> Filter<'static> {
        Filter {
            country,
            language,
            purpose: None,
        }
    }

    #[test]
    fn filters_by_country_and_language_and_says_what_is_chosen() {
        let c = crate::content::embedded_catalog().unwrap();
        let en = Localizer::for_preferences(&["en".to_string()]);
        let all = screen(&en, &c, filter(None, None));
        assert_eq!(all.country_choice, "All");
        assert_eq!(all.language_choice, "All");
        assert_eq!(all.country_heading, "Country: All");
        assert!(all.countries.iter().all(|o| !o.selected));
        let s = screen(&en, &c, filter(Some("TH"), Some("my")));
        assert_eq!(s.country_choice, en.message("country-TH"));
        assert_eq!(s.language_choice, "မြန်မာ");
        assert_eq!(s.language_heading, format!("{}: မြန်မာ", s.language_label));
        assert!(s.languages.iter().any(|o| o.id == "my" && o.selected));
        assert!(!s.entries.is_empty() && s.entries.len() < all.entries.len());
        for e in &s.entries {
            assert_eq!(e.country, "TH");
            assert!(e.languages.iter().any(|l| l == "မြန်မာ"), "{}", e.id);
        }
        let none = screen(&en, &c, filter(Some("TH"), Some("xx")));
        assert!(none.entries.is_empty() && none.empty_text.is_some());
    }

    #[test]
    fn each_link_has_its_kind_and_lists_are_joined_per_locale() {
        let c = crate::content::embedded_catalog().unwrap();
        for tag in ["en", "my", "th"] {
            let l = Localizer::for_preferences(&[tag.to_string()]);
            let s = screen(&l, &c, filter(None, None));
            for e in &s.entries {
                for a in &e.actions {
                    let scheme = match a.kind {
                        LinkKind::Call => "tel:",
                        LinkKind::Sms => "sms:",
                        LinkKind::WhatsApp => "https://wa.me/",
                        LinkKind::Web => "https://",
                    };
                    assert!(a.uri.starts_with(scheme), "{}: {}", e.id, a.uri);
                    assert!(a.line.contains(&a.display) && a.line.contains(&a.label));
                }
                if let Some(src) = &e.source_action {
                    assert_eq!(src.kind, LinkKind::Web);
                    assert_eq!(src.uri, e.source_url);
                } else {
                    assert!(!e.source_url.starts_with("https://"), "{}", e.id);
                }
                assert!(e.heading.contains(&e.name) && e.heading.contains(&e.country_name));
                assert!(e.provenance_label.contains(&e.checked_label));
            }
            let many = s
                .entries
                .iter()
                .find(|e| e.languages.len() >= 3)
                .expect("a line with three languages");
            assert!(many.languages_label.contains(&l.join(&many.languages)));
            match tag {
                "my" => assert!(
                    many.languages_label.contains('၊'),
                    "{}",
                    many.languages_label
                ),
                "th" => assert!(
                    !many.languages_label.contains(','),
                    "{}",
                    many.languages_label
                ),
                _ => assert!(
                    many.languages_label.contains(", "),
                    "{}",
                    many.languages_label
                ),
            }
        }
        let wa = screen(
            &Localizer::for_preferences(&[]),
            &c,
            filter(Some("MY"), None),
        );
        assert!(
            wa.entries
                .iter()
                .flat_map(|e| &e.actions)
                .any(|a| a.kind == LinkKind::WhatsApp)
        );
    }
}
