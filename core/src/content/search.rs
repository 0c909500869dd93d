//! Search over all content of the active locale, with the English text as
//! a fallback.
//!
//! Thai, Lao, Khmer and Burmese have no spaces between words, so a query
//! matches anywhere inside the normal form of the text ([`normalize`]: one
//! function for content and queries; Zawgyi converted first, accents and
//! tones dropped in Latin script, spelling variants folded), not by words.
//!
//! A query is split into terms at the spaces the person typed; every term
//! must match, except the locale's little words (particles, pronouns),
//! which only help ranking. A term is a set of alternatives: what was
//! typed, plus the locale's synonyms (`content/search/<tag>.json`:
//! loanwords, English words, misspellings → the words the content uses),
//! found as phrases of whole query words or, in scripts without spaces,
//! inside a typed run; a run found nowhere may also be two words typed
//! together. A Latin-script word of five letters or more that occurs
//! nowhere also matches the words of the content one edit away (one letter
//! added, dropped, changed, or two neighbours swapped).
//!
//! Order of the answers: all terms in the locale; else all terms in the
//! English text (marked, opening the same item in the person's locale);
//! else most terms in the locale, then in English. Within one answer,
//! results whose title holds more of the query come first (long and whole
//! words weigh more), then by their best part (the section or sentence
//! holding the most of the query, the whole query as a phrase), then
//! hotlines of the locale's country, then words found as typed rather
//! than through a synonym. The snippet is the sentence of the best part
//! holding the most hits, shortened around the hit, and every result
//! carries a typed [`SearchTarget`] that the UIs open. The screen is
//! built in [`crate::screens::search`].
//!
//! The index holds only public content; queries are never stored or logged.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use serde::Serialize;

use super::Catalog;
use crate::l10n::Localizer;
use unicode_normalization::char::is_combining_mark;

use crate::text::{input_word_forms, is_latin, normalize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ResultKind {
    Lesson,
    Checklist,
    Redflag,
    Directory,
}

/// Where a result leads: the screen and the place on it that a UI opens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum SearchTarget {
    /// A lesson, scrolled to `section` when the hit is in a section's text
    /// (none: the title, summary or a quiz question).
    Lesson {
        lesson: String,
        section: Option<String>,
    },
    /// A checklist item in its stage; `route` is the route to show it on
    /// when the item belongs to particular routes only (none: every route).
    ChecklistItem {
        item: String,
        stage: String,
        route: Option<String>,
    },
    /// A question of the job-offer check.
    Redflag { question: String },
    /// A hotline in the directory.
    Directory { entry: String },
}

/// One result of [`Index::found`]: what was found and where it leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub kind: ResultKind,
    /// Lesson id, checklist item id, red-flag question id or directory entry id.
    pub id: String,
    /// For checklist items: the stage they belong to.
    pub parent_id: Option<String>,
    /// In the person's language, also for an English match.
    pub title: String,
    /// The sentence around the hit (in English for an English match).
    pub snippet: String,
    /// What opening this result shows.
    pub target: SearchTarget,
    /// Found in the English text, not in the person's language.
    pub english: bool,
}

/// A sentence of a part, as shown and in normal form.
#[derive(Debug, Clone)]
struct Sentence {
    text: String,
    norm: String,
}

/// A piece of a document that a hit can point into.
#[derive(Debug, Clone)]
struct Part {
    /// The lesson section it belongs to.
    section: Option<String>,
    /// Shown in snippets (not: words that only help finding).
    shown: bool,
    norm: String,
    sentences: Vec<Sentence>,
}

/// One searchable document.
#[derive(Debug, Clone)]
struct Doc {
    kind: ResultKind,
    id: String,
    parent_id: Option<String>,
    target: SearchTarget,
    title: String,
    title_norm: String,
    /// Title and parts in normal form, for a quick first test.
    all_norm: String,
    /// A directory entry's country; for a checklist item of a route that
    /// starts in the locale's country, that country.
    country: Option<String>,
    parts: Vec<Part>,
}

