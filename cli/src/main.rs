//! `waymark`: the terminal front end and scriptable face of the core.
//!
//! It draws the core's screen models and forwards actions; it holds no
//! business rule and no user-facing text of its own (all text comes from
//! `locales/` through the core's localizer). The command-line contract —
//! names, `--json`, PINs from the environment or stdin, exit statuses — is
//! in docs/cli.md.
//!
//! This file owns the command-line tree (clap), the choice of language for
//! messages before a profile is open, where the profile lives, and how a
//! failure or a panic becomes an exit status; `commands/` runs each
//! command, `tui/` is the interactive app.

mod commands;
mod input;
mod output;
mod relay;
mod tui;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use serde_json::Value;
use waymark_core::vault::FileSecret;
use waymark_core::{Config, Error, Localizer};

use output::Failure;

#[derive(Debug, Parser)]
#[command(
    name = "waymark",
    version,
    about = "Waymark: offline safety companion (terminal front end)"
)]
pub(crate) struct Cli {
    /// Profile folder (default: the platform's user data folder).
    #[arg(long, global = true, env = "WAYMARK_DATA_DIR", value_name = "DIR")]
    data_dir: Option<PathBuf>,
    /// Language for messages (BCP-47 tag such as th, my, km). Default: the
    /// profile's choice once unlocked, else LC_ALL / LC_MESSAGES / LANG.
    #[arg(long, global = true, value_name = "TAG")]
    locale: Option<String>,
    /// Print one JSON document on stdout; errors as JSON on stderr.
    #[arg(long, global = true)]
    json: bool,
    /// The relay for quiet contact and backups: https://…, or http:// to
    /// this machine. Default for `sync`, `backup` and `restore`:
    /// http://127.0.0.1:8787; `tui` without it starts a relay in-process.
    #[arg(long, global = true, env = "WAYMARK_RELAY", value_name = "URL")]
    relay: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Create the profile, locked with a PIN read from WAYMARK_PIN or stdin.
    Init,
    /// Show whether the profile is new or locked, and the language in use.
    Status,
    /// Check the PIN and show the home screen; locks again on exit.
    Unlock,
    /// Lock the profile (the terminal app never stays unlocked between commands).
    Lock,
    /// Change the PIN: current from WAYMARK_PIN, new from WAYMARK_NEW_PIN (or two stdin lines).
    ChangePin,
    /// Show the screen the apps would draw now (setup, unlock, or home after WAYMARK_PIN).
    Screen,
    /// Show or change the sealed settings (needs the PIN).
    Settings {
        /// Interface language to keep in the profile ("" to follow the device).
        #[arg(long, value_name = "TAG")]
        language: Option<String>,
        /// What the app calls you on the home screen ("" to clear).
        #[arg(long, value_name = "NAME")]
        name: Option<String>,
        /// Your country (ISO code such as TH, MM, KH), for phone numbers ("" to clear).
        #[arg(long, value_name = "CC")]
        country: Option<String>,
    },
    /// Erase everything now: keys first, then files (needs --yes, no PIN).
    Wipe(commands::WipeArgs),
    /// Compose SOS text messages for trusted contacts (printed, never sent).
    Sos(commands::SosArgs),
    /// Set or remove the duress PIN that opens a harmless decoy.
    Duress {
        #[command(subcommand)]
        action: commands::DuressCommand,
    },
    /// Show or change wrong-PIN protection and the disguise.
    Policy(commands::PolicyArgs),
    /// Emergency contacts (sealed).
    Contacts {
        #[command(subcommand)]
        action: Option<commands::ContactsCommand>,
    },
    /// The checklist of traces Waymark and your contacts may leave on a phone.
    Traces,
    /// Lessons for school programmes and migrants.
    Lessons {
        #[command(subcommand)]
        action: Option<commands::LessonsCommand>,
    },
    /// A lesson's quiz: show a question, answer it, see the score.
    Quiz(commands::QuizArgs),
    /// Classroom mode: the outline of a teacher-led session of a lesson
    /// (run it in `waymark tui`); stores nothing about students.
    Classroom {
        /// Lesson id (see `waymark lessons`).
        lesson: String,
    },
    /// Safe-migration checklists for a route.
    Checklist(commands::ChecklistArgs),
    /// Check a job offer for warning signs.
    Redflags(commands::RedflagsArgs),
    /// Verified hotlines, filtered by country, language and need.
    Directory(commands::DirectoryArgs),
    /// Search lessons, checklists, the job-offer check and hotlines.
    Search {
        /// Words to find (any script; Zawgyi Burmese is converted).
        query: String,
    },
    /// Quiet contact: sealed messages to a hotline.
    Message {
        #[command(subcommand)]
        action: commands::MessageCommand,
    },
    /// Send waiting messages, learn their delivery, fetch replies and a
    /// newer content pack (no PIN needed).
    Sync(commands::SyncArgs),
    /// Seal the profile under a recovery code and store it on the relay (or --out FILE).
    Backup(commands::BackupArgs),
    /// Restore a backup into this new profile; the recovery code comes from
    /// WAYMARK_RECOVERY or standard input.
    Restore(commands::RestoreArgs),
    /// The interactive terminal app: every screen, keyboard only. Without
    /// --relay it runs its own relay on 127.0.0.1 (database in the profile folder).
    Tui,
    /// Content tools for authors.
    Content {
        #[command(subcommand)]
        action: ContentCommand,
    },
    /// Burmese text tools: detect Zawgyi, convert it to Unicode. TEXT
    /// or, without it, standard input.
    Text {
        #[command(subcommand)]
        action: TextCommand,
    },
    /// Translation tools.
    L10n {
        #[command(subcommand)]
        action: L10nCommand,
    },
}

