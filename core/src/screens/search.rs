//! The search screen: what a query finds in the content
//! ([`crate::content::search`] finds and ranks), each result with the
//! screen it opens and the thing it opens there.

use serde::Serialize;

use crate::content::search::{Found, Index, MAX_QUERY_CHARS, ResultKind, SearchTarget};
use crate::error::ArgValue;
use crate::l10n::Localizer;
use crate::screens::home::Destination;
use crate::text::normalize;

/// Where opening a result goes: a screen of the home menu and the thing on
/// it (a lesson, a checklist item, a red-flag question, a directory entry).
/// [`SearchTarget`] says more (the lesson's section, the item's stage and
/// route).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SearchOpen {
    pub destination: Destination,
    pub id: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SearchResult {
    pub kind: ResultKind,
    pub kind_label: String,
    /// Lesson id, checklist item id, red-flag question id or directory entry id.
    pub id: String,
    /// For checklist items: the stage they belong to.
    pub parent_id: Option<String>,
    /// In the person's language, also for an English match.
    pub title: String,
    /// "[Lesson] Title", with the English-match mark when there is one.
    pub heading: String,
    /// The sentence around the hit (in English for an English match).
    pub snippet: String,
    /// What opening this result shows.
    pub target: SearchTarget,
    /// Where opening it goes; `None`: it cannot be opened, only read here.
    pub open: Option<SearchOpen>,
    /// Found in the English text, not in the person's language.
    pub english_match: bool,
    /// The localized mark for an English match.
    pub english_label: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SearchScreen {
    pub title: String,
    pub prompt: String,
    pub query: String,
    pub count_label: Option<String>,
    pub empty_text: Option<String>,
    /// Shown above the results when nothing matched in the person's
    /// language and the results come from the English text.
    pub fallback_text: Option<String>,
    pub results: Vec<SearchResult>,
}

/// Where `target` opens. Every kind of result has a screen of its own, so
/// every result opens; a kind without one would answer `None` and be
/// shown without an action.
pub fn opens(target: &SearchTarget) -> Option<SearchOpen> {
    let (destination, id) = match target {
        SearchTarget::Lesson { lesson, .. } => (Destination::Lessons, lesson),
        SearchTarget::ChecklistItem { item, .. } => (Destination::Checklists, item),
        SearchTarget::Redflag { question } => (Destination::Redflags, question),
        SearchTarget::Directory { entry } => (Destination::Directory, entry),
    };
    Some(SearchOpen {
        destination,
        id: id.clone(),
    })
}

fn kind_label_id(kind: &ResultKind) -> &'static str {
    match kind {
        ResultKind::Lesson => "search-kind-lesson",
        ResultKind::Checklist => "search-kind-checklist",
        ResultKind::Redflag => "search-kind-redflag",
        ResultKind::Directory => "search-kind-directory",
    }
}

fn result(l: &Localizer, f: Found) -> SearchResult {
    let kind_label = l.message(kind_label_id(&f.kind));
    let english_label = f.english.then(|| l.message("search-english-match"));
    let text = |s: &str| ArgValue::Text(s.to_string());
    let heading = l.message_with(
        "search-result-heading",
        &[("kind", text(&kind_label)), ("title", text(&f.title))],
    );
    SearchResult {
        heading: match &english_label {
            Some(mark) => l.message_with(
                "search-result-english",
                &[("heading", text(&heading)), ("mark", text(mark))],
            ),
            None => heading,
        },
        kind: f.kind,
        kind_label,
        id: f.id,
        parent_id: f.parent_id,
        title: f.title,
        snippet: f.snippet,
        open: opens(&f.target),
        target: f.target,
        english_match: f.english,
        english_label,
    }
}

/// The screen for `query` over `index` (built for `l`'s locale).
pub fn screen(l: &Localizer, index: &Index, query: &str) -> SearchScreen {
    let found = index.found(query);
    let english = found.first().is_some_and(|f| f.english);
    let results: Vec<SearchResult> = found.into_iter().map(|f| result(l, f)).collect();
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
        fallback_text: english.then(|| l.message("search-english-fallback")),
        results,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_result_says_where_it_opens() {
        let c = crate::content::embedded_catalog().unwrap();
        let l = Localizer::for_preferences(&["en".to_string()]);
        let index = Index::build(&l, &c);
        let mut kinds = std::collections::HashSet::new();
        for q in ["passport", "hotline", "debt", "recruiter", "1300"] {
            for r in screen(&l, &index, q).results {
                let open = r.open.as_ref().expect("every kind has a screen");
                assert_eq!(open.id, r.id, "{q}");
                let want = match r.kind {
                    ResultKind::Lesson => Destination::Lessons,
                    ResultKind::Checklist => Destination::Checklists,
                    ResultKind::Redflag => Destination::Redflags,
                    ResultKind::Directory => Destination::Directory,
                };
                assert_eq!(open.destination, want, "{q}: {}", r.id);
                assert!(r.heading.contains(&r.kind_label) && r.heading.contains(&r.title));
                kinds.insert(format!("{:?}", r.kind));
            }
        }
        assert_eq!(kinds.len(), 4, "{kinds:?}");
    }

    #[test]
    fn an_english_match_is_marked_in_its_heading() {
        let c = crate::content::embedded_catalog().unwrap();
        let l = Localizer::for_preferences(&["th".to_string()]);
        let index = Index::build(&l, &c);
        let s = screen(&l, &index, "grooming");
        let r = s.results.first().expect("found in the English text");
        assert!(r.english_match);
        let mark = r.english_label.clone().unwrap_or_default();
        assert!(r.heading.ends_with(&mark), "{}", r.heading);
    }
}