/// A synonym group in normal form: any of `typed` also finds any of `alts`.
#[derive(Debug, Clone)]
struct Synonyms {
    /// Typed phrase → alternatives (the phrase itself included).
    by_phrase: HashMap<String, Vec<String>>,
    /// Typed phrases without Latin letters, longest first, to find inside
    /// runs written without spaces.
    unspaced: Vec<String>,
    /// The most words in a typed phrase.
    max_words: usize,
    /// Little words a query need not find, in normal form.
    optional: HashSet<String>,
}

/// The search index for one locale (and the English one behind it).
#[derive(Debug, Clone)]
pub struct Index {
    locale: String,
    docs: Vec<Doc>,
    synonyms: Synonyms,
    /// Latin words of four letters or more in the content and the typed
    /// synonyms, by length in characters: what a typo is corrected to.
    vocabulary: HashMap<usize, Vec<String>>,
    /// Everything in normal form, to tell whether a word occurs at all.
    corpus: String,
    /// The source locale's index, when this one is not it.
    english: Option<Arc<Index>>,
    /// The country whose hotlines rank first among equals (the country of
    /// the locale's language; none for English).
    home: Option<&'static str>,
}

/// One result of [`Index::search`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// The document (the same item in the locale and the English index).
    pub doc: usize,
    /// Found in the English text.
    pub english: bool,
    /// The part the snippet comes from, if any part matched.
    part: Option<usize>,
    /// Normal-form alternatives that matched, for the snippet.
    needles: Vec<String>,
}

/// One query term: alternatives, any of which may match.
#[derive(Debug, Clone)]
struct Term {
    alts: Vec<String>,
    /// Matched only through a typo correction.
    typo: bool,
    /// A little word that need not be found (see [`Synonyms::optional`]).
    optional: bool,
}

const MAX_RESULTS: usize = 50;
/// The longest query read (longer ones are cut).
pub const MAX_QUERY_CHARS: usize = 200;

/// Fewer results than this for every word: results for half of them follow.
const FEW_HITS: usize = 3;
const SNIPPET_CHARS: usize = 160;
/// Typo tolerance starts at words this long (in characters).
const TYPO_MIN_CHARS: usize = 5;
/// Places tried when cutting a run typed without spaces in two.
const MAX_SPLITS: usize = 8;

/// How well a document matches; compared field by field, larger is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Rank {
    /// Required terms found (all of them, except in the most-terms
    /// answers).
    terms: usize,
    /// Weight of the terms in the title (see [`weight`]).
    title: usize,
    title_phrase: bool,
    /// Weight of the terms in the best part.
    part: usize,
    part_phrase: bool,
    /// Terms found without a typo correction.
    exact_terms: usize,
    /// A hotline (or route checklist item) of the country whose language
    /// this is.
    home: bool,
    /// Terms found as typed (not through a synonym) in the title or the
    /// best part.
    as_typed: usize,
}

impl Index {
    pub fn locale(&self) -> &str {
        &self.locale
    }

    /// Builds the index of `l`'s locale and, unless that is the source
    /// locale, of the English text behind it.
    pub fn build(l: &Localizer, c: &Catalog) -> Index {
        let source = l.source();
        let english = (source.active_tag() != l.active_tag())
            .then(|| Arc::new(Self::build_one(&source, c, None)));
        Self::build_one(l, c, english)
    }

