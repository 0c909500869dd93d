"""The encrypted profile, driven through the generated Python bindings."""
import os
import secrets

import pytest

import waymark_ffi as wm


from waymark_test_support import BrokenSecret, FileSecret, LosableSecret, run


@pytest.fixture
def profile_dir(tmp_path):
    d = tmp_path / "profile"
    d.mkdir()
    return d


def open_profile(profile_dir, locales, secret_file=None):
    secret = FileSecret(str(secret_file or profile_dir.parent / "device.secret"))
    return wm.Waymark(str(profile_dir), locales, secret)


def test_set_up_lock_unlock_and_wrong_pin(profile_dir):
    w = open_profile(profile_dir, ["th-TH"])
    assert run(w.state()) == wm.ProfileState.NEW
    screen = run(w.screen())
    assert screen.is_setup()
    assert "Waymark" in screen.screen.title
    assert screen.screen.title != "Set up Waymark", "Thai device must get Thai text"

    run(w.set_up("2468", "2468"))
    assert run(w.state()) == wm.ProfileState.UNLOCKED
    assert run(w.screen()).is_home()

    w.lock()
    assert run(w.state()) == wm.ProfileState.LOCKED
    assert run(w.screen()).is_unlock()
    with pytest.raises(wm.ApiError.WrongState) as locked:
        w.settings()
    assert locked.value.code == "locked"

    with pytest.raises(wm.ApiError.WrongPin) as wrong:
        run(w.unlock("1357"))
    # Localized in Thai, and it never echoes the PIN.
    assert any("\u0e00" <= c <= "\u0e7f" for c in wrong.value.reason)
    assert "1357" not in wrong.value.reason
    assert run(w.state()) == wm.ProfileState.LOCKED

    run(w.unlock("2468"))
    assert run(w.state()) == wm.ProfileState.UNLOCKED


def test_a_fresh_process_needs_the_pin_again(profile_dir):
    w = open_profile(profile_dir, ["en"])
    run(w.set_up("24682468", "24682468"))
    run(w.update_settings(wm.Settings(locale=None, display_name="Aye", country=None)))
    del w
    again = open_profile(profile_dir, ["en"])
    assert run(again.state()) == wm.ProfileState.LOCKED
    run(again.unlock("24682468"))
    assert again.settings().display_name == "Aye"
    home = run(again.screen())
    assert home.is_home()
    assert home.screen.greeting == "Welcome back, Aye."


def test_localized_strings_in_two_locales(profile_dir):
    w = open_profile(profile_dir, ["en-US"])
    assert run(w.screen()).screen.title == "Set up Waymark"
    assert w.active_locale().tag == "en"
    w.set_device_locales(["in-ID"])  # Android's legacy tag for Indonesian
    info = w.active_locale()
    assert info.tag == "id"
    assert info.review == wm.ReviewStatus.MACHINE_DRAFTED
    indonesian = run(w.screen()).screen
    assert indonesian.title != "Set up Waymark"
    assert indonesian.translation_notice  # the person is told it is machine-drafted

    run(w.set_up("2468", "2468"))
    # The person's own choice (sealed in settings) wins over the device.
    run(w.update_settings(wm.Settings(locale="km", display_name=None, country=None)))
    assert w.active_locale().tag == "km"
    assert any("\u1780" <= c <= "\u17ff" for c in run(w.screen()).screen.title)
    assert [l.tag for l in wm.available_locales()] == ["en", "th", "my", "km", "lo", "vi", "id", "ms", "fil"]


def test_bad_input_gets_typed_localized_errors(profile_dir):
    w = open_profile(profile_dir, ["vi"])
    with pytest.raises(wm.ApiError.InvalidInput) as short:
        run(w.set_up("12", "12"))
    assert short.value.code == "invalid_pin"
    assert "PIN" in short.value.reason
    with pytest.raises(wm.ApiError.InvalidInput) as differ:
        run(w.set_up("2468", "2469"))
    assert differ.value.code == "invalid_pin"
    assert run(w.state()) == wm.ProfileState.NEW
    with pytest.raises(wm.ApiError.InvalidInput):
        run(w.set_up("", ""))
    with pytest.raises(wm.ApiError.InvalidInput):
        run(w.set_up("x" * 100_000, "x" * 100_000))
    run(w.set_up("2468", "2468"))
    with pytest.raises(wm.ApiError.WrongState) as again:
        run(w.set_up("2468", "2468"))
    assert again.value.code == "already_set_up"
    with pytest.raises(wm.ApiError.InvalidInput) as name:
        run(w.update_settings(wm.Settings(locale=None, display_name="n" * 65, country=None)))
    assert name.value.code == "invalid_input"
    with pytest.raises(wm.ApiError.InvalidInput) as lang:
        run(w.update_settings(wm.Settings(locale="zz", display_name=None, country=None)))
    assert lang.value.code == "unknown_locale"
    with pytest.raises(wm.ApiError.WrongPin):
        run(w.unlock("x" * 100_000))


