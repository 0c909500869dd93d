//! Public content end to end: lessons and quizzes, checklists, the job-offer
//! check, the verified directory and search, in every locale.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::path::Path;

use waymark_core::content::redflags::Answer;
use waymark_core::content::search::ResultKind;
use waymark_core::{Error, Localizer, Waymark, l10n};
use waymark_testkit::profile::Profile;

fn open(dir: &Path, locale: &str) -> Waymark {
    Profile::new(dir).locale(locale).open()
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

/// The curriculum a school programme can adopt: at least this many lessons.
const MIN_LESSONS: usize = 14;

#[test]
fn every_locale_has_the_whole_curriculum_with_quizzes_and_teacher_notes_in_its_own_language() {
    let tmp = tempfile::tempdir().unwrap();
    let english = open(tmp.path(), "en");
    let english_list = english.content().lessons_screen();
    assert!(english_list.lessons.len() >= MIN_LESSONS);
    for info in l10n::available() {
        let w = open(tmp.path(), &info.tag);
        let list = w.content().lessons_screen();
        assert_eq!(
            list.lessons.len(),
            english_list.lessons.len(),
            "{}",
            info.tag
        );
        for (lesson, en) in list.lessons.iter().zip(&english_list.lessons) {
            let screen = w.content().lesson_screen(&lesson.id).unwrap();
            let en_screen = english.content().lesson_screen(&lesson.id).unwrap();
            assert!(screen.sections.len() >= 3);
            let t = &screen.teacher;
            assert!(!t.objectives.is_empty(), "{} {}", info.tag, lesson.id);
            assert!(t.discussion.len() >= 2, "{} {}", info.tag, lesson.id);
            assert!(!t.notes.is_empty() && !t.disclosure.is_empty());
            assert!(t.age_min >= 6 && t.age_band_label.contains(&t.age_min.to_string()));
            if info.tag != "en" {
                assert_ne!(lesson.title, en.title, "{} {}", info.tag, lesson.id);
                assert_ne!(
                    t.notes, en_screen.teacher.notes,
                    "{} {}",
                    info.tag, lesson.id
                );
                assert_ne!(t.title, en_screen.teacher.title, "{}", info.tag);
            }
            if let Some((lo, hi)) = script_range(&info.tag) {
                for text in [&screen.sections[0].body, &t.notes, &t.objectives[0]] {
                    assert!(
                        text.chars().any(|c| (lo..=hi).contains(&c)),
                        "{} {}",
                        info.tag,
                        lesson.id
                    );
                }
            }
            let q = w.content().quiz_question(&lesson.id, None).unwrap();
            assert!(q.total >= 5 && q.options.len() >= 3);
            assert!(q.feedback.is_none());
        }
    }
}

#[test]
fn the_new_curriculum_covers_every_topic_of_the_second_edition() {
    let tmp = tempfile::tempdir().unwrap();
    let w = open(tmp.path(), "en");
    let ids: Vec<String> = w
        .content()
        .lessons_screen()
        .lessons
        .into_iter()
        .map(|l| l.id)
        .collect();
    for id in [
        "rights-at-work",
        "smuggling-or-trafficking",
        "forced-marriage",
        "online-grooming",
        "domestic-work-and-fishing",
        "money-abroad",
        "after-harm",
        "crisis-ready",
        "useful-phrases",
    ] {
        assert!(ids.iter().any(|x| x == id), "{id}");
    }
    // Rights at the destination and sexual exploitation deepen existing lessons.
    let rights = w.content().lesson_screen("rights-at-work").unwrap();
    assert!(
        rights
            .sections
            .iter()
            .any(|s| s.title.contains("Deductions"))
    );
    assert!(
        rights
            .sections
            .iter()
            .any(|s| s.body.contains("without papers"))
    );
    let grooming = w.content().lesson_screen("online-grooming").unwrap();
    assert!(
        grooming
            .sections
            .iter()
            .any(|s| s.body.contains("harassment"))
    );
    // The child rule of the Palermo protocol and the non-punishment principle.
    let smuggling = w
        .content()
        .lesson_screen("smuggling-or-trafficking")
        .unwrap();
    assert!(smuggling.sections[2].body.contains("under 18"));
    let harm = w.content().lesson_screen("after-harm").unwrap();
    assert!(
        harm.sections
            .iter()
            .any(|s| s.body.contains("non-punishment"))
    );
}

#[test]
fn quiz_answers_are_kept_sealed_and_survive_a_restart() {
    let tmp = tempfile::tempdir().unwrap();
    let w = open(tmp.path(), "vi");
    w.profile().set_up("2468", "2468").unwrap();
    let lesson = "debt-and-fees";
    let first = w.content().quiz_question(lesson, None).unwrap();
    let mut correct = 0;
    let mut qid = Some(first.question_id.clone());
    while let Some(id) = qid {
        let q = w.content().quiz_question(lesson, Some(&id)).unwrap();
        // Answer the first option each time: some right, some wrong.
        let screen = w
            .content()
            .answer_quiz(lesson, &id, &q.options[0].id)
            .unwrap();
        let fb = screen.feedback.unwrap();
        assert!(!fb.explanation.is_empty() && !fb.verdict.is_empty());
        if fb.correct {
            correct += 1;
        }
        qid = screen.next_question;
    }
    assert_eq!(w.content().quiz_result(lesson).unwrap().correct, correct);
    assert!(matches!(
        w.content().answer_quiz(lesson, "q1", "z"),
        Err(Error::NotFound)
    ));
    assert!(matches!(
        w.content().answer_quiz("no-such-lesson", "q1", "a"),
        Err(Error::NotFound)
    ));
    w.profile().lock();
    // Locked: progress is not shown.
    assert_eq!(w.content().quiz_result(lesson).unwrap().correct, 0);
    drop(w);
    let again = open(tmp.path(), "vi");
    again.profile().unlock("2468").unwrap();
    assert_eq!(
        again.content().quiz_result(lesson).unwrap().correct,
        correct
    );
    assert!(
        again
            .content()
            .lessons_screen()
            .lessons
            .iter()
            .any(|l| l.id == lesson && l.completed)
    );
    again.content().reset_quiz(lesson).unwrap();
    assert_eq!(again.content().quiz_result(lesson).unwrap().correct, 0);
}

#[test]
fn a_wrong_answer_shows_the_right_option_and_why_and_the_result_lists_it() {
    let catalog = waymark_core::content::embedded_catalog().unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let w = open(tmp.path(), "th");
    w.profile().set_up("2468", "2468").unwrap();
    let lesson = catalog.lesson("debt-and-fees").unwrap();
    let (first, second) = (&lesson.quiz[0], &lesson.quiz[1]);
    let wrong = first.options.iter().find(|o| **o != first.answer).unwrap();

    let screen = w
        .content()
        .answer_quiz(&lesson.id, &first.id, wrong)
        .unwrap();
    let fb = screen.feedback.unwrap();
    assert!(!fb.correct);
    let right = fb.right_answer.expect("a wrong answer shows the right one");
    assert_eq!(right.option, first.answer);
    let right_text = &screen
        .options
        .iter()
        .find(|o| o.id == first.answer)
        .unwrap()
        .text;
    assert_eq!(&right.text, right_text);
    assert!(!right.label.is_empty() && !right.explanation.is_empty());
    assert_ne!(
        right.explanation, fb.explanation,
        "why the right one is right"
    );

    let screen = w
        .content()
        .answer_quiz(&lesson.id, &second.id, &second.answer)
        .unwrap();
    let fb = screen.feedback.unwrap();
    assert!(fb.correct && fb.right_answer.is_none());

    let result = w.content().quiz_result(&lesson.id).unwrap();
    assert_eq!(result.review.len(), 1, "only the wrong answer is reviewed");
    let item = &result.review[0];
    assert_eq!(item.question_id, first.id);
    assert_eq!(&item.chosen, wrong);
    assert!(!item.question.is_empty() && !item.chosen_text.is_empty());
    assert_eq!(item.right_answer, right);
    assert!(!result.review_title.is_empty() && !result.retry_label.is_empty());

    w.content().reset_quiz(&lesson.id).unwrap();
    assert!(
        w.content()
            .quiz_result(&lesson.id)
            .unwrap()
            .review
            .is_empty()
    );
}

/// Replaces the text of the one-line message `id` in a locale's files.
fn set_message(files: &mut [(String, String)], id: &str, text: &str) {
    let prefix = format!("{id} = ");
    let file = files
        .iter_mut()
        .find(|(_, src)| src.lines().any(|l| l.starts_with(&prefix)))
        .unwrap_or_else(|| panic!("no message {id}"));
    file.1 = file
        .1
        .lines()
        .map(|l| {
            if l.starts_with(&prefix) {
                format!("{prefix}{text}")
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
}

fn message(files: &[(String, String)], id: &str) -> String {
    let prefix = format!("{id} = ");
    files
        .iter()
        .flat_map(|(_, src)| src.lines())
        .find_map(|l| l.strip_prefix(&prefix))
        .unwrap_or_else(|| panic!("no message {id}"))
        .to_string()
}

#[test]
fn the_quiz_lint_refuses_answers_given_away_by_length_and_near_copy_questions() {
    use waymark_core::content::{lint::lint, pack};
    let shipped = pack::embedded_files();
    let run = |locales: &std::collections::BTreeMap<String, l10n::LocaleFiles>| {
        lint(&shipped.content, &shipped.manifest, locales, None)
    };
    assert_eq!(run(&shipped.locales), Vec::<String>::new());

    // Thai: make the right option the longest in every question of a lesson.
    let catalog = waymark_core::content::embedded_catalog().unwrap();
    let lesson = catalog.lesson("debt-and-fees").unwrap();
    let mut locales = shipped.locales.clone();
    let th = locales.get_mut("th").unwrap();
    for q in &lesson.quiz {
        let id = format!("lesson-debt-and-fees-{}-{}", q.id, q.answer);
        let longer = message(th, &id).repeat(3);
        set_message(th, &id, &longer);
    }
    let problems = run(&locales);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0]
            .starts_with("th: lesson `debt-and-fees`: the right option is the longest in 5 of 5"),
        "{problems:?}"
    );

    // A near copy of another question, in a spaced script and in one
    // written without spaces (Khmer: compared by letter pairs).
    for tag in ["en", "km"] {
        let mut locales = shipped.locales.clone();
        let files = locales.get_mut(tag).unwrap();
        let q1 = message(files, "lesson-getting-help-q1");
        set_message(files, "lesson-online-grooming-q3", &format!("{q1} {q1}?"));
        let problems = run(&locales);
        assert_eq!(problems.len(), 1, "{tag}: {problems:?}");
        let p = &problems[0];
        assert!(
            p.starts_with(&format!("{tag}: "))
                && p.contains("`lesson-online-grooming-q3`")
                && p.contains("`lesson-getting-help-q1`")
                && p.contains("share most of their words"),
            "{p}"
        );
    }
}

#[test]
fn checklists_follow_the_route_and_ticks_persist() {
    let tmp = tempfile::tempdir().unwrap();
    let w = open(tmp.path(), "id");
    w.profile().set_up("2468", "2468").unwrap();
    let items = |w: &Waymark| -> Vec<String> {
        w.content()
            .checklist_screen()
            .stages
            .iter()
            .flat_map(|s| s.items.iter().map(|i| i.id.clone()))
            .collect()
    };
    let general = items(&w);
    let screen = w.content().set_route(Some("id-my")).unwrap();
    assert!(screen.routes.iter().any(|r| r.id == "id-my" && r.selected));
    let for_indonesia = items(&w);
    assert!(for_indonesia.len() > general.len());
    assert!(for_indonesia.iter().any(|i| i == "id-siskop2mi"));
    w.content().set_route(Some("kh-th")).unwrap();
    assert!(!items(&w).iter().any(|i| i == "id-siskop2mi"));
    assert!(matches!(
        w.content().set_route(Some("xx-yy")),
        Err(Error::NotFound)
    ));
    let first = general[0].clone();
    let after = w.content().check_item(&first, true).unwrap();
    assert!(
        after
            .stages
            .iter()
            .flat_map(|s| &s.items)
            .any(|i| i.id == first && i.checked)
    );
    assert!(matches!(
        w.content().check_item("nope", true),
        Err(Error::NotFound)
    ));
    w.profile().lock();
    w.profile().unlock("2468").unwrap();
    let s = w.content().checklist_screen();
    assert!(s.routes.iter().any(|r| r.id == "kh-th" && r.selected));
    assert!(
        s.stages
            .iter()
            .flat_map(|s| &s.items)
            .any(|i| i.id == first && i.checked)
    );
}

#[test]
fn every_route_has_six_items_of_its_own_in_every_locale() {
    use waymark_core::content::checklists::ChecklistProgress;
    use waymark_core::screens::checklists::screen;
    let catalog = waymark_core::content::embedded_catalog().unwrap();
    let english = Localizer::for_preferences(&["en".to_string()]);
    let ids = |l: &Localizer, route: Option<&str>| -> Vec<(String, String, String)> {
        let progress = ChecklistProgress {
            route: route.map(str::to_string),
            ..Default::default()
        };
        screen(l, &catalog, &progress)
            .stages
            .into_iter()
            .flat_map(|s| s.items)
            .map(|i| (i.id, i.title, i.why))
            .collect()
    };
    let general: Vec<String> = ids(&english, None).into_iter().map(|i| i.0).collect();
    assert_eq!(catalog.checklists.routes.len(), 6);
    for info in l10n::available() {
        let l = Localizer::for_preferences(std::slice::from_ref(&info.tag));
        for route in &catalog.checklists.routes {
            let own: Vec<_> = ids(&l, Some(&route.id))
                .into_iter()
                .filter(|i| !general.contains(&i.0))
                .collect();
            assert!(own.len() >= 6, "{} {}: {}", info.tag, route.id, own.len());
            let en = ids(&english, Some(&route.id));
            for (id, title, why) in &own {
                assert!(!title.is_empty() && !why.is_empty(), "{} {id}", info.tag);
                if info.tag != "en" {
                    let (_, en_title, en_why) = en.iter().find(|i| &i.0 == id).unwrap();
                    assert!(title != en_title && why != en_why, "{} {id}", info.tag);
                }
                if let Some((lo, hi)) = script_range(&info.tag) {
                    assert!(
                        why.chars().any(|c| (lo..=hi).contains(&c)),
                        "{} {id}",
                        info.tag
                    );
                }
            }
        }
    }
    // Burmese never calls a victim a refugee (ဒုက္ခသည်) in a checklist.
    let my = Localizer::for_preferences(&["my".to_string()]);
    for route in &catalog.checklists.routes {
        for (id, title, why) in ids(&my, Some(&route.id)) {
            assert!(!title.contains("ဒုက္ခသည်") && !why.contains("ဒုက္ခသည်"), "{id}");
        }
    }
}

#[test]
fn content_lint_refuses_a_route_with_fewer_than_six_items_of_its_own() {
    use waymark_core::content::{lint, pack};
    let files = pack::embedded_files();
    let depth_problems = |content: &[(String, String)]| -> Vec<String> {
        lint::lint(content, &files.manifest, &files.locales, None)
            .into_iter()
            .filter(|p| p.contains("checklist items of its own"))
            .collect()
    };
    assert_eq!(depth_problems(&files.content), Vec::<String>::new());

    // Edits the first vn-tw item of its own, then lints.
    let edited = |edit: &dyn Fn(&mut Vec<serde_json::Value>)| -> Vec<String> {
        let mut content = files.content.clone();
        let (_, text) = content
            .iter_mut()
            .find(|(p, _)| p == "checklists.json")
            .unwrap();
        let mut v: serde_json::Value = serde_json::from_str(text).unwrap();
        let item = v["stages"]
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .flat_map(|s| s["items"].as_array_mut().unwrap().iter_mut())
            .find(|i| i["routes"].as_array().unwrap().iter().any(|r| r == "vn-tw"))
            .unwrap();
        edit(item["routes"].as_array_mut().unwrap());
        *text = v.to_string();
        depth_problems(&content)
    };
    let lists = |p: &[String]| p.len() == 1 && p[0].contains("route `vn-tw` has 5");
    // One item fewer for the route.
    let fewer = edited(&|routes| routes.retain(|r| r != "vn-tw"));
    assert!(lists(&fewer), "{fewer:?}");
    // An item shared by every route is not the route's own.
    let shared = edited(&|routes| routes.push(serde_json::json!("*")));
    assert!(lists(&shared), "{shared:?}");
}

#[test]
fn the_job_offer_check_names_reasons_levels_and_hotlines() {
    let tmp = tempfile::tempdir().unwrap();
    let w = open(tmp.path(), "my");
    let screen = w.content().redflags_screen();
    assert!(screen.questions.len() >= 10);
    let all = |a: Answer| -> Vec<(String, Answer)> {
        screen.questions.iter().map(|q| (q.id.clone(), a)).collect()
    };
    let clean = w
        .content()
        .check_job_offer(&all(Answer::No), Some("TH"))
        .unwrap();
    assert_eq!(clean.level, "low");
    assert!(clean.reasons.is_empty());
    let mut answers = all(Answer::No);
    answers[0].1 = Answer::Yes;
    answers[4].1 = Answer::Yes;
    let risky = w.content().check_job_offer(&answers, Some("TH")).unwrap();
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
    let everything = w
        .content()
        .check_job_offer(&all(Answer::Yes), None)
        .unwrap();
    assert_eq!(everything.level, "high");
    assert!(matches!(
        w.content().check_job_offer(&answers[1..], None),
        Err(Error::Unanswered)
    ));
    let unknown = vec![("made-up".to_string(), Answer::Yes)];
    assert!(matches!(
        w.content().check_job_offer(&unknown, None),
        Err(Error::NotFound)
    ));
}

#[test]
fn the_directory_shows_only_checked_entries_with_sources_and_actions() {
    let tmp = tempfile::tempdir().unwrap();
    let w = open(tmp.path(), "km");
    let all = w.content().directory_screen(None, None, None);
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
    let thailand = w.content().directory_screen(Some("TH"), None, None);
    assert!(!thailand.entries.is_empty() && thailand.entries.iter().all(|e| e.country == "TH"));
    assert!(
        thailand
            .countries
            .iter()
            .any(|c| c.id == "TH" && c.selected)
    );
    let trafficking = w
        .content()
        .directory_screen(None, None, Some("trafficking"));
    assert!(!trafficking.entries.is_empty() && trafficking.entries.len() < all.entries.len());
    let none = w
        .content()
        .directory_screen(Some("TH"), Some("am"), Some("children"));
    assert!(none.entries.is_empty() && none.empty_text.is_some());
}

fn entry<'a>(
    s: &'a waymark_core::screens::directory::DirectoryScreen,
    id: &str,
) -> &'a waymark_core::screens::directory::EntryModel {
    s.entries
        .iter()
        .find(|e| e.id == id)
        .unwrap_or_else(|| panic!("{id} is not in the directory"))
}

