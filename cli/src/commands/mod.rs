//! Every command of `waymark` but `tui`'s screens: `run` opens the profile
//! and hands each command to its module. Owns the one way a command holds
//! the profile unlocked ([`unlocked`] / [`unlocked_if_pin_given`], which lock
//! again when the command ends, on success or error), how PINs and files
//! are read from the command line, and which relay a command talks to.
//! Never decides what a screen shows: that is the core's screen models.

pub(crate) mod content;
mod profile;
mod quiet;
mod safety;
mod tools;

use std::path::Path;

use waymark_core::{Error, ErrorKind, Localizer, ProfileState, Waymark};

use crate::input::{self, SecretSource};
use crate::output::Failure;
use crate::relay;
use crate::{Cli, Command, ContentCommand};

pub(crate) use content::content_root;
pub(crate) use safety::{ContactsCommand, DuressCommand, PolicyArgs, SosArgs, WipeArgs};
pub(crate) use {content::LessonsCommand, quiet::MessageCommand};
pub(crate) use {
    content::{ChecklistArgs, DirectoryArgs, QuizArgs, RedflagsArgs},
    quiet::{BackupArgs, RestoreArgs, SyncArgs},
};

/// Runs one command; the caller prints the failure.
pub(crate) fn run(cli: &Cli, prefs: Vec<String>) -> Result<(), Failure> {
    let l = || Localizer::for_preferences(&prefs);
    // Commands that need no profile.
    match &cli.command {
        Command::L10n { action } => return tools::l10n(cli.json, action, &l()),
        Command::Text { action } => return tools::text(cli.json, action, &l()),
        Command::Content { action } => {
            return match action {
                ContentCommand::Lint { root, facts } => {
                    tools::lint(cli.json, root.as_deref(), facts.as_deref(), &l())
                }
                ContentCommand::Install { .. } | ContentCommand::Status => {
                    let w = open(cli, &prefs)?;
                    content::pack_command(cli.json, &w, action)
                }
                _ => content::pack_tool(cli.json, action, &l()),
            };
        }
        _ => {}
    }
    let w = open(cli, &prefs)?;
    let mut secrets = SecretSource::new();
    let s = &mut secrets;
    let json = cli.json;
    match &cli.command {
        Command::Init => profile::init(json, &w, s),
        Command::Status => profile::status(json, &w),
        Command::Unlock => profile::unlock(json, &w, s),
        Command::Lock => profile::lock(json, &w),
        Command::ChangePin => profile::change_pin(json, &w, s),
        Command::Screen => profile::screen(json, &w, s),
        Command::Settings {
            language,
            name,
            country,
        } => profile::settings(json, &w, s, language, name, country),
        Command::Wipe(args) => safety::wipe(json, &w, args),
        Command::Sos(args) => safety::sos(json, &w, s, args),
        Command::Duress { action } => safety::duress(json, &w, s, action),
        Command::Policy(args) => safety::policy(json, &w, s, args),
        Command::Contacts { action } => safety::contacts(
            json,
            &w,
            s,
            action.as_ref().unwrap_or(&ContactsCommand::List),
        ),
        Command::Traces => {
            safety::traces(json, &w);
            Ok(())
        }
        Command::Lessons { action } => content::lessons(
            json,
            &w,
            s,
            action.as_ref().unwrap_or(&LessonsCommand::List),
        ),
        Command::Quiz(args) => content::quiz(json, &w, s, args),
        Command::Classroom { lesson } => content::classroom(json, &w, lesson),
        Command::Checklist(args) => content::checklist(json, &w, s, args),
        Command::Redflags(args) => content::redflags(json, &w, s, args),
        Command::Directory(args) => {
            content::directory(json, &w, args);
            Ok(())
        }
        Command::Search { query } => {
            content::search(json, &w, query);
            Ok(())
        }
        Command::Message { action } => quiet::message(json, &w, s, action),
        Command::Sync(args) => {
            let relay = connect(cli, &w)?;
            // Sync needs no PIN; with WAYMARK_PIN set it unlocks a set-up
            // profile first, and only the real profile's PIN makes the
            // report show counts.
            let _unlocked = unlocked_if_pin_given(&w, s)?;
            quiet::sync(json, &w, &relay, args)
        }
        Command::Backup(args) => {
            let relay = args.out.is_none().then(|| connect(cli, &w)).transpose()?;
            quiet::backup(json, &w, s, relay.as_ref(), args)
        }
        Command::Restore(args) => {
            let relay = args.from.is_none().then(|| connect(cli, &w)).transpose()?;
            quiet::restore(json, &w, s, relay.as_ref(), args)
        }
        Command::Tui => tui(cli, w),
        // Answered above, before a profile is opened.
        Command::L10n { .. } | Command::Text { .. } | Command::Content { .. } => Ok(()),
    }
}

fn open(cli: &Cli, prefs: &[String]) -> Result<Waymark, Failure> {
    let fail = |e: Error| Failure::from_core(&e, &Localizer::for_preferences(prefs));
    match Waymark::open(crate::config(cli)) {
        // A panic wipe must work on a database too damaged to open.
        Err(Error::Corrupted(_)) if matches!(&cli.command, Command::Wipe(a) if a.yes) => {
            Waymark::wipe_unopenable(&crate::config(cli)).map_err(fail)?;
            Waymark::open(crate::config(cli)).map_err(fail)
        }
        other => other.map_err(fail),
    }
}

