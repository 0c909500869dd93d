//! Discreet mode end to end: duress PIN and decoy, wrong-PIN delays across
//! restarts, erase (panic wipe and erase-after-N), quick exit, the
//! calculator disguise, emergency contacts and SOS.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::path::{Path, PathBuf};
use std::sync::Arc;

use waymark_core::calculator::CalcKey;
use waymark_core::guard::Disguise;
use waymark_core::screens::QuickExit;
use waymark_core::sos::{Location, SosStage};
use waymark_core::vault::FileSecret;
use waymark_core::{Channel, ContactInput, Error, ProfileState, Screen, Settings, Waymark};
use waymark_testkit::profile::{Profile, TestClock};

fn open(dir: &Path, clock: &Arc<TestClock>) -> Waymark {
    Profile::new(dir).clock(clock.clone()).locale("en").open()
}

fn contact(name: &str, phone: &str, trusted: bool) -> ContactInput {
    ContactInput {
        name: name.into(),
        phone: phone.into(),
        relation: None,
        note: None,
        channel: Channel::Sms,
        trusted,
    }
}

/// Every file below `dir`, recursively.
fn all_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(all_files(&path));
        } else {
            out.push(path);
        }
    }
    out
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// A real profile with a name, a trusted contact and a duress PIN.
fn prepared(dir: &Path, clock: &Arc<TestClock>, duress_wipes: bool) -> Waymark {
    let w = open(dir, clock);
    w.profile().set_up("2468", "2468").unwrap();
    w.profile()
        .update_settings(Settings {
            display_name: Some("Real Name Marker".into()),
            country: Some("TH".into()),
            ..Settings::default()
        })
        .unwrap();
    w.contacts()
        .add(contact("Sister Marker", "081 234 5678", true))
        .unwrap();
    w.profile()
        .set_duress_pin("2468", "1357", duress_wipes)
        .unwrap();
    w.profile().lock();
    w
}

#[test]
fn the_duress_pin_opens_a_decoy_that_shows_nothing_of_the_real_profile() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = Arc::new(TestClock::default());
    let w = prepared(tmp.path(), &clock, false);

    w.profile().unlock("1357").unwrap();
    assert_eq!(w.profile().state().unwrap(), ProfileState::Unlocked);
    assert!(w.contacts().list().unwrap().is_empty());
    assert_eq!(w.profile().settings().unwrap().display_name, None);
    let safety = w.safety().screen().unwrap();
    assert_eq!(safety.duress, None, "the decoy shows no duress section");
    let Screen::Home(home) = w.profile().screen().unwrap() else {
        panic!("home")
    };
    assert_eq!(home.greeting, "Welcome back.");
    assert!(w.sos().history().unwrap().is_empty());
    assert!(matches!(
        w.sos().practice(None),
        Err(Error::NoTrustedContacts)
    ));
    assert!(matches!(
        w.sos().review(None),
        Err(Error::NoTrustedContacts)
    ));
    // Setting a "duress PIN" from the decoy appears to work and changes nothing.
    w.profile().set_duress_pin("1357", "9999", false).unwrap();
    // The decoy's own PIN change touches only the decoy.
    w.profile().change_pin("1357", "97531", "97531").unwrap();
    w.profile().lock();

    assert!(matches!(w.profile().unlock("1357"), Err(Error::WrongPin)));
    w.profile().unlock("97531").unwrap();
    assert!(w.contacts().list().unwrap().is_empty());
    w.profile().lock();
    w.profile().unlock("2468").unwrap();
    assert_eq!(w.contacts().list().unwrap().len(), 1);
    assert!(w.safety().screen().unwrap().duress.unwrap().set);
    assert_eq!(
        w.profile().settings().unwrap().display_name.as_deref(),
        Some("Real Name Marker")
    );
}

/// Every message about the duress PIN, by id (from the English source, so
/// a new one is covered too), in `tag`.
fn duress_texts(tag: &str) -> Vec<(String, String)> {
    let source = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../locales/en/safety.ftl"
    ))
    .unwrap();
    let l = waymark_core::Localizer::for_preferences(&[tag.to_string()]);
    let ids: Vec<String> = source
        .lines()
        .filter_map(|line| line.split_once(" = ").map(|(id, _)| id.trim()))
        .filter(|id| id.starts_with("duress-") || id.starts_with("error-duress-"))
        .map(str::to_string)
        .collect();
    assert!(ids.len() >= 7, "{ids:?}");
    ids.into_iter()
        .map(|id| {
            let text = l.message(&id);
            (id, text)
        })
        .collect()
}

