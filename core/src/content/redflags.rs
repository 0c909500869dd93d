//! The job-offer red-flag check: a yes/no questionnaire grounded in the ILO
//! forced-labour indicators and recruitment red flags. The result names each
//! reason found, a level, what to do next, and hotlines for the route.
//! Answers are not stored: the check is done and forgotten.

use serde::{Deserialize, Serialize};

use super::Catalog;
use super::directory::{self, EntryModel};
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

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RedFlagResult {
    pub title: String,
    /// `low`, `medium` or `high`.
    pub level: String,
    pub headline: String,
    pub next_steps: String,
    pub score: u32,
    pub found_label: String,
    pub reasons: Vec<Reason>,
    pub hotlines_label: String,
    pub hotlines: Vec<EntryModel>,
}

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

/// Scores `answers` (every question must be answered, `Unsure` counts as
/// no sign). `destination` is the country (ISO code) the job is in, for
/// the hotlines shown with the result.
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
    let mut score = 0;
    let mut reasons = Vec::new();
    for q in &c.redflags.questions {
        let answer = answers
            .iter()
            .rev()
            .find(|(id, _)| *id == q.id)
            .map(|(_, a)| *a);
        match answer {
            None => return Err(Error::Unanswered),
            Some(Answer::Yes) => {
                score += q.weight;
                reasons.push(Reason {
                    question_id: q.id.clone(),
                    indicator: q.indicator.clone(),
                    indicator_label: l.message(&format!("indicator-{}", q.indicator)),
                    text: l.message(&format!("redflag-{}-reason", q.id)),
                });
            }
            Some(_) => {}
        }
    }
    let level = c
        .redflags
        .levels
        .iter()
        .filter(|lv| score >= lv.min)
        .max_by_key(|lv| lv.min)
        .map(|lv| lv.id.clone())
        .unwrap_or_else(|| "low".into());
    let mut hotlines: Vec<EntryModel> =
        directory::entries(l, c, destination, None, Some("trafficking"));
    if hotlines.is_empty() {
        hotlines = directory::entries(l, c, destination, None, None);
    }
    hotlines.truncate(5);
    Ok(RedFlagResult {
        title: l.message("redflags-result-title"),
        headline: l.message(&format!("redflags-level-{level}")),
        next_steps: l.message(&format!("redflags-next-{level}")),
        found_label: if reasons.is_empty() {
            l.message("redflags-none-found")
        } else {
            l.message_with(
                "redflags-found",
                &[("count", ArgValue::Number(reasons.len() as i64))],
            )
        },
        level,
        score,
        reasons,
        hotlines_label: l.message("redflags-hotlines"),
        hotlines,
    })
}
