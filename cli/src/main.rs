//! `waymark`: the terminal front end and scriptable face of the core.
//!
//! It draws the core's screen models and forwards actions; it holds no
//! business rule and no user-facing text of its own (all text comes from
//! `locales/` through the core's localizer). The command-line contract —
//! names, `--json`, PINs from the environment or stdin, exit statuses — is
//! in docs/cli.md.

mod content;
mod input;
mod output;
mod quiet;
mod relay;
mod safety;
mod tui;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use serde_json::{Value, json};
use waymark_core::l10n::{self, LocaleFiles};
use waymark_core::vault::FileSecret;
use waymark_core::{Config, Error, Localizer, ProfileState, Screen, Settings, Waymark};

use input::SecretSource;
use output::Failure;

#[derive(Debug, Parser)]
#[command(
    name = "waymark",
    version,
    about = "Waymark: offline safety companion (terminal front end)"
)]
struct Cli {
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
enum Command {
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
    Wipe(safety::WipeArgs),
    /// Compose SOS text messages for trusted contacts (printed, never sent).
    Sos(safety::SosArgs),
    /// Set or remove the duress PIN that opens a harmless decoy.
    Duress {
        #[command(subcommand)]
        action: safety::DuressCommand,
    },
    /// Show or change wrong-PIN protection and the disguise.
    Policy(safety::PolicyArgs),
    /// Emergency contacts (sealed).
    Contacts {
        #[command(subcommand)]
        action: Option<safety::ContactsCommand>,
    },
    /// The checklist of traces Waymark and your contacts may leave on a phone.
    Traces,
    /// Lessons for school programmes and migrants.
    Lessons {
        #[command(subcommand)]
        action: Option<content::LessonsCommand>,
    },
    /// A lesson's quiz: show a question, answer it, see the score.
    Quiz(content::QuizArgs),
    /// Classroom mode: the outline of a teacher-led session of a lesson
    /// (run it in `waymark tui`); stores nothing about students.
    Classroom {
        /// Lesson id (see `waymark lessons`).
        lesson: String,
    },
    /// Safe-migration checklists for a route.
    Checklist(content::ChecklistArgs),
    /// Check a job offer for warning signs.
    Redflags(content::RedflagsArgs),
    /// Verified hotlines, filtered by country, language and need.
    Directory(content::DirectoryArgs),
    /// Search lessons, checklists, the job-offer check and hotlines.
    Search {
        /// Words to find (any script; Zawgyi Burmese is converted).
        query: String,
    },
    /// Quiet contact: sealed messages to a hotline.
    Message {
        #[command(subcommand)]
        action: quiet::MessageCommand,
    },
    /// Send waiting messages, learn their delivery, fetch replies and a
    /// newer content pack (no PIN needed).
    Sync(quiet::SyncArgs),
    /// Seal the profile under a recovery code and store it on the relay (or --out FILE).
    Backup(quiet::BackupArgs),
    /// Restore a backup into this new profile; the recovery code comes from
    /// WAYMARK_RECOVERY or standard input.
    Restore(quiet::RestoreArgs),
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
enum TextCommand {
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
enum L10nCommand {
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
        return ExitCode::from(f.exit);
    }
    let prefs = device_locales(cli.locale.as_deref());
    // A bug must never show panic text (it could quote data): the hook
    // stays silent and the failure is reported as `internal`.
    std::panic::set_hook(Box::new(|_| {}));
    let result =
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(&cli, prefs.clone())))
            .unwrap_or_else(|_| {
                let l = Localizer::for_preferences(&prefs);
                Err(Failure::from_core(&Error::Internal("panic"), &l))
            });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            output::failure(cli.json, &f);
            ExitCode::from(f.exit)
        }
    }
}