    fn build_one(l: &Localizer, c: &Catalog, english: Option<Arc<Index>>) -> Index {
        let mut docs = Vec::new();
        let mut push =
            |kind, id: String, parent_id, target, title: String, parts: Vec<Part>, country| {
                let title_norm = normalize(&title);
                let mut all_norm = title_norm.clone();
                for p in &parts {
                    all_norm.push('\n');
                    all_norm.push_str(&p.norm);
                }
                docs.push(Doc {
                    kind,
                    id,
                    parent_id,
                    target,
                    title,
                    title_norm,
                    all_norm,
                    country,
                    parts,
                });
            };
        for lesson in &c.lessons {
            let id = &lesson.id;
            let mut parts = vec![part(None, &l.message(&format!("lesson-{id}-summary")))];
            for s in &lesson.sections {
                let text = format!(
                    "{}\n{}",
                    l.message(&format!("lesson-{id}-{s}-title")),
                    l.message(&format!("lesson-{id}-{s}-body"))
                );
                parts.push(part(Some(s.clone()), &text));
            }
            for q in &lesson.quiz {
                parts.push(part(None, &l.message(&format!("lesson-{id}-{}", q.id))));
            }
            let target = SearchTarget::Lesson {
                lesson: id.clone(),
                section: None,
            };
            let title = l.message(&format!("lesson-{id}-title"));
            push(
                ResultKind::Lesson,
                id.clone(),
                None,
                target,
                title,
                parts,
                None,
            );
        }
        // A checklist item of a route from the locale's country ranks with
        // that country's hotlines (a Lao reader's "hotline" finds the
        // la-th items before those of other routes).
        let home = home_country(l.active_tag());
        for stage in &c.checklists.stages {
            for item in &stage.items {
                let own_route = home.filter(|h| {
                    item.routes.iter().any(|r| {
                        r.split('-')
                            .next()
                            .is_some_and(|from| from.eq_ignore_ascii_case(h))
                    })
                });
                let target = SearchTarget::ChecklistItem {
                    item: item.id.clone(),
                    stage: stage.id.clone(),
                    route: (!item.routes.iter().any(|r| r == "*"))
                        .then(|| item.routes.first().cloned())
                        .flatten(),
                };
                push(
                    ResultKind::Checklist,
                    item.id.clone(),
                    Some(stage.id.clone()),
                    target,
                    l.message(&format!("check-{}-title", item.id)),
                    vec![part(None, &l.message(&format!("check-{}-why", item.id)))],
                    own_route.map(str::to_string),
                );
            }
        }
        for q in &c.redflags.questions {
            push(
                ResultKind::Redflag,
                q.id.clone(),
                None,
                SearchTarget::Redflag {
                    question: q.id.clone(),
                },
                l.message(&format!("redflag-{}", q.id)),
                vec![part(None, &l.message(&format!("redflag-{}-reason", q.id)))],
                None,
            );
        }
        for e in &c.directory.entries {
            let mut body: Vec<String> =
                vec![e.org.clone(), l.message(&format!("country-{}", e.country))];
            body.extend(e.numbers.iter().map(|n| n.display.clone()));
            body.extend(
                e.purposes
                    .iter()
                    .map(|p| super::directory::purpose_label(l, e, p)),
            );
            // Found but not shown: what the entry is ("hotline" in the
            // locale, so "hotline 1343" finds it) and the dial strings.
            let mut hidden = vec![l.message("search-kind-directory")];
            hidden.extend(e.numbers.iter().map(|n| n.dial.clone()));
            push(
                ResultKind::Directory,
                e.id.clone(),
                None,
                SearchTarget::Directory {
                    entry: e.id.clone(),
                },
                e.name.clone(),
                vec![
                    part(None, &body.join(" · ")),
                    Part {
                        shown: false,
                        ..part(None, &hidden.join("\n"))
                    },
                ],
                Some(e.country.clone()),
            );
        }

        let locale = l.active_tag().to_string();
        let synonyms = Synonyms::build(c, &locale);
        let corpus = docs
            .iter()
            .map(|d| d.all_norm.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        let mut words: HashSet<&str> = latin_words(&corpus).collect();
        words.extend(synonyms.by_phrase.keys().flat_map(|p| latin_words(p)));
        let mut vocabulary: HashMap<usize, Vec<String>> = HashMap::new();
        for w in words {
            vocabulary
                .entry(w.chars().count())
                .or_default()
                .push(w.to_string());
        }
        for list in vocabulary.values_mut() {
            list.sort();
        }
        let home = home_country(&locale);
        Index {
            home,
            locale,
            docs,
            synonyms,
            vocabulary,
            corpus,
            english,
        }
    }

    /// Matches of `query`, best first. A query typed in Zawgyi matches in
    /// its converted form too.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let q: String = query.chars().take(MAX_QUERY_CHARS).collect();
        let forms = input_word_forms(&q);
        if forms.is_empty() {
            return Vec::new();
        }
        let mine = self.prepare(&forms);
        // The English terms are prepared only when the locale finds nothing.
        let mut theirs = None;
        let mut english = |partial: bool| -> Vec<Hit> {
            let Some(en) = self.english.as_deref() else {
                return Vec::new();
            };
            let terms = theirs.get_or_insert_with(|| en.prepare(&forms));
            en.matches(terms, partial)
        };
        let mut in_english = false;
        let mut hits = self.matches(&mine, false);
        if !hits.is_empty() && hits.len() < FEW_HITS {
            // One or two documents hold every word: the ones that hold at
            // least half of them follow, so a query whose every word
            // happens to meet in one place still finds the others.
            for h in self.ranked(&mine, true) {
                if hits.len() >= MAX_RESULTS {
                    break;
                }
                if !hits.iter().any(|x| x.doc == h.doc) {
                    hits.push(h);
                }
            }
        }
        if hits.is_empty() {
            hits = english(false);
            in_english = true;
        }
        if hits.is_empty() {
            hits = self.matches(&mine, true);
            in_english = false;
        }
        if hits.is_empty() {
            hits = english(true);
            in_english = true;
        }
        for h in &mut hits {
            h.english = in_english;
        }
        hits
    }

