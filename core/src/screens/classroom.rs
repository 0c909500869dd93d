//! Classroom mode's screens: the outline of a session and each of its
//! steps (see [`crate::content::classroom`] for the session and what it
//! never stores).

use serde::Serialize;

use crate::content::classroom::{ClassSession, Page, Run, Tally, pages, percent};
use crate::content::{Catalog, Lesson};
use crate::error::{ArgValue, Error, Result};
use crate::l10n::Localizer;
use crate::screens::lessons::{Section, labelled, option_line};

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
    /// "Lesson · Before the lesson · Step 3 of 16".
    pub heading: String,
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
    /// "12 hands counted · how to count".
    pub status_line: String,
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
    /// "b) Text".
    pub label: String,
    /// "✓" on the right answer once closed, else empty.
    pub mark: String,
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
    /// "The right answer: b) Text".
    pub line: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClassDiscussion {
    pub title: String,
    pub prompts: Vec<String>,
    /// The mark before each prompt.
    pub bullet: String,
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
    /// "Before: … → After: …" for all questions.
    pub overall_line: String,
    /// "Right answers went from 40% to 80%" (or that no hands were
    /// counted in one of the runs).
    pub change_label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SummaryRow {
    pub question_id: String,
    pub question: String,
    /// "2. The question".
    pub numbered: String,
    pub pre: SummaryCell,
    pub post: SummaryCell,
    /// "Before: … → After: …".
    pub line: String,
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
    /// The mark before each step.
    pub bullet: String,
    /// "Start the session".
    pub start_label: String,
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
        age_band_label: crate::screens::lessons::age_band_label(l, lesson.age_band),
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
        bullet: l.message("mark-bullet"),
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
    let lesson_title = l.message(&format!("lesson-{id}-title"));
    let step_title = l.message(step_title);
    let progress_label = l.message_with(
        "classroom-progress",
        &[
            ("number", num(index as i64 + 1)),
            ("total", num(all.len() as i64)),
        ],
    );
    let text = |s: &String| ArgValue::Text(s.clone());
    let mut out = ClassroomScreen {
        lesson_id: id.clone(),
        heading: l.message_with(
            "classroom-heading",
            &[
                ("lesson", text(&lesson_title)),
                ("step", text(&step_title)),
                ("progress", text(&progress_label)),
            ],
        ),
        lesson_title,
        step,
        step_title,
        progress_label,
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
                bullet: l.message("mark-bullet"),
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
    let hands_label = l.message_with("classroom-hands", &[("count", num(hands))]);
    let tally_hint = l.message(if t.closed {
        "classroom-tally-closed"
    } else {
        "classroom-tally-hint"
    });
    let status_line = l.message_with(
        "classroom-status",
        &[
            ("hands", ArgValue::Text(hands_label.clone())),
            ("hint", ArgValue::Text(tally_hint.clone())),
        ],
    );
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
                let text = l.message(&key(&format!("-{o}")));
                let right = t.closed && *o == q.answer;
                ClassOption {
                    id: o.clone(),
                    label: option_line(l, o, &text),
                    mark: if right {
                        l.message("mark-right")
                    } else {
                        String::new()
                    },
                    text,
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
        tally_hint,
        hands,
        hands_label,
        status_line,
        add_label: l.message("classroom-add"),
        remove_label: l.message("classroom-remove"),
        answer: t.closed.then(|| {
            let title = l.message("classroom-answer-title");
            let text = l.message(&key(&format!("-{}", q.answer)));
            ClassAnswer {
                line: labelled(l, &title, &option_line(l, &q.answer, &text)),
                title,
                option_id: q.answer.clone(),
                text,
                explanation: l.message(&key(&format!("-{}-why", q.answer))),
            }
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

/// "Before: … → After: …".
fn change_line(l: &Localizer, pre: &SummaryCell, post: &SummaryCell) -> String {
    l.message_with(
        "classroom-summary-row",
        &[
            ("pre", ArgValue::Text(pre.label.clone())),
            ("post", ArgValue::Text(post.label.clone())),
        ],
    )
}

fn summary(l: &Localizer, lesson: &Lesson, s: &ClassSession) -> ClassSummary {
    let mut totals = [(0u32, 0u32), (0, 0)];
    let rows = lesson
        .quiz
        .iter()
        .zip(s.pre.iter().zip(&s.post))
        .enumerate()
        .map(|(i, (q, (pre, post)))| {
            let (pr, ph) = (pre.right(&q.answer), pre.hands());
            let (qr, qh) = (post.right(&q.answer), post.hands());
            for (t, (r, h)) in totals.iter_mut().zip([(pr, ph), (qr, qh)]) {
                *t = (t.0.saturating_add(r), t.1.saturating_add(h));
            }
            let question = l.message(&format!("lesson-{}-{}", lesson.id, q.id));
            let pre = cell(l, "classroom-summary-pre", pr, ph);
            let post = cell(l, "classroom-summary-post", qr, qh);
            SummaryRow {
                question_id: q.id.clone(),
                numbered: l.message_with(
                    "list-numbered",
                    &[
                        ("number", num(i as i64 + 1)),
                        ("text", ArgValue::Text(question.clone())),
                    ],
                ),
                line: change_line(l, &pre, &post),
                question,
                pre,
                post,
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
        overall_line: change_line(l, &overall_pre, &overall_post),
        overall_pre,
        overall_post,
        change_label,
    }
}
