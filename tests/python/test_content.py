"""A content flow through the generated Python bindings: pick a locale,
open a lesson, answer its quiz, tick a checklist item, check a job offer,
find hotlines, search in Thai and in Zawgyi-typed Burmese."""

import waymark_ffi as wm
from waymark_test_support import FileSecret, run


def test_content_flow_in_thai(tmp_path):
    w = wm.Waymark(str(tmp_path / "p"), ["th-TH"], FileSecret(str(tmp_path / "s")))
    run(w.set_up("2468", "2468"))
    lessons = w.lessons_screen()
    assert len(lessons.lessons) >= 14
    lesson = w.lesson_screen(lessons.lessons[2].id)
    assert any("\u0e00" <= c <= "\u0e7f" for c in lesson.sections[0].body)
    teacher = lesson.teacher
    assert teacher.objectives and len(teacher.discussion) >= 2
    assert str(teacher.age_min) in teacher.age_band_label
    assert any("\u0e00" <= c <= "\u0e7f" for c in teacher.notes + teacher.disclosure)

    q = w.quiz_question(lesson.id, None)
    answered = run(w.answer_quiz(lesson.id, q.question_id, q.options[1].id))
    assert answered.feedback is not None and answered.feedback.explanation
    assert answered.next_question == "q2"

    screen = run(w.set_route("mm-th"))
    item = screen.stages[0].items[0]
    ticked = run(w.check_item(item.id, True))
    assert [i.checked for i in ticked.stages[0].items if i.id == item.id] == [True]

    flags = w.redflags_screen()
    answers = [wm.RedFlagAnswer(question_id=x.id, answer=wm.Answer.NO) for x in flags.questions]
    answers[0] = wm.RedFlagAnswer(question_id=flags.questions[0].id, answer=wm.Answer.YES)
    result = w.check_job_offer(answers, None)
    assert len(result.reasons) == 1
    assert result.hotlines and all(h.country == "TH" for h in result.hotlines), "route mm-th → Thailand"
    assert result.hotlines[0].actions[0].uri.startswith("tel:")

    directory = w.directory_screen("TH", None, "trafficking")
    assert directory.entries and all(e.checked_label for e in directory.entries)

    # Letters from the middle of the longest unbroken run of a Thai sentence
    # (Thai has no spaces between words).
    run_ = max(lesson.sections[1].body.split(), key=len)
    start = (len(run_) - 4) // 2
    needle = run_[start:start + 4]
    found = w.search(needle)
    assert any(r.id == lesson.id for r in found.results), needle

    # A loanword finds the Thai word, and every result names where it leads;
    # an English word with no Thai match comes from the English text, marked.
    passport = w.search("พาสปอร์ต")
    keep = next(r for r in passport.results if r.id == "keep-passport")
    assert keep.target.is_checklist_item() and keep.target.item == "keep-passport"
    assert keep.target.stage == "during-travel" and not keep.english_match
    english = w.search("grooming")
    assert english.fallback_text and english.results[0].english_match
    assert english.results[0].target.is_lesson()
    assert english.results[0].target.lesson == "online-grooming"

    w.lock()
    run(w.unlock("2468"))
    assert w.quiz_question(lesson.id, "q1").feedback is not None, "answers are kept (sealed)"


def test_zawgyi_is_detected_and_converted():
    zawgyi = "ဘဂၤလားေဒရွ္႕"
    assert wm.zawgyi_probability(zawgyi) > 0.95
    assert wm.to_unicode(zawgyi) == "ဘင်္ဂလားဒေရှ့်"
    assert wm.zawgyi_probability("hello") is None
    assert wm.to_unicode("မင်္ဂလာပါ") == "မင်္ဂလာပါ"