/// Every text in a serialized screen model (values only, not field names).
fn texts(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => format!("{s}\n"),
        serde_json::Value::Array(a) => a.iter().map(texts).collect(),
        serde_json::Value::Object(o) => o.values().map(texts).collect(),
        _ => String::new(),
    }
}

/// Every screen model the decoy can reach: its texts.
fn decoy_screens(w: &Waymark) -> Vec<(String, String)> {
    let j = |v: serde_json::Value| texts(&v);
    let mut out = vec![
        (
            "screen",
            j(serde_json::json!(w.profile().screen().unwrap())),
        ),
        ("safety", j(serde_json::json!(w.safety().screen().unwrap()))),
        (
            "settings",
            j(serde_json::json!(w.profile().settings_form().unwrap())),
        ),
        (
            "contacts",
            j(serde_json::json!(w.contacts().screen().unwrap())),
        ),
        (
            "contact_form",
            j(serde_json::json!(w.contacts().form(None).unwrap())),
        ),
        ("sos", j(serde_json::json!(w.sos().screen()))),
        ("traces", j(serde_json::json!(w.safety().traces_screen()))),
        ("backup", j(serde_json::json!(w.backup().screen().unwrap()))),
        (
            "change_pin",
            j(serde_json::json!(w.profile().change_pin_form())),
        ),
        (
            "wipe_after",
            j(serde_json::json!(w.safety().wipe_after_form().unwrap())),
        ),
        (
            "sos_history",
            j(serde_json::json!(w.sos().history_screen().unwrap())),
        ),
        (
            "content",
            j(serde_json::json!(w.content().install_screen())),
        ),
        (
            "duress_form",
            j(serde_json::json!(w.profile().duress_form().unwrap())),
        ),
        (
            "quiet",
            j(serde_json::json!(w.quiet().conversations_screen().unwrap())),
        ),
        (
            "lessons",
            j(serde_json::json!(w.content().lessons_screen())),
        ),
        (
            "checklists",
            j(serde_json::json!(w.content().checklist_screen())),
        ),
        (
            "redflags",
            j(serde_json::json!(w.content().redflags_screen())),
        ),
        (
            "directory",
            j(serde_json::json!(
                w.content().directory_screen(None, None, None)
            )),
        ),
        (
            "disguise",
            j(serde_json::json!(w.safety().disguise().unwrap())),
        ),
        ("sos_error", w.describe(&w.sos().review(None).unwrap_err())),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect::<Vec<_>>();
    for lesson in w.content().lessons_screen().lessons {
        out.push((
            format!("lesson {}", lesson.id),
            j(serde_json::json!(
                w.content().lesson_screen(&lesson.id).unwrap()
            )),
        ));
    }
    out
}

#[test]
fn the_decoy_never_explains_itself_in_any_locale() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = Arc::new(TestClock::default());
    let w = prepared(tmp.path(), &clock, false);
    w.profile().unlock("1357").unwrap();
    // Changing the decoy's PIN to the real one neither fails with "must be
    // different from your PIN" nor changes anything: no oracle for the
    // real PIN, no word about a second one.
    w.profile().change_pin("1357", "2468", "2468").unwrap();
    w.profile().lock();
    w.profile().unlock("1357").unwrap();
    assert!(w.contacts().list().unwrap().is_empty(), "still the decoy");

    for info in waymark_core::l10n::available() {
        w.profile()
            .update_settings(Settings {
                locale: Some(info.tag.clone()),
                ..Settings::default()
            })
            .unwrap();
        assert_eq!(w.localizer().active_tag(), info.tag);
        let forbidden = duress_texts(&info.tag);
        for (screen, json) in decoy_screens(&w) {
            for (id, text) in &forbidden {
                assert!(
                    !json.contains(text.as_str()),
                    "{}: the decoy's {screen} shows {id}",
                    info.tag
                );
            }
            if info.tag == "en" {
                let lower = json.to_lowercase();
                for word in ["duress", "decoy", "second pin", "harmless"] {
                    assert!(!lower.contains(word), "en: {screen} says {word:?}");
                }
            }
        }
    }
    // The real profile does show the section, so the check has teeth.
    w.profile().lock();
    w.profile().unlock("2468").unwrap();
    let real = serde_json::json!(w.safety().screen().unwrap()).to_string();
    assert!(real.contains(&duress_texts("en")[0].1));
}

