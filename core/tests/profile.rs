//! The profile facade end to end: temp data directories, the file-backed
//! platform secret, and the database files read back as an attacker would.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::path::Path;

use waymark_core::error::Damaged;
use waymark_core::{Config, Error, ProfileState, Screen, Settings, Waymark};
use waymark_testkit::profile::Profile;

fn open(dir: &Path, locales: &[&str]) -> Waymark {
    Profile::new(dir).locales(locales).open()
}

fn files_in(dir: &Path) -> Vec<(String, Vec<u8>)> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect()
}

#[test]
fn sealed_values_never_reach_the_database_wal_or_shm_in_plaintext() {
    let tmp = tempfile::tempdir().unwrap();
    let w = open(tmp.path(), &["en"]);
    w.profile().set_up("2468", "2468").unwrap();
    let marker = "UNIQUE-MARKER-5b8e2d";
    w.profile()
        .update_settings(Settings {
            locale: Some("lo".into()),
            display_name: Some(marker.into()),
            country: None,
        })
        .unwrap();
    // While the connection is open the WAL and shared-memory files exist.
    let files = files_in(tmp.path());
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert!(
        names.contains(&"waymark.db") && names.contains(&"waymark.db-wal"),
        "{names:?}"
    );
    for (name, bytes) in &files {
        for needle in [
            marker.as_bytes().to_vec(),
            marker.encode_utf16().flat_map(u16::to_le_bytes).collect(),
        ] {
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle.as_slice()),
                "plaintext in {name}"
            );
        }
    }
    drop(w);
    for (name, bytes) in files_in(tmp.path()) {
        assert!(
            !bytes.windows(marker.len()).any(|w| w == marker.as_bytes()),
            "plaintext in {name}"
        );
    }
    let again = open(tmp.path(), &[]);
    again.profile().unlock("2468").unwrap();
    assert_eq!(
        again.profile().settings().unwrap().display_name.as_deref(),
        Some(marker)
    );
}

#[test]
fn lifecycle_new_unlocked_locked_unlocked() {
    let tmp = tempfile::tempdir().unwrap();
    let w = open(tmp.path(), &["th"]);
    assert_eq!(w.profile().state().unwrap(), ProfileState::New);
    assert!(matches!(w.profile().screen().unwrap(), Screen::Setup(_)));
    assert!(matches!(w.profile().unlock("2468"), Err(Error::NotSetUp)));
    assert!(matches!(
        w.profile().set_up("2468", "2648"),
        Err(Error::PinsDiffer)
    ));
    w.profile().set_up("2468", "2468").unwrap();
    assert_eq!(w.profile().state().unwrap(), ProfileState::Unlocked);
    assert!(matches!(w.profile().screen().unwrap(), Screen::Home(_)));
    w.profile().lock();
    assert_eq!(w.profile().state().unwrap(), ProfileState::Locked);
    assert!(matches!(w.profile().screen().unwrap(), Screen::Unlock(_)));
    assert!(matches!(w.profile().settings(), Err(Error::Locked)));
    assert!(matches!(w.profile().unlock("1234"), Err(Error::WrongPin)));
    assert!(matches!(w.profile().unlock(""), Err(Error::WrongPin)));
    assert_eq!(w.profile().state().unwrap(), ProfileState::Locked);
    // Thai digits are the same PIN.
    w.profile().unlock("๒๔๖๘").unwrap();
    assert_eq!(w.profile().state().unwrap(), ProfileState::Unlocked);
}

#[test]
fn a_copied_database_without_the_device_secret_does_not_open() {
    let tmp = tempfile::tempdir().unwrap();
    let w = open(tmp.path(), &[]);
    w.profile().set_up("2468", "2468").unwrap();
    drop(w);
    let copy = tempfile::tempdir().unwrap();
    std::fs::copy(
        tmp.path().join("waymark.db"),
        copy.path().join("waymark.db"),
    )
    .unwrap();
    let thief = open(copy.path(), &[]);
    assert_eq!(thief.profile().state().unwrap(), ProfileState::Locked);
    // Without this device's secret the guard record does not open either,
    // so the copy starts in a wrong-PIN delay; either way it stays shut.
    assert!(matches!(
        thief.profile().unlock("2468"),
        Err(Error::WrongPin | Error::Wait { .. })
    ));
    assert_eq!(thief.profile().state().unwrap(), ProfileState::Locked);
}

