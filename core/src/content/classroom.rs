//! Classroom mode: a teacher leads one lesson with a class on one device
//! or a projector.
//!
//! A session runs through fixed steps: the lesson's quiz as a pre-test,
//! the lesson's sections, the discussion questions with the teacher notes,
//! the same quiz as a post-test, and a summary that compares what share of
//! the class chose the right answer before and after. On each quiz
//! question the teacher may keep an anonymous tally (+1 on an option per
//! raised hand); closing the question freezes the count and shows the right
//! answer and why.
//!
//! This module owns the session state ([`ClassSession`]) and its screen
//! models. It never persists anything: a session is a plain value that the
//! facade keeps in memory only and drops when the teacher ends it, on lock,
//! quick exit and erase. It holds counts per option and nothing else: no
//! names, no per-student records, no answers of anyone in particular. It
//! never touches the store, the quiz progress or any file, and every screen
//! says so.

use serde::Serialize;
use std::collections::BTreeMap;

use super::lessons::Section;
use super::{Catalog, Lesson};
use crate::error::{ArgValue, Error, Result};
use crate::l10n::Localizer;

/// Which quiz run a tally belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Run {
    Pre,
    Post,
}

/// One page of a session, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Page {
    Question(Run, usize),
    Section(usize),
    Discussion,
    Summary,
}

fn pages(lesson: &Lesson) -> Vec<Page> {
    let quiz = lesson.quiz.len();
    let mut out: Vec<Page> = (0..quiz).map(|i| Page::Question(Run::Pre, i)).collect();
    out.extend((0..lesson.sections.len()).map(Page::Section));
    out.push(Page::Discussion);
    out.extend((0..quiz).map(|i| Page::Question(Run::Post, i)));
    out.push(Page::Summary);
    out
}

/// The anonymous count for one question in one run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Tally {
    /// option id → raised hands.
    counts: BTreeMap<String, u32>,
    /// Closed: the count is frozen and the answer is shown.
    closed: bool,
}

impl Tally {
    fn hands(&self) -> u32 {
        self.counts.values().fold(0, |a, n| a.saturating_add(*n))
    }

    fn right(&self, answer: &str) -> u32 {
        self.counts.get(answer).copied().unwrap_or(0)
    }
}

/// A classroom session: where the class is and the anonymous counts.
/// Lives in memory only (see the module doc).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassSession {
    lesson: String,
    page: usize,
    pre: Vec<Tally>,
    post: Vec<Tally>,
}

impl ClassSession {
    /// A session for `lesson`, at its first step.
    pub fn start(c: &Catalog, lesson: &str) -> Result<ClassSession> {
        let l = c.lesson(lesson).ok_or(Error::NotFound)?;
        Ok(ClassSession {
            lesson: l.id.clone(),
            page: 0,
            pre: vec![Tally::default(); l.quiz.len()],
            post: vec![Tally::default(); l.quiz.len()],
        })
    }

    pub fn lesson_id(&self) -> &str {
        &self.lesson
    }

    fn lesson<'c>(&self, c: &'c Catalog) -> Result<&'c Lesson> {
        // A newer pack may have dropped the lesson mid-session.
        c.lesson(&self.lesson)
            .filter(|l| l.quiz.len() == self.pre.len())
            .ok_or(Error::NotFound)
    }

    fn current(&self, lesson: &Lesson) -> Page {
        let all = pages(lesson);
        all.get(self.page.min(all.len().saturating_sub(1)))
            .copied()
            .unwrap_or(Page::Summary)
    }

    fn tally_mut(&mut self, run: Run, i: usize) -> Option<&mut Tally> {
        match run {
            Run::Pre => self.pre.get_mut(i),
            Run::Post => self.post.get_mut(i),
        }
    }

    /// One more (`add`) or one fewer raised hand for `option` on the open
    /// question on screen. Refused on other steps and once the question is
    /// closed, so a count cannot change after the answer was shown.
    pub fn tally(&mut self, c: &Catalog, option: &str, add: bool) -> Result<()> {
        let lesson = self.lesson(c)?;
        let Page::Question(run, i) = self.current(lesson) else {
            return Err(Error::InvalidInput { field: "tally" });
        };
        let q = lesson.quiz.get(i).ok_or(Error::NotFound)?;
        if !q.options.iter().any(|o| o == option) {
            return Err(Error::NotFound);
        }
        let t = self.tally_mut(run, i).ok_or(Error::NotFound)?;
        if t.closed {
            return Err(Error::InvalidInput { field: "tally" });
        }
        let n = t.counts.entry(option.to_string()).or_insert(0);
        *n = if add {
            n.saturating_add(1)
        } else {
            n.saturating_sub(1)
        };
        Ok(())
    }

    /// Forward: an open question is closed first (its answer shown); else
    /// the next step. Nothing happens on the summary.
    pub fn next(&mut self, c: &Catalog) -> Result<()> {
        let lesson = self.lesson(c)?;
        let page = self.current(lesson);
        let last = pages(lesson).len().saturating_sub(1);
        if let Page::Question(run, i) = page
            && let Some(t) = self.tally_mut(run, i)
            && !t.closed
        {
            t.closed = true;
            return Ok(());
        }
        self.page = (self.page + 1).min(last);
        Ok(())
    }

    /// Back one step (closed questions stay closed).
    pub fn back(&mut self) {
        self.page = self.page.saturating_sub(1);
    }
}

