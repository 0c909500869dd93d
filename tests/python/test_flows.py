"""The profile and safety flows through the generated Python bindings:
each form's model and its action (second PIN set and removed, change PIN,
the erase policy's choices, SOS history, settings, contact and backup
forms, content from a file), that the decoy's forms reveal nothing of the
real profile, and the auto-lock rule fed lifecycle events."""
import asyncio

import pytest

import waymark_ffi as wm
from waymark_test_support import FileSecret, ManualClock


def run(coro):
    return asyncio.run(coro)


def open_profile(root, clock):
    secret = FileSecret(str(root / "device.secret"))
    return wm.Waymark.with_clock(str(root / "profile"), ["en"], secret, clock)


def contact(name, trusted=True):
    return wm.ContactInput(name=name, phone="+66812345678", relation=None, note=None,
                           channel=wm.Channel.LINE, trusted=trusted)


def duress(pin, second, again, wipe=False):
    return wm.DuressInput(pin=pin, duress_pin=second, confirmation=again, wipe_on_use=wipe)


@pytest.fixture
def profile(tmp_path):
    clock = ManualClock()
    w = open_profile(tmp_path, clock)
    run(w.set_up("2468", "2468"))
    return w, clock


def test_second_pin_set_and_removed_through_its_form(profile):
    w, _ = profile
    form = w.duress_form()
    assert form.set is False and form.remove_label is None
    with pytest.raises(wm.ApiError.InvalidInput) as e:
        run(w.set_duress(duress("2468", "1357", "1358")))
    assert e.value.code == "invalid_pin"
    assert e.value.reason == "The two entries do not match."
    run(w.set_duress(duress("2468", "1357", "1357")))
    form = w.duress_form()
    assert form.set is True and form.remove_label == "Remove the second PIN"
    w.lock()
    run(w.unlock("1357"))
    assert w.duress_form() is None  # the decoy has no such form
    assert run(w.sos_history_screen()).entries == []
    w.lock()
    run(w.unlock("2468"))
    run(w.remove_duress_pin("2468"))
    assert w.duress_form().set is False
    w.lock()
    with pytest.raises(wm.ApiError.WrongPin):
        run(w.unlock("1357"))


def test_change_pin_and_the_erase_policy(profile):
    w, _ = profile
    assert w.change_pin_form().done_label == "Your PIN has been changed."
    run(w.change_pin("2468", "97531", "97531"))
    w.lock()
    run(w.unlock("97531"))
    form = run(w.wipe_after_form())
    assert [c.count for c in form.choices] == [None, 10, 20, 50]
    assert form.current is None and form.choices[0].selected
    run(w.set_wipe_after(20))
    form = run(w.wipe_after_form())
    assert form.current == 20
    assert [c.count for c in form.choices if c.selected] == [20]
    with pytest.raises(wm.ApiError.InvalidInput) as e:
        run(w.set_wipe_after(2))
    assert e.value.reason == "Choose a number from 3 to 50."


def test_sos_history_in_words(profile):
    w, clock = profile
    assert run(w.sos_history_screen()).empty_text
    run(w.add_contact(contact("PyAnna")))
    run(w.sos_practice(None))
    clock.now += 60
    run(w.sos_review(None))
    run(w.sos_confirm())
    history = run(w.sos_history_screen())
    assert [e.practice for e in history.entries] == [False, True]
    assert "sent to one trusted person" in history.entries[0].text
    assert "PyAnna" not in history.entries[0].text


def test_forms_start_from_the_stored_values(profile):
    w, _ = profile
    run(w.update_settings(wm.Settings(locale=None, display_name="PyLan", country="TH")))
    settings = w.settings_form()
    assert (settings.language, settings.display_name, settings.country) == ("en", "PyLan", "TH")
    c = run(w.add_contact(contact("PyAnna")))
    form = run(w.contact_form(c.id))
    assert form.id == c.id and form.values.name == "PyAnna"
    assert form.values.channel == wm.Channel.LINE and form.remove_label
    empty = run(w.contact_form(None))
    assert empty.values.name == "" and empty.remove_label is None
    with pytest.raises(wm.ApiError.InvalidInput) as e:
        run(w.add_contact(wm.ContactInput(name="", phone="+66812345678", relation=None,
                                          note=None, channel=wm.Channel.SMS, trusted=False)))
    assert e.value.reason == "Enter a name."
    backup = w.backup_screen()
    assert backup.has_code is False and backup.new_code_label
    run(w.export_backup(False))
    assert w.backup_screen().has_code is True
    report = wm.RestoreReport(contacts=1, conversations=0, messages=0, requeued=0)
    assert "1 contacts" in w.restore_summary(report) or "1 contact" in w.restore_summary(report)


def test_content_from_a_file(profile, tmp_path):
    w, _ = profile
    before = w.content_install_screen()
    assert before.installed is False and str(before.version) in before.version_label
    with pytest.raises(wm.ApiError.InvalidInput) as e:
        run(w.install_content_file(str(tmp_path / "missing.pack")))
    assert e.value.code == "not_found"
    with pytest.raises(wm.ApiError.InvalidInput) as e:
        run(w.install_content(b"not a pack"))
    assert e.value.code == "pack_malformed"
    assert e.value.reason == "This file is not a Waymark content pack, or it is damaged."
    assert w.content_install_screen() == before


def test_auto_lock(profile):
    w, clock = profile
    grace = w.app_backgrounded()
    clock.now += 1  # a rotation
    assert w.app_foregrounded() is False
    assert run(w.state()) == wm.ProfileState.UNLOCKED
    w.app_backgrounded()
    clock.now += grace
    assert w.auto_lock_due() is True
    assert run(w.state()) == wm.ProfileState.LOCKED
    run(w.unlock("2468"))
    w.app_backgrounded()
    clock.now += grace + 100
    assert w.app_foregrounded() is True
    assert run(w.screen()).is_unlock()