#[derive(Debug, Subcommand)]
pub(crate) enum ContentCommand {
    /// Check content and translations: structure, dangling ids, missing or
    /// broken messages, and (with --facts) that every hotline is verified.
    Lint {
        /// Repository root holding content/ and locales/ (default: the
        /// nearest folder that has both, from here up, then from this binary up).
        #[arg(long, value_name = "DIR")]
        root: Option<PathBuf>,
        /// hotlines.json to check every directory number against.
        #[arg(long, value_name = "FILE")]
        facts: Option<PathBuf>,
    },
    /// Make a publisher key pair: NAME.pk8.hex (private, keep offline) and NAME.pub.hex.
    Keygen {
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        #[arg(long, default_value = "publisher")]
        name: String,
    },
    /// Lint, then write an unsigned pack of content/ and locales/ at VERSION.
    Build {
        /// As for `lint`.
        #[arg(long, value_name = "DIR")]
        root: Option<PathBuf>,
        #[arg(long)]
        version: u64,
        /// The publisher's public key (NAME.pub.hex) the pack will be signed with.
        #[arg(long, value_name = "FILE")]
        public_key: PathBuf,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Sign an unsigned pack with a private key (NAME.pk8.hex).
    Sign {
        #[arg(long, value_name = "FILE")]
        key: PathBuf,
        #[arg(long = "in", value_name = "FILE")]
        input: PathBuf,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Verify a pack's signature and content (with this build's trusted keys, or --public-key).
    Verify {
        pack: PathBuf,
        #[arg(long, value_name = "FILE")]
        public_key: Option<PathBuf>,
    },
    /// Install a signed pack into the profile (atomic; must be newer).
    Install { pack: PathBuf },
    /// The content version in use.
    Status,
}

#[derive(Debug, Subcommand)]
pub(crate) enum TextCommand {
    /// Probability (0–1) that the text is Zawgyi rather than Unicode.
    Detect { text: Option<String> },
    /// Zawgyi → Unicode when the detector is confident (or always with --force).
    Convert {
        text: Option<String>,
        #[arg(long)]
        force: bool,
    },
}

#[derive(Debug, Subcommand)]
pub(crate) enum L10nCommand {
    /// Fail on a message missing from any locale, an extra one, a Fluent
    /// syntax error or text left in English.
    Check {
        /// A locales folder to check instead of the one built in.
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
    /// List the shipped languages and their review status.
    List,
}

fn main() -> ExitCode {
    // Arguments that are not UTF-8 reach clap, which names them, instead
    // of panicking here.
    let raw: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let json_mode = raw.iter().any(|a| a == "--json");
    let cli = match Cli::try_parse_from(&raw) {
        Ok(cli) => cli,
        Err(e) => return usage_error(e, json_mode, &early_locale(&raw)),
    };
    // An unknown --locale is refused before anything else happens, in the
    // environment's language (docs/cli.md: `unknown_locale`).
    if let Some(tag) = cli.locale.as_deref()
        && let Err(e) = waymark_core::settings::shipped_tag(tag)
    {
        let f = Failure::from_core(&e, &Localizer::for_preferences(&device_locales(None)));
        output::failure(cli.json, &f);
        return ExitCode::from(f.exit());
    }
    let prefs = device_locales(cli.locale.as_deref());
    // A bug must never show panic text (it could quote data): the hook
    // stays silent and the failure is reported as `internal`.
    std::panic::set_hook(Box::new(|_| {}));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        commands::run(&cli, prefs.clone())
    }))
    .unwrap_or_else(|_| {
        let l = Localizer::for_preferences(&prefs);
        Err(Failure::from_core(&Error::Internal("panic"), &l))
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            output::failure(cli.json, &f);
            ExitCode::from(f.exit())
        }
    }
}