fn tui(cli: &Cli, w: Waymark) -> Result<(), Failure> {
    use std::io::IsTerminal;
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        let message = w.localizer().message("error-tui-needs-terminal");
        return Err(Failure::with_message(ErrorKind::Usage, message));
    }
    let relay = match &cli.relay {
        Some(url) => relay::Relay::remote(url, http_timeout(&w)?),
        #[cfg(feature = "local-relay")]
        None => relay::Relay::in_process(&crate::data_dir(cli)),
        #[cfg(not(feature = "local-relay"))]
        None => relay::Relay::remote(relay::DEFAULT_RELAY, http_timeout(&w)?),
    }
    .map_err(|e| Failure::from_core(&e, &w.localizer()))?;
    crate::tui::run(w, relay)
        .map_err(|e| Failure::from_core(&Error::Io(e), &Localizer::for_preferences(&[])))
}

/// The profile held unlocked for one command: locks again when dropped, so
/// a command that fails half-way leaves it locked too.
#[derive(Debug)]
#[must_use = "the profile locks again as soon as this is dropped"]
pub(crate) struct Unlocked<'a>(&'a Waymark);

impl Drop for Unlocked<'_> {
    fn drop(&mut self) {
        self.0.profile().lock();
    }
}

/// Unlocks with the PIN from `WAYMARK_PIN` or the terminal; `not_set_up`
/// on a new profile.
pub(crate) fn unlocked<'a>(
    w: &'a Waymark,
    secrets: &mut SecretSource,
) -> Result<Unlocked<'a>, Failure> {
    let l = w.localizer();
    let fail = |e: Error| Failure::from_core(&e, &w.localizer());
    if w.profile().state().map_err(fail)? == ProfileState::New {
        return Err(fail(Error::NotSetUp));
    }
    let pin = read_pin(secrets, "WAYMARK_PIN", &l.message("unlock-prompt"), &l)?;
    unlocked_with_pin(w, &pin)
}

/// Unlocks with a PIN the command has already read (it needs it again).
pub(crate) fn unlocked_with_pin<'a>(w: &'a Waymark, pin: &str) -> Result<Unlocked<'a>, Failure> {
    let fail = |e: Error| Failure::from_core(&e, &w.localizer());
    if w.profile().state().map_err(fail)? == ProfileState::New {
        return Err(fail(Error::NotSetUp));
    }
    w.profile().unlock(pin).map_err(fail)?;
    Ok(Unlocked(w))
}

/// Unlocks only when `WAYMARK_PIN` is set and the profile is set up and
/// locked (content and sync work without a PIN; with one, progress is kept
/// and counts are shown). Locks again when dropped either way.
pub(crate) fn unlocked_if_pin_given<'a>(
    w: &'a Waymark,
    secrets: &mut SecretSource,
) -> Result<Unlocked<'a>, Failure> {
    let state = w
        .profile()
        .state()
        .map_err(|e| Failure::from_core(&e, &w.localizer()))?;
    if std::env::var_os("WAYMARK_PIN").is_some() && state == ProfileState::Locked {
        unlocked(w, secrets)
    } else {
        Ok(Unlocked(w))
    }
}

/// The relay named by `--relay` / WAYMARK_RELAY, or the local default.
fn connect(cli: &Cli, w: &Waymark) -> Result<relay::Relay, Failure> {
    let url = cli.relay.as_deref().unwrap_or(relay::DEFAULT_RELAY);
    relay::Relay::remote(url, http_timeout(w)?).map_err(|e| Failure::from_core(&e, &w.localizer()))
}

fn http_timeout(w: &Waymark) -> Result<std::time::Duration, Failure> {
    relay::http_timeout().ok_or_else(|| {
        Failure::with_message(
            ErrorKind::InvalidInput,
            w.localizer().message("error-http-timeout"),
        )
    })
}

pub(crate) fn read_pin(
    secrets: &mut SecretSource,
    var: &str,
    prompt: &str,
    l: &Localizer,
) -> Result<zeroize::Zeroizing<String>, Failure> {
    secrets
        .read(var, prompt)
        .map_err(|p| input_failure(p, l))?
        .ok_or_else(|| Failure::with_message(ErrorKind::PinMissing, l.message("error-pin-missing")))
}

/// Reads a file named on the command line: one that is not there is
/// `not_found`, not a failure of this device's storage.
pub(crate) fn read_file(path: &Path, l: &Localizer) -> Result<Vec<u8>, Failure> {
    std::fs::read(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => {
            Failure::with_message(ErrorKind::NotFound, l.message("error-file-not-found"))
        }
        _ => Failure::from_core(&Error::Io(e), l),
    })
}

/// Input that could not be used: not text, or cut at the read limit.
pub(crate) fn input_failure(problem: input::InputProblem, l: &Localizer) -> Failure {
    match problem {
        input::InputProblem::NotText => {
            Failure::with_message(ErrorKind::InvalidInput, l.message("error-input-not-text"))
        }
        input::InputProblem::TooLong => Failure::from_core(
            &Error::InvalidInput {
                field: "standard input",
            },
            l,
        ),
    }
}