    /// Each query form with its terms for this index (its synonyms, its
    /// vocabulary for typos).
    fn prepare(&self, forms: &[(String, Vec<String>)]) -> Vec<(String, Vec<Term>)> {
        forms
            .iter()
            .map(|(phrase, words)| (phrase.clone(), self.with_typos(self.terms(words))))
            .collect()
    }

    /// Documents matching every term (or, `partial`, most terms), best
    /// first, for the best of the query's forms.
    fn matches(&self, forms: &[(String, Vec<Term>)], partial: bool) -> Vec<Hit> {
        let mut ranked = self.scored(forms, partial);
        if partial {
            // Only the documents with the most terms.
            let most = ranked.iter().map(|(r, _, _)| r.terms).max().unwrap_or(0);
            ranked.retain(|(r, _, _)| r.terms == most);
        }
        Self::best_first(ranked)
    }

    /// Documents matching every term (or, `partial`, at least half of
    /// them), best first, without keeping only those with the most terms.
    fn ranked(&self, forms: &[(String, Vec<Term>)], partial: bool) -> Vec<Hit> {
        Self::best_first(self.scored(forms, partial))
    }

    fn best_first(mut ranked: Vec<(Rank, usize, Hit)>) -> Vec<Hit> {
        ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        ranked.truncate(MAX_RESULTS);
        ranked.into_iter().map(|(_, _, h)| h).collect()
    }

    /// Every document that matches, with its rank and place in the index.
    fn scored(&self, forms: &[(String, Vec<Term>)], partial: bool) -> Vec<(Rank, usize, Hit)> {
        let mut ranked: Vec<(Rank, usize, Hit)> = Vec::new();
        for (i, d) in self.docs.iter().enumerate() {
            let best = forms
                .iter()
                .filter_map(|(phrase, terms)| rank(d, phrase, terms, partial, self.home))
                .max_by_key(|(r, _, _)| *r);
            if let Some((r, part, needles)) = best {
                let hit = Hit {
                    doc: i,
                    english: false,
                    part,
                    needles,
                };
                ranked.push((r, i, hit));
            }
        }
        ranked
    }

