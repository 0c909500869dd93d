//! How the CLI reports: one JSON document on stdout with `--json`, localized
//! lines otherwise; errors on stderr with a stable `code` and exit status.
//! Exit statuses are part of the command-line contract (docs/cli.md).

use serde_json::{Value, json};
use waymark_core::{Error, Localizer};

/// A failed command: its stable code, exit status and localized message.
#[derive(Debug)]
pub struct Failure {
    pub code: &'static str,
    pub exit: u8,
    pub message: String,
    /// Extra machine-readable detail (never personal data).
    pub detail: Option<Value>,
}

impl Failure {
    pub fn from_core(error: &Error, l: &Localizer) -> Self {
        let code = error.code();
        Failure {
            code,
            exit: exit_status(code),
            message: l.error(error),
            detail: None,
        }
    }

    /// A failure with its own message id (not a core error).
    pub fn with_message(code: &'static str, message: String) -> Self {
        Failure {
            code,
            exit: exit_status(code),
            message,
            detail: None,
        }
    }
}

/// The exit status for each error code.
pub fn exit_status(code: &str) -> u8 {
    match code {
        "usage" | "confirmation_required" => 2,
        "wrong_pin" | "wrong_recovery_code" => 3,
        "invalid_pin" | "invalid_input" | "unknown_locale" | "pin_missing" => 4,
        "not_set_up"
        | "already_set_up"
        | "locked"
        | "no_trusted_contacts"
        | "outbox_full"
        | "restore_not_empty" => 5,
        "network" => 12,
        "relay_refused" | "relay_too_large" => 13,
        "corrupted" => 6,
        "storage" | "platform_secret" => 7,
        "l10n_incomplete" | "pack_invalid" => 8,
        "pack_malformed" | "pack_untrusted" | "pack_bad_signature" | "pack_not_newer" => 11,
        "too_many_attempts" => 9,
        "not_found" => 10,
        _ => 1,
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
        let mut error = json!({ "code": f.code, "message": f.message });
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

    #[test]
    fn every_core_code_has_a_distinct_meaning() {
        assert_eq!(exit_status("wrong_pin"), 3);
        assert_eq!(exit_status("invalid_pin"), 4);
        assert_eq!(exit_status("locked"), 5);
        assert_eq!(exit_status("internal"), 1);
        assert_eq!(exit_status("usage"), 2);
    }
}
