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
//!
//! This module owns the rule and the lines offered with a result; the
//! screens are built in [`crate::screens::redflags`].

use serde::{Deserialize, Serialize};

use super::{Catalog, DirectoryEntry, RedFlagQuestion, Strength};
use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Yes,
    No,
    Unsure,
}

/// The levels a result can have, lowest concern first but `unclear`.
pub const LEVELS: [&str; 4] = ["unclear", "low", "medium", "high"];

/// Every question with the answer that counts for it, in question order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment<'c> {
    pub answered: Vec<(&'c RedFlagQuestion, Answer)>,
    /// One of [`LEVELS`].
    pub level: &'static str,
}

impl<'c> Assessment<'c> {
    /// The questions answered `answer`, in question order.
    pub fn with(&self, answer: Answer) -> impl Iterator<Item = &'c RedFlagQuestion> + '_ {
        self.answered
            .iter()
            .filter(move |(_, a)| *a == answer)
            .map(|(q, _)| *q)
    }
}

/// Scores `answers`: every question must be answered (`Unanswered`
/// otherwise); the last answer to a question counts; an unknown question
/// is `NotFound`.
pub fn assess<'c>(c: &'c Catalog, answers: &[(String, Answer)]) -> Result<Assessment<'c>> {
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
    let level = level(&answered);
    Ok(Assessment { answered, level })
}

/// The level for the answers given (see the module docs).
fn level(answered: &[(&RedFlagQuestion, Answer)]) -> &'static str {
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

/// The most lines offered with a result.
const MAX_LINES: usize = 5;

/// The lines offered with a result for a job in `destination` (ISO
/// country; every country when `None`): lines for trafficking, migrants
/// and work problems there, those that speak `reader`'s language first;
/// where there are none, the police (who take trafficking reports), never
/// a fire or disaster line.
pub fn help_lines<'c>(
    c: &'c Catalog,
    reader: &str,
    destination: Option<&str>,
) -> Vec<&'c DirectoryEntry> {
    let mut lines = super::directory::select(c, reader, destination, |e| {
        e.purposes
            .iter()
            .any(|p| HELP_PURPOSES.contains(&p.as_str()))
    });
    if lines.is_empty() {
        lines = super::directory::select(c, reader, destination, |e| {
            matches!(
                e.service.as_deref(),
                Some("police" | "tourist-police" | "all")
            )
        });
    }
    lines.truncate(MAX_LINES);
    lines
}
