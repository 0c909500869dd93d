//! `waymark content lint`: everything that must hold before content ships.
//!
//! - the content JSON parses and is consistent (no dangling lesson links,
//!   unknown routes, answers that are not options, duplicate ids, bad dial
//!   strings);
//! - every message the content needs exists in the source locale, and the
//!   translation check passes (missing or extra messages, variables, Fluent
//!   syntax, English left in a translation);
//! - every route has at least [`MIN_ROUTE_ITEMS`] checklist items of its
//!   own, beyond the ones shared by every route;
//! - with the facts file, every directory number equals a number in a
//!   record of the same country marked `verified: true`: whole numbers
//!   compared (digits and a leading `+`), never one inside another, so
//!   `130` does not pass for `1300`;
//! - in every locale, the quizzes do not give their answers away: the right
//!   option is the longest in at most [`LONGEST_RIGHT_MAX_PERCENT`] of a
//!   lesson's questions, and no two questions share most of their words
//!   ([`SIMILAR_QUESTIONS_MAX`]). See docs/content-authoring.md.

use std::collections::BTreeMap;

use super::Catalog;
use crate::l10n::{self, LocaleFiles};

/// Runs every check; an empty list means the content may ship.
pub fn lint(
    content: &[(String, String)],
    manifest: &str,
    locales: &BTreeMap<String, LocaleFiles>,
    facts: Option<&str>,
) -> Vec<String> {
    let files: Vec<(&str, &str)> = content
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_str()))
        .collect();
    let catalog = match Catalog::from_files(&files) {
        Ok(c) => c,
        Err(e) => return vec![format!("content: {e}")],
    };
    let mut problems = catalog.problems();
    problems.extend(check_route_depth(&catalog));
    problems.extend(
        l10n::check::check(manifest, locales)
            .iter()
            .map(|p| p.to_string()),
    );
    let source_ids: std::collections::HashSet<String> = locales
        .get("en")
        .map(|files| {
            files
                .iter()
                .flat_map(|(_, src)| src.lines())
                .filter_map(|line| line.split_once(" =").map(|(id, _)| id.trim().to_string()))
                .collect()
        })
        .unwrap_or_default();
    for id in catalog.message_ids() {
        if !source_ids.contains(&id) {
            problems.push(format!("en: content needs message `{id}`"));
        }
    }
    if let Some(facts) = facts {
        problems.extend(check_against_facts(&catalog, facts));
    }
    for (tag, files) in locales {
        let texts = l10n::check::message_texts(files);
        problems.extend(check_answer_lengths(&catalog, tag, &texts));
        problems.extend(check_similar_questions(&catalog, tag, &texts));
    }
    problems
}

/// The right option may be the longest of its question in at most this share
/// of a lesson's questions (2 of 5), so length never gives the answer away.
pub const LONGEST_RIGHT_MAX_PERCENT: usize = 40;

/// Two questions whose word sets overlap by more than this (Jaccard index:
/// shared words / all distinct words) ask the same thing twice.
pub const SIMILAR_QUESTIONS_MAX: f64 = 0.5;

/// How long a text looks: characters that are not combining marks, so a
/// Thai, Khmer, Lao or Burmese vowel sign or tone mark (or a Vietnamese
/// accent written as a separate mark) does not count as a letter of its own.
fn visible_length(text: &str) -> usize {
    text.chars()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .count()
}

fn check_answer_lengths(
    catalog: &Catalog,
    tag: &str,
    texts: &BTreeMap<String, String>,
) -> Vec<String> {
    let mut problems = Vec::new();
    for lesson in &catalog.lessons {
        let length = |q: &super::Question, o: &str| {
            texts
                .get(&format!("lesson-{}-{}-{o}", lesson.id, q.id))
                .map(|t| visible_length(t))
        };
        let longest: Vec<&str> = lesson
            .quiz
            .iter()
            .filter(|q| {
                let Some(right) = length(q, &q.answer) else {
                    return false;
                };
                q.options
                    .iter()
                    .filter(|o| **o != q.answer)
                    .all(|o| length(q, o).is_some_and(|l| l < right))
            })
            .map(|q| q.id.as_str())
            .collect();
        if longest.len() * 100 > LONGEST_RIGHT_MAX_PERCENT * lesson.quiz.len() {
            problems.push(format!(
                "{tag}: lesson `{}`: the right option is the longest in {} of {} questions ({}); at most {LONGEST_RIGHT_MAX_PERCENT} % may be",
                lesson.id,
                longest.len(),
                lesson.quiz.len(),
                longest.join(", ")
            ));
        }
    }
    problems
}

/// Scripts written without spaces between words: Thai, Lao, Myanmar, Khmer.
fn written_without_spaces(c: char) -> bool {
    matches!(c, '\u{0E00}'..='\u{0EFF}' | '\u{1000}'..='\u{109F}' | '\u{1780}'..='\u{17FF}')
}

/// The "words" of a question for the overlap rule: lower-cased words, or,
/// for a script written without spaces, every pair of adjacent letters.
fn question_words(text: &str) -> std::collections::BTreeSet<String> {
    let text = text.to_lowercase();
    let letter =
        |c: &char| c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(*c);
    if text.chars().any(written_without_spaces) {
        let letters: Vec<char> = text.chars().filter(letter).collect();
        letters.windows(2).map(|w| w.iter().collect()).collect()
    } else {
        text.split(|c: char| !letter(&c))
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    }
}

