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

/// Prints a command's result. A closed pipe (`waymark … | head`) is not an
/// error worth a crash: the output is simply cut short.
pub fn success(json_mode: bool, document: Value, lines: &[String]) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = if json_mode {
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
    fn every_core_code_has_a_distinct_meaning() {
        assert_eq!(exit_status("wrong_pin"), 3);
        assert_eq!(exit_status("invalid_pin"), 4);
        assert_eq!(exit_status("locked"), 5);
        assert_eq!(exit_status("internal"), 1);
        assert_eq!(exit_status("usage"), 2);
    }
}
