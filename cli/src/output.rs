//! How the CLI reports: one JSON document on stdout with `--json`, localized
//! lines otherwise; errors on stderr with a stable `code` and exit status.
//! Exit statuses are part of the command-line contract (docs/cli.md).

use serde_json::{Value, json};
use waymark_core::{Error, ErrorKind, Localizer};

/// A failed command: its kind (which gives the stable code and the exit
/// status) and localized message.
#[derive(Debug)]
pub struct Failure {
    pub kind: ErrorKind,
    pub message: String,
    /// Extra machine-readable detail (never personal data).
    pub detail: Option<Value>,
}

impl Failure {
    pub fn from_core(error: &Error, l: &Localizer) -> Self {
        Failure {
            kind: error.kind(),
            message: l.error(error),
            detail: None,
        }
    }

    /// A failure with its own message (not a core error).
    pub fn with_message(kind: ErrorKind, message: String) -> Self {
        Failure {
            kind,
            message,
            detail: None,
        }
    }

    /// The exit status (docs/cli.md).
    pub fn exit(&self) -> u8 {
        self.kind.exit_status()
    }
}

/// Keys whose integer values are row ids (contacts, conversations,
/// messages): random 63-bit numbers.
const ID_KEYS: [&str; 4] = ["id", "conversation", "retried", "removed"];

/// Writes every id as a string of decimal digits: ids are random 63-bit
/// numbers, and JSON readers that use doubles (jq, JavaScript) round those
/// above 2^53 into other ids (docs/cli.md). Commands take the string back
/// as an argument unchanged.
fn ids_as_strings(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                if ID_KEYS.contains(&key.as_str()) && v.is_i64() {
                    *v = Value::String(v.to_string());
                } else {
                    ids_as_strings(v);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(ids_as_strings),
        _ => {}
    }
}

/// Prints a command's result. A closed pipe (`waymark … | head`) is not an
/// error worth a crash: the output is simply cut short.
pub fn success(json_mode: bool, mut document: Value, lines: &[String]) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = if json_mode {
        ids_as_strings(&mut document);
        writeln!(out, "{document}")
    } else {
        lines.iter().try_for_each(|line| writeln!(out, "{line}"))
    };
}

/// Prints a failure on stderr.
pub fn failure(json_mode: bool, f: &Failure) {
    use std::io::Write;
    let mut err = std::io::stderr().lock();
    if json_mode {
        let mut error = json!({ "code": f.kind.code(), "message": f.message });
        if let Some(detail) = &f.detail {
            error["detail"] = detail.clone();
        }
        let _ = writeln!(err, "{}", json!({ "error": error }));
    } else {
        let _ = writeln!(err, "waymark: {}", f.message);
        if let Some(Value::Array(items)) = &f.detail {
            for item in items {
                let _ = match item {
                    Value::String(s) => writeln!(err, "  {s}"),
                    other => writeln!(err, "  {other}"),
                };
            }
        } else if let Some(Value::String(s)) = &f.detail {
            let _ = writeln!(err, "{s}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_become_strings_and_counts_stay_numbers() {
        let mut doc = json!({
            "conversation": 4_930_127_322_200_853_606_i64,
            "message": {"id": -5, "at": 1_796_160_105, "body": "7"},
            "conversations": [{"id": 9_007_199_254_740_993_i64, "messages": 3}],
            "hotlines": [{"id": "waymark-dev"}],
            "removed": 12,
        });
        ids_as_strings(&mut doc);
        assert_eq!(
            doc,
            json!({
                "conversation": "4930127322200853606",
                "message": {"id": "-5", "at": 1_796_160_105, "body": "7"},
                "conversations": [{"id": "9007199254740993", "messages": 3}],
                "hotlines": [{"id": "waymark-dev"}],
                "removed": "12",
            })
        );
    }

    /// docs/cli.md's table of exit statuses is the contract: every code
    /// it lists exits as it says, and every kind's code is documented.
    #[test]
    fn exit_statuses_are_the_documented_ones() {
        let doc = include_str!("../../docs/cli.md");
        let mut listed = 0;
        for line in doc.lines() {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            let Some(status) = cells.get(1).and_then(|c| c.parse::<u8>().ok()) else {
                continue;
            };
            for code in cells[2].split('`').skip(1).step_by(2) {
                let kind = ErrorKind::ALL
                    .into_iter()
                    .find(|k| k.code() == code)
                    .unwrap_or_else(|| panic!("docs/cli.md lists unknown code {code}"));
                assert_eq!(kind.exit_status(), status, "{code}");
                listed += 1;
            }
        }
        assert!(listed >= 20, "{listed}");
        for kind in ErrorKind::ALL {
            assert!(
                doc.contains(&format!("`{}`", kind.code())),
                "{} is not in docs/cli.md",
                kind.code()
            );
        }
    }
}
