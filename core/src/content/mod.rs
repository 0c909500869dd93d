//! Public content: lessons and quizzes, safe-migration checklists, the
//! job-offer red-flag check and the verified hotline directory, plus search
//! over all of it.
//!
//! This module owns the locale-independent structure (`content/*.json`,
//! compiled in) and its rules (valid answers, scores, filters, order,
//! search); the screen models built from it are in [`crate::screens`], and
//! every sentence comes from `locales/<tag>/` through the localizer. It
//! never builds a screen. Content is public: it is
//! readable in any profile state. What the person does with it (quiz
//! answers, checked items, chosen route) is personal and is stored sealed by
//! the facade, never here.

pub mod checklists;
pub mod classroom;
pub mod directory;
mod handle;
pub mod lessons;
pub mod lint;
pub mod pack;
pub mod redflags;
pub mod search;
pub mod tree;

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::embedded;

pub(crate) use handle::ContentState;
pub use handle::{Content, ContentStatus};

/// What the person has done with the content (sealed by the facade).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    #[serde(default)]
    pub quiz: lessons::QuizProgress,
    #[serde(default)]
    pub checklist: checklists::ChecklistProgress,
}

/// A lesson's structure; its text lives under `lesson-<id>-…` messages.
///
/// The teacher material is part of every lesson: an age band, learning
/// objectives (`lesson-<id>-objective-<o>`), discussion questions
/// (`lesson-<id>-discuss-<d>`) and teacher notes
/// (`lesson-<id>-teacher-notes`). The fields default to empty so that a
/// lesson without them parses and [`Catalog::problems`] can name what is
/// missing instead of failing on a parse error.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Lesson {
    pub id: String,
    pub order: u32,
    pub sections: Vec<String>,
    pub quiz: Vec<Question>,
    #[serde(default)]
    pub age_band: Option<AgeBand>,
    /// Ids of the learning objectives.
    #[serde(default)]
    pub objectives: Vec<String>,
    /// Ids of the discussion questions for a teacher (at least two).
    #[serde(default)]
    pub discussion: Vec<String>,
}

/// The ages a lesson is written for, in years; `max` absent means "and
/// over" (lessons for adults).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub struct AgeBand {
    pub min: u8,
    #[serde(default)]
    pub max: Option<u8>,
}

