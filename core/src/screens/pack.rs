//! Installing content from a file: the screen before, and what changed
//! after.
//!
//! Models only: this module never changes state (the facade's
//! `install_content` runs the one install rule, `content::pack::install`:
//! signed, newer, atomic). Content is public, so the screen is the same
//! locked, unlocked and in the decoy.

use serde::Serialize;

use crate::error::ArgValue;
use crate::l10n::Localizer;

fn version_text(l: &Localizer, version: u64) -> String {
    l.message_with(
        "content-version",
        &[(
            "version",
            ArgValue::Number(i64::try_from(version).unwrap_or(i64::MAX)),
        )],
    )
}

/// Before: what is in use, and where to give the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ContentInstallScreen {
    pub title: String,
    pub intro: String,
    /// The content version in use, and that in words.
    pub version: u64,
    pub version_label: String,
    /// `false`: the content compiled into the app.
    pub installed: bool,
    /// The file field (a UI with a file picker names its button with it).
    pub file_label: String,
    pub install_label: String,
    pub cancel_label: String,
}

pub fn content_install(l: &Localizer, version: u64, installed: bool) -> ContentInstallScreen {
    ContentInstallScreen {
        title: l.message("content-install-title"),
        intro: l.message("content-install-intro"),
        version,
        version_label: version_text(l, version),
        installed,
        file_label: l.message("content-install-file"),
        install_label: l.message("content-install-action"),
        cancel_label: l.message("form-cancel"),
    }
}

/// After: the version before and after, in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ContentInstalled {
    pub before: u64,
    pub after: u64,
    pub done_label: String,
}

pub fn content_installed(l: &Localizer, before: u64, after: u64) -> ContentInstalled {
    let n = |v: u64| ArgValue::Number(i64::try_from(v).unwrap_or(i64::MAX));
    ContentInstalled {
        before,
        after,
        done_label: l.message_with(
            "content-install-done",
            &[("before", n(before)), ("after", n(after))],
        ),
    }
}
