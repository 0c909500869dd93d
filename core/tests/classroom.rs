//! Classroom mode end to end: a full session with anonymous tallies, and
//! proof that it stores nothing about students, with no profile and with
//! an unlocked one.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use waymark_core::content::CATALOG;
use waymark_core::screens::classroom::{ClassroomScreen, ClassroomStep};
use waymark_core::{Error, ProfileState, Waymark, l10n};
use waymark_testkit::profile::Profile;

const LESSON: &str = "debt-and-fees";

fn open(dir: &Path, locale: &str) -> Waymark {
    Profile::new(dir).still_clock().locale(locale).open()
}

/// Every file under `dir` with its bytes; SQLite's `-shm` index only by
/// name, because any read (such as asking whether a PIN is set) updates its
/// reader marks.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Option<Vec<u8>>> {
    let mut out = BTreeMap::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                todo.push(p);
            } else {
                let shm = p.to_string_lossy().ends_with("-shm");
                out.insert(p.clone(), (!shm).then(|| std::fs::read(&p).unwrap()));
            }
        }
    }
    out
}

/// The right option and a wrong one for each quiz question of `LESSON`.
fn options() -> Vec<(String, String)> {
    let lesson = CATALOG.lesson(LESSON).unwrap();
    lesson
        .quiz
        .iter()
        .map(|q| {
            let wrong = q.options.iter().find(|o| **o != q.answer).unwrap();
            (q.answer.clone(), wrong.clone())
        })
        .collect()
}

fn raise(w: &Waymark, option: &str, hands: u32) -> ClassroomScreen {
    let mut s = w.content().classroom_screen().unwrap();
    for _ in 0..hands {
        s = w.content().classroom_tally(option, true).unwrap();
    }
    s
}

/// Runs a whole session of `LESSON`: pre-test with 5 of 10 and 2 of 8
/// right on the first two questions (the rest not counted), the lesson and
/// discussion, a post-test with 9 of 10, 7 of 8 and 4 of 4 right; checks
/// every step and the summary's numbers.
fn full_session(w: &Waymark) {
    let lesson = CATALOG.lesson(LESSON).unwrap();
    let opts = options();
    let quiz = lesson.quiz.len() as u32;
    let total = 2 * quiz + lesson.sections.len() as u32 + 2;
    let s = w.content().classroom_start(LESSON).unwrap();
    assert_eq!((s.number, s.total), (1, total));
    assert!(s.back_label.is_none());

    // Pre-test.
    let pre: [(u32, u32); 2] = [(5, 5), (2, 6)];
    for (i, (right, wrong)) in pre.iter().enumerate() {
        let (r, x) = &opts[i];
        raise(w, r, *right);
        let s = raise(w, x, *wrong + 1);
        // A mis-tap taken back.
        let s2 = w.content().classroom_tally(x, false).unwrap();
        assert_eq!(s.question.unwrap().hands, right + wrong + 1);
        let q = s2.question.unwrap();
        assert_eq!(q.hands, right + wrong);
        assert!(!q.closed && q.answer.is_none());
        assert!(q.options.iter().all(|o| o.correct.is_none()));
        let closed = w.content().classroom_next().unwrap();
        assert_eq!(closed.step, ClassroomStep::PreTest);
        assert_eq!(closed.number, i as u32 + 1, "closing stays on the question");
        let q = closed.question.unwrap();
        let answer = q.answer.unwrap();
        assert_eq!(answer.option_id, *r);
        assert!(!answer.explanation.is_empty());
        assert!(
            q.options
                .iter()
                .any(|o| o.correct == Some(true) && o.id == *r)
        );
        // The count is frozen once the answer is shown.
        assert!(matches!(
            w.content().classroom_tally(r, true),
            Err(Error::InvalidInput { .. })
        ));
        w.content().classroom_next().unwrap();
    }
    // The other pre-test questions: shown and closed without a count.
    for _ in 2..quiz {
        let s = w.content().classroom_screen().unwrap();
        assert_eq!(s.step, ClassroomStep::PreTest);
        assert!(
            w.content()
                .classroom_next()
                .unwrap()
                .question
                .unwrap()
                .answer
                .is_some()
        );
        w.content().classroom_next().unwrap();
    }

    // The lesson, then the discussion.
    for _ in 0..lesson.sections.len() {
        let s = w.content().classroom_screen().unwrap();
        assert_eq!(s.step, ClassroomStep::Lesson);
        assert!(!s.section.unwrap().body.is_empty());
        assert!(matches!(
            w.content().classroom_tally("a", true),
            Err(Error::InvalidInput { .. })
        ));
        w.content().classroom_next().unwrap();
    }
    let s = w.content().classroom_screen().unwrap();
    assert_eq!(s.step, ClassroomStep::Discussion);
    let d = s.discussion.unwrap();
    assert_eq!(d.prompts.len(), lesson.discussion.len());
    assert!(!d.notes.is_empty() && !d.disclosure.is_empty());
    // Back and forward again.
    assert_eq!(
        w.content().classroom_back().unwrap().step,
        ClassroomStep::Lesson
    );
    assert_eq!(
        w.content().classroom_next().unwrap().step,
        ClassroomStep::Discussion
    );
    w.content().classroom_next().unwrap();

    // Post-test.
    let post: [(u32, u32); 3] = [(9, 1), (7, 1), (4, 0)];
    for (i, (r, x)) in opts.iter().enumerate() {
        let s = w.content().classroom_screen().unwrap();
        assert_eq!(s.step, ClassroomStep::PostTest);
        if let Some((right, wrong)) = post.get(i) {
            raise(w, r, *right);
            raise(w, x, *wrong);
        }
        w.content().classroom_next().unwrap();
        w.content().classroom_next().unwrap();
    }

    // Summary: share of the class on the right answer, per question and
    // overall (rounded half up).
    let s = w.content().classroom_screen().unwrap();
    assert_eq!(s.step, ClassroomStep::Summary);
    assert_eq!(s.number, total);
    assert!(s.next_label.is_none());
    let sum = s.summary.unwrap();
    assert_eq!(sum.rows.len(), quiz as usize);
    let cells: Vec<_> = sum
        .rows
        .iter()
        .map(|r| (r.pre.percent, r.post.percent))
        .collect();
    assert_eq!(cells[0], (Some(50), Some(90)));
    assert_eq!(cells[1], (Some(25), Some(88))); // 7 of 8 = 87.5 %
    assert_eq!(cells[2], (None, Some(100)));
    assert!(cells[3..].iter().all(|c| *c == (None, None)));
    assert_eq!((sum.rows[1].pre.right, sum.rows[1].pre.hands), (2, 8));
    // 7 of 18 before (38.9 %), 20 of 22 after (90.9 %).
    assert_eq!(
        (
            sum.overall_pre.right,
            sum.overall_pre.hands,
            sum.overall_pre.percent
        ),
        (7, 18, Some(39))
    );
    assert_eq!(
        (
            sum.overall_post.right,
            sum.overall_post.hands,
            sum.overall_post.percent
        ),
        (20, 22, Some(91))
    );
    assert!(sum.change_label.contains("39") && sum.change_label.contains("91"));
    // Next on the summary stays there.
    assert_eq!(w.content().classroom_next().unwrap().number, total);
}