#[test]
fn emergency_lines_are_labelled_with_the_service_they_offer() {
    let tmp = tempfile::tempdir().unwrap();
    let w = open(tmp.path(), "en");
    let all = w.content().directory_screen(None, None, None);
    // The facts: mm-191 is a fire line, th-191 police, vn-112 the national
    // incident and disaster line, ph-911 answers every emergency.
    assert_eq!(entry(&all, "mm-191").purposes, vec!["Emergency: fire"]);
    assert_eq!(entry(&all, "th-191").purposes, vec!["Emergency: police"]);
    assert_eq!(
        entry(&all, "vn-112").purposes,
        vec!["Emergency: incidents and natural disasters"]
    );
    assert_eq!(
        entry(&all, "ph-911").purposes,
        vec!["Emergency: police, fire, ambulance"]
    );
    for e in &all.entries {
        if e.id != "ph-911" {
            assert!(
                e.purposes.iter().all(|p| !p.contains("ambulance")),
                "{} claims police, fire and ambulance",
                e.id
            );
        }
    }
    // In every language a fire line and a police line read differently
    // from the line that answers every emergency.
    for info in l10n::available() {
        let w = open(tmp.path(), &info.tag);
        let s = w.content().directory_screen(None, None, None);
        let label = |id: &str| entry(&s, id).purposes.join(" / ");
        let (fire, police, all) = (label("mm-191"), label("th-191"), label("ph-911"));
        assert!(
            fire != all && police != all && fire != police,
            "{}: {fire} | {police} | {all}",
            info.tag
        );
    }
}

