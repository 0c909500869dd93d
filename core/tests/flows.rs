//! The profile and safety flows through the facade: each form's model and
//! its action (change PIN, the second PIN set and removed, the erase
//! policy, SOS history, contacts, settings, backup, content from a file),
//! that the getters never write, that the decoy reveals nothing of the
//! real profile through them, and the auto-lock rule fed lifecycle events.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::path::Path;
use std::sync::Arc;

use waymark_core::lifecycle::GRACE_SECONDS;
use waymark_core::screens::DuressInput;
use waymark_core::{Channel, ContactInput, Error, ProfileState, Settings, Waymark};
use waymark_testkit::profile::{Profile, TestClock};

fn open(dir: &Path, clock: &Arc<TestClock>) -> Waymark {
    Profile::new(dir).clock(clock.clone()).locale("en").open()
}

fn set_up(dir: &Path) -> (Waymark, Arc<TestClock>) {
    let clock = Arc::new(TestClock::default());
    let w = open(dir, &clock);
    w.profile().set_up("2468", "2468").unwrap();
    (w, clock)
}

fn duress(pin: &str, duress_pin: &str, confirmation: &str, wipe_on_use: bool) -> DuressInput {
    DuressInput {
        pin: pin.into(),
        duress_pin: duress_pin.into(),
        confirmation: confirmation.into(),
        wipe_on_use,
    }
}

fn trusted(name: &str) -> ContactInput {
    ContactInput {
        name: name.into(),
        phone: "+66812345678".into(),
        relation: None,
        note: None,
        channel: Channel::Sms,
        trusted: true,
    }
}

#[test]
fn the_second_pin_is_set_and_removed_through_its_form() {
    let tmp = tempfile::tempdir().unwrap();
    let (w, _) = set_up(tmp.path());
    let form = w
        .profile()
        .duress_form()
        .unwrap()
        .expect("the real profile has the form");
    assert!(!form.set);
    assert_eq!(form.remove_label, None);

    // The second PIN typed twice must match, and differ from the PIN.
    assert!(matches!(
        w.profile()
            .set_duress(&duress("2468", "1357", "1358", false)),
        Err(Error::PinsDiffer)
    ));
    assert!(matches!(
        w.profile()
            .set_duress(&duress("2468", "2468", "2468", false)),
        Err(Error::DuressSameAsPin)
    ));
    assert!(matches!(
        w.profile()
            .set_duress(&duress("9999", "1357", "1357", false)),
        Err(Error::WrongPin)
    ));
    assert!(
        !w.profile().duress_form().unwrap().unwrap().set,
        "nothing changed"
    );

    w.profile()
        .set_duress(&duress("2468", "1357", "1357", false))
        .unwrap();
    let form = w.profile().duress_form().unwrap().unwrap();
    assert!(form.set && !form.wipe_on_use);
    assert!(form.remove_label.is_some());
    assert_eq!(form.state_label, "A second PIN is set.");
    w.profile().lock();
    w.profile().unlock("1357").unwrap();
    assert_eq!(
        w.profile().duress_form().unwrap(),
        None,
        "the decoy has no such form"
    );
    // In the decoy the action answers as if it worked, and changes nothing.
    w.profile()
        .set_duress(&duress("1357", "8642", "8642", false))
        .unwrap();
    w.profile().lock();
    assert!(matches!(w.profile().unlock("8642"), Err(Error::WrongPin)));

    w.profile().unlock("2468").unwrap();
    assert!(matches!(
        w.profile().remove_duress_pin("1357"),
        Err(Error::WrongPin)
    ));
    w.profile().remove_duress_pin("2468").unwrap();
    let form = w.profile().duress_form().unwrap().unwrap();
    assert!(!form.set);
    assert_eq!(form.remove_label, None);
    w.profile().lock();
    assert!(matches!(w.profile().unlock("1357"), Err(Error::WrongPin)));
}

