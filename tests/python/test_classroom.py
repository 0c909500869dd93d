"""Classroom mode through the generated Python bindings: a session with no
profile, hand counts, the answer shown on closing, the summary, and the
session gone after a quick exit; the data directory stays byte-identical."""
import os

import waymark_ffi as wm
from waymark_test_support import FileSecret


def files(root):
    """Every file with its bytes (SQLite's -shm index by name only: any
    read updates it)."""
    out = {}
    for d, _, names in os.walk(root):
        for n in names:
            p = os.path.join(d, n)
            if n.endswith("-shm"):
                out[p] = None
                continue
            with open(p, "rb") as f:
                out[p] = f.read()
    return out


def test_classroom_session_stores_nothing(tmp_path):
    w = wm.Waymark(str(tmp_path / "p"), ["vi"], FileSecret(str(tmp_path / "s")))
    before = files(tmp_path)
    outline = w.classroom_outline("debt-and-fees")
    assert len(outline.steps) == 5 and outline.privacy_notice
    s = w.classroom_start("debt-and-fees")
    assert s.step == wm.ClassroomStep.PRE_TEST and s.privacy_notice == outline.privacy_notice
    q = s.question
    chosen = q.options[0].id
    for _ in range(3):
        s = w.classroom_tally(chosen, True)
    assert s.question.hands == 3 and s.question.answer is None
    s = w.classroom_next()
    assert s.question.closed and s.question.answer is not None
    answer = s.question.answer.option_id
    while s.step != wm.ClassroomStep.SUMMARY:
        s = w.classroom_next()
        assert s.privacy_notice == outline.privacy_notice
    first = s.summary.rows[0].pre
    assert first.hands == 3
    assert first.percent == (100 if answer == chosen else 0)
    assert files(tmp_path) == before
    w.quick_exit()
    try:
        w.classroom_screen()
        assert False, "the session ends on quick exit"
    except wm.ApiError:
        pass
