//! Public content end to end: lessons and quizzes, checklists, the job-offer
//! check, the verified directory and search, in every locale.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::path::Path;
use std::sync::Arc;

use waymark_core::content::redflags::Answer;
use waymark_core::content::search::ResultKind;
use waymark_core::vault::{FileSecret, KdfParams, KdfPolicy};
use waymark_core::{Config, Error, Localizer, Waymark, l10n};

fn open(dir: &Path, locale: &str) -> Waymark {
    let mut config = Config::new(dir, Arc::new(FileSecret::in_dir(dir)));
    config.kdf = KdfPolicy::Fixed(KdfParams {
        m_kib: 1024,
        t: 1,
        p: 1,
    });
    config.device_locales = vec![locale.to_string()];
    Waymark::open(config).unwrap()
}

fn script_range(tag: &str) -> Option<(char, char)> {
    match tag {
        "th" => Some(('\u{0E00}', '\u{0E7F}')),
        "lo" => Some(('\u{0E80}', '\u{0EFF}')),
        "km" => Some(('\u{1780}', '\u{17FF}')),
        "my" => Some(('\u{1000}', '\u{109F}')),
        _ => None,
    }
}

#[test]
fn every_locale_has_eight_lessons_with_quizzes_in_its_own_language() {
    let tmp = tempfile::tempdir().unwrap();
    let english = open(tmp.path(), "en").lessons_screen();
    assert_eq!(english.lessons.len(), 8);
    for info in l10n::available() {
        let w = open(tmp.path(), &info.tag);
        let list = w.lessons_screen();
        assert_eq!(list.lessons.len(), 8, "{}", info.tag);
        for (lesson, en) in list.lessons.iter().zip(&english.lessons) {
            let screen = w.lesson_screen(&lesson.id).unwrap();
            assert_eq!(screen.sections.len(), 3);
            if info.tag != "en" {
                assert_ne!(lesson.title, en.title, "{} {}", info.tag, lesson.id);
            }
            if let Some((lo, hi)) = script_range(&info.tag) {
                assert!(
                    screen.sections[0]
                        .body
                        .chars()
                        .any(|c| (lo..=hi).contains(&c)),
                    "{}",
                    info.tag
                );
            }
            let q = w.quiz_question(&lesson.id, None).unwrap();
            assert!(q.total >= 5 && q.options.len() >= 3);
            assert!(q.feedback.is_none());
        }
    }
}

#[test]
fn quiz_answers_are_kept_sealed_and_survive_a_restart() {
    let tmp = tempfile::tempdir().unwrap();
    let w = open(tmp.path(), "vi");
    w.set_up("2468", "2468").unwrap();
    let lesson = "debt-and-fees";
    let first = w.quiz_question(lesson, None).unwrap();
    let mut correct = 0;
    let mut qid = Some(first.question_id.clone());
    while let Some(id) = qid {
        let q = w.quiz_question(lesson, Some(&id)).unwrap();
        // Answer the first option each time: some right, some wrong.
        let screen = w.answer_quiz(lesson, &id, &q.options[0].id).unwrap();
        let fb = screen.feedback.unwrap();
        assert!(!fb.explanation.is_empty() && !fb.verdict.is_empty());
        if fb.correct {
            correct += 1;
        }
        qid = screen.next_question;
    }
    assert_eq!(w.quiz_result(lesson).unwrap().correct, correct);
    assert!(matches!(
        w.answer_quiz(lesson, "q1", "z"),
        Err(Error::NotFound)
    ));
    assert!(matches!(
        w.answer_quiz("no-such-lesson", "q1", "a"),
        Err(Error::NotFound)
    ));
    w.lock();
    // Locked: progress is not shown.
    assert_eq!(w.quiz_result(lesson).unwrap().correct, 0);
    drop(w);
    let again = open(tmp.path(), "vi");
    again.unlock("2468").unwrap();
    assert_eq!(again.quiz_result(lesson).unwrap().correct, correct);
    assert!(
        again
            .lessons_screen()
            .lessons
            .iter()
            .any(|l| l.id == lesson && l.completed)
    );
    again.reset_quiz(lesson).unwrap();
    assert_eq!(again.quiz_result(lesson).unwrap().correct, 0);
}