#[test]
fn a_damaged_key_slot_is_reported_as_corruption() {
    let tmp = tempfile::tempdir().unwrap();
    let w = open(tmp.path(), &[]);
    w.profile().set_up("2468", "2468").unwrap();
    drop(w);
    let conn = rusqlite::Connection::open(tmp.path().join("waymark.db")).unwrap();
    conn.execute(
        "UPDATE keyslot SET wrapped = zeroblob(49) WHERE slot = 0",
        [],
    )
    .unwrap();
    drop(conn);
    let w = open(tmp.path(), &[]);
    assert!(matches!(
        w.profile().unlock("2468"),
        Err(Error::Corrupted(Damaged::KeySlot))
    ));
    // The message the person sees is localized and says nothing about keys.
    let text = w.describe(&Error::Corrupted(Damaged::KeySlot));
    assert_eq!(
        text,
        "Your saved data is damaged and could not be read. Nothing was changed. \
         If you made a backup, you can erase and restore it with your recovery code."
    );
}

fn config(dir: &Path) -> Config {
    Profile::new(dir).config()
}

/// A set-up profile whose database file is then damaged by `damage`.
fn damaged_profile(damage: impl Fn(&Path)) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let w = open(tmp.path(), &[]);
    w.profile().set_up("2468", "2468").unwrap();
    drop(w);
    damage(&tmp.path().join("waymark.db"));
    tmp
}

#[test]
fn a_damaged_database_file_is_corruption_not_storage_and_can_be_wiped() {
    let truncate = |p: &Path| {
        let f = std::fs::OpenOptions::new().write(true).open(p).unwrap();
        f.set_len(f.metadata().unwrap().len() / 3).unwrap();
    };
    let flip_header = |p: &Path| {
        let mut bytes = std::fs::read(p).unwrap();
        for b in &mut bytes[16..24] {
            *b ^= 0x5a;
        }
        std::fs::write(p, bytes).unwrap();
    };
    let empty = |p: &Path| std::fs::write(p, b"").unwrap();
    for (name, damage) in [
        ("truncated", &truncate as &dyn Fn(&Path)),
        ("bit-flipped header", &flip_header),
        ("emptied", &empty),
    ] {
        let tmp = damaged_profile(damage);
        let opened = Waymark::open(config(tmp.path()));
        assert!(
            matches!(opened, Err(Error::Corrupted(Damaged::Database))),
            "{name}: {opened:?}"
        );
        // Still damaged on the next try: nothing was recreated over it.
        assert!(matches!(
            Waymark::open(config(tmp.path())),
            Err(Error::Corrupted(Damaged::Database))
        ));
        Waymark::wipe_unopenable(&config(tmp.path())).unwrap();
        let w = Waymark::open(config(tmp.path())).unwrap();
        assert_eq!(w.profile().state().unwrap(), ProfileState::New, "{name}");
    }
}

#[test]
fn an_empty_database_without_a_device_secret_is_a_first_run() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("waymark.db"), b"").unwrap();
    let w = Waymark::open(config(tmp.path())).unwrap();
    assert_eq!(w.profile().state().unwrap(), ProfileState::New);
}

#[test]
fn swapped_sealed_rows_are_detected() {
    let tmp = tempfile::tempdir().unwrap();
    let w = open(tmp.path(), &[]);
    w.profile().set_up("2468", "2468").unwrap();
    drop(w);
    // Put the canary's ciphertext where the settings belong.
    let conn = rusqlite::Connection::open(tmp.path().join("waymark.db")).unwrap();
    conn.execute(
        "UPDATE settings SET sealed = (SELECT sealed FROM canary WHERE profile = 0) WHERE profile = 0",
        [],
    )
    .unwrap();
    drop(conn);
    let w = open(tmp.path(), &[]);
    assert!(matches!(
        w.profile().unlock("2468"),
        Err(Error::Corrupted(Damaged::Record("settings")))
    ));
    assert_eq!(w.profile().state().unwrap(), ProfileState::Locked);
}

