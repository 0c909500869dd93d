//! The translation completeness check behind `waymark l10n check` and the
//! test suite: every locale has exactly the source locale's messages, with
//! the same variables, parses as Fluent, is not left in English, and uses
//! none of the wording reviewers asked to keep out of it (the avoid list,
//! `locales/avoid.json`).
//! It only reports; it must never rewrite a translation.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use fluent_syntax::ast;
use fluent_syntax::parser;
use serde::Deserialize;

use super::manifest::Manifest;

/// One locale's files: `(file name, source text)`.
pub type LocaleFiles = Vec<(String, String)>;

/// A problem found in the translations. Identifiers and file names only:
/// no translated text is copied into a problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    ManifestUnreadable {
        detail: String,
    },
    NoSourceLocale {
        tag: String,
    },
    NotInManifest {
        tag: String,
    },
    MissingFolder {
        tag: String,
    },
    Syntax {
        tag: String,
        file: String,
        line: usize,
        detail: String,
    },
    Duplicate {
        tag: String,
        id: String,
    },
    Missing {
        tag: String,
        id: String,
    },
    Extra {
        tag: String,
        id: String,
    },
    Variables {
        tag: String,
        id: String,
        expected: Vec<String>,
        found: Vec<String>,
    },
    Untranslated {
        tag: String,
        id: String,
    },
    AvoidListUnreadable {
        detail: String,
    },
    /// A message uses wording on the locale's avoid list. `text` and
    /// `instead` come from the avoid list, not from the translation.
    Avoided {
        tag: String,
        id: String,
        text: String,
        instead: String,
        why: String,
    },
    /// An avoid-list exception whose message no longer uses the wording:
    /// remove the exception.
    StaleException {
        tag: String,
        id: String,
        text: String,
    },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::ManifestUnreadable { detail } => write!(f, "manifest.json: {detail}"),
            Problem::NoSourceLocale { tag } => write!(f, "{tag}: source locale has no files"),
            Problem::NotInManifest { tag } => {
                write!(f, "{tag}: folder not listed in manifest.json")
            }
            Problem::MissingFolder { tag } => {
                write!(f, "{tag}: listed in manifest.json but has no .ftl files")
            }
            Problem::Syntax {
                tag,
                file,
                line,
                detail,
            } => {
                write!(f, "{tag}/{file}:{line}: Fluent syntax error: {detail}")
            }
            Problem::Duplicate { tag, id } => write!(f, "{tag}: `{id}` defined more than once"),
            Problem::Missing { tag, id } => write!(f, "{tag}: missing `{id}`"),
            Problem::Extra { tag, id } => write!(f, "{tag}: `{id}` is not in the source locale"),
            Problem::Variables {
                tag,
                id,
                expected,
                found,
            } => write!(
                f,
                "{tag}: `{id}` uses variables {found:?}, source uses {expected:?}"
            ),
            Problem::Untranslated { tag, id } => {
                write!(f, "{tag}: `{id}` is still in the source language")
            }
            Problem::AvoidListUnreadable { detail } => write!(f, "avoid.json: {detail}"),
            Problem::Avoided {
                tag,
                id,
                text,
                instead,
                why,
            } => write!(
                f,
                "{tag}: `{id}` uses \"{text}\" (avoid list): write {instead} instead ({why})"
            ),
            Problem::StaleException { tag, id, text } => write!(
                f,
                "{tag}: `{id}` no longer uses \"{text}\": remove its exception from avoid.json"
            ),
        }
    }
}

/// Per message: its variables and its literal text.
struct Entry {
    vars: BTreeSet<String>,
    text: String,
}

/// The avoid list shipped with the locales.
const AVOID_JSON: &str = include_str!("../../../locales/avoid.json");

/// `locales/avoid.json`: per locale tag, the wording to keep out of it
/// (its `about` says the same for people reading the file).
#[derive(Debug, Deserialize)]
struct AvoidList {
    locales: BTreeMap<String, Vec<Avoid>>,
}

/// One piece of wording to keep out of a locale.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Avoid {
    /// Matched case-insensitively anywhere in a message's text.
    text: String,
    /// Only a message whose whole text is `text` (an answer option).
    #[serde(default)]
    whole: bool,
    /// What to write instead.
    #[serde(rename = "use")]
    instead: String,
    /// Why, for the translator.
    why: String,
    /// Messages another change is rewriting; each must still use `text`.
    #[serde(default)]
    except: Vec<String>,
}