#[test]
fn hotlines_that_speak_the_persons_language_come_first() {
    let tmp = tempfile::tempdir().unwrap();
    let w = open(tmp.path(), "my");
    let screen = w.content().redflags_screen();
    let mut answers: Vec<(String, Answer)> = screen
        .questions
        .iter()
        .map(|q| (q.id.clone(), Answer::No))
        .collect();
    answers.push(("passport-kept".into(), Answer::Yes));
    let result = w.content().check_job_offer(&answers, Some("TH")).unwrap();
    // 1694 speaks Burmese; 1300 speaks only Thai.
    assert_eq!(result.hotlines[0].id, "th-1694");
    assert!(result.hotlines_empty.is_none());
    // A job in Myanmar: the only checked number there is a fire line, which
    // cannot help; the result says so instead of offering it.
    let myanmar = w.content().check_job_offer(&answers, Some("MM")).unwrap();
    assert!(myanmar.hotlines.is_empty(), "{:?}", myanmar.hotlines);
    assert!(myanmar.hotlines_empty.is_some());
    let laos = w.content().check_job_offer(&answers, Some("LA")).unwrap();
    assert_eq!(
        laos.hotlines
            .iter()
            .map(|h| h.id.as_str())
            .collect::<Vec<_>>(),
        vec!["la-1191"]
    );
    let thailand = w.content().directory_screen(Some("TH"), None, None);
    assert_eq!(thailand.entries[0].id, "th-1694");
    // The languages each line speaks, named in the reader's language.
    let burmese = l10n::available()
        .into_iter()
        .find(|i| i.tag == "my")
        .unwrap()
        .name;
    assert!(thailand.entries[0].languages.contains(&burmese));
    assert!(thailand.entries[0].speaks_your_language);
    assert!(!entry(&thailand, "th-1300").speaks_your_language);

    // For a Thai reader every Thai line speaks Thai: directory order stays.
    let th = open(tmp.path(), "th");
    let order: Vec<String> = th
        .content()
        .directory_screen(Some("TH"), None, None)
        .entries
        .into_iter()
        .map(|e| e.id)
        .collect();
    assert_eq!(order[0], "th-1300");
    let km = open(tmp.path(), "km");
    let cambodian = km.content().directory_screen(None, None, None);
    // Countries keep their order: Thailand's lines still come first, 1694
    // (which speaks Khmer) leading them.
    assert_eq!(cambodian.entries[0].id, "th-1694");
    assert_eq!(cambodian.entries[0].country, "TH");
}