#[test]
fn pin_changes_and_the_erase_policy_follow_their_forms() {
    let tmp = tempfile::tempdir().unwrap();
    let (w, _) = set_up(tmp.path());
    let form = w.profile().change_pin_form();
    assert_eq!(form.done_label, "Your PIN has been changed.");
    assert!(matches!(
        w.profile().change_pin("2468", "97531", "97532"),
        Err(Error::PinsDiffer)
    ));
    w.profile().change_pin("2468", "97531", "97531").unwrap();
    w.profile().lock();
    w.profile().unlock("97531").unwrap();

    let form = w.safety().wipe_after_form().unwrap();
    assert_eq!(form.current, None);
    assert!(form.choices[0].selected && form.choices[0].count.is_none());
    // Every offered choice is accepted and becomes the selected one.
    for choice in form.choices.clone() {
        w.safety().set_wipe_after(choice.count).unwrap();
        let now = w.safety().wipe_after_form().unwrap();
        assert_eq!(now.current, choice.count);
        let selected: Vec<_> = now.choices.iter().filter(|c| c.selected).collect();
        assert_eq!(selected.len(), 1);
        assert_eq!(selected[0].label, choice.label);
    }
    assert!(matches!(
        w.safety().set_wipe_after(Some(2)),
        Err(Error::WipePolicyRange { .. })
    ));
    w.profile().lock();
    assert!(matches!(w.safety().wipe_after_form(), Err(Error::Locked)));
}

#[test]
fn sos_history_is_the_open_profiles_own() {
    let tmp = tempfile::tempdir().unwrap();
    let (w, clock) = set_up(tmp.path());
    let empty = w.sos().history_screen().unwrap();
    assert!(empty.entries.is_empty() && empty.empty_text.is_some());
    w.contacts().add(trusted("Anna")).unwrap();
    w.sos().practice(None).unwrap();
    clock.advance(60);
    w.sos().review(None).unwrap();
    w.sos().confirm().unwrap();
    let h = w.sos().history_screen().unwrap();
    assert_eq!(h.entries.len(), 2);
    assert!(!h.entries[0].practice, "newest first");
    assert!(h.entries[1].practice);
    assert!(
        h.entries[0].text.contains("sent to one trusted person"),
        "{}",
        h.entries[0].text
    );

    w.profile()
        .set_duress(&duress("2468", "1357", "1357", false))
        .unwrap();
    w.profile().lock();
    w.profile().unlock("1357").unwrap();
    let decoy = w.sos().history_screen().unwrap();
    assert!(
        decoy.entries.is_empty(),
        "the decoy shows none of the real history"
    );
    assert!(w.contacts().form(None).unwrap().values.name.is_empty());
}

#[test]
fn form_getters_start_from_the_stored_values_and_never_write() {
    let tmp = tempfile::tempdir().unwrap();
    let (w, _) = set_up(tmp.path());
    w.profile()
        .update_settings(Settings {
            display_name: Some("Lan".into()),
            country: Some("TH".into()),
            locale: None,
        })
        .unwrap();
    let c = w.contacts().add(trusted("Anna")).unwrap();
    let db = tmp.path().join("waymark.db");
    let before = std::fs::read(&db).unwrap();
    let wal = |p: &Path| std::fs::read(p.with_file_name("waymark.db-wal")).unwrap_or_default();
    let wal_before = wal(&db);

    let s = w.profile().settings_form().unwrap();
    assert_eq!(s.display_name, "Lan");
    assert_eq!(s.country.as_deref(), Some("TH"));
    assert_eq!(s.language, "en");
    let f = w.contacts().form(Some(c.id)).unwrap();
    assert_eq!(f.id, Some(c.id));
    assert_eq!(f.values.name, "Anna");
    assert!(f.values.trusted);
    assert!(matches!(
        w.contacts().form(Some(c.id ^ 1)),
        Err(Error::ContactNotFound)
    ));
    let b = w.backup().screen().unwrap();
    assert!(!b.has_code, "no backup made yet");
    let _ = w.profile().duress_form().unwrap();
    let _ = w.safety().wipe_after_form().unwrap();
    let _ = w.sos().history_screen().unwrap();
    let _ = w.profile().change_pin_form();
    let _ = w.content().install_screen();
    assert_eq!(
        std::fs::read(&db).unwrap(),
        before,
        "the getters wrote nothing"
    );
    assert_eq!(wal(&db), wal_before, "nor to the WAL");

    w.backup().export(false).unwrap();
    assert!(w.backup().screen().unwrap().has_code);
    w.profile().lock();
    for e in [
        w.profile().settings_form().map(|_| ()),
        w.contacts().form(None).map(|_| ()),
        w.backup().screen().map(|_| ()),
        w.sos().history_screen().map(|_| ()),
        w.profile().duress_form().map(|_| ()),
    ] {
        assert!(matches!(e, Err(Error::Locked)));
    }
}

