//! The job-offer red-flag check: the questionnaire and its result (each
//! reason found, the level, what is still unknown, what to do next, the
//! lines that can help). The rule and the lines are
//! [`crate::content::redflags`]'s; answers are not stored.

use serde::Serialize;

use crate::content::Catalog;
use crate::content::redflags::{self as rules, Answer};
use crate::error::{ArgValue, Result};
use crate::l10n::Localizer;
use crate::screens::directory::{self, EntryModel};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RedFlagQuestionModel {
    pub id: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RedFlagScreen {
    pub title: String,
    pub intro: String,
    pub yes_label: String,
    pub no_label: String,
    pub unsure_label: String,
    /// Shown for a question not answered yet.
    pub unanswered_mark: String,
    pub questions: Vec<RedFlagQuestionModel>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reason {
    pub question_id: String,
    pub indicator: String,
    pub indicator_label: String,
    pub text: String,
    /// "The reason (the indicator)".
    pub line: String,
}

/// A question answered "I don't know": something to find out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FindOut {
    pub question_id: String,
    /// The question, in the reader's language.
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RedFlagResult {
    pub title: String,
    /// `unclear`, `low`, `medium` or `high` (see the module docs).
    pub level: String,
    pub headline: String,
    pub next_steps: String,
    pub found_label: String,
    pub reasons: Vec<Reason>,
    /// Present when something is still unknown.
    pub find_out_label: Option<String>,
    pub to_find_out: Vec<FindOut>,
    /// The mark before each reason and each thing to find out.
    pub bullet: String,
    pub hotlines_label: String,
    pub hotlines: Vec<EntryModel>,
    /// Present when no checked line for the destination can help.
    pub hotlines_empty: Option<String>,
}

pub fn screen(l: &Localizer, c: &Catalog) -> RedFlagScreen {
    RedFlagScreen {
        title: l.message("redflags-title"),
        intro: l.message("redflags-intro"),
        yes_label: l.message("redflags-yes"),
        no_label: l.message("redflags-no"),
        unsure_label: l.message("redflags-unsure"),
        unanswered_mark: l.message("mark-unanswered"),
        questions: c
            .redflags
            .questions
            .iter()
            .map(|q| RedFlagQuestionModel {
                id: q.id.clone(),
                text: l.message(&format!("redflag-{}", q.id)),
            })
            .collect(),
    }
}

impl RedFlagScreen {
    /// The label of `answer` on the questionnaire (the unanswered mark for
    /// none).
    pub fn answer_label(&self, answer: Option<Answer>) -> &str {
        match answer {
            Some(Answer::Yes) => &self.yes_label,
            Some(Answer::No) => &self.no_label,
            Some(Answer::Unsure) => &self.unsure_label,
            None => &self.unanswered_mark,
        }
    }
}

/// The result for `answers` (see [`rules::assess`]); `destination` is the
/// country the job is in, for the lines offered ([`rules::help_lines`]).
pub fn result(
    l: &Localizer,
    c: &Catalog,
    answers: &[(String, Answer)],
    destination: Option<&str>,
) -> Result<RedFlagResult> {
    let a = rules::assess(c, answers)?;
    let reasons: Vec<Reason> = a
        .with(Answer::Yes)
        .map(|q| {
            let indicator_label = l.message(&format!("indicator-{}", q.indicator));
            let text = l.message(&format!("redflag-{}-reason", q.id));
            Reason {
                question_id: q.id.clone(),
                indicator: q.indicator.clone(),
                line: l.message_with(
                    "redflags-reason-line",
                    &[
                        ("reason", ArgValue::Text(text.clone())),
                        ("indicator", ArgValue::Text(indicator_label.clone())),
                    ],
                ),
                indicator_label,
                text,
            }
        })
        .collect();
    let to_find_out: Vec<FindOut> = a
        .with(Answer::Unsure)
        .map(|q| FindOut {
            question_id: q.id.clone(),
            text: l.message(&format!("redflag-{}", q.id)),
        })
        .collect();
    let level = a.level;
    let hotlines = directory::entries(l, c, &rules::help_lines(c, l.active_tag(), destination));
    Ok(RedFlagResult {
        title: l.message("redflags-result-title"),
        headline: l.message(&format!("redflags-level-{level}")),
        next_steps: l.message(&format!("redflags-next-{level}")),
        // "No warning signs found" only when nothing is left unknown.
        found_label: if reasons.is_empty() && to_find_out.is_empty() {
            l.message("redflags-none-found")
        } else {
            l.message_with(
                "redflags-found",
                &[("count", ArgValue::Number(reasons.len() as i64))],
            )
        },
        level: level.to_string(),
        reasons,
        find_out_label: (!to_find_out.is_empty()).then(|| {
            l.message_with(
                "redflags-find-out",
                &[("count", ArgValue::Number(to_find_out.len() as i64))],
            )
        }),
        to_find_out,
        bullet: l.message("mark-bullet"),
        hotlines_label: l.message("redflags-hotlines"),
        hotlines_empty: hotlines
            .is_empty()
            .then(|| l.message("redflags-no-hotlines")),
        hotlines,
    })
}