#[test]
fn checklists_follow_the_route_and_ticks_persist() {
    let tmp = tempfile::tempdir().unwrap();
    let w = open(tmp.path(), "id");
    w.set_up("2468", "2468").unwrap();
    let items = |w: &Waymark| -> Vec<String> {
        w.checklist_screen()
            .stages
            .iter()
            .flat_map(|s| s.items.iter().map(|i| i.id.clone()))
            .collect()
    };
    let general = items(&w);
    let screen = w.set_route(Some("id-my")).unwrap();
    assert!(screen.routes.iter().any(|r| r.id == "id-my" && r.selected));
    let for_indonesia = items(&w);
    assert!(for_indonesia.len() > general.len());
    assert!(for_indonesia.iter().any(|i| i == "id-siskop2mi"));
    w.set_route(Some("kh-th")).unwrap();
    assert!(!items(&w).iter().any(|i| i == "id-siskop2mi"));
    assert!(matches!(w.set_route(Some("xx-yy")), Err(Error::NotFound)));
    let first = general[0].clone();
    let after = w.check_item(&first, true).unwrap();
    assert!(
        after
            .stages
            .iter()
            .flat_map(|s| &s.items)
            .any(|i| i.id == first && i.checked)
    );
    assert!(matches!(w.check_item("nope", true), Err(Error::NotFound)));
    w.lock();
    w.unlock("2468").unwrap();
    let s = w.checklist_screen();
    assert!(s.routes.iter().any(|r| r.id == "kh-th" && r.selected));
    assert!(
        s.stages
            .iter()
            .flat_map(|s| &s.items)
            .any(|i| i.id == first && i.checked)
    );
}

#[test]
fn the_job_offer_check_names_reasons_levels_and_hotlines() {
    let tmp = tempfile::tempdir().unwrap();
    let w = open(tmp.path(), "my");
    let screen = w.redflags_screen();
    assert!(screen.questions.len() >= 10);
    let all = |a: Answer| -> Vec<(String, Answer)> {
        screen.questions.iter().map(|q| (q.id.clone(), a)).collect()
    };
    let clean = w.check_job_offer(&all(Answer::No), Some("TH")).unwrap();
    assert_eq!(clean.level, "low");
    assert!(clean.reasons.is_empty());
    let mut answers = all(Answer::No);
    answers[0].1 = Answer::Yes;
    answers[4].1 = Answer::Yes;
    let risky = w.check_job_offer(&answers, Some("TH")).unwrap();
    assert_eq!(risky.reasons.len(), 2);
    assert_ne!(risky.level, "low");
    assert!(
        risky
            .reasons
            .iter()
            .all(|r| !r.text.is_empty() && !r.indicator_label.is_empty())
    );
    assert!(!risky.hotlines.is_empty());
    assert!(risky.hotlines.iter().all(|h| h.country == "TH"));
    assert!(risky.hotlines[0].actions[0].uri.starts_with("tel:"));
    let everything = w.check_job_offer(&all(Answer::Yes), None).unwrap();
    assert_eq!(everything.level, "high");
    assert!(matches!(
        w.check_job_offer(&answers[1..], None),
        Err(Error::Unanswered)
    ));
    let unknown = vec![("made-up".to_string(), Answer::Yes)];
    assert!(matches!(
        w.check_job_offer(&unknown, None),
        Err(Error::NotFound)
    ));
}

#[test]
fn the_directory_shows_only_checked_entries_with_sources_and_actions() {
    let tmp = tempfile::tempdir().unwrap();
    let w = open(tmp.path(), "km");
    let all = w.directory_screen(None, None, None);
    assert!(all.entries.len() >= 20);
    for e in &all.entries {
        assert!(
            e.checked_label.chars().any(|c| c.is_ascii_digit()),
            "{}",
            e.id
        );
        assert!(!e.source_url.is_empty());
        for a in &e.actions {
            assert!(
                a.uri.starts_with("tel:")
                    || a.uri.starts_with("sms:")
                    || a.uri.starts_with("https://wa.me/")
            );
        }
    }
    let thailand = w.directory_screen(Some("TH"), None, None);
    assert!(!thailand.entries.is_empty() && thailand.entries.iter().all(|e| e.country == "TH"));
    assert!(
        thailand
            .countries
            .iter()
            .any(|c| c.id == "TH" && c.selected)
    );
    let trafficking = w.directory_screen(None, None, Some("trafficking"));
    assert!(!trafficking.entries.is_empty() && trafficking.entries.len() < all.entries.len());
    let none = w.directory_screen(Some("TH"), Some("am"), Some("children"));
    assert!(none.entries.is_empty() && none.empty_text.is_some());
}

