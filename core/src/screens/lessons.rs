//! Lesson and quiz screen models, including each lesson's section for
//! teachers (age band, objectives, discussion questions, notes and what to
//! do when a student discloses abuse).
//!
//! Built from the catalog and the quiz progress ([`crate::content::lessons`]
//! owns the rules: valid answers, scores, the question a quiz starts on);
//! this module only reads them.

use serde::Serialize;

use crate::content::lessons::{self as rules, QuizProgress};
use crate::content::{AgeBand, Catalog, Lesson, Question};
use crate::error::{ArgValue, Error, Result};
use crate::l10n::Localizer;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LessonSummary {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub quiz_label: String,
    pub completed: bool,
    /// "Age 13–18" / "Age 16 and over".
    pub age_band_label: String,
    /// "Title — Quiz: 3 of 5 correct": the lesson in the list.
    pub line: String,
    /// "Title · Age 13–18": the lesson to choose for a class.
    pub title_with_age: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LessonListScreen {
    pub title: String,
    pub intro: String,
    pub progress_label: String,
    pub lessons: Vec<LessonSummary>,
    /// "Classroom mode": teach a lesson to a class (stores nothing).
    pub classroom_label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Section {
    pub title: String,
    pub body: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LessonScreen {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub sections: Vec<Section>,
    pub quiz_label: String,
    pub start_quiz_label: String,
    /// The question the start action opens (see
    /// [`rules::start_question`]); `None` for a lesson without a quiz.
    pub quiz_start: Option<String>,
    pub teacher: TeacherSection,
}

/// The part of a lesson written for a teacher who uses it with a class.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TeacherSection {
    /// "For teachers".
    pub title: String,
    /// "For teachers · Age 13–18".
    pub heading: String,
    /// The mark before each objective and discussion question.
    pub bullet: String,
    /// "Age 13–18" / "Age 16 and over".
    pub age_band_label: String,
    pub age_min: u8,
    /// `None`: no upper limit (adults).
    pub age_max: Option<u8>,
    /// "Learning objectives".
    pub objectives_title: String,
    pub objectives: Vec<String>,
    /// "Questions for discussion".
    pub discussion_title: String,
    pub discussion: Vec<String>,
    /// "Notes for the teacher".
    pub notes_title: String,
    pub notes: String,
    /// "If a student tells you about abuse".
    pub disclosure_title: String,
    /// What to do on a disclosure; the same in every lesson.
    pub disclosure: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuizOption {
    pub id: String,
    pub text: String,
    /// The option as a line: "b) Text".
    pub label: String,
}

/// Shown after an answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AnswerFeedback {
    pub chosen: String,
    pub correct: bool,
    pub correct_option: String,
    /// "Correct" / "Not quite".
    pub verdict: String,
    /// Why the chosen option is right or not.
    pub explanation: String,
    /// After a wrong answer: which option was right, and why.
    pub right_answer: Option<RightAnswer>,
}

/// The right option of a question and why it is right, shown after a
/// wrong answer and on the result screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RightAnswer {
    /// "The right answer".
    pub label: String,
    pub option: String,
    pub text: String,
    pub explanation: String,
    /// "The right answer: b) Text".
    pub line: String,
}

/// A question answered wrongly, listed on the result screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReviewItem {
    pub question_id: String,
    pub question: String,
    /// "Your answer".
    pub chosen_label: String,
    pub chosen: String,
    pub chosen_text: String,
    /// "Your answer: a) Text".
    pub chosen_line: String,
    pub right_answer: RightAnswer,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuizQuestionScreen {
    pub lesson_id: String,
    pub question_id: String,
    /// "Question 2 of 5".
    pub position_label: String,
    pub number: u32,
    pub total: u32,
    pub question: String,
    pub options: Vec<QuizOption>,
    /// Present once this question has been answered.
    pub feedback: Option<AnswerFeedback>,
    /// The id of the next question, or `None` after the last one.
    pub next_question: Option<String>,
    pub next_label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuizResultScreen {
    pub lesson_id: String,
    pub correct: u32,
    pub total: u32,
    pub result: String,
    /// "Look again at these questions" (shown when `review` is not empty).
    pub review_title: String,
    /// Every question answered wrongly, in quiz order, with the right answer.
    pub review: Vec<ReviewItem>,
    /// The retake action (`retake_quiz`: the answers are forgotten and the
    /// first question shows).
    pub retry_label: String,
}

pub(crate) fn age_band_label(l: &Localizer, band: Option<AgeBand>) -> String {
    match band {
        Some(AgeBand {
            min,
            max: Some(max),
        }) => l.message_with(
            "lesson-age-band",
            &[
                ("min", ArgValue::Number(min.into())),
                ("max", ArgValue::Number(max.into())),
            ],
        ),
        Some(AgeBand { min, max: None }) => l.message_with(
            "lesson-age-band-open",
            &[("min", ArgValue::Number(min.into()))],
        ),
        // Refused by the content lint; nothing to show.
        None => String::new(),
    }
}

fn teacher_section(l: &Localizer, lesson: &Lesson) -> TeacherSection {
    let id = &lesson.id;
    let title = l.message("lesson-teacher-title");
    let age_band = age_band_label(l, lesson.age_band);
    TeacherSection {
        heading: l.message_with(
            "lesson-teacher-heading",
            &[
                ("title", ArgValue::Text(title.clone())),
                ("age", ArgValue::Text(age_band.clone())),
            ],
        ),
        bullet: l.message("mark-bullet"),
        title,
        age_band_label: age_band,
        age_min: lesson.age_band.map_or(0, |b| b.min),
        age_max: lesson.age_band.and_then(|b| b.max),
        objectives_title: l.message("lesson-objectives-title"),
        objectives: lesson
            .objectives
            .iter()
            .map(|o| l.message(&format!("lesson-{id}-objective-{o}")))
            .collect(),
        discussion_title: l.message("lesson-discussion-title"),
        discussion: lesson
            .discussion
            .iter()
            .map(|d| l.message(&format!("lesson-{id}-discuss-{d}")))
            .collect(),
        notes_title: l.message("lesson-teacher-notes-title"),
        notes: l.message(&format!("lesson-{id}-teacher-notes")),
        disclosure_title: l.message("lesson-disclosure-title"),
        disclosure: l.message("lesson-disclosure-body"),
    }
}

fn quiz_label(l: &Localizer, p: &QuizProgress, lesson: &Lesson) -> String {
    if p.completed(lesson) {
        l.message_with(
            "lesson-quiz-score",
            &[
                ("correct", ArgValue::Number(p.correct(lesson).into())),
                ("total", ArgValue::Number(lesson.quiz.len() as i64)),
            ],
        )
    } else {
        l.message("lesson-quiz-not-started")
    }
}

pub fn list(l: &Localizer, c: &Catalog, p: &QuizProgress) -> LessonListScreen {
    let done = c.lessons.iter().filter(|x| p.completed(x)).count();
    LessonListScreen {
        title: l.message("lessons-title"),
        intro: l.message("lessons-intro"),
        progress_label: l.message_with(
            "lesson-progress",
            &[
                ("done", ArgValue::Number(done as i64)),
                ("total", ArgValue::Number(c.lessons.len() as i64)),
            ],
        ),
        lessons: c
            .lessons
            .iter()
            .map(|lesson| {
                let title = l.message(&format!("lesson-{}-title", lesson.id));
                let quiz = quiz_label(l, p, lesson);
                let age = age_band_label(l, lesson.age_band);
                LessonSummary {
                    id: lesson.id.clone(),
                    line: l.message_with(
                        "lesson-list-line",
                        &[
                            ("title", ArgValue::Text(title.clone())),
                            ("quiz", ArgValue::Text(quiz.clone())),
                        ],
                    ),
                    title_with_age: l.message_with(
                        "lesson-teacher-heading",
                        &[
                            ("title", ArgValue::Text(title.clone())),
                            ("age", ArgValue::Text(age.clone())),
                        ],
                    ),
                    title,
                    summary: l.message(&format!("lesson-{}-summary", lesson.id)),
                    quiz_label: quiz,
                    completed: p.completed(lesson),
                    age_band_label: age,
                }
            })
            .collect(),
        classroom_label: l.message("classroom-title"),
    }
}

pub fn lesson(l: &Localizer, c: &Catalog, p: &QuizProgress, id: &str) -> Result<LessonScreen> {
    let lesson = c.lesson(id).ok_or(Error::NotFound)?;
    Ok(LessonScreen {
        id: lesson.id.clone(),
        title: l.message(&format!("lesson-{id}-title")),
        summary: l.message(&format!("lesson-{id}-summary")),
        sections: lesson
            .sections
            .iter()
            .map(|s| Section {
                title: l.message(&format!("lesson-{id}-{s}-title")),
                body: l.message(&format!("lesson-{id}-{s}-body")),
            })
            .collect(),
        quiz_label: quiz_label(l, p, lesson),
        start_quiz_label: l.message("lesson-quiz-start"),
        quiz_start: rules::start_question(lesson, p).map(|q| q.id.clone()),
        teacher: teacher_section(l, lesson),
    })
}

/// The message id of a question, or of its option / explanation with `suffix`.
fn question_key(lesson_id: &str, q: &Question, suffix: &str) -> String {
    format!("lesson-{lesson_id}-{}{suffix}", q.id)
}

/// "b) Text": an option as a line.
pub(crate) fn option_line(l: &Localizer, option: &str, text: &str) -> String {
    l.message_with(
        "quiz-option",
        &[
            ("option", ArgValue::Text(option.to_string())),
            ("text", ArgValue::Text(text.to_string())),
        ],
    )
}

/// "Label: value".
pub(crate) fn labelled(l: &Localizer, label: &str, value: &str) -> String {
    l.message_with(
        "label-value",
        &[
            ("label", ArgValue::Text(label.to_string())),
            ("value", ArgValue::Text(value.to_string())),
        ],
    )
}

fn right_answer(l: &Localizer, lesson_id: &str, q: &Question) -> RightAnswer {
    let label = l.message("quiz-right-answer");
    let text = l.message(&question_key(lesson_id, q, &format!("-{}", q.answer)));
    RightAnswer {
        line: labelled(l, &label, &option_line(l, &q.answer, &text)),
        label,
        option: q.answer.clone(),
        text,
        explanation: l.message(&question_key(lesson_id, q, &format!("-{}-why", q.answer))),
    }
}

pub fn question(
    l: &Localizer,
    c: &Catalog,
    p: &QuizProgress,
    lesson_id: &str,
    question_id: Option<&str>,
) -> Result<QuizQuestionScreen> {
    let lesson = c.lesson(lesson_id).ok_or(Error::NotFound)?;
    let index = match question_id {
        Some(qid) => lesson
            .quiz
            .iter()
            .position(|q| q.id == qid)
            .ok_or(Error::NotFound)?,
        None => 0,
    };
    let q = lesson.quiz.get(index).ok_or(Error::NotFound)?;
    let key = |suffix: &str| question_key(lesson_id, q, suffix);
    let chosen = p.answers.get(lesson_id).and_then(|a| a.get(&q.id));
    let total = lesson.quiz.len() as u32;
    let next_question = lesson.quiz.get(index + 1).map(|n| n.id.clone());
    Ok(QuizQuestionScreen {
        lesson_id: lesson_id.to_string(),
        question_id: q.id.clone(),
        position_label: l.message_with(
            "quiz-question-count",
            &[
                ("number", ArgValue::Number(index as i64 + 1)),
                ("total", ArgValue::Number(total.into())),
            ],
        ),
        number: index as u32 + 1,
        total,
        question: l.message(&key("")),
        options: q
            .options
            .iter()
            .map(|o| {
                let text = l.message(&key(&format!("-{o}")));
                QuizOption {
                    id: o.clone(),
                    label: option_line(l, o, &text),
                    text,
                }
            })
            .collect(),
        feedback: chosen.map(|o| AnswerFeedback {
            chosen: o.clone(),
            correct: *o == q.answer,
            correct_option: q.answer.clone(),
            verdict: l.message(if *o == q.answer {
                "quiz-correct"
            } else {
                "quiz-not-correct"
            }),
            explanation: l.message(&key(&format!("-{o}-why"))),
            right_answer: (*o != q.answer).then(|| right_answer(l, lesson_id, q)),
        }),
        next_label: l.message(if next_question.is_some() {
            "quiz-next"
        } else {
            "quiz-finish"
        }),
        next_question,
    })
}

pub fn result(
    l: &Localizer,
    c: &Catalog,
    p: &QuizProgress,
    lesson_id: &str,
) -> Result<QuizResultScreen> {
    let lesson = c.lesson(lesson_id).ok_or(Error::NotFound)?;
    let correct = p.correct(lesson);
    let total = lesson.quiz.len() as u32;
    let answers = p.answers.get(lesson_id);
    let review = lesson
        .quiz
        .iter()
        .filter_map(|q| {
            let chosen = answers?.get(&q.id).filter(|o| **o != q.answer)?;
            let chosen_label = l.message("quiz-your-answer");
            let chosen_text = l.message(&question_key(lesson_id, q, &format!("-{chosen}")));
            Some(ReviewItem {
                question_id: q.id.clone(),
                question: l.message(&question_key(lesson_id, q, "")),
                chosen_line: labelled(l, &chosen_label, &option_line(l, chosen, &chosen_text)),
                chosen_label,
                chosen: chosen.clone(),
                chosen_text,
                right_answer: right_answer(l, lesson_id, q),
            })
        })
        .collect();
    Ok(QuizResultScreen {
        lesson_id: lesson_id.to_string(),
        correct,
        total,
        result: l.message_with(
            "quiz-result",
            &[
                ("correct", ArgValue::Number(correct.into())),
                ("total", ArgValue::Number(total.into())),
            ],
        ),
        review_title: l.message("quiz-review-title"),
        review,
        retry_label: l.message("quiz-retry"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lesson_says_where_its_quiz_starts_and_the_result_shows_the_right_answers() {
        let c = crate::content::embedded_catalog().unwrap();
        let l = Localizer::for_preferences(&["en".to_string()]);
        let lesson = &c.lessons[0];
        let mut p = QuizProgress::default();
        let s = super::lesson(&l, &c, &p, &lesson.id).unwrap();
        assert_eq!(s.quiz_start.as_deref(), Some(lesson.quiz[0].id.as_str()));
        assert_eq!(s.teacher.bullet, "•");
        assert!(s.teacher.heading.contains(&s.teacher.title));
        // A wrong answer to the first question, a right one to the second.
        let q0 = &lesson.quiz[0];
        let wrong = q0.options.iter().find(|o| **o != q0.answer).unwrap();
        let answers = p.answers.entry(lesson.id.clone()).or_default();
        answers.insert(q0.id.clone(), wrong.clone());
        answers.insert(lesson.quiz[1].id.clone(), lesson.quiz[1].answer.clone());
        let s = super::lesson(&l, &c, &p, &lesson.id).unwrap();
        assert_eq!(s.quiz_start.as_deref(), Some(lesson.quiz[2].id.as_str()));
        let q = question(&l, &c, &p, &lesson.id, Some(&q0.id)).unwrap();
        let fb = q.feedback.unwrap();
        assert!(!fb.correct);
        let right = fb.right_answer.unwrap();
        assert_eq!(right.option, q0.answer);
        assert!(
            right.line.starts_with("The right answer: "),
            "{}",
            right.line
        );
        assert!(
            right
                .line
                .ends_with(&format!("{}) {}", right.option, right.text))
        );
        assert_eq!(
            q.options[0].label,
            format!("{}) {}", q.options[0].id, q.options[0].text)
        );
        let r = result(&l, &c, &p, &lesson.id).unwrap();
        assert_eq!((r.correct, r.review.len()), (1, 1));
        assert_eq!(r.review[0].question_id, q0.id);
        assert!(r.review[0].chosen_line.starts_with("Your answer: "));
        assert!(!r.retry_label.is_empty());
    }
}
