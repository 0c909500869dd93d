//! Public content: lessons and quizzes, safe-migration checklists, the
//! job-offer red-flag check and the verified hotline directory, plus search
//! over all of it.
//!
//! This module owns the locale-independent structure (`content/*.json`,
//! compiled in) and the screen models built from it; every sentence comes
//! from `locales/<tag>/` through the localizer. Content is public: it is
//! readable in any profile state. What the person does with it (quiz
//! answers, checked items, chosen route) is personal and is stored sealed by
//! the facade, never here.

pub mod checklists;
pub mod classroom;
pub mod directory;
pub mod lessons;
pub mod lint;
pub mod pack;
pub mod redflags;
pub mod search;

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::embedded;

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
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Checklists {
    pub routes: Vec<Route>,
    pub stages: Vec<Stage>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct RedFlagQuestion {
    pub id: String,
    pub indicator: String,
    pub weight: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Level {
    pub id: String,
    pub min: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct RedFlags {
    pub questions: Vec<RedFlagQuestion>,
    pub levels: Vec<Level>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Number {
    pub display: String,
    pub dial: String,
    pub kind: String,
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
    pub hours: Option<String>,
    pub toll_free: Option<bool>,
    pub purposes: Vec<String>,
    pub source_url: String,
    pub source_date: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Directory {
    /// When the entries were last checked against their sources (YYYY-MM).
    #[serde(default)]
    pub checked: String,
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
        Ok(Catalog {
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
        for l in &self.redflags.levels {
            ids.push(format!("redflags-level-{}", l.id));
            ids.push(format!("redflags-next-{}", l.id));
        }
        for e in &self.directory.entries {
            ids.push(format!("country-{}", e.country));
            for p in &e.purposes {
                ids.push(format!("purpose-{p}"));
            }
        }
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
    Catalog::from_files(embedded::CONTENT).unwrap_or_else(|_| Catalog {
        lessons: Vec::new(),
        checklists: Checklists {
            routes: Vec::new(),
            stages: Vec::new(),
        },
        redflags: RedFlags {
            questions: Vec::new(),
            levels: Vec::new(),
        },
        directory: Directory {
            checked: String::new(),
            entries: Vec::new(),
        },
        quiet: QuietHotlines::default(),
    })
});

/// The embedded content's parse result, for checks.
pub fn embedded_catalog() -> Result<Catalog, String> {
    Catalog::from_files(embedded::CONTENT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_content_parses_and_is_consistent() {
        let c = embedded_catalog().unwrap();
        assert_eq!(c.lessons.len(), 8);
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