#[test]
fn the_duress_pin_cannot_equal_the_pin_and_can_be_removed() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = Arc::new(TestClock::default());
    let w = open(tmp.path(), &clock);
    w.profile().set_up("2468", "2468").unwrap();
    assert!(matches!(
        w.profile().set_duress_pin("2468", "2468", false),
        Err(Error::DuressSameAsPin)
    ));
    assert!(matches!(
        w.profile().set_duress_pin("1111", "1357", false),
        Err(Error::WrongPin)
    ));
    w.profile().set_duress_pin("2468", "1357", false).unwrap();
    assert!(matches!(
        w.profile().change_pin("2468", "1357", "1357"),
        Err(Error::DuressSameAsPin)
    ));
    w.profile().remove_duress_pin("2468").unwrap();
    assert!(!w.safety().screen().unwrap().duress.unwrap().set);
    w.profile().lock();
    assert!(matches!(w.profile().unlock("1357"), Err(Error::WrongPin)));
}

#[test]
fn a_duress_pin_set_to_erase_erases_everything() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = Arc::new(TestClock::default());
    let w = prepared(tmp.path(), &clock, true);
    w.profile().unlock("1357").unwrap();
    assert_eq!(w.profile().state().unwrap(), ProfileState::New);
    assert!(matches!(w.profile().screen().unwrap(), Screen::Setup(_)));
    for file in all_files(tmp.path()) {
        let bytes = std::fs::read(&file).unwrap();
        assert!(!contains(&bytes, b"Marker"), "{}", file.display());
    }
}

#[test]
fn panic_wipe_while_locked_leaves_no_plaintext_and_no_usable_key() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = Arc::new(TestClock::default());
    let w = prepared(tmp.path(), &clock, false);
    // Everything that could unlock the old data, as an attacker would copy it.
    let conn = rusqlite::Connection::open(tmp.path().join("waymark.db")).unwrap();
    let mut secrets: Vec<Vec<u8>> = Vec::new();
    secrets.push(
        conn.query_row("SELECT salt FROM kdf", [], |r| r.get(0))
            .unwrap(),
    );
    let mut stmt = conn.prepare("SELECT wrapped FROM keyslot").unwrap();
    for row in stmt.query_map([], |r| r.get::<_, Vec<u8>>(0)).unwrap() {
        secrets.push(row.unwrap());
    }
    drop(stmt);
    drop(conn);
    secrets.push(std::fs::read(tmp.path().join(FileSecret::FILE_NAME)).unwrap());
    let before: Vec<PathBuf> = all_files(tmp.path());
    assert!(before.len() >= 2);

    w.safety().wipe().unwrap();

    assert_eq!(w.profile().state().unwrap(), ProfileState::New);
    assert!(matches!(w.profile().screen().unwrap(), Screen::Setup(_)));
    assert!(!tmp.path().join(FileSecret::FILE_NAME).exists());
    let after = all_files(tmp.path());
    for file in before.iter().chain(after.iter()) {
        let Ok(bytes) = std::fs::read(file) else {
            continue;
        }; // gone is good
        for s in &secrets {
            assert!(
                !contains(&bytes, s),
                "key material left in {}",
                file.display()
            );
        }
        for marker in [&b"Marker"[..], b"+66812345678"] {
            assert!(
                !contains(&bytes, marker),
                "plaintext left in {}",
                file.display()
            );
        }
    }
    // And it starts over as on first run.
    w.profile().set_up("1111", "1111").unwrap();
    assert!(w.contacts().list().unwrap().is_empty());
}

