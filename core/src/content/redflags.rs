//! The job-offer red-flag check: a yes/no questionnaire grounded in the ILO
//! forced-labour indicators and recruitment red flags. The result names each
//! reason found, a level, what is still unknown, what to do next, and
//! hotlines for the route. Answers are not stored: the check is done and
//! forgotten.
//!
//! The level (the rule; docs/content-authoring.md explains it to authors):
//!
//! - `high`: a "yes" to a strong indicator (kept documents, debt bondage,
//!   deception about the job: the ILO says one indicator can be enough), or
//!   "yes" answers that touch two or more different indicators;
//! - `medium`: any other "yes";
//! - `low` ("no warning signs"): no "yes", every strong question answered
//!   "no", and at most a quarter of all questions answered "I don't know";
//! - `unclear`: no "yes", but too much unknown to say there are no signs.
//!
//! Every "I don't know" is listed as something to find out.

use serde::{Deserialize, Serialize};

use super::directory::{self, EntryModel};
use super::{Catalog, Strength};
use crate::error::{ArgValue, Error, Result};
use crate::l10n::Localizer;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Yes,
    No,
    Unsure,
}

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
    pub questions: Vec<RedFlagQuestionModel>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reason {
    pub question_id: String,
    pub indicator: String,
    pub indicator_label: String,
    pub text: String,
}

/// A question answered "I don't know": something to find out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FindOut {
    pub question_id: String,
    /// The question, in the reader's language.
    pub text: String,
}

/// The levels a result can have, lowest concern first but `unclear`.
pub const LEVELS: [&str; 4] = ["unclear", "low", "medium", "high"];

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
    pub hotlines_label: String,
    pub hotlines: Vec<EntryModel>,
    /// Present when no checked line for the destination can help.
    pub hotlines_empty: Option<String>,
}

/// The level for the answers given (see the module docs).
fn level(answered: &[(&super::RedFlagQuestion, Answer)]) -> &'static str {
    let yes: Vec<_> = answered
        .iter()
        .filter(|(_, a)| *a == Answer::Yes)
        .map(|(q, _)| *q)
        .collect();
    let mut indicators: Vec<&str> = yes.iter().map(|q| q.indicator.as_str()).collect();
    indicators.sort_unstable();
    indicators.dedup();
    if yes.iter().any(|q| q.strength == Strength::Strong) || indicators.len() >= 2 {
        return "high";
    }
    if !yes.is_empty() {
        return "medium";
    }
    let strong_all_no = answered
        .iter()
        .filter(|(q, _)| q.strength == Strength::Strong)
        .all(|(_, a)| *a == Answer::No);
    let unknown = answered
        .iter()
        .filter(|(_, a)| *a == Answer::Unsure)
        .count();
    if strong_all_no && unknown * 4 <= answered.len() {
        "low"
    } else {
        "unclear"
    }
}

/// Purposes of the lines offered with a result: help with trafficking and
/// with a job abroad.
const HELP_PURPOSES: [&str; 3] = ["trafficking", "migrants", "labour"];

pub fn screen(l: &Localizer, c: &Catalog) -> RedFlagScreen {
    RedFlagScreen {
        title: l.message("redflags-title"),
        intro: l.message("redflags-intro"),
        yes_label: l.message("redflags-yes"),
        no_label: l.message("redflags-no"),
        unsure_label: l.message("redflags-unsure"),
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

/// Scores `answers` (every question must be answered; the last answer to a
/// question counts). `destination` is the country (ISO code) the job is
/// in, for the hotlines shown with the result: lines for trafficking,
/// migrants and work problems there, those that speak the reader's language
/// first; without one, the police (who take trafficking reports), never a
/// fire or disaster line.
pub fn evaluate(
    l: &Localizer,
    c: &Catalog,
    answers: &[(String, Answer)],
    destination: Option<&str>,
) -> Result<RedFlagResult> {
    for (id, _) in answers {
        if !c.redflags.questions.iter().any(|q| &q.id == id) {
            return Err(Error::NotFound);
        }
    }
    let mut answered = Vec::new();
    for q in &c.redflags.questions {
        let answer = answers
            .iter()
            .rev()
            .find(|(id, _)| *id == q.id)
            .map(|(_, a)| *a)
            .ok_or(Error::Unanswered)?;
        answered.push((q, answer));
    }
    let reasons: Vec<Reason> = answered
        .iter()
        .filter(|(_, a)| *a == Answer::Yes)
        .map(|(q, _)| Reason {
            question_id: q.id.clone(),
            indicator: q.indicator.clone(),
            indicator_label: l.message(&format!("indicator-{}", q.indicator)),
            text: l.message(&format!("redflag-{}-reason", q.id)),
        })
        .collect();
    let to_find_out: Vec<FindOut> = answered
        .iter()
        .filter(|(_, a)| *a == Answer::Unsure)
        .map(|(q, _)| FindOut {
            question_id: q.id.clone(),
            text: l.message(&format!("redflag-{}", q.id)),
        })
        .collect();
    let level = level(&answered).to_string();
    let mut hotlines: Vec<EntryModel> = directory::select(l, c, destination, |e| {
        e.purposes
            .iter()
            .any(|p| HELP_PURPOSES.contains(&p.as_str()))
    });
    if hotlines.is_empty() {
        hotlines = directory::select(l, c, destination, |e| {
            matches!(
                e.service.as_deref(),
                Some("police" | "tourist-police" | "all")
            )
        });
    }
    hotlines.truncate(5);
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
        level,
        reasons,
        find_out_label: (!to_find_out.is_empty()).then(|| {
            l.message_with(
                "redflags-find-out",
                &[("count", ArgValue::Number(to_find_out.len() as i64))],
            )
        }),
        to_find_out,
        hotlines_label: l.message("redflags-hotlines"),
        hotlines_empty: hotlines
            .is_empty()
            .then(|| l.message("redflags-no-hotlines")),
        hotlines,
    })
}