#[test]
fn red_flags_follow_the_ilo_indicators() {
    let tmp = tempfile::tempdir().unwrap();
    let w = open(tmp.path(), "en");
    let screen = w.content().redflags_screen();
    let all = |a: Answer| -> Vec<(String, Answer)> {
        screen.questions.iter().map(|q| (q.id.clone(), a)).collect()
    };
    let with = |base: Answer, id: &str, a: Answer| {
        let mut v = all(base);
        v.push((id.to_string(), a));
        v
    };

    // Not knowing is not safety.
    let unknown = w
        .content()
        .check_job_offer(&all(Answer::Unsure), Some("TH"))
        .unwrap();
    assert_ne!(unknown.level, "low");
    assert_eq!(unknown.to_find_out.len(), screen.questions.len());
    assert!(unknown.reasons.is_empty());

    // A strong indicator on its own gives the top level.
    for strong in [
        "passport-kept",
        "scam-job-abroad",
        "fee-before-job",
        "loan-offered",
    ] {
        let r = w
            .content()
            .check_job_offer(&with(Answer::No, strong, Answer::Yes), Some("TH"))
            .unwrap();
        assert_eq!(r.level, "high", "{strong} alone");
        assert_eq!(r.reasons.len(), 1);
    }

    // One medium sign is some warning; two different indicators are serious.
    let one = w
        .content()
        .check_job_offer(&with(Answer::No, "pay-too-good", Answer::Yes), None)
        .unwrap();
    assert_eq!(one.level, "medium");
    let mut two = with(Answer::No, "pay-too-good", Answer::Yes);
    two.push(("keep-secret".into(), Answer::Yes));
    assert_eq!(
        w.content().check_job_offer(&two, None).unwrap().level,
        "high"
    );

    // "No warning signs" needs real answers.
    let clean = w.content().check_job_offer(&all(Answer::No), None).unwrap();
    assert_eq!(clean.level, "low");
    assert!(clean.to_find_out.is_empty());
    assert!(clean.find_out_label.is_none() && unknown.find_out_label.is_some());
    // "No warning signs found" is never said while answers are unknown.
    assert_ne!(unknown.found_label, clean.found_label);
    let passport_unknown = w
        .content()
        .check_job_offer(&with(Answer::No, "passport-kept", Answer::Unsure), None)
        .unwrap();
    assert_ne!(passport_unknown.level, "low");
    assert_eq!(passport_unknown.to_find_out.len(), 1);
    assert_eq!(passport_unknown.to_find_out[0].question_id, "passport-kept");
    assert!(!passport_unknown.to_find_out[0].text.is_empty());
    let a_few_unknown = w
        .content()
        .check_job_offer(&with(Answer::No, "private-interview", Answer::Unsure), None)
        .unwrap();
    assert_eq!(a_few_unknown.level, "low");
    assert_eq!(a_few_unknown.to_find_out.len(), 1);

    // Unknown answers next to a warning sign are still listed.
    let mut mixed = with(Answer::Unsure, "passport-kept", Answer::Yes);
    mixed.push(("keep-secret".into(), Answer::No));
    let r = w.content().check_job_offer(&mixed, None).unwrap();
    assert_eq!(r.level, "high");
    assert_eq!(r.to_find_out.len(), screen.questions.len() - 2);
}

