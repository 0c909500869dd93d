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
//! This module owns the session state ([`ClassSession`]) and its rules (the
//! steps, the counts, what share was right); the screens are built in
//! [`crate::screens::classroom`]. It never persists anything: a session is a plain value that the
//! facade keeps in memory only and drops when the teacher ends it, on lock,
//! quick exit and erase. It holds counts per option and nothing else: no
//! names, no per-student records, no answers of anyone in particular. It
//! never touches the store, the quiz progress or any file, and every screen
//! says so.

use std::collections::BTreeMap;

use super::{Catalog, Lesson};
use crate::error::{Error, Result};

/// Which quiz run a tally belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Run {
    Pre,
    Post,
}

/// One page of a session, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Page {
    Question(Run, usize),
    Section(usize),
    Discussion,
    Summary,
}

pub(crate) fn pages(lesson: &Lesson) -> Vec<Page> {
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
pub(crate) struct Tally {
    /// option id → raised hands.
    pub(crate) counts: BTreeMap<String, u32>,
    /// Closed: the count is frozen and the answer is shown.
    pub(crate) closed: bool,
}

impl Tally {
    pub(crate) fn hands(&self) -> u32 {
        self.counts.values().fold(0, |a, n| a.saturating_add(*n))
    }

    pub(crate) fn right(&self, answer: &str) -> u32 {
        self.counts.get(answer).copied().unwrap_or(0)
    }
}

/// A classroom session: where the class is and the anonymous counts.
/// Lives in memory only (see the module doc).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassSession {
    lesson: String,
    pub(crate) page: usize,
    pub(crate) pre: Vec<Tally>,
    pub(crate) post: Vec<Tally>,
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

    pub(crate) fn lesson<'c>(&self, c: &'c Catalog) -> Result<&'c Lesson> {
        // A newer pack may have dropped the lesson mid-session.
        c.lesson(&self.lesson)
            .filter(|l| l.quiz.len() == self.pre.len())
            .ok_or(Error::NotFound)
    }

    pub(crate) fn current(&self, lesson: &Lesson) -> Page {
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

/// `part` of `whole` in percent, rounded half up (`None` for no hands).
pub fn percent(part: u32, whole: u32) -> Option<u32> {
    let (part, whole) = (u64::from(part), u64::from(whole));
    // At most 100 since part ≤ whole, so the cast never truncates.
    (whole > 0).then(|| ((part * 100 + whole / 2) / whole) as u32)
}