/// Checks `locales` (tag → files) against `manifest_json` and the shipped
/// avoid list.
pub fn check(manifest_json: &str, locales: &BTreeMap<String, LocaleFiles>) -> Vec<Problem> {
    check_with_avoid_list(manifest_json, AVOID_JSON, locales)
}

/// [`check`] with `avoid_json` as the avoid list.
pub fn check_with_avoid_list(
    manifest_json: &str,
    avoid_json: &str,
    locales: &BTreeMap<String, LocaleFiles>,
) -> Vec<Problem> {
    let mut problems = Vec::new();
    let manifest = match Manifest::parse(manifest_json) {
        Ok(m) => m,
        Err(e) => {
            problems.push(Problem::ManifestUnreadable {
                detail: e.to_string(),
            });
            return problems;
        }
    };
    for tag in locales.keys() {
        if manifest.get(tag).is_none() {
            problems.push(Problem::NotInManifest { tag: tag.clone() });
        }
    }
    let mut parsed: BTreeMap<&str, BTreeMap<String, Entry>> = BTreeMap::new();
    for info in &manifest.locales {
        match locales.get(&info.tag) {
            Some(files) if !files.is_empty() => {
                parsed.insert(&info.tag, entries(&info.tag, files, &mut problems));
            }
            _ => problems.push(Problem::MissingFolder {
                tag: info.tag.clone(),
            }),
        }
    }
    let Some(source) = parsed.get(manifest.source.as_str()) else {
        problems.push(Problem::NoSourceLocale {
            tag: manifest.source.clone(),
        });
        return problems;
    };
    for (tag, messages) in &parsed {
        if *tag == manifest.source {
            continue;
        }
        for (id, src) in source {
            match messages.get(id) {
                None => problems.push(Problem::Missing {
                    tag: tag.to_string(),
                    id: id.clone(),
                }),
                Some(tr) => {
                    if tr.vars != src.vars {
                        problems.push(Problem::Variables {
                            tag: tag.to_string(),
                            id: id.clone(),
                            expected: src.vars.iter().cloned().collect(),
                            found: tr.vars.iter().cloned().collect(),
                        });
                    }
                    if !id.starts_with('-')
                        && !may_match_source(id)
                        && tr.text == src.text
                        && has_words(&src.text)
                    {
                        problems.push(Problem::Untranslated {
                            tag: tag.to_string(),
                            id: id.clone(),
                        });
                    }
                }
            }
        }
        for id in messages.keys() {
            if !source.contains_key(id) {
                problems.push(Problem::Extra {
                    tag: tag.to_string(),
                    id: id.clone(),
                });
            }
        }
    }
    match serde_json::from_str::<AvoidList>(avoid_json) {
        Ok(list) => avoided(&list, &parsed, &mut problems),
        Err(e) => problems.push(Problem::AvoidListUnreadable {
            detail: e.to_string(),
        }),
    }
    problems
}

/// Every message's literal text in one locale's files (placeables left
/// out), for content rules that read the words; syntax problems are the
/// business of [`check`].
pub fn message_texts(files: &LocaleFiles) -> BTreeMap<String, String> {
    let mut ignored = Vec::new();
    entries("", files, &mut ignored)
        .into_iter()
        .map(|(id, e)| (id, e.text))
        .collect()
}

/// Messages whose translation may equal the English: names of countries,
/// languages and months (Malaysia, Thailand, April are spelled alike in
/// several languages) and brand names.
fn may_match_source(id: &str) -> bool {
    id.starts_with("country-")
        || id.starts_with("lang-")
        || id.starts_with("date-month-")
        || id == "directory-whatsapp"
}

/// Text with a real word in it (three ASCII letters in a row), as opposed
/// to a bare placeable or a product name.
fn has_words(text: &str) -> bool {
    let stripped = text.replace("PIN", "").replace("WAYMARK_PIN", "");
    stripped
        .as_bytes()
        .windows(3)
        .any(|w| w.iter().all(|b| b.is_ascii_alphabetic()))
}