fn usage_error(e: clap::Error, json_mode: bool, prefs: &[String]) -> ExitCode {
    use clap::error::ErrorKind;
    if e.kind() == ErrorKind::InvalidUtf8 {
        let l = Localizer::for_preferences(prefs);
        let f = commands::input_failure(input::InputProblem::NotText, &l);
        output::failure(json_mode, &f);
        return ExitCode::from(f.exit());
    }
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion)
        || e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand && !json_mode
    {
        let _ = e.print();
        return ExitCode::from(
            if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
                2
            } else {
                0
            },
        );
    }
    let l = Localizer::for_preferences(prefs);
    let mut f = Failure::with_message(waymark_core::ErrorKind::Usage, l.message("error-usage"));
    f.detail = Some(Value::String(e.render().to_string()));
    output::failure(json_mode, &f);
    ExitCode::from(f.exit())
}

/// `--locale` as given on a command line that failed to parse.
fn early_locale(raw: &[std::ffi::OsString]) -> Vec<String> {
    let raw: Vec<String> = raw
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let flag = raw.iter().enumerate().find_map(|(i, a)| {
        a.strip_prefix("--locale=")
            .map(str::to_string)
            .or_else(|| (a == "--locale").then(|| raw.get(i + 1).cloned()).flatten())
    });
    device_locales(flag.as_deref())
}

/// The preference list: `--locale`, then the POSIX locale variables.
fn device_locales(flag: Option<&str>) -> Vec<String> {
    let mut prefs = Vec::new();
    if let Some(tag) = flag {
        prefs.push(tag.to_string());
    }
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Ok(v) = std::env::var(var)
            && !v.is_empty()
        {
            prefs.push(v);
            break;
        }
    }
    prefs
}

fn data_dir(cli: &Cli) -> PathBuf {
    cli.data_dir
        .clone()
        .or_else(|| dirs::data_dir().map(|d| d.join("waymark")))
        .unwrap_or_else(|| PathBuf::from(".waymark"))
}

fn config(cli: &Cli) -> Config {
    let dir = data_dir(cli);
    let mut config = Config::new(&dir, Arc::new(FileSecret::in_dir(&dir)));
    // --locale is the person's own choice: it wins over the profile's (read
    // once unlocked), which wins over the environment; `init` keeps it.
    config.chosen_locale = cli.locale.clone();
    config.device_locales = device_locales(None);
    // The terminal app's in-process relay writes here too: a wipe erases it.
    config.owned_files = vec![relay::LOCAL_DB.into()];
    config
}