/// The fewest discussion questions a lesson may have.
pub const MIN_DISCUSSION_QUESTIONS: usize = 2;

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Question {
    pub id: String,
    pub options: Vec<String>,
    pub answer: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Route {
    pub id: String,
    pub from: String,
    pub to: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Stage {
    pub id: String,
    pub items: Vec<ChecklistItem>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ChecklistItem {
    pub id: String,
    #[serde(default)]
    pub lesson: Option<String>,
    /// Route ids this item applies to; `*` for every route.
    pub routes: Vec<String>,
}

impl ChecklistItem {
    pub fn applies_to(&self, route: Option<&str>) -> bool {
        self.routes
            .iter()
            .any(|r| r == "*" || Some(r.as_str()) == route)
    }

    /// Whether the item belongs to `route` without being shared by every
    /// route.
    pub fn is_specific_to(&self, route: &str) -> bool {
        !self.routes.iter().any(|r| r == "*") && self.routes.iter().any(|r| r == route)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Checklists {
    pub routes: Vec<Route>,
    pub stages: Vec<Stage>,
}

/// How much one "yes" weighs (see [`redflags`] for the rule).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Strength {
    /// An ILO indicator that on its own points to forced labour or
    /// trafficking: kept documents, debt bondage, deception about the job.
    Strong,
    /// A warning sign that counts with others.
    Medium,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct RedFlagQuestion {
    pub id: String,
    /// One of the ILO forced-labour indicators (`indicator-<id>` message).
    pub indicator: String,
    pub strength: Strength,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct RedFlags {
    pub questions: Vec<RedFlagQuestion>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Number {
    pub display: String,
    pub dial: String,
    pub kind: String,
}

/// A date as far as a source gives it: a year, perhaps a month, perhaps a
/// day. Rendered in the reader's language by [`directory::date_text`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceDate {
    pub year: u16,
    #[serde(default)]
    pub month: Option<u8>,
    #[serde(default)]
    pub day: Option<u8>,
    /// The source gives the date only roughly ("c. 2021", a year inferred).
    #[serde(default)]
    pub approximate: bool,
}

impl SourceDate {
    /// Whether the parts form a date (a day needs a month).
    pub fn is_valid(&self) -> bool {
        let month_ok = self.month.is_none_or(|m| (1..=12).contains(&m));
        let day_ok = match (self.month, self.day) {
            (_, None) => true,
            (Some(_), Some(d)) => (1..=31).contains(&d),
            (None, Some(_)) => false,
        };
        (1900..=2200).contains(&self.year) && month_ok && day_ok
    }
}

/// What an emergency line answers (`service-<id>` message); the facts say
/// which (`content/tools/import_hotlines.py`, `SERVICES`).
pub const SERVICES: &[&str] = &[
    "police",
    "tourist-police",
    "fire",
    "disaster",
    "all",
    "unspecified",
];

/// A line's published hours: every day from `from` to `to` ("HH:MM";
/// "00:00" to "24:00" is round the clock), for the whole entry or, with
/// `number`, for that number only. Rendered in the reader's language by
/// [`directory::hours_text`].
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hours {
    pub from: String,
    pub to: String,
    /// The displayed number the hours are for, when the source gives hours
    /// for one number of the entry only.
    #[serde(default)]
    pub number: Option<String>,
}

impl Hours {
    /// Whether both times read as "HH:MM" (24:00 allowed as an end) and the
    /// span is not empty.
    pub fn is_valid(&self) -> bool {
        let minutes = |t: &str| -> Option<u32> {
            let (h, m) = t.split_once(':')?;
            if h.len() != 2 || m.len() != 2 {
                return None;
            }
            let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
            (m < 60 && (h < 24 || (h == 24 && m == 0))).then_some(h * 60 + m)
        };
        matches!((minutes(&self.from), minutes(&self.to)), (Some(f), Some(t)) if f < t && f < 24 * 60)
    }

    /// "00:00" to "24:00".
    pub fn round_the_clock(&self) -> bool {
        self.from == "00:00" && self.to == "24:00"
    }
}

/// A verified directory entry (see `content/tools/import_hotlines.py`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct DirectoryEntry {
    pub id: String,
    pub country: String,
    pub org: String,
    pub name: String,
    pub numbers: Vec<Number>,
    pub languages: Vec<String>,
    #[serde(default)]
    pub more_languages: bool,
    pub hours_24: bool,
    /// Hours as published, where the source states them (and they are not
    /// simply round the clock: that is `hours_24`).
    pub hours: Option<Hours>,
    /// The entry's name in a language, where the facts give one: shown to a
    /// reader of that language instead of `name`.
    #[serde(default)]
    pub local_names: BTreeMap<String, String>,
    pub toll_free: Option<bool>,
    pub purposes: Vec<String>,
    /// With purpose `emergency`: the service the line offers (one of
    /// [`SERVICES`]).
    #[serde(default)]
    pub service: Option<String>,
    pub source_url: String,
    /// `None`: the source is undated.
    pub source_date: Option<SourceDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Directory {
    /// When the entries were last checked against their sources.
    #[serde(default)]
    pub checked: Option<SourceDate>,
    pub entries: Vec<DirectoryEntry>,
}

/// A hotline that takes quiet (sealed, written) contact through the relay.
/// Its X25519 public key arrives in the signed pack, so nobody can swap it
/// without the publisher's signing key. Text: `quiet-hotline-<id>-name`
/// and `quiet-hotline-<id>-about`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct QuietHotline {
    pub id: String,
    /// X25519 public key, 64 hex digits.
    pub key: String,
    /// Countries it serves (ISO 3166-1 alpha-2), `*` for any.
    pub countries: Vec<String>,
    /// A test hotline whose private key is public (`keys/`): listed only
    /// by debug builds, like the development publisher key.
    #[serde(default)]
    pub development: bool,
}

impl QuietHotline {
    /// The public key's bytes, if the content is well formed.
    pub fn public_key(&self) -> Option<[u8; 32]> {
        waymark_protocol::message::from_hex(&self.key)?
            .try_into()
            .ok()
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct QuietHotlines {
    pub hotlines: Vec<QuietHotline>,
}

impl QuietHotlines {
    /// The hotlines this build offers: development ones only in debug builds.
    pub fn offered(&self) -> impl Iterator<Item = &QuietHotline> {
        self.hotlines
            .iter()
            .filter(|h| !h.development || cfg!(debug_assertions))
    }
}

/// What people type mapped to the words the content uses, for one locale
/// (`content/search/<tag>.json`, see `docs/content-authoring.md`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct SearchSynonyms {
    pub synonyms: Vec<Synonym>,
    /// Little words a query need not find (particles, pronouns,
    /// prepositions: "my", "bị", "ng"); they still count for ranking.
    #[serde(default)]
    pub optional: Vec<String>,
}

/// One group: a query phrase in `typed` also finds any phrase in `content`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Synonym {
    /// Loanwords, English words, colloquial terms, common misspellings.
    pub typed: Vec<String>,
    /// The words this locale's content uses for them.
    pub content: Vec<String>,
}

/// All content structure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalog {
    pub lessons: Vec<Lesson>,
    pub checklists: Checklists,
    pub redflags: RedFlags,
    pub directory: Directory,
    /// Hotlines reachable by sealed message (`quiet.json`; optional, so
    /// packs made before quiet contact still install).
    pub quiet: QuietHotlines,
    /// Search synonyms by locale tag (`search/<tag>.json`; optional, so
    /// packs made before them still install).
    pub synonyms: std::collections::BTreeMap<String, SearchSynonyms>,
}

impl Catalog {
    /// Parses content files given as `(relative path, JSON text)`.
    pub fn from_files(files: &[(&str, &str)]) -> Result<Catalog, String> {
        let find = |name: &str| {
            files
                .iter()
                .find(|(p, _)| *p == name)
                .map(|(_, t)| *t)
                .ok_or_else(|| format!("{name} is missing"))
        };
        let parse_err = |name: &str, e: serde_json::Error| format!("{name}: {e}");
        let mut lessons = Vec::new();
        for (path, text) in files.iter().filter(|(p, _)| p.starts_with("lessons/")) {
            lessons.push(serde_json::from_str::<Lesson>(text).map_err(|e| parse_err(path, e))?);
        }
        lessons.sort_by_key(|l| l.order);
        let mut synonyms = std::collections::BTreeMap::new();
        for (path, text) in files.iter().filter(|(p, _)| p.starts_with("search/")) {
            let tag = path
                .trim_start_matches("search/")
                .trim_end_matches(".json")
                .to_string();
            synonyms.insert(
                tag,
                serde_json::from_str::<SearchSynonyms>(text).map_err(|e| parse_err(path, e))?,
            );
        }
        Ok(Catalog {
            synonyms,
            lessons,
            checklists: serde_json::from_str(find("checklists.json")?)
                .map_err(|e| parse_err("checklists.json", e))?,
            redflags: serde_json::from_str(find("redflags.json")?)
                .map_err(|e| parse_err("redflags.json", e))?,
            directory: serde_json::from_str(find("directory.json")?)
                .map_err(|e| parse_err("directory.json", e))?,
            quiet: match find("quiet.json") {
                Ok(text) => serde_json::from_str(text).map_err(|e| parse_err("quiet.json", e))?,
                Err(_) => QuietHotlines::default(),
            },
        })
    }

    pub fn lesson(&self, id: &str) -> Option<&Lesson> {
        self.lessons.iter().find(|l| l.id == id)
    }

    /// Every message id the content needs, for the completeness check.
    pub fn message_ids(&self) -> Vec<String> {
        let mut ids = Vec::new();
        for l in &self.lessons {
            ids.push(format!("lesson-{}-title", l.id));
            ids.push(format!("lesson-{}-summary", l.id));
            for s in &l.sections {
                ids.push(format!("lesson-{}-{s}-title", l.id));
                ids.push(format!("lesson-{}-{s}-body", l.id));
            }
            for o in &l.objectives {
                ids.push(format!("lesson-{}-objective-{o}", l.id));
            }
            for d in &l.discussion {
                ids.push(format!("lesson-{}-discuss-{d}", l.id));
            }
            ids.push(format!("lesson-{}-teacher-notes", l.id));
            for q in &l.quiz {
                ids.push(format!("lesson-{}-{}", l.id, q.id));
                for o in &q.options {
                    ids.push(format!("lesson-{}-{}-{o}", l.id, q.id));
                    ids.push(format!("lesson-{}-{}-{o}-why", l.id, q.id));
                }
            }
        }
        if !self.lessons.is_empty() {
            for id in [
                "lesson-teacher-title",
                "lesson-age-band",
                "lesson-age-band-open",
                "lesson-objectives-title",
                "lesson-discussion-title",
                "lesson-teacher-notes-title",
                "lesson-disclosure-title",
                "lesson-disclosure-body",
            ] {
                ids.push(id.to_string());
            }
        }
        for r in &self.checklists.routes {
            ids.push(format!("route-{}", r.id));
        }
        for s in &self.checklists.stages {
            ids.push(format!("checklist-{}-title", s.id));
            for i in &s.items {
                ids.push(format!("check-{}-title", i.id));
                ids.push(format!("check-{}-why", i.id));
            }
        }
        for q in &self.redflags.questions {
            ids.push(format!("redflag-{}", q.id));
            ids.push(format!("redflag-{}-reason", q.id));
            ids.push(format!("indicator-{}", q.indicator));
        }
        for level in redflags::LEVELS {
            ids.push(format!("redflags-level-{level}"));
            ids.push(format!("redflags-next-{level}"));
        }
        for e in &self.directory.entries {
            ids.push(format!("country-{}", e.country));
            for p in &e.purposes {
                ids.push(format!("purpose-{p}"));
            }
            if let Some(service) = &e.service {
                ids.push(format!("service-{service}"));
            }
            for code in &e.languages {
                if !crate::l10n::is_available(code) {
                    ids.push(format!("lang-{code}"));
                }
            }
        }
        ids.extend(directory::DATE_MESSAGES.iter().map(|id| id.to_string()));
        ids.extend(directory::HOURS_MESSAGES.iter().map(|id| id.to_string()));
        for h in &self.quiet.hotlines {
            ids.push(format!("quiet-hotline-{}-name", h.id));
            ids.push(format!("quiet-hotline-{}-about", h.id));
        }
        ids.sort();
        ids.dedup();
        ids
    }

    /// Structural problems: lessons without teacher material (age band,
    /// objectives, discussion questions), dangling lesson links, unknown
    /// routes, answers that are not options, duplicate ids, bad dial
    /// strings.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for l in &self.lessons {
            if !seen.insert(format!("lesson:{}", l.id)) {
                out.push(format!("lesson `{}` defined twice", l.id));
            }
            match l.age_band {
                None => out.push(format!("lesson `{}` has no age band", l.id)),
                Some(b) if b.min < 6 || b.max.is_some_and(|max| max < b.min) => {
                    out.push(format!("lesson `{}` has a bad age band", l.id))
                }
                Some(_) => {}
            }
            if l.objectives.is_empty() {
                out.push(format!("lesson `{}` has no learning objectives", l.id));
            }
            if l.discussion.len() < MIN_DISCUSSION_QUESTIONS {
                out.push(format!(
                    "lesson `{}` needs at least {MIN_DISCUSSION_QUESTIONS} discussion questions",
                    l.id
                ));
            }
            for q in &l.quiz {
                if !q.options.contains(&q.answer) {
                    out.push(format!(
                        "lesson `{}` {}: answer is not an option",
                        l.id, q.id
                    ));
                }
            }
        }
        let routes: Vec<&str> = self
            .checklists
            .routes
            .iter()
            .map(|r| r.id.as_str())
            .collect();
        for s in &self.checklists.stages {
            for i in &s.items {
                if !seen.insert(format!("item:{}", i.id)) {
                    out.push(format!("checklist item `{}` defined twice", i.id));
                }
                if let Some(lesson) = &i.lesson
                    && self.lesson(lesson).is_none()
                {
                    out.push(format!(
                        "checklist item `{}` links to unknown lesson `{lesson}`",
                        i.id
                    ));
                }
                for r in &i.routes {
                    if r != "*" && !routes.contains(&r.as_str()) {
                        out.push(format!(
                            "checklist item `{}` names unknown route `{r}`",
                            i.id
                        ));
                    }
                }
            }
        }
        for e in &self.directory.entries {
            if !seen.insert(format!("entry:{}", e.id)) {
                out.push(format!("directory entry `{}` defined twice", e.id));
            }
            for n in &e.numbers {
                let digits = n.dial.strip_prefix('+').unwrap_or(&n.dial);
                if digits.len() < 3
                    || digits.len() > 15
                    || !digits.bytes().all(|b| b.is_ascii_digit())
                {
                    out.push(format!("directory entry `{}`: bad dial string", e.id));
                }
            }
            let emergency = e.purposes.iter().any(|p| p == "emergency");
            match &e.service {
                Some(s) if !SERVICES.contains(&s.as_str()) => {
                    out.push(format!("directory entry `{}`: unknown service `{s}`", e.id));
                }
                Some(_) if !emergency => out.push(format!(
                    "directory entry `{}`: a service without purpose `emergency`",
                    e.id
                )),
                None if emergency => out.push(format!(
                    "directory entry `{}`: an emergency line must name its service",
                    e.id
                )),
                _ => {}
            }
            if e.source_date.is_some_and(|d| !d.is_valid()) {
                out.push(format!("directory entry `{}`: bad source date", e.id));
            }
            if let Some(h) = &e.hours {
                let number_ok = h
                    .number
                    .as_ref()
                    .is_none_or(|x| e.numbers.iter().any(|n| &n.display == x));
                if !h.is_valid() || !number_ok || (e.hours_24 && h.number.is_none()) {
                    out.push(format!("directory entry `{}`: bad hours", e.id));
                }
            }
            for (tag, name) in &e.local_names {
                if tag == "en" || name.trim().is_empty() {
                    out.push(format!(
                        "directory entry `{}`: bad local name `{tag}`",
                        e.id
                    ));
                }
            }
        }
        if self.directory.checked.is_some_and(|d| !d.is_valid()) {
            out.push("directory: bad checked date".to_string());
        }
        for (tag, list) in &self.synonyms {
            if !crate::l10n::is_available(tag) {
                out.push(format!("search synonyms for unknown locale `{tag}`"));
            }
            for s in &list.synonyms {
                let blank = |v: &Vec<String>| {
                    v.is_empty() || v.iter().any(|t| crate::text::normalize(t).is_empty())
                };
                if blank(&s.typed) || blank(&s.content) {
                    out.push(format!(
                        "search synonyms `{tag}`: a group with an empty phrase"
                    ));
                }
            }
        }
        for h in &self.quiet.hotlines {
            if !seen.insert(format!("quiet:{}", h.id)) {
                out.push(format!("quiet hotline `{}` defined twice", h.id));
            }
            if h.public_key().is_none() {
                out.push(format!(
                    "quiet hotline `{}`: key is not 64 hex digits",
                    h.id
                ));
            }
        }
        out
    }
}

/// The compiled-in content. A build whose content does not parse ships
/// with empty content rather than crashing; the test suite and `waymark
/// content lint` refuse such a build.
pub static CATALOG: LazyLock<Catalog> = LazyLock::new(|| {
    Catalog::from_files(embedded::content()).unwrap_or_else(|_| Catalog {
        lessons: Vec::new(),
        checklists: Checklists {
            routes: Vec::new(),
            stages: Vec::new(),
        },
        redflags: RedFlags {
            questions: Vec::new(),
        },
        directory: Directory {
            checked: None,
            entries: Vec::new(),
        },
        quiet: QuietHotlines::default(),
        synonyms: std::collections::BTreeMap::new(),
    })
});

/// The embedded content's parse result, for checks.
pub fn embedded_catalog() -> Result<Catalog, String> {
    Catalog::from_files(embedded::content())
}

/// The names (relative to `content/`) of the compiled-in content files.
#[cfg(test)]
pub(crate) fn embedded_content_names() -> impl Iterator<Item = &'static str> {
    embedded::content().iter().map(|(name, _)| *name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_content_parses_and_is_consistent() {
        let c = embedded_catalog().unwrap();
        assert!(c.lessons.len() >= 14);
        for l in &c.lessons {
            assert!(l.quiz.len() >= 5, "{}", l.id);
        }
        assert!(c.checklists.routes.len() >= 6);
        assert_eq!(c.checklists.stages.len(), 4);
        assert!(!c.directory.entries.is_empty());
        assert!(
            c.quiet.offered().count() >= 1,
            "debug builds offer the test hotline"
        );
        assert_eq!(c.problems(), Vec::<String>::new());
        // Search synonyms for every locale, carried by packs like all content.
        for info in crate::l10n::available() {
            assert!(c.synonyms.contains_key(&info.tag), "{}", info.tag);
            let path = format!("search/{}.json", info.tag);
            assert!(
                pack::embedded_files()
                    .content
                    .iter()
                    .any(|(p, _)| *p == path)
            );
        }
    }

    #[test]
    fn bad_search_synonyms_are_problems() {
        let mut c = embedded_catalog().unwrap();
        c.synonyms.insert(
            "xx".into(),
            SearchSynonyms {
                synonyms: vec![Synonym {
                    typed: vec!["  ".into()],
                    content: vec!["passport".into()],
                }],
                optional: Vec::new(),
            },
        );
        let problems = c.problems();
        assert!(problems.iter().any(|p| p.contains("unknown locale `xx`")));
        assert!(problems.iter().any(|p| p.contains("empty phrase")));
    }

    #[test]
    fn every_content_message_exists_in_every_locale() {
        let c = embedded_catalog().unwrap();
        for info in crate::l10n::available() {
            let l = crate::Localizer::for_preferences(std::slice::from_ref(&info.tag));
            for id in c.message_ids() {
                assert!(l.has_message_in_active(&id), "{} lacks {id}", info.tag);
            }
        }
    }
}
