//! Lessons and quizzes: what the person has answered and the quiz rules
//! (which answers are valid, how a quiz scores, which question a quiz
//! starts on). The screens built from them are in [`crate::screens::lessons`].

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use super::{Catalog, Lesson, Question};
use crate::error::{Error, Result};

/// What the person has done in the quizzes (sealed by the facade).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuizProgress {
    /// lesson id → question id → chosen option.
    #[serde(default)]
    pub answers: BTreeMap<String, BTreeMap<String, String>>,
}

impl QuizProgress {
    /// Questions of `lesson` answered with the right option.
    pub fn correct(&self, lesson: &Lesson) -> u32 {
        let Some(answers) = self.answers.get(&lesson.id) else {
            return 0;
        };
        lesson
            .quiz
            .iter()
            .filter(|q| answers.get(&q.id) == Some(&q.answer))
            .count() as u32
    }

    pub fn answered(&self, lesson: &Lesson) -> usize {
        self.answers.get(&lesson.id).map_or(0, |a| a.len())
    }

    pub fn completed(&self, lesson: &Lesson) -> bool {
        self.answered(lesson) >= lesson.quiz.len()
    }

    /// The option chosen for question `question` of `lesson`, if any.
    pub fn chosen(&self, lesson: &str, question: &str) -> Option<&String> {
        self.answers.get(lesson).and_then(|a| a.get(question))
    }
}

/// The question a quiz starts on: the first one not answered yet (a quiz
/// left half-way goes on where it stopped), else the first one (a finished
/// quiz is read again from the start). `None` for a lesson without a quiz.
pub fn start_question<'c>(lesson: &'c Lesson, p: &QuizProgress) -> Option<&'c Question> {
    lesson
        .quiz
        .iter()
        .find(|q| p.chosen(&lesson.id, &q.id).is_none())
        .or_else(|| lesson.quiz.first())
}

/// The question a retake starts on: the first one, after the answers are
/// forgotten.
pub fn retake_question(lesson: &Lesson) -> Option<&Question> {
    lesson.quiz.first()
}

/// Checks an answer against the catalog: `Ok(())` or `NotFound`.
pub fn validate_answer(
    c: &Catalog,
    lesson_id: &str,
    question_id: &str,
    option: &str,
) -> Result<()> {
    let lesson = c.lesson(lesson_id).ok_or(Error::NotFound)?;
    let q = lesson
        .quiz
        .iter()
        .find(|q| q.id == question_id)
        .ok_or(Error::NotFound)?;
    if q.options.iter().any(|o| o == option) {
        Ok(())
    } else {
        Err(Error::NotFound)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lesson() -> Lesson {
        let q = |id: &str| Question {
            id: id.into(),
            options: vec!["a".into(), "b".into()],
            answer: "a".into(),
        };
        Lesson {
            id: "l".into(),
            order: 1,
            sections: Vec::new(),
            quiz: vec![q("first"), q("second"), q("third")],
            age_band: None,
            objectives: Vec::new(),
            discussion: Vec::new(),
        }
    }

    fn answer(p: &mut QuizProgress, q: &str, o: &str) {
        p.answers
            .entry("l".into())
            .or_default()
            .insert(q.into(), o.into());
    }

    #[test]
    fn a_quiz_starts_on_the_first_unanswered_question() {
        let l = lesson();
        let mut p = QuizProgress::default();
        assert_eq!(start_question(&l, &p).map(|q| q.id.as_str()), Some("first"));
        answer(&mut p, "first", "b");
        assert_eq!(
            start_question(&l, &p).map(|q| q.id.as_str()),
            Some("second")
        );
        answer(&mut p, "second", "a");
        answer(&mut p, "third", "a");
        assert!(p.completed(&l));
        assert_eq!(p.correct(&l), 2);
        assert_eq!(start_question(&l, &p).map(|q| q.id.as_str()), Some("first"));
        assert_eq!(retake_question(&l).map(|q| q.id.as_str()), Some("first"));
        let empty = Lesson {
            quiz: Vec::new(),
            ..lesson()
        };
        assert_eq!(start_question(&empty, &p), None);
    }
}
