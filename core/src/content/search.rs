//! Search over all content of the active locale.
//!
//! Thai, Lao, Khmer and Burmese have no spaces between words, so a query
//! matches anywhere inside the normalized text (see [`crate::text::normalize`]:
//! Zawgyi converted, NFC, lower case, native digits folded), not by words.
//! A query of several space-separated terms needs every term. Titles rank
//! above bodies.

use serde::Serialize;

use super::Catalog;
use crate::error::ArgValue;
use crate::l10n::Localizer;
use crate::text::{input_forms, normalize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ResultKind {
    Lesson,
    Checklist,
    Redflag,
    Directory,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SearchResult {
    pub kind: ResultKind,
    pub kind_label: String,
    /// Lesson id, checklist item id, red-flag question id or directory entry id.
    pub id: String,
    /// For checklist items and quiz text: the lesson or stage it belongs to.
    pub parent_id: Option<String>,
    pub title: String,
    pub snippet: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SearchScreen {
    pub title: String,
    pub prompt: String,
    pub query: String,
    pub count_label: Option<String>,
    pub empty_text: Option<String>,
    pub results: Vec<SearchResult>,
}

/// One searchable document.
#[derive(Debug, Clone)]
struct Doc {
    kind: ResultKind,
    id: String,
    parent_id: Option<String>,
    title: String,
    body: String,
    title_norm: String,
    body_norm: String,
}

/// The search index for one locale.
#[derive(Debug, Clone)]
pub struct Index {
    locale: String,
    docs: Vec<Doc>,
}

const MAX_RESULTS: usize = 50;
const MAX_QUERY_CHARS: usize = 200;

impl Index {
    pub fn locale(&self) -> &str {
        &self.locale
    }

    pub fn build(l: &Localizer, c: &Catalog) -> Index {
        let mut docs = Vec::new();
        let mut push =
            |kind, id: String, parent_id: Option<String>, title: String, body: String| {
                docs.push(Doc {
                    kind,
                    title_norm: normalize(&title),
                    body_norm: normalize(&body),
                    id,
                    parent_id,
                    title,
                    body,
                });
            };
        for lesson in &c.lessons {
            let id = &lesson.id;
            let mut body = vec![l.message(&format!("lesson-{id}-summary"))];
            for s in &lesson.sections {
                body.push(l.message(&format!("lesson-{id}-{s}-title")));
                body.push(l.message(&format!("lesson-{id}-{s}-body")));
            }
            for q in &lesson.quiz {
                body.push(l.message(&format!("lesson-{id}-{}", q.id)));
            }
            push(
                ResultKind::Lesson,
                id.clone(),
                None,
                l.message(&format!("lesson-{id}-title")),
                body.join("\n"),
            );
        }
        for stage in &c.checklists.stages {
            for item in &stage.items {
                push(
                    ResultKind::Checklist,
                    item.id.clone(),
                    Some(stage.id.clone()),
                    l.message(&format!("check-{}-title", item.id)),
                    l.message(&format!("check-{}-why", item.id)),
                );
            }
        }
        for q in &c.redflags.questions {
            push(
                ResultKind::Redflag,
                q.id.clone(),
                None,
                l.message(&format!("redflag-{}", q.id)),
                l.message(&format!("redflag-{}-reason", q.id)),
            );
        }
        for e in &c.directory.entries {
            let mut body: Vec<String> =
                vec![e.org.clone(), l.message(&format!("country-{}", e.country))];
            body.extend(
                e.purposes
                    .iter()
                    .map(|p| super::directory::purpose_label(l, e, p)),
            );
            body.extend(e.numbers.iter().map(|n| n.display.clone()));
            body.extend(e.numbers.iter().map(|n| n.dial.clone()));
            push(
                ResultKind::Directory,
                e.id.clone(),
                None,
                e.name.clone(),
                body.join("\n"),
            );
        }
        Index {
            locale: l.active_tag().to_string(),
            docs,
        }
    }

    /// Matches of `query`, best first. A query typed in Zawgyi matches in
    /// its converted form too.
    pub fn search(&self, query: &str) -> Vec<(usize, u32)> {
        let q: String = query.chars().take(MAX_QUERY_CHARS).collect();
        let forms = input_forms(&q);
        let form_terms: Vec<Vec<&str>> = forms
            .iter()
            .map(|f| f.split(' ').filter(|t| !t.is_empty()).collect::<Vec<_>>())
            .filter(|t| !t.is_empty())
            .collect();
        if form_terms.is_empty() {
            return Vec::new();
        }
        let score = |d: &Doc, terms: &[&str]| -> Option<u32> {
            let mut score = 0;
            for t in terms {
                if d.title_norm.contains(t) {
                    score += 3;
                } else if d.body_norm.contains(t) {
                    score += 1;
                } else {
                    return None;
                }
            }
            Some(score)
        };
        let mut hits: Vec<(usize, u32)> = self
            .docs
            .iter()
            .enumerate()
            .filter_map(|(i, d)| {
                form_terms
                    .iter()
                    .filter_map(|t| score(d, t))
                    .max()
                    .map(|s| (i, s))
            })
            .collect();
        hits.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        hits.truncate(MAX_RESULTS);
        hits
    }

    pub fn screen(&self, l: &Localizer, query: &str) -> SearchScreen {
        let hits = self.search(query);
        let first_term = input_forms(query)
            .last()
            .and_then(|f| f.split(' ').next().map(str::to_string))
            .unwrap_or_default();
        let results: Vec<SearchResult> = hits
            .iter()
            .filter_map(|(i, _)| self.docs.get(*i))
            .map(|d| SearchResult {
                kind: d.kind.clone(),
                kind_label: l.message(match d.kind {
                    ResultKind::Lesson => "search-kind-lesson",
                    ResultKind::Checklist => "search-kind-checklist",
                    ResultKind::Redflag => "search-kind-redflag",
                    ResultKind::Directory => "search-kind-directory",
                }),
                id: d.id.clone(),
                parent_id: d.parent_id.clone(),
                title: d.title.clone(),
                snippet: snippet(&d.body, &first_term),
            })
            .collect();
        let searched = !normalize(query).is_empty();
        SearchScreen {
            title: l.message("search-title"),
            prompt: l.message("search-prompt"),
            query: query.chars().take(MAX_QUERY_CHARS).collect(),
            count_label: (searched && !results.is_empty()).then(|| {
                l.message_with(
                    "search-results",
                    &[("count", ArgValue::Number(results.len() as i64))],
                )
            }),
            empty_text: (searched && results.is_empty()).then(|| l.message("search-no-results")),
            results,
        }
    }
}

/// The line of `body` holding `term` (or the first line), shortened.
fn snippet(body: &str, term: &str) -> String {
    let line = body
        .lines()
        .find(|line| !term.is_empty() && normalize(line).contains(term))
        .or_else(|| body.lines().next())
        .unwrap_or("");
    let chars: Vec<char> = line.chars().collect();
    if chars.len() <= 160 {
        line.to_string()
    } else {
        format!("{}…", chars[..160].iter().collect::<String>())
    }
}