    /// The terms of one query's words (in normal form), synonyms expanded.
    /// Little words are optional unless the query has nothing else.
    fn terms(&self, words: &[String]) -> Vec<Term> {
        let mut terms = self.expand(words);
        for t in &mut terms {
            t.optional = t.alts.len() == 1 && self.synonyms.optional.contains(&t.alts[0]);
        }
        if terms.iter().all(|t| t.optional) {
            for t in &mut terms {
                t.optional = false;
            }
        }
        terms
    }

    fn expand(&self, words: &[String]) -> Vec<Term> {
        let mut terms = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let longest = (1..=self.synonyms.max_words.min(words.len() - i))
                .rev()
                .find_map(|k| {
                    let phrase = words[i..i + k].join(" ");
                    self.synonyms.by_phrase.get(&phrase).map(|alts| (k, alts))
                });
            match longest {
                Some((k, alts)) => {
                    terms.push(Term {
                        alts: alts.clone(),
                        typo: false,
                        optional: false,
                    });
                    i += k;
                }
                None => {
                    self.split_unspaced(&words[i], &mut terms);
                    i += 1;
                }
            }
        }
        terms
    }

    /// A run without Latin letters may hold a synonym's typed form between
    /// other words (Thai, Lao, Khmer and Burmese are written without
    /// spaces): it becomes its own term, and the rest of the run others.
    fn split_unspaced(&self, run: &str, terms: &mut Vec<Term>) {
        if run.is_empty() {
            return;
        }
        let found = (!run.chars().any(is_latin))
            .then(|| {
                self.synonyms
                    .unspaced
                    .iter()
                    .find_map(|p| run.find(p.as_str()).map(|at| (at, p)))
            })
            .flatten();
        match found {
            Some((at, phrase)) if phrase.len() < run.len() => {
                self.split_unspaced(&run[..at], terms);
                if let Some(alts) = self.synonyms.by_phrase.get(phrase) {
                    terms.push(Term {
                        alts: alts.clone(),
                        typo: false,
                        optional: false,
                    });
                }
                self.split_unspaced(&run[at + phrase.len()..], terms);
            }
            _ => match self.synonyms.by_phrase.get(run) {
                Some(alts) => terms.push(Term {
                    alts: alts.clone(),
                    typo: false,
                    optional: false,
                }),
                None => match self.two_words(run) {
                    Some((a, b)) => {
                        for w in [a, b] {
                            terms.push(Term {
                                alts: vec![w.to_string()],
                                typo: false,
                                optional: false,
                            });
                        }
                    }
                    None => terms.push(Term {
                        alts: vec![run.to_string()],
                        typo: false,
                        optional: false,
                    }),
                },
            },
        }
    }

    /// A run without Latin letters that occurs nowhere may be two words
    /// typed together that the content writes apart: the split nearest
    /// the middle, between letters (not before a sign or after a stacking
    /// mark), whose halves of two letters or more both occur.
    fn two_words<'r>(&self, run: &'r str) -> Option<(&'r str, &'r str)> {
        if run.chars().any(is_latin) || self.corpus.contains(run) {
            return None;
        }
        let chars: Vec<(usize, char)> = run.char_indices().collect();
        let mut cuts: Vec<usize> = (2..chars.len().saturating_sub(1))
            .filter(|&i| {
                !is_combining_mark(chars[i].1) && !matches!(chars[i - 1].1, '\u{17D2}' | '\u{1039}')
            })
            .collect();
        let middle = chars.len() / 2;
        cuts.sort_by_key(|&i| i.abs_diff(middle));
        cuts.into_iter().take(MAX_SPLITS).find_map(|i| {
            let (a, b) = run.split_at(chars[i].0);
            (self.corpus.contains(a) && self.corpus.contains(b)).then_some((a, b))
        })
    }

    /// `terms`, where a Latin word of five letters or more that occurs
    /// nowhere also matches the words one edit away (and their synonyms).
    fn with_typos(&self, terms: Vec<Term>) -> Vec<Term> {
        terms
            .into_iter()
            .map(|t| {
                let [word] = t.alts.as_slice() else {
                    return t;
                };
                let n = word.chars().count();
                if n < TYPO_MIN_CHARS
                    || !word.chars().all(is_latin_or_digit)
                    || !word.chars().any(is_latin)
                    || self.corpus.contains(word.as_str())
                {
                    return t;
                }
                let mut alts = vec![word.clone()];
                for len in [n - 1, n, n + 1] {
                    for candidate in self.vocabulary.get(&len).into_iter().flatten() {
                        if one_edit_apart(word, candidate) {
                            match self.synonyms.by_phrase.get(candidate) {
                                Some(more) => alts.extend(more.iter().cloned()),
                                None => alts.push(candidate.clone()),
                            }
                        }
                    }
                }
                Term {
                    alts,
                    typo: true,
                    optional: t.optional,
                }
            })
            .collect()
    }

    /// What `query` finds, best first (see [`Index::search`]), each with
    /// its snippet and the place it opens: a lesson hit in a section opens
    /// at that section.
    pub fn found(&self, query: &str) -> Vec<Found> {
        self.search(query)
            .iter()
            .filter_map(|h| {
                let shown = self.docs.get(h.doc)?;
                let matched = if h.english {
                    self.english.as_deref()?.docs.get(h.doc)?
                } else {
                    shown
                };
                let part = h.part.and_then(|p| matched.parts.get(p));
                let mut target = shown.target.clone();
                if let (SearchTarget::Lesson { section, .. }, Some(p)) = (&mut target, part) {
                    section.clone_from(&p.section);
                }
                Some(Found {
                    kind: shown.kind.clone(),
                    id: shown.id.clone(),
                    parent_id: shown.parent_id.clone(),
                    title: shown.title.clone(),
                    snippet: snippet(matched, part, &h.needles),
                    target,
                    english: h.english,
                })
            })
            .collect()
    }
}