fn usage_error(e: clap::Error, json_mode: bool, prefs: &[String]) -> ExitCode {
    use clap::error::ErrorKind;
    if e.kind() == ErrorKind::InvalidUtf8 {
        let l = Localizer::for_preferences(prefs);
        let f = input_failure(input::InputProblem::NotText, &l);
        output::failure(json_mode, &f);
        return ExitCode::from(f.exit);
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
    let mut f = Failure::with_message("usage", l.message("error-usage"));
    f.detail = Some(Value::String(e.render().to_string()));
    output::failure(json_mode, &f);
    ExitCode::from(f.exit)
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

fn open(cli: &Cli, prefs: Vec<String>) -> Result<Waymark, Failure> {
    let fail = |e: Error| Failure::from_core(&e, &Localizer::for_preferences(&prefs));
    match Waymark::open(config(cli)) {
        // A panic wipe must work on a database too damaged to open.
        Err(Error::Corrupted(_)) if matches!(&cli.command, Command::Wipe(a) if a.yes) => {
            Waymark::wipe_unopenable(&config(cli)).map_err(fail)?;
            Waymark::open(config(cli)).map_err(fail)
        }
        other => other.map_err(fail),
    }
}

fn run(cli: &Cli, prefs: Vec<String>) -> Result<(), Failure> {
    if let Command::L10n { action } = &cli.command {
        return l10n_command(cli, action, &Localizer::for_preferences(&prefs));
    }
    if let Command::Content { action } = &cli.command {
        let l = Localizer::for_preferences(&prefs);
        return match action {
            ContentCommand::Lint { .. } => content_command(cli.json, action, &l),
            ContentCommand::Install { .. } | ContentCommand::Status => {
                let w = open(cli, prefs)?;
                content::pack_command(cli.json, &w, action)
            }
            _ => content::pack_tool(cli.json, action, &l),
        };
    }
    if let Command::Text { action } = &cli.command {
        return text_command(cli.json, action, &Localizer::for_preferences(&prefs));
    }
    let w = open(cli, prefs)?;
    let fail = |e: Error| Failure::from_core(&e, &w.localizer());
    let mut secrets = SecretSource::new();
    match &cli.command {
        Command::Init => {
            let l = w.localizer();
            if w.state().map_err(fail)? != ProfileState::New {
                return Err(fail(Error::AlreadySetUp));
            }
            let pin = read_pin(
                &mut secrets,
                "WAYMARK_PIN",
                &l.message("setup-pin-label"),
                &l,
            )?;
            // Scripts give the PIN once; a person at a terminal types it twice.
            let confirmation = if std::env::var("WAYMARK_PIN").is_err()
                && std::io::IsTerminal::is_terminal(&std::io::stdin())
            {
                read_pin(
                    &mut secrets,
                    "WAYMARK_PIN",
                    &l.message("setup-confirm-label"),
                    &l,
                )?
            } else {
                pin.clone()
            };
            w.set_up(&pin, &confirmation).map_err(fail)?;
            w.lock();
            let l = w.localizer();
            output::success(
                cli.json,
                json!({ "state": "locked", "created": true, "data_dir": w.data_dir().to_string_lossy(), "locale": l.active_tag() }),
                &[l.message("setup-done")],
            );
            Ok(())
        }
        Command::Status => {
            let state = w.state().map_err(fail)?;
            print_status(cli.json, &w, state);
            Ok(())
        }
        Command::Unlock => {
            unlock(&w, &mut secrets)?;
            let l = w.localizer();
            let screen = w.screen().map_err(fail)?;
            let mut lines = vec![l.message("unlock-done")];
            lines.extend(screen_lines(&screen));
            lines.push(l.message("lock-on-exit"));
            output::success(
                cli.json,
                json!({ "state": "unlocked", "screen": screen }),
                &lines,
            );
            w.lock();
            Ok(())
        }
        Command::Lock => {
            w.lock();
            let state = w.state().map_err(fail)?;
            if state == ProfileState::New {
                return Err(fail(Error::NotSetUp));
            }
            let l = w.localizer();
            output::success(
                cli.json,
                json!({ "state": "locked" }),
                &[l.message("lock-done")],
            );
            Ok(())
        }
        Command::ChangePin => {
            let l = w.localizer();
            if w.state().map_err(fail)? == ProfileState::New {
                return Err(fail(Error::NotSetUp));
            }
            let current = read_pin(
                &mut secrets,
                "WAYMARK_PIN",
                &l.message("change-pin-current"),
                &l,
            )?;
            let new = read_pin(
                &mut secrets,
                "WAYMARK_NEW_PIN",
                &l.message("change-pin-new"),
                &l,
            )?;
            w.change_pin(&current, &new, &new).map_err(fail)?;
            output::success(
                cli.json,
                json!({ "state": "locked", "pin_changed": true }),
                &[l.message("change-pin-done")],
            );
            Ok(())
        }
        Command::Screen => {
            if w.state().map_err(fail)? == ProfileState::Locked
                && std::env::var("WAYMARK_PIN").is_ok()
            {
                unlock(&w, &mut secrets)?;
            }
            let screen = w.screen().map_err(fail)?;
            output::success(cli.json, json!(screen), &screen_lines(&screen));
            w.lock();
            Ok(())
        }
        Command::Settings {
            language,
            name,
            country,
        } => {
            unlock(&w, &mut secrets)?;
            let mut settings = w.settings().map_err(fail)?;
            let changing = language.is_some() || name.is_some() || country.is_some();
            if let Some(country) = country {
                settings.country = Some(country.clone());
            }
            if let Some(language) = language {
                settings.locale = Some(language.clone());
            }
            if let Some(name) = name {
                settings.display_name = Some(name.clone());
            }
            if changing {
                settings = w.update_settings(settings).map_err(fail)?;
            }
            let l = w.localizer();
            let mut lines = settings_lines(&settings, &l);
            if changing {
                lines.push(l.message("settings-saved"));
            }
            output::success(
                cli.json,
                json!({ "settings": settings, "saved": changing }),
                &lines,
            );
            w.lock();
            Ok(())
        }
        Command::Wipe(args) => safety::wipe(cli.json, &w, args),
        Command::Sos(args) => safety::sos(cli.json, &w, &mut secrets, args),
        Command::Duress { action } => safety::duress(cli.json, &w, &mut secrets, action),
        Command::Policy(args) => safety::policy(cli.json, &w, &mut secrets, args),
        Command::Contacts { action } => safety::contacts(
            cli.json,
            &w,
            &mut secrets,
            action.as_ref().unwrap_or(&safety::ContactsCommand::List),
        ),
        Command::Lessons { action } => content::lessons(
            cli.json,
            &w,
            &mut secrets,
            action.as_ref().unwrap_or(&content::LessonsCommand::List),
        ),
        Command::Quiz(args) => content::quiz(cli.json, &w, &mut secrets, args),
        Command::Classroom { lesson } => content::classroom(cli.json, &w, lesson),
        Command::Checklist(args) => content::checklist(cli.json, &w, &mut secrets, args),
        Command::Redflags(args) => content::redflags(cli.json, &w, &mut secrets, args),
        Command::Directory(args) => {
            content::directory(cli.json, &w, args);
            Ok(())
        }
        Command::Search { query } => {
            content::search(cli.json, &w, query);
            Ok(())
        }
        Command::Message { action } => quiet::message(cli.json, &w, &mut secrets, action),
        Command::Sync(args) => {
            let relay = connect(cli, &w)?;
            // Sync needs no PIN; with WAYMARK_PIN set it unlocks a set-up
            // profile first, and only the real profile's PIN makes the
            // report show counts.
            if std::env::var_os("WAYMARK_PIN").is_some()
                && w.state().map_err(fail)? == ProfileState::Locked
            {
                unlock(&w, &mut secrets)?;
            }
            quiet::sync(cli.json, &w, &relay, args)
        }
        Command::Backup(args) => {
            let relay = if args.out.is_none() {
                Some(connect(cli, &w)?)
            } else {
                None
            };
            quiet::backup(cli.json, &w, &mut secrets, relay.as_ref(), args)
        }
        Command::Restore(args) => {
            let relay = if args.from.is_none() {
                Some(connect(cli, &w)?)
            } else {
                None
            };
            quiet::restore(cli.json, &w, &mut secrets, relay.as_ref(), args)
        }
        Command::Tui => {
            use std::io::IsTerminal;
            if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
                let message = w.localizer().message("error-tui-needs-terminal");
                return Err(Failure::with_message("usage", message));
            }
            let relay = match &cli.relay {
                Some(url) => relay::Relay::remote(url, http_timeout(&w)?),
                None => relay::Relay::in_process(&data_dir(cli)),
            }
            .map_err(fail)?;
            tui::run(w, relay)
                .map_err(|e| Failure::from_core(&Error::Io(e), &Localizer::for_preferences(&[])))
        }
        Command::Traces => {
            safety::traces(cli.json, &w);
            Ok(())
        }
        // Handled above, before a profile is opened.
        Command::L10n { .. } | Command::Text { .. } | Command::Content { .. } => Ok(()),
    }
}

/// The relay named by `--relay` / WAYMARK_RELAY, or the local default.
fn connect(cli: &Cli, w: &Waymark) -> Result<relay::Relay, Failure> {
    let url = cli.relay.as_deref().unwrap_or(relay::DEFAULT_RELAY);
    relay::Relay::remote(url, http_timeout(w)?).map_err(|e| Failure::from_core(&e, &w.localizer()))
}

fn http_timeout(w: &Waymark) -> Result<std::time::Duration, Failure> {
    relay::http_timeout().ok_or_else(|| {
        Failure::with_message("invalid_input", w.localizer().message("error-http-timeout"))
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
        .ok_or_else(|| Failure::with_message("pin_missing", l.message("error-pin-missing")))
}

/// Reads a file named on the command line: one that is not there is
/// `not_found`, not a failure of this device's storage.
pub(crate) fn read_file(path: &Path, l: &Localizer) -> Result<Vec<u8>, Failure> {
    std::fs::read(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => {
            Failure::with_message("not_found", l.message("error-file-not-found"))
        }
        _ => Failure::from_core(&Error::Io(e), l),
    })
}

/// Input that could not be used: not text, or cut at the read limit.
pub(crate) fn input_failure(problem: input::InputProblem, l: &Localizer) -> Failure {
    match problem {
        input::InputProblem::NotText => {
            Failure::with_message("invalid_input", l.message("error-input-not-text"))
        }
        input::InputProblem::TooLong => Failure::from_core(
            &Error::InvalidInput {
                field: "standard input",
            },
            l,
        ),
    }
}

pub(crate) fn unlock(w: &Waymark, secrets: &mut SecretSource) -> Result<(), Failure> {
    let l = w.localizer();
    let fail = |e: Error| Failure::from_core(&e, &w.localizer());
    if w.state().map_err(fail)? == ProfileState::New {
        return Err(fail(Error::NotSetUp));
    }
    let pin = read_pin(secrets, "WAYMARK_PIN", &l.message("unlock-prompt"), &l)?;
    w.unlock(&pin).map_err(fail)
}

fn print_status(json_mode: bool, w: &Waymark, state: ProfileState) {
    let l = w.localizer();
    let state_text = l.message(match state {
        ProfileState::New => "state-new",
        ProfileState::Locked => "state-locked",
        ProfileState::Unlocked => "state-unlocked",
    });
    let info = l.active_info();
    let mut lines = vec![
        l.message_with(
            "status-state",
            &[("state", waymark_core::error::ArgValue::Text(state_text))],
        ),
        l.message_with(
            "home-language",
            &[(
                "language",
                waymark_core::error::ArgValue::Text(info.name.clone()),
            )],
        ),
    ];
    if let Some(id) = info.review.notice_id() {
        lines.push(l.message(id));
    }
    output::success(
        json_mode,
        json!({
            "state": state,
            "data_dir": w.data_dir().to_string_lossy(),
            "locale": info.tag,
            "locale_review": info.review.as_str(),
            "locales": l10n::available().iter().map(|i| json!({"tag": i.tag, "name": i.name, "review": i.review.as_str()})).collect::<Vec<_>>(),
        }),
        &lines,
    );
}

fn screen_lines(screen: &Screen) -> Vec<String> {
    let mut lines = Vec::new();
    match screen {
        Screen::Setup(s) => {
            lines.extend([s.title.clone(), s.intro.clone(), s.warning.clone()]);
            lines.extend(s.translation_notice.clone());
        }
        Screen::Unlock(s) => {
            lines.extend([s.title.clone(), s.prompt.clone()]);
            lines.extend(s.translation_notice.clone());
        }
        Screen::Calculator(s) => lines.push(s.display.clone()),
        Screen::Home(s) => {
            lines.extend([
                format!("# {}", s.title),
                s.greeting.clone(),
                s.language.clone(),
            ]);
            lines.extend(s.translation_notice.clone());
        }
    }
    lines
}

fn settings_lines(s: &Settings, l: &Localizer) -> Vec<String> {
    let language = match s
        .locale
        .as_deref()
        .and_then(|t| l10n::available().into_iter().find(|i| i.tag == t))
    {
        Some(info) => info.name,
        None => l.message_with(
            "settings-language-device",
            &[(
                "language",
                waymark_core::error::ArgValue::Text(l.active_info().name),
            )],
        ),
    };
    vec![
        format!("{}: {}", l.message("settings-language"), language),
        format!(
            "{} {}",
            l.message("settings-display-name"),
            s.display_name.as_deref().unwrap_or("-")
        ),
    ]
}

fn content_command(json_mode: bool, action: &ContentCommand, l: &Localizer) -> Result<(), Failure> {
    let ContentCommand::Lint { root, facts } = action else {
        return Ok(());
    };
    let io = |e: std::io::Error| Failure::from_core(&Error::Io(e), l);
    let root = content::content_root(root.as_deref(), l)?;
    let (content, manifest, locales) = read_tree(&root).map_err(io)?;
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
                &[(
                    "count",
                    waymark_core::error::ArgValue::Number(locales.len() as i64),
                )],
            )],
        );
        Ok(())
    } else {
        let mut f = Failure::with_message(
            "l10n_incomplete",
            l.message_with(
                "l10n-check-failed",
                &[(
                    "count",
                    waymark_core::error::ArgValue::Number(problems.len() as i64),
                )],
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
    let text =
        String::from_utf8(buf).map_err(|_| input_failure(input::InputProblem::NotText, l))?;
    Ok(text.trim_end_matches(['\n', '\r']).to_string())
}

fn text_command(json_mode: bool, action: &TextCommand, l: &Localizer) -> Result<(), Failure> {
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

fn l10n_command(cli: &Cli, action: &L10nCommand, l: &Localizer) -> Result<(), Failure> {
    match action {
        L10nCommand::List => {
            let locales = l10n::available();
            let lines: Vec<String> = locales
                .iter()
                .map(|i| format!("{}\t{}\t{}", i.tag, i.name, i.review.as_str()))
                .collect();
            output::success(cli.json, json!({ "locales": locales }), &lines);
            Ok(())
        }
        L10nCommand::Check { dir } => {
            let (problems, count) = match dir {
                Some(dir) => {
                    let (manifest, files) =
                        read_locales_dir(dir).map_err(|e| Failure::from_core(&Error::Io(e), l))?;
                    let count = files.len();
                    (l10n::check::check(&manifest, &files), count)
                }
                None => (l10n::check_embedded(), l10n::available().len()),
            };
            if problems.is_empty() {
                output::success(
                    cli.json,
                    json!({ "ok": true, "locales": count, "problems": [] }),
                    &[l.message_with(
                        "l10n-check-ok",
                        &[("count", waymark_core::error::ArgValue::Number(count as i64))],
                    )],
                );
                Ok(())
            } else {
                let list: Vec<Value> = problems
                    .iter()
                    .map(|p| Value::String(p.to_string()))
                    .collect();
                let mut f = Failure::with_message(
                    "l10n_incomplete",
                    l.message_with(
                        "l10n-check-failed",
                        &[(
                            "count",
                            waymark_core::error::ArgValue::Number(problems.len() as i64),
                        )],
                    ),
                );
                f.detail = Some(Value::Array(list));
                Err(f)
            }
        }
    }
}

/// The content files, manifest and locales of a repository tree.
pub(crate) type Tree = (Vec<(String, String)>, String, BTreeMap<String, LocaleFiles>);

pub(crate) fn read_tree(root: &Path) -> std::io::Result<Tree> {
    let mut content = Vec::new();
    for sub in ["", "lessons"] {
        let dir = root.join("content").join(sub);
        let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        names.sort();
        for path in names {
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            let rel = if sub.is_empty() {
                name.to_string()
            } else {
                format!("{sub}/{name}")
            };
            content.push((rel, std::fs::read_to_string(&path)?));
        }
    }
    let (manifest, locales) = read_locales_dir(&root.join("locales"))?;
    Ok((content, manifest, locales))
}

/// Reads `manifest.json` and every `<tag>/*.ftl` under `dir`.
fn read_locales_dir(dir: &Path) -> std::io::Result<(String, BTreeMap<String, LocaleFiles>)> {
    let manifest = std::fs::read_to_string(dir.join("manifest.json"))?;
    let mut files: BTreeMap<String, LocaleFiles> = BTreeMap::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if !path.is_dir() {
            continue;
        }
        let tag = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        let mut list = Vec::new();
        for f in std::fs::read_dir(&path)? {
            let f = f?.path();
            if f.extension().is_some_and(|x| x == "ftl") {
                let name = f
                    .file_name()
                    .and_then(|n| n.to_str())
                    .unwrap_or_default()
                    .to_string();
                list.push((name, std::fs::read_to_string(&f)?));
            }
        }
        list.sort();
        files.insert(tag, list);
    }
    Ok((manifest, files))
}