#[test]
fn source_dates_are_rendered_in_the_readers_language() {
    let tmp = tempfile::tempdir().unwrap();
    let en = open(tmp.path(), "en");
    let s = en.content().directory_screen(None, None, None);
    assert_eq!(
        entry(&s, "th-1300").source_label,
        "Source: bangkokpost.com, 10 May 2021"
    );
    assert_eq!(
        entry(&s, "vn-113").source_label,
        "Source: kienthucykhoa.edu.vn, undated"
    );
    for info in l10n::available() {
        let w = open(tmp.path(), &info.tag);
        let s = w.content().directory_screen(None, None, None);
        for e in &s.entries {
            // What is left once the host name is taken out is the date.
            let host = e
                .source_url
                .split("://")
                .nth(1)
                .unwrap()
                .split('/')
                .next()
                .unwrap()
                .trim_start_matches("www.");
            let rest = e.source_label.replace(host, "");
            for note in [
                "inferred", "year not", "Sept ", "undated", "c. ", "dataset", "(",
            ] {
                assert!(
                    info.tag == "en" && note == "undated" || !rest.contains(note),
                    "{} {}: {}",
                    info.tag,
                    e.id,
                    e.source_label
                );
            }
            if script_range(&info.tag).is_some() {
                assert!(
                    !rest.chars().any(|c| c.is_ascii_alphabetic()),
                    "{} {}: {}",
                    info.tag,
                    e.id,
                    e.source_label
                );
            }
            assert!(!e.checked_label.contains("2026-11"), "{}", e.checked_label);
        }
    }
}