impl Synonyms {
    fn build(c: &Catalog, locale: &str) -> Synonyms {
        let mut by_phrase: HashMap<String, Vec<String>> = HashMap::new();
        for group in c.synonyms.get(locale).into_iter().flat_map(|s| &s.synonyms) {
            let content: Vec<String> = group.content.iter().map(|t| normalize(t)).collect();
            for typed in &group.typed {
                let typed = normalize(typed);
                if typed.is_empty() {
                    continue;
                }
                let alts = by_phrase
                    .entry(typed.clone())
                    .or_insert_with(|| vec![typed.clone()]);
                for a in &content {
                    if !a.is_empty() && !alts.contains(a) {
                        alts.push(a.clone());
                    }
                }
            }
        }
        let mut unspaced: Vec<String> = by_phrase
            .keys()
            .filter(|p| !p.contains(' ') && !p.chars().any(is_latin) && p.chars().count() >= 2)
            .cloned()
            .collect();
        unspaced.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        let max_words = by_phrase
            .keys()
            .map(|p| p.split(' ').count())
            .max()
            .unwrap_or(1);
        let optional = c
            .synonyms
            .get(locale)
            .into_iter()
            .flat_map(|s| &s.optional)
            .map(|w| normalize(w))
            .collect();
        Synonyms {
            by_phrase,
            unspaced,
            max_words,
            optional,
        }
    }
}