#[test]
fn changing_the_pin_keeps_the_data() {
    let tmp = tempfile::tempdir().unwrap();
    let w = open(tmp.path(), &[]);
    w.profile().set_up("2468", "2468").unwrap();
    w.profile()
        .update_settings(Settings {
            display_name: Some("Nang".into()),
            ..Settings::default()
        })
        .unwrap();
    assert!(matches!(
        w.profile().change_pin("1111", "13579", "13579"),
        Err(Error::WrongPin)
    ));
    assert!(matches!(
        w.profile().change_pin("2468", "13579", "13578"),
        Err(Error::PinsDiffer)
    ));
    assert!(matches!(
        w.profile().change_pin("2468", "1", "1"),
        Err(Error::InvalidPin(_))
    ));
    w.profile()
        .change_pin("2468", "long passphrase ok", "long passphrase ok")
        .unwrap();
    w.profile().lock();
    assert!(matches!(w.profile().unlock("2468"), Err(Error::WrongPin)));
    w.profile().unlock("long passphrase ok").unwrap();
    assert_eq!(
        w.profile().settings().unwrap().display_name.as_deref(),
        Some("Nang")
    );
}

#[test]
fn the_language_follows_the_profile_then_the_device() {
    let tmp = tempfile::tempdir().unwrap();
    let w = open(tmp.path(), &["ms-MY", "en"]);
    assert_eq!(w.localizer().active_tag(), "ms");
    w.profile().set_up("2468", "2468").unwrap();
    w.profile()
        .update_settings(Settings {
            locale: Some("vi".into()),
            ..Settings::default()
        })
        .unwrap();
    assert_eq!(w.localizer().active_tag(), "vi");
    w.profile().lock();
    // Locked screens follow the device: the choice is sealed with the rest.
    assert_eq!(w.localizer().active_tag(), "ms");
    w.profile().set_device_locales(vec!["tl".into()]);
    assert_eq!(w.localizer().active_tag(), "fil");
}

#[test]
fn a_chosen_language_is_kept_at_set_up_and_unknown_ones_are_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let config = |chosen: Option<&str>| {
        Profile::new(tmp.path())
            .locale("en")
            .chosen_locale(chosen)
            .config()
    };
    for bad in ["xx-YY", "", "zh"] {
        assert!(matches!(
            Waymark::open(config(Some(bad))),
            Err(Error::UnknownLocale)
        ));
    }
    let w = Waymark::open(config(Some("km-KH"))).unwrap();
    assert_eq!(w.localizer().active_tag(), "km");
    w.profile().set_up("2468", "2468").unwrap();
    assert_eq!(
        w.profile().settings().unwrap().locale.as_deref(),
        Some("km")
    );
    w.profile().lock();
    drop(w);

    // A later session without a choice reads the profile's once unlocked.
    let w = Waymark::open(config(None)).unwrap();
    assert_eq!(w.localizer().active_tag(), "en");
    w.profile().unlock("2468").unwrap();
    assert_eq!(w.localizer().active_tag(), "km");
    // Picking a language while unlocked keeps it in the profile.
    assert_eq!(w.profile().choose_locale("th-TH").unwrap(), "th");
    assert_eq!(w.localizer().active_tag(), "th");
    assert!(matches!(
        w.profile().choose_locale("xx"),
        Err(Error::UnknownLocale)
    ));
    w.profile().lock();
    drop(w);
    let w = Waymark::open(config(None)).unwrap();
    w.profile().unlock("2468").unwrap();
    assert_eq!(
        w.profile().settings().unwrap().locale.as_deref(),
        Some("th")
    );

    // A session's own choice wins over the profile's.
    drop(w);
    let w = Waymark::open(config(Some("lo"))).unwrap();
    w.profile().unlock("2468").unwrap();
    assert_eq!(w.localizer().active_tag(), "lo");
}