def test_change_pin(profile_dir):
    w = open_profile(profile_dir, ["en"])
    run(w.set_up("2468", "2468"))
    with pytest.raises(wm.ApiError.WrongPin):
        run(w.change_pin("0000", "13579", "13579"))
    run(w.change_pin("2468", "13579", "13579"))
    w.lock()
    with pytest.raises(wm.ApiError.WrongPin):
        run(w.unlock("2468"))
    run(w.unlock("13579"))


def test_the_platform_secret_is_a_second_factor(profile_dir, tmp_path):
    w = open_profile(profile_dir, ["en"])
    run(w.set_up("2468", "2468"))
    w.lock()
    # Same database, right PIN, but another device's secret: no way in.
    other = open_profile(profile_dir, ["en"], secret_file=tmp_path / "other.secret")
    # Without this device's secret even the wrong-PIN counter does not open,
    # so the copy starts in a delay; either way it stays shut.
    with pytest.raises((wm.ApiError.WrongPin, wm.ApiError.TooManyAttempts)):
        run(other.unlock("2468"))
    assert run(other.state()) == wm.ProfileState.LOCKED
    broken = wm.Waymark(str(profile_dir), ["en"], BrokenSecret())
    with pytest.raises(wm.ApiError.Storage) as e:
        run(broken.unlock("2468"))
    assert e.value.code == "platform_secret"
    assert "keystore unavailable" not in e.value.reason


def test_a_lost_key_store_key_is_told_apart_and_reveals_no_profile(tmp_path):
    """Two phones, one with a duress PIN and contacts, one plain: once the
    key store lost its key, both say exactly the same thing, before any PIN
    and with any PIN, and a wipe starts over."""
    answers = []
    for name, duress in (("real", True), ("plain", False)):
        d = tmp_path / name
        d.mkdir()
        secret = LosableSecret(str(d / "secret"))
        w = wm.Waymark(str(d / "profile"), ["th"], secret)
        run(w.set_up("2468", "2468"))
        if duress:
            run(w.set_duress_pin("2468", "9753", False))
            run(w.add_contact(wm.ContactInput(name="Aunt", phone="+66812345678", relation=None,
                                              note=None, channel=wm.Channel.SMS, trusted=True)))
        w.lock()
        secret.lost = True
        seen = []
        with pytest.raises(wm.ApiError.Storage) as e:
            run(w.screen())
        seen.append((e.value.code, e.value.reason))
        for pin in ("2468", "9753", "0000"):
            with pytest.raises(wm.ApiError.Storage) as e:
                run(w.unlock(pin))
            seen.append((e.value.code, e.value.reason))
        assert {code for code, _ in seen} == {"platform_secret_lost"}
        screen = w.secret_lost_screen()
        assert "Aunt" not in str(screen) and "keystore" not in seen[0][1]
        answers.append((seen, screen))
        # Start over: the wipe needs no PIN and ends on a fresh setup.
        run(w.wipe())
        assert isinstance(run(w.screen()), wm.Screen.SETUP)
    assert answers[0] == answers[1]
    assert any("\u0e00" <= c <= "\u0e7f" for c in answers[0][1].title), "localized"


def test_an_emptied_database_is_damage_not_a_new_profile(profile_dir):
    w = open_profile(profile_dir, ["en"])
    run(w.set_up("2468", "2468"))
    w.lock()
    del w
    (profile_dir / "waymark.db").write_bytes(b"")
    # The platform secret says a profile existed: the app is told so.
    with pytest.raises(wm.ApiError.Corrupted) as e:
        open_profile(profile_dir, ["en"])
    assert "backup" in e.value.reason
    # Still damaged the next time: nothing was recreated over it.
    with pytest.raises(wm.ApiError.Corrupted):
        open_profile(profile_dir, ["en"])


def test_no_plaintext_in_database_files(profile_dir):
    marker = "MARKER-" + secrets.token_hex(8)
    w = open_profile(profile_dir, ["en"])
    run(w.set_up("2468", "2468"))
    run(w.update_settings(wm.Settings(locale="th", display_name=marker, country=None)))
    assert w.settings().display_name == marker
    files = [p for p in profile_dir.iterdir() if p.is_file()]
    assert {p.name for p in files} >= {"waymark.db"}
    for p in files:
        data = p.read_bytes()
        assert marker.encode() not in data, p.name
        assert marker.encode("utf-16-le") not in data, p.name