/// Letters from the middle of the longest unbroken run of a localized
/// sentence: for Thai, Lao, Khmer and Burmese that run holds several words
/// written without spaces, so the needle sits inside a sentence.
fn inner_word(text: &str, len: usize) -> String {
    let run = text
        .split_whitespace()
        .max_by_key(|t| t.chars().count())
        .unwrap_or("");
    let chars: Vec<char> = run.chars().collect();
    let start = chars.len().saturating_sub(len) / 2;
    chars[start..(start + len).min(chars.len())]
        .iter()
        .collect()
}

#[test]
fn search_finds_words_inside_sentences_in_every_script() {
    let tmp = tempfile::tempdir().unwrap();
    for tag in ["th", "lo", "km", "my", "vi", "en"] {
        let w = open(tmp.path(), tag);
        let lesson = w.lesson_screen("documents-and-phone").unwrap();
        let needle = inner_word(&lesson.sections[1].body, 4);
        let screen = w.search(&needle);
        assert!(
            screen
                .results
                .iter()
                .any(|r| r.kind == ResultKind::Lesson && r.id == "documents-and-phone"),
            "{tag}: `{needle}` not found"
        );
        assert!(screen.count_label.is_some());
    }
    let w = open(tmp.path(), "en");
    assert!(w.search("zzzzqqq").empty_text.is_some());
    assert!(w.search("").results.is_empty());
    assert!(w.search(&"x".repeat(100_000)).results.is_empty());
    let hotline = w.search("1300");
    assert!(
        hotline
            .results
            .iter()
            .any(|r| r.kind == ResultKind::Directory)
    );
}

#[test]
fn zawgyi_queries_are_converted_before_searching() {
    let tmp = tempfile::tempdir().unwrap();
    let w = open(tmp.path(), "my");
    // A Zawgyi string the detector is sure about, and its Unicode form.
    let zawgyi = "ဘဂၤလားေဒရွ္႕";
    let unicode = waymark_core::text::zawgyi::convert(zawgyi);
    assert_ne!(zawgyi, unicode);
    let forms = waymark_core::text::input_forms(zawgyi);
    assert!(forms.contains(&waymark_core::text::normalize(&unicode)));
    // The Zawgyi form finds whatever the Unicode form finds.
    let by_unicode: Vec<String> = w
        .search(&unicode)
        .results
        .into_iter()
        .map(|r| r.id)
        .collect();
    let by_zawgyi: Vec<String> = w.search(zawgyi).results.into_iter().map(|r| r.id).collect();
    for id in &by_unicode {
        assert!(by_zawgyi.contains(id));
    }
    // Short Unicode input the detector may be unsure about is still found.
    let lesson = w.lesson_screen("documents-and-phone").unwrap();
    let needle = inner_word(&lesson.sections[1].body, 4);
    assert!(
        w.search(&needle)
            .results
            .iter()
            .any(|r| r.id == "documents-and-phone"),
        "{needle}"
    );
}

/// The embedded content with one lesson's JSON changed by `edit`.
fn lint_with_lesson(id: &str, edit: impl Fn(&mut serde_json::Value)) -> Vec<String> {
    let mut files = waymark_core::content::pack::embedded_files();
    let path = format!("lessons/{id}.json");
    let (_, text) = files.content.iter_mut().find(|(p, _)| *p == path).unwrap();
    let mut json: serde_json::Value = serde_json::from_str(text).unwrap();
    edit(&mut json);
    *text = json.to_string();
    waymark_core::content::lint::lint(&files.content, &files.manifest, &files.locales, None)
}

#[test]
fn every_lesson_has_teacher_material_and_the_lint_enforces_it() {
    assert_eq!(
        lint_with_lesson("getting-help", |_| {}),
        Vec::<String>::new()
    );
    let without = |field: &'static str| {
        lint_with_lesson("getting-help", move |j| {
            j.as_object_mut().unwrap().remove(field);
        })
    };
    assert!(
        without("objectives").contains(&"lesson `getting-help` has no learning objectives".into())
    );
    assert!(without("age_band").contains(&"lesson `getting-help` has no age band".into()));
    assert!(
        without("discussion")
            .contains(&"lesson `getting-help` needs at least 2 discussion questions".into())
    );
    let one_question = lint_with_lesson("getting-help", |j| {
        j["discussion"] = serde_json::json!(["fear"]);
    });
    assert!(
        one_question
            .contains(&"lesson `getting-help` needs at least 2 discussion questions".into())
    );
    let backwards = lint_with_lesson("getting-help", |j| {
        j["age_band"] = serde_json::json!({"min": 18, "max": 13});
    });
    assert!(backwards.contains(&"lesson `getting-help` has a bad age band".into()));
    // A new objective with no text is a missing message in every locale.
    let untranslated = lint_with_lesson("getting-help", |j| {
        j["objectives"].as_array_mut().unwrap().push("new".into());
    });
    assert!(
        untranslated
            .iter()
            .any(|p| p.contains("lesson-getting-help-objective-new")),
        "{untranslated:?}"
    );
}

