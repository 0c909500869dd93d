//! Hostile input for the engine's parsers and entry points: random bytes as
//! packs, damaged content files, absurd strings through the facade. Every
//! case must end in a typed error or a harmless result, never a panic.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use waymark_core::content::pack::{self, PackProblem};
use waymark_core::{ContactInput, Error, Settings, Waymark, l10n};
use waymark_testkit::profile::Profile;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn text(&mut self, n: usize) -> String {
        // Mixed scripts, controls, combining marks and surrogate-free noise.
        let pools = [
            'a',
            'ก',
            'ေ',
            '္',
            'ក',
            'ລ',
            '\u{200B}',
            '\u{0}',
            '\u{1F600}',
            '\n',
            '{',
            '$',
            '\\',
        ];
        (0..n)
            .map(|_| pools[(self.next() % pools.len() as u64) as usize])
            .collect()
    }
}

fn open(dir: &std::path::Path) -> Waymark {
    Profile::new(dir).open()
}

#[test]
fn random_packs_are_refused_as_malformed_or_untrusted() {
    let tmp = tempfile::tempdir().unwrap();
    let w = open(tmp.path());
    let before = w.content().status();
    let mut rng = Rng(0x1234_5678_9abc_def1);
    for i in 0..300 {
        let len = (rng.next() % 2_000) as usize;
        let mut bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        if i % 2 == 0 && bytes.len() > 7 {
            bytes[..6].copy_from_slice(b"WMPACK");
            bytes[6] = 1;
        }
        match w.content().install_pack(&bytes) {
            Err(Error::Pack(PackProblem::Malformed | PackProblem::Untrusted)) => {}
            other => panic!("random bytes gave {other:?}"),
        }
    }
    assert_eq!(w.content().status(), before);
}

#[test]
fn damaged_content_files_are_reported_not_panicked() {
    let files = pack::embedded_files();
    for (i, (path, _)) in files.content.iter().enumerate() {
        let mut broken: Vec<(String, String)> = files.content.clone();
        broken[i].1 = "{ not json".into();
        let problems =
            waymark_core::content::lint::lint(&broken, &files.manifest, &files.locales, None);
        assert!(
            problems.iter().any(|p| p.contains(path.as_str())),
            "{path}: {problems:?}"
        );
    }
    let mut no_manifest = files.clone();
    no_manifest.manifest = "[]".into();
    assert!(
        !waymark_core::content::lint::lint(
            &no_manifest.content,
            &no_manifest.manifest,
            &no_manifest.locales,
            None
        )
        .is_empty()
    );
}

#[test]
fn absurd_strings_through_the_facade_get_typed_errors() {
    let tmp = tempfile::tempdir().unwrap();
    let w = open(tmp.path());
    w.profile().set_up("2468", "2468").unwrap();
    let mut rng = Rng(42);
    for n in [0usize, 1, 7, 65, 501, 10_000] {
        let s = rng.text(n);
        let _ = w.content().search(&s);
        let _ = w.content().lesson_screen(&s);
        let _ = w.content().quiz_question(&s, Some(&s));
        let _ = w.content().check_item(&s, true);
        let _ = w.content().set_route(Some(&s));
        let _ = w.content().directory_screen(Some(&s), Some(&s), Some(&s));
        let _ = waymark_core::text::zawgyi::convert(&s);
        let _ = l10n::negotiate(std::slice::from_ref(&s));
        let contact = ContactInput {
            name: s.clone(),
            phone: s.clone(),
            relation: Some(s.clone()),
            note: Some(s.clone()),
            ..ContactInput::default()
        };
        match w.contacts().add(contact) {
            Ok(c) => assert!(c.name.chars().count() <= 64),
            Err(e) => assert_ne!(e.code(), "internal", "{e:?}"),
        }
        let settings = Settings {
            locale: Some(s.clone()),
            display_name: Some(s.clone()),
            country: Some(s.clone()),
        };
        if let Err(e) = w.profile().update_settings(settings) {
            assert_ne!(e.code(), "internal");
        }
        assert!(matches!(
            w.profile().unlock(&s),
            Ok(()) | Err(Error::WrongPin | Error::Wait { .. })
        ));
    }
}