#[test]
fn wrong_pin_delays_survive_a_restart() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = Arc::new(TestClock::default());
    let w = open(tmp.path(), &clock);
    w.profile().set_up("2468", "2468").unwrap();
    w.profile().lock();
    for _ in 0..5 {
        assert!(matches!(w.profile().unlock("0000"), Err(Error::WrongPin)));
    }
    assert!(matches!(
        w.profile().unlock("2468"),
        Err(Error::Wait { seconds: 30 })
    ));
    drop(w);

    // A killed and restarted app still waits.
    let w = open(tmp.path(), &clock);
    clock.advance(10);
    assert_eq!(w.profile().unlock_wait_seconds().unwrap(), 20);
    assert!(matches!(
        w.profile().unlock("2468"),
        Err(Error::Wait { seconds: 20 })
    ));
    let text = w.describe(&Error::Wait { seconds: 20 });
    assert!(text.contains("20"), "{text}");
    clock.advance(20);
    assert!(matches!(w.profile().unlock("0000"), Err(Error::WrongPin)));
    assert!(matches!(
        w.profile().unlock("2468"),
        Err(Error::Wait { seconds: 60 })
    ));
    clock.advance(60);
    w.profile().unlock("2468").unwrap();
    w.profile().lock();
    assert_eq!(w.profile().unlock_wait_seconds().unwrap(), 0);
    assert!(
        matches!(w.profile().unlock("0000"), Err(Error::WrongPin)),
        "the count starts over"
    );
}

#[test]
fn erase_after_n_wrong_pins_is_off_by_default_and_works_when_chosen() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = Arc::new(TestClock::default());
    let w = open(tmp.path(), &clock);
    w.profile().set_up("2468", "2468").unwrap();
    assert_eq!(w.safety().screen().unwrap().wipe_after, None);
    assert!(matches!(
        w.safety().set_wipe_after(Some(1)),
        Err(Error::WipePolicyRange { .. })
    ));
    w.safety().set_wipe_after(Some(3)).unwrap();
    w.profile().lock();
    assert!(matches!(w.profile().unlock("0000"), Err(Error::WrongPin)));
    assert!(matches!(w.profile().unlock("0001"), Err(Error::WrongPin)));
    assert_eq!(w.profile().state().unwrap(), ProfileState::Locked);
    assert!(matches!(w.profile().unlock("0002"), Err(Error::WrongPin)));
    assert_eq!(w.profile().state().unwrap(), ProfileState::New);
}

#[test]
fn quick_exit_and_the_calculator_disguise() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = Arc::new(TestClock::default());
    let w = open(tmp.path(), &clock);
    w.profile().set_up("2468", "2468").unwrap();
    assert_eq!(w.safety().quick_exit(), QuickExit::LeaveApp);
    assert_eq!(w.profile().state().unwrap(), ProfileState::Locked);
    w.profile().unlock("2468").unwrap();
    w.safety().set_disguise(Disguise::Calculator).unwrap();
    let info = w.safety().disguise().unwrap();
    assert_eq!(info.launcher_name, "Calculator");
    assert!(!info.notification_body.contains("Waymark"));
    let QuickExit::Calculator(calc) = w.safety().quick_exit() else {
        panic!("calculator")
    };
    assert_eq!(calc.display, "0");
    assert!(matches!(
        w.profile().screen().unwrap(),
        Screen::Calculator(_)
    ));

    let press = |keys: &[CalcKey]| {
        keys.iter()
            .map(|k| w.safety().calculator_press(*k).unwrap())
            .last()
    };
    press(&[
        CalcKey::Digit(1),
        CalcKey::Add,
        CalcKey::Digit(2),
        CalcKey::Equals,
    ]);
    assert_eq!(w.safety().calculator_screen().display, "3");
    assert_eq!(w.profile().state().unwrap(), ProfileState::Locked);
    // A wrong PIN just shows the number, as a calculator would.
    press(&[
        CalcKey::Digit(1),
        CalcKey::Digit(1),
        CalcKey::Digit(1),
        CalcKey::Digit(1),
        CalcKey::Equals,
    ]);
    assert_eq!(w.safety().calculator_screen().display, "1111");
    assert_eq!(w.profile().state().unwrap(), ProfileState::Locked);
    let unlocked = press(&[
        CalcKey::Digit(2),
        CalcKey::Digit(4),
        CalcKey::Digit(6),
        CalcKey::Digit(8),
        CalcKey::Equals,
    ]);
    assert_eq!(unlocked, Some(true));
    assert_eq!(w.profile().state().unwrap(), ProfileState::Unlocked);
    assert_eq!(
        w.safety().calculator_screen().display,
        "0",
        "nothing typed is kept"
    );
}

