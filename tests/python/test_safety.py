"""Discreet mode through the generated Python bindings: duress PIN and
decoy, panic wipe while locked, wrong-PIN delays across restarts, SOS
payloads in two locales."""

import pytest

import waymark_ffi as wm
from waymark_test_support import FileSecret, ManualClock, run


def open_profile(root, locales=("en",), clock=None):
    secret = FileSecret(str(root / "device.secret"))
    return wm.Waymark.with_clock(str(root / "profile"), list(locales), secret, clock)


def contact(name, phone, trusted=True):
    return wm.ContactInput(name=name, phone=phone, relation=None, note=None,
                           channel=wm.Channel.SMS, trusted=trusted)


def real_profile(root, clock=None, duress_wipes=False):
    w = open_profile(root, clock=clock)
    run(w.set_up("2468", "2468"))
    run(w.update_settings(wm.Settings(locale=None, display_name="PyRealName", country="MM")))
    run(w.add_contact(contact("PySister", "09 123 4567")))
    run(w.set_duress_pin("2468", "1357", duress_wipes))
    w.lock()
    return w


def test_duress_pin_opens_a_decoy_without_the_real_data(tmp_path):
    w = real_profile(tmp_path)
    run(w.unlock("1357"))
    assert w.state() == wm.ProfileState.UNLOCKED
    assert w.contacts_screen().contacts == []
    assert w.settings().display_name is None
    assert w.safety_screen().duress is None
    home = w.screen()
    assert home.is_home() and "PyRealName" not in home.screen.greeting
    w.lock()
    run(w.unlock("2468"))
    assert [c.name for c in w.contacts_screen().contacts] == ["PySister"]
    assert w.safety_screen().duress.set is True


def test_wipe_while_locked_leaves_nothing(tmp_path):
    w = real_profile(tmp_path)
    profile = tmp_path / "profile"
    before = sorted(p.name for p in profile.iterdir())
    assert "waymark.db" in before
    run(w.wipe())  # no PIN: a panic button works on the lock screen
    assert w.state() == wm.ProfileState.NEW
    assert w.screen().is_setup()
    assert not (tmp_path / "device.secret").exists()
    for p in profile.iterdir():
        data = p.read_bytes()
        for needle in (b"PyRealName", b"PySister", b"+9591234567"):
            assert needle not in data, p.name


def test_wrong_pin_delays_survive_a_restart(tmp_path):
    clock = ManualClock()
    w = open_profile(tmp_path, clock=clock)
    run(w.set_up("2468", "2468"))
    w.lock()
    for _ in range(5):
        with pytest.raises(wm.ApiError.WrongPin):
            run(w.unlock("0000"))
    with pytest.raises(wm.ApiError.TooManyAttempts) as waiting:
        run(w.unlock("2468"))
    assert waiting.value.seconds == 30
    assert "30" in waiting.value.reason
    del w

    restarted = open_profile(tmp_path, clock=clock)
    clock.now += 12
    assert restarted.unlock_wait_seconds() == 18
    with pytest.raises(wm.ApiError.TooManyAttempts):
        run(restarted.unlock("2468"))
    clock.now += 18
    run(restarted.unlock("2468"))
    assert restarted.state() == wm.ProfileState.UNLOCKED


@pytest.mark.parametrize("locale,script", [("km", ("\u1780", "\u17ff")), ("vi", ("a", "z"))])
def test_sos_payloads_in_two_locales(tmp_path, locale, script):
    w = open_profile(tmp_path)
    run(w.set_up("2468", "2468"))
    run(w.update_settings(wm.Settings(locale=locale, display_name="Dara", country="KH")))
    run(w.add_contact(contact("Trusted", "012 345 678")))
    run(w.add_contact(contact("Other", "+855 12 999 888", trusted=False)))
    plan = run(w.sos_practice(wm.Location(latitude=11.5564, longitude=104.9282, accuracy_m=15.0)))
    assert plan.practice and plan.practice_notice
    lo, hi = script
    # The "SMS is not encrypted" warning is always there, in the person's language.
    assert plan.warning and any(lo <= c <= hi for c in plan.warning)
    assert [m.recipient for m in plan.messages] == ["+85512345678"]
    body = plan.messages[0].body
    assert "Dara" in body and "11.55640" in body and "104.92820" in body
    assert any(lo <= c <= hi for c in body)
    if locale == "vi":
        assert "Dara" in body and "giúp" in body.lower()
    history = w.sos_history()
    assert len(history) == 1 and history[0].practice and history[0].with_location


def test_a_real_sos_is_reviewed_then_confirmed(tmp_path):
    w = open_profile(tmp_path)
    run(w.set_up("2468", "2468"))
    run(w.add_contact(contact("Aunt", "+66 81 234 5678")))
    with pytest.raises(wm.ApiError.InvalidInput) as nothing:
        run(w.sos_confirm())
    assert nothing.value.code == "not_found"
    review = run(w.sos_review(None))
    assert review.stage == wm.SosStage.REVIEW and review.confirm_label and review.cancel_label
    assert w.sos_history() == []
    sent = run(w.sos_confirm())
    assert sent.stage == wm.SosStage.SENT and sent.confirm_label is None
    assert [m.to_label for m in sent.messages] == ["To Aunt (+66812345678)"]
    assert len(w.sos_history()) == 1


def press(w, keys):
    """Types keys on the calculator disguise; returns the last answer."""
    names = {"+": wm.CalcKey.ADD(), "*": wm.CalcKey.MULTIPLY(), "=": wm.CalcKey.EQUALS()}
    unlocked = False
    for k in keys:
        key = wm.CalcKey.DIGIT(value=int(k)) if k.isdigit() else names[k]
        unlocked = run(w.calculator_press(key))
    return unlocked


def test_calculator_sums_never_erase_or_lock_out(tmp_path):
    w = open_profile(tmp_path)
    run(w.set_up("246813", "246813"))
    w.set_disguise(wm.Disguise.CALCULATOR)
    w.set_wipe_after(3)
    w.lock()
    for _ in range(10):
        for sum_ in ("1200=", "5000=", "2500=", "12+30=", "7*8="):
            assert press(w, sum_) is False
    assert w.state() == wm.ProfileState.LOCKED
    assert w.calculator_screen().display == "56"
    assert press(w, "246813=") is True