fn entries(tag: &str, files: &LocaleFiles, problems: &mut Vec<Problem>) -> BTreeMap<String, Entry> {
    let mut out = BTreeMap::new();
    for (file, source) in files {
        let resource = match parser::parse(source.as_str()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    problems.push(Problem::Syntax {
                        tag: tag.to_string(),
                        file: file.clone(),
                        line: line_of(source, e.slice.as_ref().map_or(e.pos.start, |s| s.start)),
                        detail: format!("{:?}", e.kind),
                    });
                }
                r
            }
        };
        for entry in resource.body {
            let (id, value, attributes) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_string(), m.value, m.attributes),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
                _ => continue,
            };
            let mut entry = Entry {
                vars: BTreeSet::new(),
                text: String::new(),
            };
            if let Some(p) = &value {
                pattern(p, &mut entry);
            }
            for a in &attributes {
                pattern(&a.value, &mut entry);
            }
            if out.insert(id.clone(), entry).is_some() {
                problems.push(Problem::Duplicate {
                    tag: tag.to_string(),
                    id,
                });
            }
        }
    }
    out
}

fn line_of(source: &str, byte: usize) -> usize {
    source
        .get(..byte)
        .map_or(1, |s| s.matches('\n').count() + 1)
}

fn pattern(p: &ast::Pattern<&str>, out: &mut Entry) {
    for element in &p.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.text.push_str(value),
            ast::PatternElement::Placeable { expression } => expr(expression, out),
        }
    }
}

fn expr(e: &ast::Expression<&str>, out: &mut Entry) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline(selector, out);
            for v in variants {
                pattern(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => inline(i, out),
    }
}

fn inline(i: &ast::InlineExpression<&str>, out: &mut Entry) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.vars.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => call(arguments, out),
        ast::InlineExpression::TermReference {
            arguments: Some(a), ..
        } => call(a, out),
        ast::InlineExpression::Placeable { expression } => expr(expression, out),
        _ => {}
    }
}

fn call(args: &ast::CallArguments<&str>, out: &mut Entry) {
    for p in &args.positional {
        inline(p, out);
    }
    for n in &args.named {
        inline(&n.value, out);
    }
}