/// Types `keys` on the calculator (`0-9 + - * / =`); the last answer.
fn calc(w: &Waymark, keys: &str) -> bool {
    let mut unlocked = false;
    for k in keys.chars() {
        let key = match k {
            '0'..='9' => CalcKey::Digit(k as u8 - b'0'),
            '+' => CalcKey::Add,
            '-' => CalcKey::Subtract,
            '*' => CalcKey::Multiply,
            '/' => CalcKey::Divide,
            '=' => CalcKey::Equals,
            _ => unreachable!(),
        };
        unlocked = w.safety().calculator_press(key).unwrap();
    }
    unlocked
}

#[test]
fn ordinary_calculator_use_never_erases_or_locks_out() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = Arc::new(TestClock::default());
    let w = open(tmp.path(), &clock);
    w.profile().set_up("246813", "246813").unwrap();
    w.safety().set_disguise(Disguise::Calculator).unwrap();
    w.safety().set_wipe_after(Some(3)).unwrap();
    w.profile().lock();

    // The sums from the report, and many more: never erase, never count.
    for _ in 0..20 {
        for sum in ["1200=", "5000=", "2500=", "12+30=", "7*8=", "99999999="] {
            assert!(!calc(&w, sum));
        }
    }
    assert_eq!(w.safety().calculator_screen().display, "99999999");
    assert_eq!(
        w.profile().state().unwrap(),
        ProfileState::Locked,
        "nothing erased"
    );
    assert_eq!(w.profile().unlock_wait_seconds().unwrap(), 0);
    assert!(calc(&w, "246813="), "the real PIN still opens at once");
    w.profile().lock();

    // Entries as long as the PIN are attempts, but never erase and never
    // slow the PIN screen; the calculator keeps calculating.
    for i in 0..waymark_core::guard::CALCULATOR_FREE_ATTEMPTS {
        assert!(!calc(&w, &format!("{:06}=", 100_000 + i)));
    }
    assert_eq!(w.profile().state().unwrap(), ProfileState::Locked);
    assert_eq!(
        w.safety().calculator_screen().display,
        "100009",
        "just the number"
    );
    assert_eq!(w.profile().unlock_wait_seconds().unwrap(), 0);
    // Now a delay runs: no entry is tried, not even the right one, and the
    // screen shows nothing but the number.
    assert!(!calc(&w, "246813="));
    assert_eq!(w.safety().calculator_screen().display, "246813");
    assert_eq!(w.profile().state().unwrap(), ProfileState::Locked);
    clock.advance(30);
    assert!(calc(&w, "246813="));
    w.profile().lock();
    // The correct PIN cleared the count: ten fresh tries again.
    assert!(!calc(&w, "111111="));
    assert!(calc(&w, "246813="));
}

#[test]
fn the_calculator_tries_the_duress_pin_by_its_own_length() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = Arc::new(TestClock::default());
    let w = prepared(tmp.path(), &clock, false);
    w.profile().unlock("2468").unwrap();
    w.profile()
        .change_pin("2468", "24681357", "24681357")
        .unwrap();
    w.safety().set_disguise(Disguise::Calculator).unwrap();
    w.profile().lock();
    assert!(calc(&w, "1357="), "the 4-digit duress PIN opens the decoy");
    assert!(w.contacts().list().unwrap().is_empty());
    w.profile().lock();
    assert!(calc(&w, "24681357="));
    assert_eq!(w.contacts().list().unwrap().len(), 1);
    w.profile().remove_duress_pin("24681357").unwrap();
    w.profile().lock();
    // Without a duress PIN, 4-digit entries are sums again.
    for _ in 0..20 {
        calc(&w, "1357=");
    }
    assert!(calc(&w, "24681357="));
}

