//! Tools that need no profile: `content lint`, `text detect|convert`
//! (Zawgyi), `l10n list|check`. They read a repository tree or standard
//! input and print what the core's checks find.

use std::path::Path;

use serde_json::{Value, json};
use waymark_core::content::tree;
use waymark_core::error::ArgValue;
use waymark_core::{Error, ErrorKind, Localizer, l10n};

use super::{content_root, input_failure};
use crate::input::InputProblem;
use crate::output::{self, Failure};
use crate::{L10nCommand, TextCommand};

/// `content lint`: the tree's content and translations, and with `facts`
/// every directory number against the verified records.
pub fn lint(
    json_mode: bool,
    root: Option<&Path>,
    facts: Option<&Path>,
    l: &Localizer,
) -> Result<(), Failure> {
    let io = |e: std::io::Error| Failure::from_core(&Error::Io(e), l);
    let root = content_root(root, l)?;
    let tree = tree::read(&root).map_err(io)?;
    let (content, manifest, locales) = (tree.content, tree.manifest, tree.locales);
    let facts = match facts {
        Some(p) => Some(std::fs::read_to_string(p).map_err(io)?),
        None => None,
    };
    let problems =
        waymark_core::content::lint::lint(&content, &manifest, &locales, facts.as_deref());
    if problems.is_empty() {
        output::success(
            json_mode,
            json!({ "ok": true, "problems": [] }),
            &[l.message_with(
                "l10n-check-ok",
                &[("count", ArgValue::Number(locales.len() as i64))],
            )],
        );
        Ok(())
    } else {
        let mut f = Failure::with_message(
            ErrorKind::L10nIncomplete,
            l.message_with(
                "l10n-check-failed",
                &[("count", ArgValue::Number(problems.len() as i64))],
            ),
        );
        f.detail = Some(Value::Array(
            problems.into_iter().map(Value::String).collect(),
        ));
        Err(f)
    }
}

/// The text argument, or standard input (at most 1 MiB) without one.
fn text_input(arg: &Option<String>, l: &Localizer) -> Result<String, Failure> {
    if let Some(t) = arg {
        return Ok(t.clone());
    }
    const LIMIT: usize = 1024 * 1024;
    let mut buf = Vec::new();
    use std::io::Read;
    let too_long = || Failure::from_core(&Error::InvalidInput { field: "text" }, l);
    std::io::stdin()
        .take(LIMIT as u64 + 1)
        .read_to_end(&mut buf)
        .map_err(|_| too_long())?;
    // Refused, never cut: a cut text would be converted wrongly.
    if buf.len() > LIMIT {
        return Err(too_long());
    }
    let text = String::from_utf8(buf).map_err(|_| input_failure(InputProblem::NotText, l))?;
    Ok(text.trim_end_matches(['\n', '\r']).to_string())
}

/// `text detect` and `text convert`.
pub fn text(json_mode: bool, action: &TextCommand, l: &Localizer) -> Result<(), Failure> {
    use waymark_core::text::zawgyi;
    match action {
        TextCommand::Detect { text } => {
            let text = text_input(text, l)?;
            let p = zawgyi::zawgyi_probability(&text);
            let burmese = p.is_finite();
            let doc = json!({
                "burmese": burmese,
                "zawgyi_probability": if burmese { json!(p) } else { Value::Null },
                "zawgyi": burmese && p > zawgyi::ZAWGYI_THRESHOLD,
            });
            let line = if burmese {
                format!("{p}")
            } else {
                "-Infinity".to_string()
            };
            output::success(json_mode, doc, &[line]);
        }
        TextCommand::Convert { text, force } => {
            let text = text_input(text, l)?;
            let p = zawgyi::zawgyi_probability(&text);
            let converted = *force || p > zawgyi::ZAWGYI_THRESHOLD;
            let unicode = if converted {
                zawgyi::convert(&text)
            } else {
                text.clone()
            };
            output::success(
                json_mode,
                json!({ "text": unicode, "converted": converted }),
                std::slice::from_ref(&unicode),
            );
        }
    }
    Ok(())
}

/// `l10n list` and `l10n check`.
pub fn l10n(json_mode: bool, action: &L10nCommand, l: &Localizer) -> Result<(), Failure> {
    match action {
        L10nCommand::List => {
            let locales = l10n::available();
            let lines: Vec<String> = locales
                .iter()
                .map(|i| format!("{}\t{}\t{}", i.tag, i.name, i.review.as_str()))
                .collect();
            output::success(json_mode, json!({ "locales": locales }), &lines);
            Ok(())
        }
        L10nCommand::Check { dir } => {
            let (problems, count) = match dir {
                Some(dir) => {
                    let (manifest, files) = tree::read_locales(dir)
                        .map_err(|e| Failure::from_core(&Error::Io(e), l))?;
                    let count = files.len();
                    (l10n::check::check(&manifest, &files), count)
                }
                None => (l10n::check_embedded(), l10n::available().len()),
            };
            if problems.is_empty() {
                output::success(
                    json_mode,
                    json!({ "ok": true, "locales": count, "problems": [] }),
                    &[l.message_with(
                        "l10n-check-ok",
                        &[("count", ArgValue::Number(count as i64))],
                    )],
                );
                Ok(())
            } else {
                let list: Vec<Value> = problems
                    .iter()
                    .map(|p| Value::String(p.to_string()))
                    .collect();
                let mut f = Failure::with_message(
                    ErrorKind::L10nIncomplete,
                    l.message_with(
                        "l10n-check-failed",
                        &[("count", ArgValue::Number(problems.len() as i64))],
                    ),
                );
                f.detail = Some(Value::Array(list));
                Err(f)
            }
        }
    }
}
