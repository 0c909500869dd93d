"""The content screens' decisions, read through the generated Python
bindings: home's typed destinations and quick-exit label, where a quiz
starts and its retake, the kind of each directory link, the directory's
country and language filters, lists joined the reader's way, and where a
search result opens."""
import asyncio

import waymark_ffi as wm
from waymark_test_support import FileSecret


def run(coro):
    return asyncio.run(coro)


def profile(tmp_path, locale):
    w = wm.Waymark(str(tmp_path / "p"), [locale], FileSecret(str(tmp_path / "s")))
    run(w.set_up("2468", "2468"))
    return w


def test_home_names_destinations_and_quick_exit(tmp_path):
    w = profile(tmp_path, "en")
    screen = w.screen()
    assert screen.is_home()
    home = screen.screen
    destinations = [m.destination for m in home.menu]
    assert destinations[0] == wm.Destination.LESSONS
    assert wm.Destination.REDFLAGS in destinations and wm.Destination.SETTINGS in destinations
    assert len(set(destinations)) == len(destinations) == 12
    assert home.quick_exit_label == "Quick exit"


def test_quiz_start_result_and_retake(tmp_path):
    w = profile(tmp_path, "en")
    lesson = w.lesson_screen("what-is-trafficking")
    assert lesson.quiz_start == "q1"
    q = w.quiz_question(lesson.id, lesson.quiz_start)
    assert q.options[0].label == "a) " + q.options[0].text
    answered = run(w.answer_quiz(lesson.id, "q1", "a"))
    assert not answered.feedback.correct
    right = answered.feedback.right_answer
    assert right.option == "b" and right.line.startswith("The right answer: b) ")
    assert w.lesson_screen(lesson.id).quiz_start == "q2", "the quiz goes on where it stopped"
    result = w.quiz_result(lesson.id)
    assert [r.question_id for r in result.review] == ["q1"]
    again = run(w.retake_quiz(lesson.id))
    assert again.question_id == "q1" and again.feedback is None
    assert w.quiz_result(lesson.id).review == []


def test_directory_links_filters_and_lists(tmp_path):
    w = profile(tmp_path, "my")
    everything = w.directory_screen(None, None, None)
    both = w.directory_screen("TH", "my", None)
    assert both.entries and len(both.entries) < len(everything.entries)
    assert all(e.country == "TH" for e in both.entries)
    assert [o.id for o in both.languages if o.selected] == ["my"]
    assert both.country_choice == next(o.label for o in both.countries if o.id == "TH")
    schemes = {
        wm.LinkKind.CALL: "tel:",
        wm.LinkKind.SMS: "sms:",
        wm.LinkKind.WHATS_APP: "https://wa.me/",
        wm.LinkKind.WEB: "https://",
    }
    kinds = set()
    for e in everything.entries:
        for a in e.actions + ([e.source_action] if e.source_action else []):
            assert a.uri.startswith(schemes[a.kind]), a.uri
            kinds.add(a.kind)
        if len(e.languages) >= 3:
            # Burmese lists with "၊", never with a comma.
            assert "၊" in e.languages_label and "," not in e.languages_label
    assert {wm.LinkKind.CALL, wm.LinkKind.WHATS_APP, wm.LinkKind.WEB} <= kinds


def test_search_results_say_where_they_open(tmp_path):
    w = profile(tmp_path, "en")
    found = w.search("1300")
    hit = next(r for r in found.results if r.id == "th-1300")
    assert hit.open.destination == wm.Destination.DIRECTORY and hit.open.id == "th-1300"
    assert hit.heading.startswith("[Hotline] ")
    lesson = next(r for r in w.search("debt").results if r.kind == wm.ResultKind.LESSON)
    assert lesson.open.destination == wm.Destination.LESSONS and lesson.open.id == lesson.id
