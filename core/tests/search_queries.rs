//! What people type: a query set of realistic searches in every locale
//! (`data/search-queries.tsv`: no diacritics, loanwords and English words,
//! typos, Zawgyi for Burmese, spelling variants for Lao), each with the
//! items a person would be glad to see. At least 95 % of each locale's
//! queries must show one of them in the first five results, and every
//! result must lead to something that exists.
//!
//! `cargo test -p waymark-core --test search_queries -- --nocapture` prints
//! the rate per locale (and, with `SEARCH_MISSES=1`, what each miss showed).

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::collections::BTreeMap;

use waymark_core::content::search::{Index, SearchTarget};
use waymark_core::content::{Catalog, embedded_catalog};
use waymark_core::screens::search::SearchResult;
use waymark_core::{Localizer, l10n};

const TOP: usize = 5;
const MIN_RATE: f64 = 0.95;
const MIN_QUERIES: usize = 12;

struct Query {
    locale: String,
    text: String,
    expected: Vec<String>,
}

fn queries() -> Vec<Query> {
    include_str!("data/search-queries.tsv")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert_eq!(cols.len(), 3, "locale, query, expected ids: {l}");
            Query {
                locale: cols[0].to_string(),
                text: cols[1].to_string(),
                expected: cols[2].split(',').map(|s| s.trim().to_string()).collect(),
            }
        })
        .collect()
}

/// Whether `target` names something that exists, so a UI can open it.
fn opens(c: &Catalog, target: &SearchTarget) -> bool {
    match target {
        SearchTarget::Lesson { lesson, section } => c
            .lesson(lesson)
            .is_some_and(|l| section.as_ref().is_none_or(|s| l.sections.contains(s))),
        SearchTarget::ChecklistItem { item, stage, route } => {
            c.checklists.stages.iter().any(|s| {
                &s.id == stage
                    && s.items
                        .iter()
                        .any(|i| &i.id == item && i.applies_to(route.as_deref()))
            }) && route
                .as_ref()
                .is_none_or(|r| c.checklists.routes.iter().any(|x| &x.id == r))
        }
        SearchTarget::Redflag { question } => {
            c.redflags.questions.iter().any(|q| &q.id == question)
        }
        SearchTarget::Directory { entry } => c.directory.entries.iter().any(|e| &e.id == entry),
    }
}

fn target_id(r: &SearchResult) -> &str {
    match &r.target {
        SearchTarget::Lesson { lesson, .. } => lesson,
        SearchTarget::ChecklistItem { item, .. } => item,
        SearchTarget::Redflag { question } => question,
        SearchTarget::Directory { entry } => entry,
    }
}

#[test]
fn realistic_queries_find_what_people_mean_in_every_locale() {
    let catalog = embedded_catalog().unwrap();
    let all = queries();
    let show_misses = std::env::var_os("SEARCH_MISSES").is_some();
    let mut table: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut misses = Vec::new();
    for info in l10n::available() {
        let l = Localizer::for_preferences(std::slice::from_ref(&info.tag));
        let index = Index::build(&l, &catalog);
        for q in all.iter().filter(|q| q.locale == info.tag) {
            let screen = waymark_core::screens::search::screen(&l, &index, &q.text);
            for r in &screen.results {
                assert!(opens(&catalog, &r.target), "{}: {:?}", q.text, r.target);
                assert_eq!(target_id(r), r.id);
                assert_eq!(r.english_match, r.english_label.is_some());
            }
            let hit = screen
                .results
                .iter()
                .take(TOP)
                .any(|r| q.expected.iter().any(|e| e == &r.id));
            let row = table.entry(info.tag.clone()).or_default();
            row.0 += 1;
            row.1 += usize::from(hit);
            if !hit {
                let shown: Vec<&str> = screen
                    .results
                    .iter()
                    .take(TOP)
                    .map(|r| r.id.as_str())
                    .collect();
                misses.push(format!("{} `{}` → {shown:?}", info.tag, q.text));
            }
        }
    }
    println!("\nlocale | queries | hits | rate");
    for (tag, (n, hits)) in &table {
        println!(
            "{tag:6} | {n:7} | {hits:4} | {:.0} %",
            100.0 * *hits as f64 / *n as f64
        );
    }
    if show_misses {
        for m in &misses {
            println!("miss: {m}");
        }
    }
    assert_eq!(
        table.len(),
        l10n::available().len(),
        "every locale has queries"
    );
    for (tag, (n, hits)) in &table {
        assert!(*n >= MIN_QUERIES, "{tag}: only {n} queries");
        assert!(
            *hits as f64 >= MIN_RATE * *n as f64,
            "{tag}: {hits}/{n} queries found what they look for; misses: {misses:#?}"
        );
    }
}