#[test]
fn the_lesson_screen_has_a_localized_teacher_section() {
    let tmp = tempfile::tempdir().unwrap();
    let en = open(tmp.path(), "en");
    let s = en.lesson_screen("online-grooming").unwrap();
    assert_eq!(s.teacher.title, "For teachers");
    assert_eq!(s.teacher.age_band_label, "Age 12–18");
    assert_eq!((s.teacher.age_min, s.teacher.age_max), (12, Some(18)));
    let open_band = en.lesson_screen("what-is-trafficking").unwrap().teacher;
    assert_eq!(open_band.age_band_label, "Age 12 and over");
    assert_eq!(open_band.age_max, None);
    assert!(!s.teacher.objectives.is_empty() && s.teacher.discussion.len() >= 2);
    assert!(
        s.teacher.disclosure.contains("secret"),
        "{}",
        s.teacher.disclosure
    );
    let th = open(tmp.path(), "th")
        .lesson_screen("online-grooming")
        .unwrap();
    assert_ne!(th.teacher.title, s.teacher.title);
    assert!(th.teacher.age_band_label.contains("12"));
    assert_ne!(th.teacher.notes, s.teacher.notes);
    let list = en.lessons_screen();
    assert!(
        list.lessons
            .iter()
            .all(|l| l.age_band_label.starts_with("Age "))
    );
}

#[test]
fn the_content_catalog_is_complete_in_every_locale() {
    let catalog = waymark_core::content::embedded_catalog().unwrap();
    assert!(catalog.problems().is_empty(), "{:?}", catalog.problems());
    for info in l10n::available() {
        let l = Localizer::for_preferences(std::slice::from_ref(&info.tag));
        for id in catalog.message_ids() {
            assert!(l.has_message_in_active(&id), "{} lacks {id}", info.tag);
        }
    }
}

mod packs {
    use super::*;
    use waymark_core::content::pack::{self, PackProblem};

    fn dev_key() -> (Vec<u8>, Vec<u8>) {
        let private = pack::from_hex(include_str!("../../keys/dev-publisher.pk8.hex")).unwrap();
        let public = pack::from_hex(include_str!("../../keys/dev-publisher.pub.hex")).unwrap();
        (private, public)
    }

    fn signed(files: &pack::PackFiles, version: u64) -> Vec<u8> {
        let (private, public) = dev_key();
        pack::sign(&pack::build(files, version, &public).unwrap(), &private).unwrap()
    }