fn check_similar_questions(
    catalog: &Catalog,
    tag: &str,
    texts: &BTreeMap<String, String>,
) -> Vec<String> {
    let questions: Vec<(String, std::collections::BTreeSet<String>)> = catalog
        .lessons
        .iter()
        .flat_map(|lesson| {
            lesson.quiz.iter().filter_map(move |q| {
                let id = format!("lesson-{}-{}", lesson.id, q.id);
                let words = question_words(texts.get(&id)?);
                Some((id, words))
            })
        })
        .collect();
    let mut problems = Vec::new();
    for (i, (a, a_words)) in questions.iter().enumerate() {
        for (b, b_words) in &questions[i + 1..] {
            let shared = a_words.intersection(b_words).count();
            let all = a_words.union(b_words).count();
            if all > 0 && shared as f64 / all as f64 > SIMILAR_QUESTIONS_MAX {
                problems.push(format!(
                    "{tag}: `{a}` and `{b}` share most of their words; ask something different"
                ));
            }
        }
    }
    problems
}

/// The fewest checklist items a route needs of its own: its documents,
/// legal channel, licensing authority, what the destination requires and
/// the scams common on it.
pub const MIN_ROUTE_ITEMS: usize = 6;

/// Routes with fewer than [`MIN_ROUTE_ITEMS`] route-specific checklist items
/// (items that name the route and are not shared by every route).
pub fn check_route_depth(catalog: &Catalog) -> Vec<String> {
    let items: Vec<_> = catalog
        .checklists
        .stages
        .iter()
        .flat_map(|s| &s.items)
        .collect();
    catalog
        .checklists
        .routes
        .iter()
        .filter_map(|route| {
            let own = items
                .iter()
                .filter(|i| i.is_specific_to(&route.id))
                .count();
            (own < MIN_ROUTE_ITEMS).then(|| {
                format!(
                    "route `{}` has {own} checklist items of its own (at least {MIN_ROUTE_ITEMS} needed)",
                    route.id
                )
            })
        })
        .collect()
}

#[derive(serde::Deserialize)]
struct FactRecord {
    country: String,
    numbers: Vec<String>,
    verified: Option<bool>,
}

/// The phone numbers written in `s`, each as its digits with a leading
/// `+` kept: `"+60 19-261 5999 (WhatsApp)"` is `["+60192615999"]`,
/// `"(02) 1343 from provinces"` is `["021343"]`, and `"129 (written
/// 08111129129)"` is `["129", "08111129129"]`. A number is a run of digits
/// joined by spaces, `-`, `.` or parentheses; words and notes end it.
fn phone_numbers(s: &str) -> Vec<String> {
    let mut numbers = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = s.chars().collect();
    let is_separator = |c: &char| matches!(c, ' ' | '-' | '.' | '(' | ')');
    let next_is_digit = |from: usize| {
        chars[from..]
            .iter()
            .find(|c| !is_separator(c))
            .is_some_and(char::is_ascii_digit)
    };
    for (i, c) in chars.iter().enumerate() {
        let leading_plus = *c == '+' && current.is_empty() && next_is_digit(i + 1);
        let joins = is_separator(c) && next_is_digit(i + 1);
        if c.is_ascii_digit() || leading_plus {
            current.push(*c);
        } else if !joins && !current.is_empty() {
            // A word, a note, or separators that lead to no digit: it ends.
            numbers.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        numbers.push(current);
    }
    numbers
}

fn check_against_facts(catalog: &Catalog, facts: &str) -> Vec<String> {
    let records: Vec<FactRecord> = match serde_json::from_str(facts) {
        Ok(r) => r,
        Err(e) => return vec![format!("facts file: {e}")],
    };
    let mut problems = Vec::new();
    for entry in &catalog.directory.entries {
        for number in &entry.numbers {
            let wanted = phone_numbers(&number.dial);
            let verified = wanted.len() == 1
                && records.iter().any(|r| {
                    r.verified == Some(true)
                        && r.country == entry.country
                        && r.numbers
                            .iter()
                            .any(|n| phone_numbers(n).contains(&wanted[0]))
                });
            if !verified {
                problems.push(format!(
                    "directory `{}`: {} is not in a verified record",
                    entry.id, number.display
                ));
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::phone_numbers;

    #[test]
    fn numbers_are_read_whole_from_the_facts_notation() {
        assert_eq!(phone_numbers("1300"), ["1300"]);
        assert_eq!(phone_numbers("+66 99 130 1300"), ["+66991301300"]);
        assert_eq!(
            phone_numbers("+60 19-261 5999 (WhatsApp)"),
            ["+60192615999"]
        );
        assert_eq!(phone_numbers("(02) 1343 from provinces"), ["021343"]);
        assert_eq!(phone_numbers("#163 (Globe/TM mobile)"), ["163"]);
        assert_eq!(
            phone_numbers("+62 811-1129-129 (WhatsApp, written 08111129129)"),
            ["+628111129129", "08111129129"]
        );
        assert_eq!(phone_numbers("0120-662-700 (my/Burmese)"), ["0120662700"]);
        assert_eq!(phone_numbers("no number"), Vec::<String>::new());
    }
}