#[test]
fn contacts_are_sealed_validated_and_sos_composes_messages() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = Arc::new(TestClock::default());
    let w = open(tmp.path(), &clock);
    w.profile().set_up("2468", "2468").unwrap();
    assert!(matches!(
        w.contacts().add(contact("A", "0812345678", true)),
        Err(Error::PhoneNeedsCountry)
    ));
    w.profile()
        .update_settings(Settings {
            country: Some("TH".into()),
            display_name: Some("Noi".into()),
            locale: Some("th".into()),
        })
        .unwrap();
    let a = w
        .contacts()
        .add(contact("Aunt Phonmarker", "081-234-5678", true))
        .unwrap();
    assert_eq!(a.phone, "+66812345678");
    let b = w
        .contacts()
        .add(contact("Boss", "+95 9 123 4567", false))
        .unwrap();
    assert!(matches!(
        w.contacts().add(contact("", "0812345678", true)),
        Err(Error::ContactNameEmpty)
    ));
    assert!(matches!(
        w.contacts().add(contact("X", "hello", true)),
        Err(Error::PhoneInvalid)
    ));
    assert_eq!(w.contacts().list().unwrap().len(), 2);
    let mut edited = contact("Boss", "+95 9 123 4567", false);
    edited.relation = Some("employer".into());
    w.contacts().update(b.id, edited).unwrap();
    assert!(matches!(
        w.contacts().update(42, contact("Z", "1300", false)),
        Err(Error::ContactNotFound)
    ));

    let plan = w
        .sos()
        .practice(Some(Location {
            latitude: 13.7563,
            longitude: 100.5018,
            accuracy_m: Some(25.0),
        }))
        .unwrap();
    assert!(plan.practice && plan.practice_notice.is_some());
    assert_eq!(plan.stage, SosStage::Practice, "practice is one step");
    assert_eq!(plan.confirm_label, None);
    assert_eq!(plan.messages.len(), 1, "only trusted contacts");
    let sms = &plan.messages[0];
    assert_eq!(sms.recipient, "+66812345678");
    assert!(
        sms.body.contains("Noi")
            && sms.body.contains("13.75630")
            && sms.body.contains("openstreetmap")
    );
    assert!(
        sms.body
            .chars()
            .any(|c| ('\u{0E00}'..='\u{0E7F}').contains(&c)),
        "Thai text"
    );
    assert!(
        plan.warning
            .chars()
            .any(|c| ('\u{0E00}'..='\u{0E7F}').contains(&c))
    );
    assert!(matches!(
        w.sos().review(Some(Location {
            latitude: 99.0,
            longitude: 0.0,
            accuracy_m: None
        })),
        Err(Error::InvalidInput { .. })
    ));
    assert_eq!(w.sos().history().unwrap().len(), 1);
    w.contacts().remove(a.id).unwrap();
    assert!(matches!(
        w.contacts().remove(a.id),
        Err(Error::ContactNotFound)
    ));
    drop(w);
    for file in all_files(tmp.path()) {
        let bytes = std::fs::read(&file).unwrap();
        for needle in [&b"Phonmarker"[..], b"employer", b"+95912"] {
            assert!(!contains(&bytes, needle), "plaintext in {}", file.display());
        }
    }
}

#[test]
fn a_real_sos_needs_a_review_and_an_explicit_confirm() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = Arc::new(TestClock::default());
    let w = open(tmp.path(), &clock);
    w.profile().set_up("2468", "2468").unwrap();
    w.profile()
        .update_settings(Settings {
            country: Some("TH".into()),
            ..Settings::default()
        })
        .unwrap();
    w.contacts()
        .add(contact("Aunt", "081-234-5678", true))
        .unwrap();
    w.contacts()
        .add(contact("Boss", "+95 9 123 4567", false))
        .unwrap();
    w.contacts()
        .add(contact("Brother", "089 999 0000", true))
        .unwrap();

    // Nothing to confirm before a review.
    assert!(matches!(w.sos().confirm(), Err(Error::NotFound)));
    let review = w.sos().review(None).unwrap();
    assert_eq!(review.stage, SosStage::Review);
    assert!(!review.practice);
    assert_eq!(review.confirm_label.as_deref(), Some("Send SOS now"));
    assert_eq!(review.cancel_label.as_deref(), Some("Do not send"));
    let to: Vec<&str> = review
        .messages
        .iter()
        .map(|m| m.to_label.as_str())
        .collect();
    assert_eq!(to, ["To Aunt (+66812345678)", "To Brother (+66899990000)"]);
    assert!(
        w.sos().history().unwrap().is_empty(),
        "a review records nothing"
    );

    // Cancelled, or forgotten by a lock: there is nothing to confirm.
    w.sos().cancel();
    assert!(matches!(w.sos().confirm(), Err(Error::NotFound)));
    w.sos().review(None).unwrap();
    w.profile().lock();
    w.profile().unlock("2468").unwrap();
    assert!(matches!(w.sos().confirm(), Err(Error::NotFound)));
    assert!(w.sos().history().unwrap().is_empty());

    let review = w.sos().review(None).unwrap();
    let sent = w.sos().confirm().unwrap();
    assert_eq!(sent.stage, SosStage::Sent);
    assert_eq!(sent.confirm_label, None);
    assert_eq!(
        sent.summary,
        "SOS sent to 2 trusted people. This is what each of them got:"
    );
    assert_eq!(sent.messages, review.messages, "exactly what was reviewed");
    let history = w.sos().history().unwrap();
    assert_eq!(history.len(), 1);
    assert!(!history[0].practice && history[0].recipients == 2);
    // One confirm sends once.
    assert!(matches!(w.sos().confirm(), Err(Error::NotFound)));
    assert_eq!(w.sos().history().unwrap().len(), 1);
}