    /// The embedded content with one English lesson title changed.
    fn edited(title: &str) -> pack::PackFiles {
        let mut files = pack::embedded_files();
        for (name, src) in files.locales.get_mut("en").unwrap() {
            if name == "lessons-1.ftl" {
                *src = src
                    .lines()
                    .map(|l| {
                        if l.starts_with("lesson-what-is-trafficking-title =") {
                            format!("lesson-what-is-trafficking-title = {title}")
                        } else {
                            l.to_string()
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("\n");
            }
        }
        files
    }

    #[test]
    fn a_newer_signed_pack_installs_atomically_and_survives_a_restart() {
        let tmp = tempfile::tempdir().unwrap();
        let w = open(tmp.path(), "en");
        let base = w.content_status();
        assert!(!base.installed);
        let next = base.version + 1;
        let status = w
            .install_pack(&signed(&edited("Trafficking explained"), next))
            .unwrap();
        assert_eq!((status.version, status.installed), (next, true));
        assert_eq!(
            w.lesson_screen("what-is-trafficking").unwrap().title,
            "Trafficking explained"
        );
        assert!(
            w.search("explained")
                .results
                .iter()
                .any(|r| r.id == "what-is-trafficking")
        );
        assert!(!tmp.path().join("content.pack.tmp").exists());
        drop(w);
        let again = open(tmp.path(), "en");
        assert_eq!(again.content_status().version, next);
        assert_eq!(
            again.lesson_screen("what-is-trafficking").unwrap().title,
            "Trafficking explained"
        );
    }

    #[test]
    fn bad_packs_are_refused_and_change_nothing() {
        let tmp = tempfile::tempdir().unwrap();
        let w = open(tmp.path(), "th");
        let before = w.content_status();
        let title = w.lesson_screen("what-is-trafficking").unwrap().title;
        let good = signed(&edited("Changed"), before.version + 1);

        let mut tampered = good.clone();
        let i = tampered.len() / 2;
        tampered[i] ^= 1;
        assert!(matches!(
            w.install_pack(&tampered),
            Err(Error::Pack(PackProblem::BadSignature))
        ));

        let (other_private, other_public) = pack::generate_key().unwrap();
        let foreign = pack::sign(
            &pack::build(&pack::embedded_files(), before.version + 1, &other_public).unwrap(),
            &other_private,
        )
        .unwrap();
        assert!(matches!(
            w.install_pack(&foreign),
            Err(Error::Pack(PackProblem::Untrusted))
        ));

        let unsigned =
            pack::build(&pack::embedded_files(), before.version + 1, &dev_key().1).unwrap();
        assert!(matches!(
            w.install_pack(&unsigned),
            Err(Error::Pack(PackProblem::Malformed))
        ));
        assert!(matches!(
            w.install_pack(b""),
            Err(Error::Pack(PackProblem::Malformed))
        ));
        assert!(matches!(
            w.install_pack(&[0u8; 100_000]),
            Err(Error::Pack(PackProblem::Malformed))
        ));

        let old = signed(&pack::embedded_files(), before.version);
        assert!(matches!(
            w.install_pack(&old),
            Err(Error::Pack(PackProblem::NotNewer { .. }))
        ));

        let mut broken = pack::embedded_files();
        broken
            .locales
            .get_mut("th")
            .unwrap()
            .retain(|(f, _)| f != "redflags.ftl");
        let broken = signed(&broken, before.version + 1);
        assert!(matches!(
            w.install_pack(&broken),
            Err(Error::Pack(PackProblem::Invalid))
        ));

        // The person is told in their language, and nothing moved.
        let msg = w.describe(&Error::Pack(PackProblem::BadSignature));
        assert!(msg.chars().any(|c| ('\u{0E00}'..='\u{0E7F}').contains(&c)));
        assert_eq!(w.content_status(), before);
        assert_eq!(w.lesson_screen("what-is-trafficking").unwrap().title, title);
        assert!(!tmp.path().join(pack::INSTALLED_FILE).exists());

        // A newer one still installs; after that an equal version is refused.
        w.install_pack(&good).unwrap();
        assert!(matches!(
            w.install_pack(&good),
            Err(Error::Pack(PackProblem::NotNewer { .. }))
        ));
    }

    #[test]
    fn a_damaged_installed_pack_falls_back_to_the_built_in_content() {
        let tmp = tempfile::tempdir().unwrap();
        let w = open(tmp.path(), "en");
        let base = w.content_status().version;
        w.install_pack(&signed(&edited("Changed"), base + 1))
            .unwrap();
        drop(w);
        let path = tmp.path().join(pack::INSTALLED_FILE);
        let mut bytes = std::fs::read(&path).unwrap();
        bytes[100] ^= 0xff;
        std::fs::write(&path, bytes).unwrap();
        let w = open(tmp.path(), "en");
        assert_eq!(w.content_status().version, base);
        assert_ne!(
            w.lesson_screen("what-is-trafficking").unwrap().title,
            "Changed"
        );
    }
}

#[test]
fn burmese_text_is_unicode_not_zawgyi() {
    let catalog = waymark_core::content::embedded_catalog().unwrap();
    let my = Localizer::for_preferences(&["my".to_string()]);
    let mut checked = 0;
    for id in catalog.message_ids() {
        let text = my.message(&id);
        let p = waymark_core::text::zawgyi::zawgyi_probability(&text);
        // The app's own threshold: nothing shipped would be "converted".
        assert!(
            p <= waymark_core::text::zawgyi::ZAWGYI_THRESHOLD || p.is_nan(),
            "`{id}` looks like Zawgyi ({p}): {text}"
        );
        checked += 1;
    }
    assert!(checked > 400);
}