/// How `d` matches `terms` (the query `phrase` in normal form): its rank,
/// the best part and the alternatives that matched; `None` when a term is
/// missing (or, `partial`, fewer than half of them match).
fn rank(
    d: &Doc,
    phrase: &str,
    terms: &[Term],
    partial: bool,
    home: Option<&str>,
) -> Option<(Rank, Option<usize>, Vec<String>)> {
    let mut found: Vec<Option<&String>> = Vec::with_capacity(terms.len());
    for t in terms {
        let hit = t.alts.iter().find(|a| d.all_norm.contains(a.as_str()));
        if hit.is_none() && !partial && !t.optional {
            return None;
        }
        found.push(hit);
    }
    let required = |(t, f): (&Term, &Option<&String>)| !t.optional && f.is_some();
    let count = terms.iter().zip(&found).filter(|p| required(*p)).count();
    let wanted = terms.iter().filter(|t| !t.optional).count();
    if count == 0 || (partial && (wanted < 2 || count * 2 < wanted)) {
        return None;
    }
    let many = terms.len() > 1;
    let weigh = |norm: &str| terms.iter().map(|t| weight(norm, t)).sum::<usize>();
    let best = d
        .parts
        .iter()
        .enumerate()
        .map(|(i, p)| (weigh(&p.norm), many && p.norm.contains(phrase), i))
        .filter(|(w, _, _)| *w > 0)
        .max_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)).then(b.2.cmp(&a.2)));
    let exact_terms = terms
        .iter()
        .zip(&found)
        .filter(|(t, f)| f.is_some() && !t.typo)
        .count();
    let best_norm = best.and_then(|b| d.parts.get(b.2)).map(|p| p.norm.as_str());
    let as_typed = terms
        .iter()
        .filter(|t| {
            t.alts.first().is_some_and(|a| {
                d.title_norm.contains(a.as_str())
                    || best_norm.is_some_and(|n| n.contains(a.as_str()))
            })
        })
        .count();
    let needles: Vec<String> = found.into_iter().flatten().cloned().collect();
    let r = Rank {
        as_typed,
        terms: count,
        title: weigh(&d.title_norm),
        title_phrase: many && d.title_norm.contains(phrase),
        part: best.map_or(0, |b| b.0),
        part_phrase: best.is_some_and(|b| b.1),
        exact_terms,
        home: home.is_some() && d.country.as_deref() == home,
    };
    Some((r, best.map(|b| b.2), needles))
}

/// How much `t` says about `norm`: the length of what was typed, doubled
/// when an alternative found there starts a word (always, in scripts
/// without spaces), so long and whole words outweigh a short piece inside
/// a word.
fn weight(norm: &str, t: &Term) -> usize {
    let typed = t.alts.first().map_or(0, |a| a.chars().count());
    t.alts
        .iter()
        .filter(|a| norm.contains(a.as_str()))
        .map(|a| {
            let whole = !a.chars().any(is_latin) || starts_word(norm, a);
            typed * if whole { 2 } else { 1 }
        })
        .max()
        .unwrap_or(0)
}

/// Whether `needle` occurs in `hay` at the start of a word.
fn starts_word(hay: &str, needle: &str) -> bool {
    hay.match_indices(needle).any(|(at, _)| {
        hay[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// The country where the locale's language is spoken at home, whose
/// hotlines come first when the ranking cannot tell results apart.
fn home_country(locale: &str) -> Option<&'static str> {
    Some(match locale {
        "th" => "TH",
        "my" => "MM",
        "km" => "KH",
        "lo" => "LA",
        "vi" => "VN",
        "id" => "ID",
        "ms" => "MY",
        "fil" => "PH",
        _ => return None,
    })
}

fn is_latin_or_digit(c: char) -> bool {
    is_latin(c) || c.is_ascii_digit()
}

/// The Latin-script words (digits allowed inside) of four characters or
/// more in `text`.
fn latin_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !is_latin_or_digit(c))
        .filter(|w| w.chars().count() >= TYPO_MIN_CHARS - 1 && w.chars().any(is_latin))
}

/// Damerau-Levenshtein distance exactly one (restricted: one insertion,
/// deletion, substitution or swap of neighbours).
fn one_edit_apart(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    let suffix = ra
        .iter()
        .rev()
        .zip(rb.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (ma, mb) = (
        &ra[..ra.len() - suffix.min(ra.len())],
        &rb[..rb.len() - suffix.min(rb.len())],
    );
    match (ma.len(), mb.len()) {
        (0, 1) | (1, 0) | (1, 1) => true,
        (2, 2) => ma[0] == mb[1] && ma[1] == mb[0],
        _ => false,
    }
}

/// A document part: its text cut into sentences, with normal forms.
fn part(section: Option<String>, text: &str) -> Part {
    let sentences: Vec<Sentence> = sentences(text)
        .into_iter()
        .map(|s| Sentence {
            norm: normalize(s),
            text: s.to_string(),
        })
        .collect();
    Part {
        section,
        shown: true,
        norm: normalize(text),
        sentences,
    }
}

/// `text` cut after sentence ends (. ! ? and the Burmese and Khmer full
/// stops) and at line breaks.
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for line in text.lines() {
        let mut start = 0;
        let mut chars = line.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let end = i + c.len_utf8();
            let at_break = chars.peek().is_none_or(|(_, n)| n.is_whitespace());
            if matches!(c, '.' | '!' | '?' | '။' | '។' | '៕') && at_break {
                out.push(line[start..end].trim());
                start = end;
            }
        }
        out.push(line[start..].trim());
    }
    out.retain(|s| !s.is_empty());
    out
}

