//! The backup and restore screen.
//!
//! A model only: this module never changes state (the facade's backup and
//! restore actions do). Whether a recovery code exists is the open
//! profile's own: the decoy answers for the decoy.

use serde::Serialize;

use crate::backup::RestoreReport;
use crate::error::ArgValue;
use crate::l10n::Localizer;

/// Backup and restore.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BackupScreen {
    pub title: String,
    pub intro: String,
    pub backup_label: String,
    pub done_label: String,
    /// Whether a recovery code was made already: the next backup then
    /// shows none (it stays under the same code) unless a new one is asked.
    pub has_code: bool,
    /// Makes a backup under a new recovery code, shown once.
    pub new_code_label: String,
    pub new_code_explain: String,
    pub code_title: String,
    /// Shown with the recovery code, the only time it is shown.
    pub code_once: String,
    pub restore_title: String,
    pub restore_intro: String,
    /// Shown while a backup is being made or uploaded.
    pub backup_working_label: String,
    /// Shown while a backup is being fetched and restored.
    pub restore_working_label: String,
    /// The action that stops the operation running (nothing is changed).
    pub stop_label: String,
}

pub fn backup(l: &Localizer, has_code: bool) -> BackupScreen {
    BackupScreen {
        title: l.message("backup-title"),
        intro: l.message("backup-intro"),
        backup_label: l.message("backup-now"),
        done_label: l.message("backup-done"),
        has_code,
        new_code_label: l.message("backup-new-code"),
        new_code_explain: l.message("backup-new-code-explain"),
        code_title: l.message("backup-code-title"),
        code_once: l.message("backup-code-once"),
        restore_title: l.message("restore-title"),
        restore_intro: l.message("restore-intro"),
        backup_working_label: l.message("backup-working"),
        restore_working_label: l.message("restore-working"),
        stop_label: l.message("task-stop"),
    }
}

/// What a restore brought back, in words.
pub fn restore_done(l: &Localizer, report: &RestoreReport) -> String {
    let n = |v: u32| ArgValue::Number(i64::from(v));
    l.message_with(
        "restore-done",
        &[
            ("contacts", n(report.contacts)),
            ("conversations", n(report.conversations)),
            ("messages", n(report.messages)),
        ],
    )
}