#[test]
fn hours_are_written_in_the_readers_language() {
    let tmp = tempfile::tempdir().unwrap();
    let label = |tag: &str, id: &str| {
        let w = open(tmp.path(), tag);
        entry(&w.content().directory_screen(None, None, None), id)
            .hours_label
            .clone()
    };
    assert_eq!(
        label("en", "my-mapo").as_deref(),
        Some("Hours as published: Every day 07:30–21:00")
    );
    assert_eq!(
        label("en", "sg-999").as_deref(),
        Some("Hours as published: Open 24 hours (number 999)")
    );
    assert_eq!(
        label("th", "my-mapo").as_deref(),
        Some("เวลาทำการตามที่ประกาศ: ทุกวัน 07:30–21:00 น.")
    );
    assert_eq!(
        label("ms", "bn-145").as_deref(),
        Some("Waktu operasi seperti yang diterbitkan: Setiap hari 08:00–23:00")
    );
    for info in l10n::available() {
        if info.tag == "en" {
            continue;
        }
        let w = open(tmp.path(), &info.tag);
        for e in &w.content().directory_screen(None, None, None).entries {
            let Some(hours) = &e.hours_label else {
                continue;
            };
            // No English left in the hours, whatever the script.
            for english in ["Daily", "daily", "Every day", "24/7", "Open 24"] {
                assert!(!hours.contains(english), "{} {}: {hours}", info.tag, e.id);
            }
            if script_range(&info.tag).is_some() {
                assert!(
                    !hours.chars().any(|c| c.is_ascii_alphabetic()),
                    "{} {}: {hours}",
                    info.tag,
                    e.id
                );
            }
        }
    }
}

#[test]
fn a_line_shows_the_local_name_the_facts_give_in_that_language() {
    let tmp = tempfile::tempdir().unwrap();
    let name = |tag: &str, id: &str| {
        let w = open(tmp.path(), tag);
        entry(&w.content().directory_screen(None, None, None), id)
            .name
            .clone()
    };
    assert_eq!(name("th", "th-1387"), "สายเด็ก 1387");
    assert_eq!(name("th", "th-1300"), "ศูนย์ประชาบดี 1300");
    assert_eq!(name("ms", "bn-121"), "Talian ANAK 121");
    assert_eq!(name("vi", "vn-111"), "Tổng đài 111");
    // Other readers see the name in the source.
    assert_eq!(name("en", "th-1387"), "Saidek 1387 child helpline");
    assert_eq!(name("km", "th-1387"), "Saidek 1387 child helpline");
    assert_eq!(name("id", "bn-121"), "Child Helpline 121 (Talian ANAK 121)");
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
        let lesson = w.content().lesson_screen("documents-and-phone").unwrap();
        let needle = inner_word(&lesson.sections[1].body, 4);
        let screen = w.content().search(&needle);
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
    assert!(w.content().search("zzzzqqq").empty_text.is_some());
    assert!(w.content().search("").results.is_empty());
    assert!(w.content().search(&"x".repeat(100_000)).results.is_empty());
    let hotline = w.content().search("1300");
    assert!(
        hotline
            .results
            .iter()
            .any(|r| r.kind == ResultKind::Directory)
    );
}

#[test]
fn search_ranks_title_hits_first_and_shows_the_hit_in_the_snippet() {
    let tmp = tempfile::tempdir().unwrap();
    for (tag, query, word) in [
        ("en", "passport", "passport"),
        ("vi", "ho chieu", "hộ chiếu"),
        ("th", "หนังสือเดินทาง", "หนังสือเดินทาง"),
    ] {
        let w = open(tmp.path(), tag);
        let s = w.content().search(query);
        let in_title: Vec<bool> = s
            .results
            .iter()
            .map(|r| r.title.to_lowercase().contains(word))
            .collect();
        assert!(
            in_title.iter().filter(|t| **t).count() >= 3,
            "{tag}: {in_title:?}"
        );
        assert!(in_title.contains(&false), "{tag}: body hits are found too");
        // Title hits come first, then the rest.
        let first_body = in_title.iter().position(|t| !t).unwrap();
        assert!(
            in_title[first_body..].iter().all(|t| !t),
            "{tag}: {in_title:?}"
        );
        for r in &s.results[first_body..] {
            assert!(
                r.snippet.to_lowercase().contains(word),
                "{tag}: {}",
                r.snippet
            );
            assert!(r.snippet.chars().count() <= 162, "{tag}: {}", r.snippet);
        }
    }
}