#[test]
fn locked_profiles_refuse_personal_actions() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = Arc::new(TestClock::default());
    let w = prepared(tmp.path(), &clock, false);
    assert!(matches!(w.contacts().list(), Err(Error::Locked)));
    assert!(matches!(w.sos().practice(None), Err(Error::Locked)));
    assert!(matches!(w.sos().review(None), Err(Error::Locked)));
    assert!(matches!(w.sos().confirm(), Err(Error::Locked)));
    assert!(matches!(
        w.safety().set_disguise(Disguise::Notes),
        Err(Error::Locked)
    ));
    assert!(matches!(w.safety().screen(), Err(Error::Locked)));
    // The traces checklist needs no PIN.
    assert_eq!(w.safety().traces_screen().items.len(), 7);
}

#[test]
fn the_location_is_added_at_review_only_when_the_person_asks_and_the_sos_goes_without_it() {
    let tmp = tempfile::tempdir().unwrap();
    let clock = Arc::new(TestClock::default());
    let w = open(tmp.path(), &clock);
    w.profile().set_up("2468", "2468").unwrap();
    w.contacts()
        .add(contact("Aunt", "+66812345678", true))
        .unwrap();
    let here = Location {
        latitude: 13.7563,
        longitude: 100.5018,
        accuracy_m: Some(25.0),
    };

    // Nothing to add a position to before a review.
    assert!(matches!(
        w.sos().add_location(Some(here)),
        Err(Error::NotFound)
    ));
    let review = w.sos().review(None).unwrap();
    assert!(!review.with_location && review.location_note.is_none());
    assert_eq!(
        review.add_location_label.as_deref(),
        Some("Include my location")
    );
    assert!(review.add_location_explain.is_some());
    assert!(!review.messages[0].body.contains("openstreetmap"));

    // Refused or unknown: said so, nothing more offered, the SOS still goes.
    let without = w.sos().add_location(None).unwrap();
    assert_eq!(without.stage, SosStage::Review);
    assert!(!without.with_location && without.add_location_label.is_none());
    assert!(
        without
            .location_note
            .as_deref()
            .is_some_and(|n| n.contains("works without it"))
    );
    assert_eq!(without.messages, review.messages);
    let sent = w.sos().confirm().unwrap();
    assert_eq!(sent.messages, review.messages);
    assert!(!w.sos().history().unwrap()[0].with_location);

    // Granted: the texts are composed again with the position, and the
    // history records that it went.
    clock.advance(60);
    w.sos().review(None).unwrap();
    let with = w.sos().add_location(Some(here)).unwrap();
    assert!(with.with_location && with.add_location_label.is_none());
    assert!(with.messages[0].body.contains("13.75630"));
    assert_eq!(
        with.location_note.as_deref(),
        Some("Your location is included in the message.")
    );
    let sent = w.sos().confirm().unwrap();
    assert_eq!(sent.messages, with.messages, "exactly what was reviewed");
    assert!(sent.with_location && sent.add_location_label.is_none());
    assert!(w.sos().history().unwrap()[0].with_location);

    // A position out of range is refused and the review stays as it was.
    clock.advance(60);
    w.sos().review(None).unwrap();
    let bad = Location {
        latitude: 99.0,
        longitude: 0.0,
        accuracy_m: None,
    };
    assert!(matches!(
        w.sos().add_location(Some(bad)),
        Err(Error::InvalidInput { .. })
    ));
    assert!(!w.sos().confirm().unwrap().with_location);
}