#[test]
fn a_full_session_with_no_profile_stores_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let w = open(tmp.path(), "en");
    assert_eq!(w.profile().state().unwrap(), ProfileState::New);
    let before = snapshot(tmp.path());
    full_session(&w);
    w.content().classroom_end();
    assert!(matches!(
        w.content().classroom_screen(),
        Err(Error::NotFound)
    ));
    assert_eq!(snapshot(tmp.path()), before, "no file written or created");
    // Nothing of the tallies went into the quiz progress either.
    assert_eq!(w.content().quiz_result(LESSON).unwrap().correct, 0);
    assert!(
        w.content()
            .lessons_screen()
            .lessons
            .iter()
            .all(|l| !l.completed)
    );
}

#[test]
fn a_full_session_in_an_unlocked_profile_leaves_its_data_byte_identical() {
    let tmp = tempfile::tempdir().unwrap();
    let w = open(tmp.path(), "th");
    w.profile().set_up("2468", "2468").unwrap();
    // Some real quiz progress, sealed in the database.
    let (right, _) = &options()[0];
    w.content().answer_quiz(LESSON, "q1", right).unwrap();
    let result = w.content().quiz_result(LESSON).unwrap();
    let list = w.content().lessons_screen();
    let before = snapshot(tmp.path());
    for name in ["waymark.db", "waymark.db-wal"] {
        let bytes = before.get(&tmp.path().join(name));
        assert!(
            bytes.is_some_and(|b| b.as_ref().is_some_and(|b| !b.is_empty())),
            "{name} is compared byte for byte"
        );
    }
    full_session(&w);
    assert_eq!(snapshot(tmp.path()), before, "database and WAL unchanged");
    assert_eq!(w.content().quiz_result(LESSON).unwrap(), result);
    assert_eq!(w.content().lessons_screen(), list);
    // Locking ends the session.
    w.profile().lock();
    assert!(matches!(
        w.content().classroom_screen(),
        Err(Error::NotFound)
    ));
    assert_eq!(snapshot(tmp.path()), before);
    // Locked (set up, no PIN typed): the same session, still nothing written.
    assert_eq!(w.profile().state().unwrap(), ProfileState::Locked);
    full_session(&w);
    assert_eq!(snapshot(tmp.path()), before);
    w.profile().unlock("2468").unwrap();
    assert_eq!(
        w.content().quiz_result(LESSON).unwrap(),
        result,
        "progress unchanged"
    );
}

#[test]
fn quick_exit_ends_the_session() {
    let tmp = tempfile::tempdir().unwrap();
    let w = open(tmp.path(), "en");
    w.content().classroom_start(LESSON).unwrap();
    w.content().classroom_tally(&options()[0].0, true).unwrap();
    w.safety().quick_exit();
    assert!(matches!(
        w.content().classroom_screen(),
        Err(Error::NotFound)
    ));
    assert!(matches!(w.content().classroom_next(), Err(Error::NotFound)));
}

#[test]
fn every_step_says_in_every_language_that_nothing_about_students_is_stored() {
    let tmp = tempfile::tempdir().unwrap();
    let english = open(tmp.path(), "en")
        .content()
        .classroom_outline(LESSON)
        .unwrap();
    for info in l10n::available() {
        let w = open(tmp.path(), &info.tag);
        let outline = w.content().classroom_outline(LESSON).unwrap();
        assert_eq!(outline.steps.len(), 5);
        if info.tag != "en" {
            assert_ne!(
                outline.privacy_notice, english.privacy_notice,
                "{}",
                info.tag
            );
            assert_ne!(outline.mode_title, english.mode_title, "{}", info.tag);
        }
        let mut s = w.content().classroom_start(LESSON).unwrap();
        loop {
            assert_eq!(s.privacy_notice, outline.privacy_notice, "{}", info.tag);
            assert!(!s.step_title.is_empty() && !s.end_label.is_empty());
            if s.step == ClassroomStep::Summary {
                break;
            }
            s = w.content().classroom_next().unwrap();
        }
        assert!(matches!(
            w.content().classroom_start("no-such-lesson"),
            Err(Error::NotFound)
        ));
    }
}