#[test]
fn a_query_with_no_match_in_the_locale_falls_back_to_the_english_text() {
    let tmp = tempfile::tempdir().unwrap();
    let w = open(tmp.path(), "km");
    let s = w.content().search("grooming");
    assert!(s.fallback_text.is_some());
    assert!(!s.results.is_empty());
    let khmer_title = w.content().lesson_screen("online-grooming").unwrap().title;
    let r = &s.results[0];
    assert!(r.english_match && r.english_label.is_some());
    assert_eq!(r.title, khmer_title, "opens and shows the item in Khmer");
    assert!(
        r.snippet.to_lowercase().contains("grooming"),
        "{}",
        r.snippet
    );
    // A query the locale answers is not marked.
    let s = w.content().search("លិខិតឆ្លងដែន");
    assert!(s.fallback_text.is_none());
    assert!(s.results.iter().all(|r| !r.english_match));
    // English itself has nothing to fall back to.
    let en = open(&tmp.path().join("en"), "en");
    assert!(en.content().search("zzzzqqq").results.is_empty());
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
        .content()
        .search(&unicode)
        .results
        .into_iter()
        .map(|r| r.id)
        .collect();
    let by_zawgyi: Vec<String> = w
        .content()
        .search(zawgyi)
        .results
        .into_iter()
        .map(|r| r.id)
        .collect();
    for id in &by_unicode {
        assert!(by_zawgyi.contains(id));
    }
    // Short Unicode input the detector may be unsure about is still found.
    let lesson = w.content().lesson_screen("documents-and-phone").unwrap();
    let needle = inner_word(&lesson.sections[1].body, 4);
    assert!(
        w.content()
            .search(&needle)
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
    let s = en.content().lesson_screen("online-grooming").unwrap();
    assert_eq!(s.teacher.title, "For teachers");
    assert_eq!(s.teacher.age_band_label, "Age 12–18");
    assert_eq!((s.teacher.age_min, s.teacher.age_max), (12, Some(18)));
    let open_band = en
        .content()
        .lesson_screen("what-is-trafficking")
        .unwrap()
        .teacher;
    assert_eq!(open_band.age_band_label, "Age 12 and over");
    assert_eq!(open_band.age_max, None);
    assert!(!s.teacher.objectives.is_empty() && s.teacher.discussion.len() >= 2);
    assert!(
        s.teacher.disclosure.contains("secret"),
        "{}",
        s.teacher.disclosure
    );
    let th = open(tmp.path(), "th")
        .content()
        .lesson_screen("online-grooming")
        .unwrap();
    assert_ne!(th.teacher.title, s.teacher.title);
    assert!(th.teacher.age_band_label.contains("12"));
    assert_ne!(th.teacher.notes, s.teacher.notes);
    let list = en.content().lessons_screen();
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

    #[test]
    fn a_version_1_pack_still_installs() {
        let tmp = tempfile::tempdir().unwrap();
        let w = open(tmp.path(), "en");
        let before = w.content().status();
        let (private, public) = dev_key();
        let v1 = pack::sign(
            &pack::build_v1(&edited("Old tools"), before.version + 1, &public).unwrap(),
            &private,
        )
        .unwrap();
        assert_eq!(v1[6], 1);
        w.content().install_pack(&v1).unwrap();
        assert_eq!(
            w.content()
                .lesson_screen("what-is-trafficking")
                .unwrap()
                .title,
            "Old tools"
        );
        // It is kept as sent and still loads at the next start.
        drop(w);
        let w = open(tmp.path(), "en");
        assert_eq!(w.content().status().version, before.version + 1);
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
        let base = w.content().status();
        assert!(!base.installed);
        let next = base.version + 1;
        let status = w
            .content()
            .install_pack(&signed(&edited("Trafficking explained"), next))
            .unwrap();
        assert_eq!((status.version, status.installed), (next, true));
        assert_eq!(
            w.content()
                .lesson_screen("what-is-trafficking")
                .unwrap()
                .title,
            "Trafficking explained"
        );
        assert!(
            w.content()
                .search("explained")
                .results
                .iter()
                .any(|r| r.id == "what-is-trafficking")
        );
        assert!(!tmp.path().join("content.pack.tmp").exists());
        {
            use std::os::unix::fs::PermissionsExt;
            let meta = std::fs::metadata(tmp.path().join("content.pack")).unwrap();
            assert_eq!(meta.permissions().mode() & 0o777, 0o600, "owner-only");
        }
        drop(w);
        let again = open(tmp.path(), "en");
        assert_eq!(again.content().status().version, next);
        assert_eq!(
            again
                .content()
                .lesson_screen("what-is-trafficking")
                .unwrap()
                .title,
            "Trafficking explained"
        );
    }

    #[test]
    fn bad_packs_are_refused_and_change_nothing() {
        let tmp = tempfile::tempdir().unwrap();
        let w = open(tmp.path(), "th");
        let before = w.content().status();
        let title = w
            .content()
            .lesson_screen("what-is-trafficking")
            .unwrap()
            .title;
        let good = signed(&edited("Changed"), before.version + 1);

        let mut tampered = good.clone();
        let i = tampered.len() / 2;
        tampered[i] ^= 1;
        assert!(matches!(
            w.content().install_pack(&tampered),
            Err(Error::Pack(PackProblem::BadSignature))
        ));

        let (other_private, other_public) = pack::generate_key().unwrap();
        let foreign = pack::sign(
            &pack::build(&pack::embedded_files(), before.version + 1, &other_public).unwrap(),
            &other_private,
        )
        .unwrap();
        assert!(matches!(
            w.content().install_pack(&foreign),
            Err(Error::Pack(PackProblem::Untrusted))
        ));

        let unsigned =
            pack::build(&pack::embedded_files(), before.version + 1, &dev_key().1).unwrap();
        assert!(matches!(
            w.content().install_pack(&unsigned),
            Err(Error::Pack(PackProblem::Malformed))
        ));
        assert!(matches!(
            w.content().install_pack(b""),
            Err(Error::Pack(PackProblem::Malformed))
        ));
        assert!(matches!(
            w.content().install_pack(&[0u8; 100_000]),
            Err(Error::Pack(PackProblem::Malformed))
        ));

        let old = signed(&pack::embedded_files(), before.version);
        assert!(matches!(
            w.content().install_pack(&old),
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
            w.content().install_pack(&broken),
            Err(Error::Pack(PackProblem::Invalid))
        ));

        // A pack in the version-1 format (source dates as free text) fails
        // the lint instead of showing research notes.
        let mut old_format = pack::embedded_files();
        for (path, text) in old_format.content.iter_mut() {
            if path == "directory.json" {
                let mut doc: serde_json::Value = serde_json::from_str(text).unwrap();
                for e in doc["entries"].as_array_mut().unwrap() {
                    e["source_date"] = "19 Sept (year not shown)".into();
                }
                *text = doc.to_string();
            }
        }
        assert!(matches!(
            w.content()
                .install_pack(&signed(&old_format, before.version + 1)),
            Err(Error::Pack(PackProblem::Invalid))
        ));

        // The person is told in their language, and nothing moved.
        let msg = w.describe(&Error::Pack(PackProblem::BadSignature));
        assert!(msg.chars().any(|c| ('\u{0E00}'..='\u{0E7F}').contains(&c)));
        assert_eq!(w.content().status(), before);
        assert_eq!(
            w.content()
                .lesson_screen("what-is-trafficking")
                .unwrap()
                .title,
            title
        );
        assert!(!tmp.path().join(pack::INSTALLED_FILE).exists());

        // A newer one still installs (format 2, compressed); after that an
        // equal version is refused.
        assert_eq!(good[6], 2);
        w.content().install_pack(&good).unwrap();
        assert!(matches!(
            w.content().install_pack(&good),
            Err(Error::Pack(PackProblem::NotNewer { .. }))
        ));
    }

    #[test]
    fn a_damaged_installed_pack_falls_back_to_the_built_in_content() {
        let tmp = tempfile::tempdir().unwrap();
        let w = open(tmp.path(), "en");
        let base = w.content().status().version;
        w.content()
            .install_pack(&signed(&edited("Changed"), base + 1))
            .unwrap();
        drop(w);
        let path = tmp.path().join(pack::INSTALLED_FILE);
        let mut bytes = std::fs::read(&path).unwrap();
        bytes[100] ^= 0xff;
        std::fs::write(&path, bytes).unwrap();
        let w = open(tmp.path(), "en");
        assert_eq!(w.content().status().version, base);
        assert_ne!(
            w.content()
                .lesson_screen("what-is-trafficking")
                .unwrap()
                .title,
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

#[test]
fn a_quiz_starts_where_the_core_says_and_a_retake_starts_over() {
    let tmp = tempfile::tempdir().unwrap();
    let w = open(tmp.path(), "en");
    let lesson = "debt-and-fees";
    let start = w
        .content()
        .lesson_screen(lesson)
        .unwrap()
        .quiz_start
        .unwrap();
    let first = w.content().quiz_question(lesson, Some(&start)).unwrap();
    assert_eq!(first.number, 1);
    // A wrong answer: the feedback names the right one.
    let q = w.content().quiz_question(lesson, Some(&start)).unwrap();
    assert_eq!(w.content().quiz_result(lesson).unwrap().correct, 0);
    let wrong = q
        .options
        .iter()
        .map(|o| o.id.clone())
        .find(|o| {
            let s = w.content().answer_quiz(lesson, &start, o).unwrap();
            !s.feedback.unwrap().correct
        })
        .unwrap();
    let fb = w
        .content()
        .quiz_question(lesson, Some(&start))
        .unwrap()
        .feedback
        .unwrap();
    assert_eq!(fb.chosen, wrong);
    let ra = fb.right_answer.expect("the right answer after a wrong one");
    assert_ne!(ra.option, wrong);
    // The lesson now starts its quiz on the second question.
    let next = w
        .content()
        .lesson_screen(lesson)
        .unwrap()
        .quiz_start
        .unwrap();
    assert_eq!(
        w.content()
            .quiz_question(lesson, Some(&next))
            .unwrap()
            .number,
        2
    );
    let result = w.content().quiz_result(lesson).unwrap();
    assert_eq!(result.review.len(), 1);
    assert_eq!(result.review[0].right_answer.option, ra.option);
    // Retake: the answers are gone and the first question shows, unanswered.
    let again = w.content().retake_quiz(lesson).unwrap();
    assert_eq!(again.question_id, start);
    assert!(again.feedback.is_none());
    assert_eq!(w.content().quiz_result(lesson).unwrap().review.len(), 0);
    assert_eq!(
        w.content()
            .lesson_screen(lesson)
            .unwrap()
            .quiz_start
            .unwrap(),
        start
    );
    assert!(matches!(
        w.content().retake_quiz("no-such-lesson"),
        Err(Error::NotFound)
    ));
}

#[test]
fn a_link_nothing_on_the_phone_opens_is_explained_in_each_language() {
    let tmp = tempfile::tempdir().unwrap();
    let english = open(tmp.path(), "en").content().link_unavailable_note();
    assert!(english.contains("Nothing on this phone"), "{english}");
    for info in l10n::available() {
        let note = open(tmp.path(), &info.tag)
            .content()
            .link_unavailable_note();
        assert!(
            !note.is_empty() && !note.contains("link-unavailable"),
            "{}: {note}",
            info.tag
        );
        if let Some((lo, hi)) = script_range(&info.tag) {
            assert!(
                note.chars().any(|c| (lo..=hi).contains(&c)),
                "{} is not in its script: {note}",
                info.tag
            );
        } else if info.tag != "en" {
            assert_ne!(note, english, "{} is left in English", info.tag);
        }
    }
}