/// Messages that use wording on their locale's avoid list, and exceptions
/// that no longer apply.
fn avoided(
    list: &AvoidList,
    parsed: &BTreeMap<&str, BTreeMap<String, Entry>>,
    problems: &mut Vec<Problem>,
) {
    for (tag, avoids) in &list.locales {
        let Some(messages) = parsed.get(tag.as_str()) else {
            continue;
        };
        for a in avoids {
            let needle = a.text.to_lowercase();
            let uses = |e: &Entry| {
                let text = e.text.to_lowercase();
                if a.whole {
                    text.trim() == needle
                } else {
                    text.contains(&needle)
                }
            };
            for (id, entry) in messages {
                let excepted = a.except.contains(id);
                if uses(entry) && !excepted {
                    problems.push(Problem::Avoided {
                        tag: tag.clone(),
                        id: id.clone(),
                        text: a.text.clone(),
                        instead: a.instead.clone(),
                        why: a.why.clone(),
                    });
                } else if excepted && !uses(entry) {
                    problems.push(Problem::StaleException {
                        tag: tag.clone(),
                        id: id.clone(),
                        text: a.text.clone(),
                    });
                }
            }
            for id in a.except.iter().filter(|id| !messages.contains_key(*id)) {
                problems.push(Problem::StaleException {
                    tag: tag.clone(),
                    id: id.clone(),
                    text: a.text.clone(),
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MANIFEST: &str = r#"{"source":"en","locales":[
        {"tag":"en","name":"English","review":"source"},
        {"tag":"th","name":"ไทย","review":"machine-drafted"}]}"#;

    fn set(en: &str, th: &str) -> BTreeMap<String, LocaleFiles> {
        BTreeMap::from([
            (
                "en".to_string(),
                vec![("app.ftl".to_string(), en.to_string())],
            ),
            (
                "th".to_string(),
                vec![("app.ftl".to_string(), th.to_string())],
            ),
        ])
    }

    /// The hotline console's `console.ftl` files pass the same check as the
    /// app's, on their own, and stay out of the app's files.
    #[test]
    fn the_console_strings_are_complete_and_apart_from_the_app() {
        use crate::content::tree;
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
        let (manifest, app) = tree::read_locales(&dir).unwrap();
        assert!(
            app.values()
                .flatten()
                .all(|(name, _)| name != tree::CONSOLE_FILE)
        );
        let console = tree::console_files(&dir).unwrap();
        assert_eq!(console.len(), 9);
        let problems = check(&manifest, &console);
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn a_complete_translation_passes() {
        let p = check(
            MANIFEST,
            &set("hi = Hello { $name }\n", "hi = สวัสดี { $name }\n"),
        );
        assert!(p.is_empty(), "{p:?}");
    }

    #[test]
    fn missing_extra_and_variable_mismatches_are_found() {
        let p = check(
            MANIFEST,
            &set(
                "a = Apple\nb = Banana { $n }\n",
                "b = กล้วย { $m }\nc = ส้ม\n",
            ),
        );
        assert!(p.contains(&Problem::Missing {
            tag: "th".into(),
            id: "a".into()
        }));
        assert!(p.contains(&Problem::Extra {
            tag: "th".into(),
            id: "c".into()
        }));
        assert!(
            p.iter()
                .any(|x| matches!(x, Problem::Variables { id, .. } if id == "b"))
        );
    }

    #[test]
    fn syntax_errors_report_their_line() {
        let p = check(MANIFEST, &set("a = Apple\n", "a = แอปเปิล\nb = { oops\n"));
        assert!(
            p.iter()
                .any(|x| matches!(x, Problem::Syntax { tag, line: 2, .. } if tag == "th")),
            "{p:?}"
        );
    }

    #[test]
    fn english_left_in_a_translation_is_found() {
        let p = check(MANIFEST, &set("a = Open the door\n", "a = Open the door\n"));
        assert_eq!(
            p,
            vec![Problem::Untranslated {
                tag: "th".into(),
                id: "a".into()
            }]
        );
    }

    #[test]
    fn folders_and_manifest_must_agree() {
        let mut files = set("a = A\n", "a = ก\n");
        files.insert("xx".into(), vec![("app.ftl".into(), "a = A\n".into())]);
        files.remove("th");
        let p = check(MANIFEST, &files);
        assert!(p.contains(&Problem::NotInManifest { tag: "xx".into() }));
        assert!(p.contains(&Problem::MissingFolder { tag: "th".into() }));
    }

    #[test]
    fn duplicates_are_found() {
        let p = check(MANIFEST, &set("a = A\n", "a = ก\na = ข\n"));
        assert!(p.contains(&Problem::Duplicate {
            tag: "th".into(),
            id: "a".into()
        }));
    }

    const AVOID: &str = r#"{"locales":{"th":[
        {"text":"ไม่รู้","whole":true,"use":"ไม่แน่ใจ","why":"kinder"},
        {"text":"Taylandiya","use":"Thailand","why":"loanword","except":["b"]}]}}"#;

    #[test]
    fn wording_on_the_avoid_list_is_found() {
        let p = check_with_avoid_list(
            MANIFEST,
            AVOID,
            &set(
                "a = I don't know\nb = Thailand\nc = Thailand\nd = You cannot know\n",
                "a = ไม่รู้\nb = ไป taylandiya\nc = ไป Taylandiya\nd = คุณไม่รู้ว่าใคร\n",
            ),
        );
        assert_eq!(
            p,
            vec![
                Problem::Avoided {
                    tag: "th".into(),
                    id: "a".into(),
                    text: "ไม่รู้".into(),
                    instead: "ไม่แน่ใจ".into(),
                    why: "kinder".into(),
                },
                Problem::Avoided {
                    tag: "th".into(),
                    id: "c".into(),
                    text: "Taylandiya".into(),
                    instead: "Thailand".into(),
                    why: "loanword".into(),
                },
            ]
        );
    }

    #[test]
    fn an_exception_that_no_longer_applies_is_found() {
        let p = check_with_avoid_list(
            MANIFEST,
            AVOID,
            &set("a = A\nb = Thailand\n", "a = ก\nb = ไป Thailand\n"),
        );
        assert_eq!(
            p,
            vec![Problem::StaleException {
                tag: "th".into(),
                id: "b".into(),
                text: "Taylandiya".into(),
            }]
        );
        let p = check_with_avoid_list(MANIFEST, "{", &set("a = A\n", "a = ก\n"));
        assert!(matches!(p[..], [Problem::AvoidListUnreadable { .. }]));
    }

    #[test]
    fn the_shipped_avoid_list_reads() {
        let list: Result<AvoidList, _> = serde_json::from_str(AVOID_JSON);
        assert!(list.is_ok(), "{list:?}");
    }
}