#[test]
fn content_from_a_file_says_what_changed_or_why_not() {
    let tmp = tempfile::tempdir().unwrap();
    let (w, _) = set_up(tmp.path());
    let before = w.content().install_screen();
    assert!(!before.installed);
    assert!(before.version_label.contains(&before.version.to_string()));
    let missing = w
        .content()
        .install_file(&tmp.path().join("no-such.pack"))
        .unwrap_err();
    assert!(matches!(missing, Error::FileNotFound));
    assert_eq!(missing.code(), "not_found");
    let junk = tmp.path().join("junk.pack");
    std::fs::write(&junk, b"not a pack").unwrap();
    let refused = w.content().install_file(&junk).unwrap_err();
    assert_eq!(refused.code(), "pack_malformed");
    assert_eq!(
        w.describe(&refused),
        "This file is not a Waymark content pack, or it is damaged."
    );
    assert_eq!(w.content().install_screen(), before, "nothing changed");
}

#[test]
fn auto_lock_follows_how_long_the_app_was_away() {
    let tmp = tempfile::tempdir().unwrap();
    let (w, clock) = set_up(tmp.path());
    // A rotation: away for a moment, back unlocked.
    assert_eq!(w.profile().app_backgrounded(), GRACE_SECONDS as u64);
    clock.advance(1);
    assert!(!w.profile().auto_lock_due());
    assert!(!w.profile().app_foregrounded());
    assert_eq!(w.profile().state().unwrap(), ProfileState::Unlocked);

    // Away for longer than the grace: back locked.
    w.profile().app_backgrounded();
    clock.advance(GRACE_SECONDS);
    assert!(w.profile().app_foregrounded());
    assert_eq!(w.profile().state().unwrap(), ProfileState::Locked);

    // A platform timer while still away locks too, once.
    w.profile().unlock("2468").unwrap();
    w.profile().app_backgrounded();
    clock.advance(GRACE_SECONDS - 1);
    assert!(!w.profile().auto_lock_due());
    clock.advance(1);
    assert!(w.profile().auto_lock_due());
    assert_eq!(w.profile().state().unwrap(), ProfileState::Locked);
    assert!(
        !w.profile().app_foregrounded(),
        "already locked: nothing more to do"
    );

    // Quick exit locks at once, whatever the lifecycle says.
    w.profile().unlock("2468").unwrap();
    w.profile().app_backgrounded();
    w.safety().quick_exit();
    assert_eq!(w.profile().state().unwrap(), ProfileState::Locked);
    w.profile().unlock("2468").unwrap();
    assert!(!w.profile().app_foregrounded(), "the absence was short");
    assert_eq!(w.profile().state().unwrap(), ProfileState::Unlocked);
}

#[test]
fn auto_lock_leaves_a_classroom_alone_when_no_profile_is_open() {
    let tmp = tempfile::tempdir().unwrap();
    let (w, clock) = set_up(tmp.path());
    w.profile().lock();
    let lesson = w.content().lessons_screen().lessons[0].id.clone();
    w.content().classroom_start(&lesson).unwrap();
    w.profile().app_backgrounded();
    clock.advance(GRACE_SECONDS * 10);
    assert!(!w.profile().app_foregrounded());
    assert!(
        w.content().classroom_screen().is_ok(),
        "the session goes on"
    );
}