/// The sentence of the best part (else of the document) that holds a
/// matched needle, shortened around the hit; else the document's first.
fn snippet<'a>(d: &'a Doc, part: Option<&'a Part>, needles: &[String]) -> String {
    let all = || {
        d.parts
            .iter()
            .filter(|p| p.shown)
            .flat_map(|p| &p.sentences)
    };
    // The first of the sentences holding the most needles.
    let best = |list: &mut dyn Iterator<Item = &'a Sentence>| -> Option<&'a Sentence> {
        let mut best: Option<(usize, &Sentence)> = None;
        for s in list {
            let n = needles
                .iter()
                .filter(|n| s.norm.contains(n.as_str()))
                .count();
            if n > 0 && best.is_none_or(|(m, _)| n > m) {
                best = Some((n, s));
            }
        }
        best.map(|(_, s)| s)
    };
    let sentence = part
        .filter(|p| p.shown)
        .and_then(|p| best(&mut p.sentences.iter()))
        .or_else(|| best(&mut all()))
        .or_else(|| all().next());
    let Some(s) = sentence else {
        return String::new();
    };
    let chars: Vec<char> = s.text.chars().collect();
    if chars.len() <= SNIPPET_CHARS {
        return s.text.clone();
    }
    // Where the hit is, by its share of the normal form (which is about as
    // long as the text).
    let at = needles
        .iter()
        .filter_map(|n| s.norm.find(n.as_str()))
        .min()
        .map_or(0, |b| s.norm[..b].chars().count());
    let norm_len = s.norm.chars().count().max(1);
    let hit = at * chars.len() / norm_len;
    let mut start = hit.saturating_sub(SNIPPET_CHARS / 3);
    // Start at a word when one begins shortly before.
    if let Some(back) = chars[start.saturating_sub(20)..start]
        .iter()
        .rposition(|c| c.is_whitespace())
    {
        start = start.saturating_sub(20) + back + 1;
    }
    let end = (start + SNIPPET_CHARS).min(chars.len());
    let start = end.saturating_sub(SNIPPET_CHARS).min(start);
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    out.extend(&chars[start..end]);
    if end < chars.len() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_edit_covers_insert_delete_change_and_swap() {
        assert!(one_edit_apart("pasport", "passport"));
        assert!(one_edit_apart("passsport", "passport"));
        assert!(one_edit_apart("pessport", "passport"));
        assert!(one_edit_apart("psasport", "passport"));
        assert!(!one_edit_apart("passport", "passport"));
        assert!(!one_edit_apart("pspsort", "passport"));
        assert!(!one_edit_apart("recruiter", "recruiting"));
    }

    #[test]
    fn sentences_split_at_full_stops_of_each_script() {
        assert_eq!(
            sentences("One. Two? 3.5 ok"),
            vec!["One.", "Two?", "3.5 ok"]
        );
        assert_eq!(sentences("ក។ ខ"), vec!["ក។", "ខ"]);
        assert_eq!(sentences("က။ ခ\nဂ"), vec!["က။", "ခ", "ဂ"]);
    }
}