/// The step kind on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ClassroomStep {
    PreTest,
    Lesson,
    Discussion,
    PostTest,
    Summary,
}

/// One step of a classroom session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClassroomScreen {
    pub lesson_id: String,
    pub lesson_title: String,
    pub step: ClassroomStep,
    /// "Before the lesson" / "The lesson" / … .
    pub step_title: String,
    /// "Step 3 of 16".
    pub progress_label: String,
    pub number: u32,
    pub total: u32,
    /// That nothing about students is stored; on every step.
    pub privacy_notice: String,
    /// On the pre-test and post-test steps.
    pub question: Option<ClassQuestion>,
    /// On the lesson steps.
    pub section: Option<Section>,
    pub discussion: Option<ClassDiscussion>,
    pub summary: Option<ClassSummary>,
    /// "Show the answer" on an open question, else "Next"; `None` on the
    /// summary.
    pub next_label: Option<String>,
    /// `None` on the first step.
    pub back_label: Option<String>,
    /// "End the session".
    pub end_label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClassQuestion {
    pub question_id: String,
    /// "Question 2 of 5".
    pub position_label: String,
    pub question: String,
    pub options: Vec<ClassOption>,
    /// Closed: the count is frozen and the answer is shown.
    pub closed: bool,
    /// How to count hands (open) or that the count is closed.
    pub tally_hint: String,
    pub hands: u32,
    /// "12 hands counted" / "No hands counted".
    pub hands_label: String,
    /// "+1" / "−1": the tally buttons.
    pub add_label: String,
    pub remove_label: String,
    /// Present once closed.
    pub answer: Option<ClassAnswer>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClassOption {
    pub id: String,
    pub text: String,
    pub count: u32,
    /// "3 hands · 25%" (empty while nobody is counted).
    pub count_label: String,
    /// Once closed: whether this is the right answer.
    pub correct: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClassAnswer {
    /// "The right answer".
    pub title: String,
    pub option_id: String,
    pub text: String,
    /// Why it is right.
    pub explanation: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClassDiscussion {
    pub title: String,
    pub prompts: Vec<String>,
    pub notes_title: String,
    pub notes: String,
    pub disclosure_title: String,
    pub disclosure: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClassSummary {
    pub title: String,
    /// What the numbers are (shares of raised hands, not marks).
    pub intro: String,
    pub rows: Vec<SummaryRow>,
    /// "All questions".
    pub overall_title: String,
    pub overall_pre: SummaryCell,
    pub overall_post: SummaryCell,
    /// "Right answers went from 40% to 80%" (or that no hands were
    /// counted in one of the runs).
    pub change_label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SummaryRow {
    pub question_id: String,
    pub question: String,
    pub pre: SummaryCell,
    pub post: SummaryCell,
}

/// Right answers out of hands counted, for one run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SummaryCell {
    pub right: u32,
    pub hands: u32,
    /// Rounded share of right answers; `None` when no hand was counted.
    pub percent: Option<u32>,
    /// "Before: 4 of 10 right (40%)" / "Before: not counted".
    pub label: String,
}

/// The outline of a session before it starts (also `waymark classroom`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClassroomOutline {
    pub lesson_id: String,
    pub title: String,
    pub age_band_label: String,
    /// "Classroom mode".
    pub mode_title: String,
    /// What the session does.
    pub intro: String,
    pub privacy_notice: String,
    /// One line per part of the session.
    pub steps: Vec<String>,
    /// "Start the session".
    pub start_label: String,
}

/// `part` of `whole` in percent, rounded half up (`None` for no hands).
fn percent(part: u32, whole: u32) -> Option<u32> {
    let (part, whole) = (u64::from(part), u64::from(whole));
    // At most 100 since part ≤ whole, so the cast never truncates.
    (whole > 0).then(|| ((part * 100 + whole / 2) / whole) as u32)
}

fn num(n: impl Into<i64>) -> ArgValue {
    ArgValue::Number(n.into())
}

pub fn outline(l: &Localizer, c: &Catalog, lesson_id: &str) -> Result<ClassroomOutline> {
    let lesson = c.lesson(lesson_id).ok_or(Error::NotFound)?;
    let quiz = num(lesson.quiz.len() as i64);
    Ok(ClassroomOutline {
        lesson_id: lesson.id.clone(),
        title: l.message(&format!("lesson-{lesson_id}-title")),
        age_band_label: super::lessons::age_band_label(l, lesson.age_band),
        mode_title: l.message("classroom-title"),
        intro: l.message("classroom-intro"),
        privacy_notice: l.message("classroom-privacy"),
        steps: vec![
            l.message_with("classroom-outline-pre", &[("count", quiz.clone())]),
            l.message_with(
                "classroom-outline-lesson",
                &[("count", num(lesson.sections.len() as i64))],
            ),
            l.message_with(
                "classroom-outline-discussion",
                &[("count", num(lesson.discussion.len() as i64))],
            ),
            l.message_with("classroom-outline-post", &[("count", quiz)]),
            l.message("classroom-outline-summary"),
        ],
        start_label: l.message("classroom-start"),
    })
}

pub fn screen(l: &Localizer, c: &Catalog, s: &ClassSession) -> Result<ClassroomScreen> {
    let lesson = s.lesson(c)?;
    let id = &lesson.id;
    let all = pages(lesson);
    let page = s.current(lesson);
    let index = s.page.min(all.len().saturating_sub(1));
    let (step, step_title) = match page {
        Page::Question(Run::Pre, _) => (ClassroomStep::PreTest, "classroom-step-pre"),
        Page::Section(_) => (ClassroomStep::Lesson, "classroom-step-lesson"),
        Page::Discussion => (ClassroomStep::Discussion, "classroom-step-discussion"),
        Page::Question(Run::Post, _) => (ClassroomStep::PostTest, "classroom-step-post"),
        Page::Summary => (ClassroomStep::Summary, "classroom-step-summary"),
    };
    let mut out = ClassroomScreen {
        lesson_id: id.clone(),
        lesson_title: l.message(&format!("lesson-{id}-title")),
        step,
        step_title: l.message(step_title),
        progress_label: l.message_with(
            "classroom-progress",
            &[
                ("number", num(index as i64 + 1)),
                ("total", num(all.len() as i64)),
            ],
        ),
        number: index as u32 + 1,
        total: all.len() as u32,
        privacy_notice: l.message("classroom-privacy"),
        question: None,
        section: None,
        discussion: None,
        summary: None,
        next_label: None,
        back_label: (index > 0).then(|| l.message("classroom-back")),
        end_label: l.message("classroom-end"),
    };
    match page {
        Page::Question(run, i) => {
            let tally = match run {
                Run::Pre => s.pre.get(i),
                Run::Post => s.post.get(i),
            }
            .ok_or(Error::NotFound)?;
            let q = question(l, lesson, i, tally)?;
            out.next_label = Some(l.message(if q.closed {
                "classroom-next"
            } else {
                "classroom-reveal"
            }));
            out.question = Some(q);
        }
        Page::Section(i) => {
            let sec = lesson.sections.get(i).ok_or(Error::NotFound)?;
            out.section = Some(Section {
                title: l.message(&format!("lesson-{id}-{sec}-title")),
                body: l.message(&format!("lesson-{id}-{sec}-body")),
            });
            out.next_label = Some(l.message("classroom-next"));
        }
        Page::Discussion => {
            out.discussion = Some(ClassDiscussion {
                title: l.message("lesson-discussion-title"),
                prompts: lesson
                    .discussion
                    .iter()
                    .map(|d| l.message(&format!("lesson-{id}-discuss-{d}")))
                    .collect(),
                notes_title: l.message("lesson-teacher-notes-title"),
                notes: l.message(&format!("lesson-{id}-teacher-notes")),
                disclosure_title: l.message("lesson-disclosure-title"),
                disclosure: l.message("lesson-disclosure-body"),
            });
            out.next_label = Some(l.message("classroom-next"));
        }
        Page::Summary => out.summary = Some(summary(l, lesson, s)),
    }
    Ok(out)
}

fn question(l: &Localizer, lesson: &Lesson, i: usize, t: &Tally) -> Result<ClassQuestion> {
    let q = lesson.quiz.get(i).ok_or(Error::NotFound)?;
    let key = |suffix: &str| format!("lesson-{}-{}{suffix}", lesson.id, q.id);
    let hands = t.hands();
    Ok(ClassQuestion {
        question_id: q.id.clone(),
        position_label: l.message_with(
            "quiz-question-count",
            &[
                ("number", num(i as i64 + 1)),
                ("total", num(lesson.quiz.len() as i64)),
            ],
        ),
        question: l.message(&key("")),
        options: q
            .options
            .iter()
            .map(|o| {
                let count = t.counts.get(o).copied().unwrap_or(0);
                ClassOption {
                    id: o.clone(),
                    text: l.message(&key(&format!("-{o}"))),
                    count,
                    count_label: match percent(count, hands) {
                        Some(p) => l.message_with(
                            "classroom-option-count",
                            &[("count", num(count)), ("percent", num(p))],
                        ),
                        None => String::new(),
                    },
                    correct: t.closed.then(|| *o == q.answer),
                }
            })
            .collect(),
        closed: t.closed,
        tally_hint: l.message(if t.closed {
            "classroom-tally-closed"
        } else {
            "classroom-tally-hint"
        }),
        hands,
        hands_label: l.message_with("classroom-hands", &[("count", num(hands))]),
        add_label: l.message("classroom-add"),
        remove_label: l.message("classroom-remove"),
        answer: t.closed.then(|| ClassAnswer {
            title: l.message("classroom-answer-title"),
            option_id: q.answer.clone(),
            text: l.message(&key(&format!("-{}", q.answer))),
            explanation: l.message(&key(&format!("-{}-why", q.answer))),
        }),
    })
}

fn cell(l: &Localizer, message: &str, right: u32, hands: u32) -> SummaryCell {
    let percent = percent(right, hands);
    SummaryCell {
        right,
        hands,
        percent,
        label: match percent {
            Some(p) => l.message_with(
                message,
                &[
                    ("right", num(right)),
                    ("hands", num(hands)),
                    ("percent", num(p)),
                ],
            ),
            None => l.message(&format!("{message}-none")),
        },
    }
}

fn summary(l: &Localizer, lesson: &Lesson, s: &ClassSession) -> ClassSummary {
    let mut totals = [(0u32, 0u32), (0, 0)];
    let rows = lesson
        .quiz
        .iter()
        .zip(s.pre.iter().zip(&s.post))
        .map(|(q, (pre, post))| {
            let (pr, ph) = (pre.right(&q.answer), pre.hands());
            let (qr, qh) = (post.right(&q.answer), post.hands());
            for (t, (r, h)) in totals.iter_mut().zip([(pr, ph), (qr, qh)]) {
                *t = (t.0.saturating_add(r), t.1.saturating_add(h));
            }
            SummaryRow {
                question_id: q.id.clone(),
                question: l.message(&format!("lesson-{}-{}", lesson.id, q.id)),
                pre: cell(l, "classroom-summary-pre", pr, ph),
                post: cell(l, "classroom-summary-post", qr, qh),
            }
        })
        .collect();
    let [(pr, ph), (qr, qh)] = totals;
    let overall_pre = cell(l, "classroom-summary-pre", pr, ph);
    let overall_post = cell(l, "classroom-summary-post", qr, qh);
    let change_label = match (overall_pre.percent, overall_post.percent) {
        (Some(a), Some(b)) => l.message_with(
            "classroom-summary-change",
            &[("before", num(a)), ("after", num(b))],
        ),
        _ => l.message("classroom-summary-change-none"),
    };
    ClassSummary {
        title: l.message("classroom-summary-title"),
        intro: l.message("classroom-summary-intro"),
        rows,
        overall_title: l.message("classroom-summary-overall"),
        overall_pre,
        overall_post,
        change_label,
    }
}
