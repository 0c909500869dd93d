//! `waymark content lint`: everything that must hold before content ships.
//!
//! - the content JSON parses and is consistent (no dangling lesson links,
//!   unknown routes, answers that are not options, duplicate ids, bad dial
//!   strings);
//! - every message the content needs exists in the source locale, and the
//!   translation check passes (missing or extra messages, variables, Fluent
//!   syntax, English left in a translation);
//! - every route has at least [`MIN_ROUTE_ITEMS`] checklist items of its
//!   own, beyond the ones shared by every route;
//! - with the facts file, every directory entry matches a record marked
//!   `verified: true` with the same digits.

use std::collections::BTreeMap;

use super::Catalog;
use crate::l10n::{self, LocaleFiles};

/// Runs every check; an empty list means the content may ship.
pub fn lint(
    content: &[(String, String)],
    manifest: &str,
    locales: &BTreeMap<String, LocaleFiles>,
    facts: Option<&str>,
) -> Vec<String> {
    let files: Vec<(&str, &str)> = content
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_str()))
        .collect();
    let catalog = match Catalog::from_files(&files) {
        Ok(c) => c,
        Err(e) => return vec![format!("content: {e}")],
    };
    let mut problems = catalog.problems();
    problems.extend(check_route_depth(&catalog));
    problems.extend(
        l10n::check::check(manifest, locales)
            .iter()
            .map(|p| p.to_string()),
    );
    let source_ids: std::collections::HashSet<String> = locales
        .get("en")
        .map(|files| {
            files
                .iter()
                .flat_map(|(_, src)| src.lines())
                .filter_map(|line| line.split_once(" =").map(|(id, _)| id.trim().to_string()))
                .collect()
        })
        .unwrap_or_default();
    for id in catalog.message_ids() {
        if !source_ids.contains(&id) {
            problems.push(format!("en: content needs message `{id}`"));
        }
    }
    if let Some(facts) = facts {
        problems.extend(check_against_facts(&catalog, facts));
    }
    problems
}

/// The fewest checklist items a route needs of its own: its documents,
/// legal channel, licensing authority, what the destination requires and
/// the scams common on it.
pub const MIN_ROUTE_ITEMS: usize = 6;

/// Routes with fewer than [`MIN_ROUTE_ITEMS`] route-specific checklist items
/// (items that name the route and are not shared by every route).
pub fn check_route_depth(catalog: &Catalog) -> Vec<String> {
    let items: Vec<_> = catalog
        .checklists
        .stages
        .iter()
        .flat_map(|s| &s.items)
        .collect();
    catalog
        .checklists
        .routes
        .iter()
        .filter_map(|route| {
            let own = items
                .iter()
                .filter(|i| i.is_specific_to(&route.id))
                .count();
            (own < MIN_ROUTE_ITEMS).then(|| {
                format!(
                    "route `{}` has {own} checklist items of its own (at least {MIN_ROUTE_ITEMS} needed)",
                    route.id
                )
            })
        })
        .collect()
}

#[derive(serde::Deserialize)]
struct FactRecord {
    country: String,
    numbers: Vec<String>,
    verified: Option<bool>,
}

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

fn check_against_facts(catalog: &Catalog, facts: &str) -> Vec<String> {
    let records: Vec<FactRecord> = match serde_json::from_str(facts) {
        Ok(r) => r,
        Err(e) => return vec![format!("facts file: {e}")],
    };
    let mut problems = Vec::new();
    for entry in &catalog.directory.entries {
        for number in &entry.numbers {
            let wanted = digits(&number.dial);
            let verified = records.iter().any(|r| {
                r.verified == Some(true)
                    && r.country == entry.country
                    && r.numbers.iter().any(|n| digits(n).contains(&wanted))
            });
            if !verified {
                problems.push(format!(
                    "directory `{}`: {} is not in a verified record",
                    entry.id, number.display
                ));
            }
        }
    }
    problems
}
