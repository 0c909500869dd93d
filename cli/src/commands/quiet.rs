//! `waymark message`, `sync`, `backup` and `restore`: quiet contact from the
//! command line. Message text and recovery codes come from standard input
//! or the environment, never from arguments.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use clap::{Args, Subcommand};
use serde_json::json;
use waymark_core::quiet::MAX_MESSAGE;
use waymark_core::sync::{SyncReport, SyncWait};
use waymark_core::{Error, Waymark};

use super::{input_failure, read_file, unlocked};
use crate::input::{InputProblem, SecretSource};
use crate::output::{self, Failure};
use crate::relay::Relay;

#[derive(Debug, Subcommand)]
pub enum MessageCommand {
    /// Hotlines that take sealed messages.
    Hotlines,
    /// Your conversations (needs the PIN).
    List,
    /// One conversation with the status of each message.
    Show { conversation: i64 },
    /// Write to a hotline. The text is read from standard input (after the
    /// PIN when WAYMARK_PIN is not set); it is sealed and queued at once,
    /// and sent by `waymark sync`.
    #[command(group(clap::ArgGroup::new("to").required(true).args(["hotline", "conversation"])))]
    Send {
        /// Start or continue the conversation with this hotline.
        #[arg(long, conflicts_with = "conversation")]
        hotline: Option<String>,
        /// Continue this conversation.
        #[arg(long)]
        conversation: Option<i64>,
    },
    /// Queue a message that needs attention again.
    Retry { message: i64 },
}

#[derive(Debug, Args)]
pub struct SyncArgs {
    /// Keep going until nothing waits (or this many seconds pass), waiting
    /// as long as the engine's backoff asks.
    #[arg(long, value_name = "SECONDS")]
    pub wait: Option<u64>,
}

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Write the sealed backup to this file instead of the relay.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Make a new recovery code (the old one stops working for new backups).
    #[arg(long)]
    pub new_code: bool,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// Read the sealed backup from this file instead of the relay.
    #[arg(long = "from", value_name = "FILE")]
    pub from: Option<PathBuf>,
}

fn fail(w: &Waymark) -> impl Fn(Error) -> Failure + '_ {
    move |e| Failure::from_core(&e, &w.localizer())
}

fn status_mark(outgoing: bool, label: &str) -> String {
    if outgoing {
        format!("  [{label}]")
    } else {
        String::new()
    }
}

pub fn message(
    json_mode: bool,
    w: &Waymark,
    secrets: &mut SecretSource,
    cmd: &MessageCommand,
) -> Result<(), Failure> {
    if let MessageCommand::Hotlines = cmd {
        let hotlines = w.quiet().hotlines();
        let lines: Vec<String> = hotlines
            .iter()
            .map(|h| format!("{}\t{}\t{}", h.id, h.name, h.about))
            .collect();
        output::success(json_mode, json!({ "hotlines": hotlines }), &lines);
        return Ok(());
    }
    let _unlocked = unlocked(w, secrets)?;
    message_unlocked(json_mode, w, secrets, cmd)
}

fn message_unlocked(
    json_mode: bool,
    w: &Waymark,
    secrets: &mut SecretSource,
    cmd: &MessageCommand,
) -> Result<(), Failure> {
    let l = w.localizer();
    match cmd {
        MessageCommand::Hotlines => Ok(()),
        MessageCommand::List => {
            let s = w.quiet().conversations_screen().map_err(fail(w))?;
            let mut lines = vec![format!("# {}", s.title), s.intro.clone()];
            if !s.outbox_note.is_empty() {
                lines.push(s.outbox_note.clone());
            }
            if s.conversations.is_empty() {
                lines.push(s.empty.clone());
            }
            for c in &s.conversations {
                lines.push(format!(
                    "{}\t{}\t{}\t{}",
                    c.id, c.hotline_name, c.status_label, c.last_message
                ));
            }
            output::success(json_mode, json!(s), &lines);
            Ok(())
        }
        MessageCommand::Show { conversation } => {
            // The whole conversation, as this command always showed: the
            // core hands it out a page at a time, newest first.
            let mut s = w
                .quiet()
                .conversation_screen(*conversation)
                .map_err(fail(w))?;
            while let Some(before) = s.earlier {
                let page = w
                    .quiet()
                    .conversation_page(*conversation, Some(before))
                    .map_err(fail(w))?;
                s.messages.splice(0..0, page.messages);
                s.earlier = page.earlier;
            }
            let mut lines = vec![format!("# {}", s.title)];
            lines.extend(s.development_note.clone());
            for m in &s.messages {
                let who = if m.outgoing {
                    s.you_label.clone()
                } else {
                    s.hotline_name.clone()
                };
                lines.push(format!(
                    "{who}: {}{}",
                    m.body,
                    status_mark(m.outgoing, &m.status_label)
                ));
            }
            lines.push(s.privacy_note.clone());
            output::success(json_mode, json!(s), &lines);
            Ok(())
        }
        MessageCommand::Send {
            hotline,
            conversation,
        } => {
            let conversation = match (conversation, hotline) {
                (Some(id), _) => *id,
                (None, Some(h)) => w.quiet().conversation_with(h).map_err(fail(w))?,
                // clap requires one of the two.
                (None, None) => return Err(fail(w)(Error::HotlineNotFound)),
            };
            let text = match secrets.rest() {
                Ok(Some(text)) => text,
                Ok(None) => return Err(fail(w)(Error::MessageEmpty)),
                // More than the read limit is far more than a message holds.
                Err(InputProblem::TooLong) => {
                    return Err(fail(w)(Error::MessageTooLong { max: MAX_MESSAGE }));
                }
                Err(p) => return Err(input_failure(p, &l)),
            };
            let m = w
                .quiet()
                .send_message(conversation, &text)
                .map_err(fail(w))?;
            output::success(
                json_mode,
                json!({ "conversation": conversation, "message": m }),
                std::slice::from_ref(&m.status_label),
            );
            Ok(())
        }
        MessageCommand::Retry { message } => {
            w.quiet().retry_message(*message).map_err(fail(w))?;
            output::success(
                json_mode,
                json!({ "retried": message }),
                &[l.message("quiet-status-queued")],
            );
            Ok(())
        }
    }
}

fn report_lines(w: &Waymark, r: &SyncReport) -> Vec<String> {
    let l = w.localizer();
    let n = |v: u32| waymark_core::error::ArgValue::Number(i64::from(v));
    let mut lines = Vec::new();
    // Why the engine holds back and when it tries next, as the core says.
    let wait = w.sync().wait_note(r);
    if r.waiting == Some(SyncWait::Offline) {
        lines.extend(wait.clone());
    }
    lines.push(l.message_with(
        "sync-done",
        &[
            ("sent", n(r.sent)),
            ("delivered", n(r.delivered)),
            ("replies", n(r.replies)),
        ],
    ));
    if r.waiting != Some(SyncWait::Offline) {
        lines.extend(wait);
    }
    lines
}

fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// `waymark sync`: works while locked — the outbox is device-sealed — and
/// never needs the PIN. Replies fetched are opened at the next unlock.
pub fn sync(json_mode: bool, w: &Waymark, relay: &Relay, args: &SyncArgs) -> Result<(), Failure> {
    let deadline = args.wait.map(|s| Instant::now() + Duration::from_secs(s));
    let mut total = SyncReport::default();
    loop {
        let r = relay
            .runtime
            .block_on(w.sync().run_now(&relay.transport))
            .map_err(fail(w))?;
        total.requests += r.requests;
        total.sent += r.sent;
        total.delivered += r.delivered;
        total.replies += r.replies;
        total.failed += r.failed;
        total.network_errors += r.network_errors;
        total.refused_answers += r.refused_answers;
        total.pack_installed = r.pack_installed.or(total.pack_installed);
        total.queued = r.queued;
        total.next_attempt_in = r.next_attempt_in;
        total.offline = r.offline;
        total.paused_until = r.paused_until;
        total.waiting = r.waiting;
        total.next_attempt_at = r.next_attempt_at;
        let Some(deadline) = deadline else { break };
        if r.queued == 0 || r.offline {
            break;
        }
        // Wait as the engine asks (its backoff, the server's pause, the
        // end of its request window), never past the deadline.
        let until = r
            .next_attempt_at
            .map_or(0, |t| (t - unix_now()).max(0) as u64);
        let wait = Duration::from_secs(r.next_attempt_in.unwrap_or(1).max(until).max(1));
        let now = Instant::now();
        if now + wait > deadline {
            break;
        }
        std::thread::sleep(wait);
    }
    let lines = report_lines(w, &total);
    output::success(json_mode, json!(total), &lines);
    Ok(())
}

pub fn backup(
    json_mode: bool,
    w: &Waymark,
    secrets: &mut SecretSource,
    relay: Option<&Relay>,
    args: &BackupArgs,
) -> Result<(), Failure> {
    let _unlocked = unlocked(w, secrets)?;
    let l = w.localizer();
    let export = match (&args.out, relay) {
        (Some(path), _) => {
            // The new key is kept only once the file is written, so a
            // failed write never leaves a code nobody saw.
            let export = w.backup().prepare(args.new_code).map_err(fail(w))?;
            write_private(path, &export.blob).map_err(|e| fail(w)(Error::Io(e)))?;
            w.backup().confirm(&export).map_err(fail(w))?;
            export
        }
        (None, Some(relay)) => relay
            .runtime
            .block_on(w.backup().to_relay(&relay.transport, args.new_code))
            .map_err(fail(w))?,
        (None, None) => return Err(fail(w)(Error::Network)),
    };
    let mut lines = vec![l.message("backup-done")];
    if let Some(code) = &export.recovery_code {
        lines.push(format!("# {}", l.message("backup-code-title")));
        lines.push(code.clone());
        lines.push(l.message("backup-code-once"));
    }
    output::success(json_mode, json!(export), &lines);
    Ok(())
}

pub fn restore(
    json_mode: bool,
    w: &Waymark,
    secrets: &mut SecretSource,
    relay: Option<&Relay>,
    args: &RestoreArgs,
) -> Result<(), Failure> {
    let _unlocked = unlocked(w, secrets)?;
    let l = w.localizer();
    let code = secrets
        .read("WAYMARK_RECOVERY", &l.message("restore-intro"))
        .map_err(|p| input_failure(p, &l))?
        .ok_or_else(|| fail(w)(Error::RecoveryCodeInvalid))?;
    let report = match (&args.from, relay) {
        (Some(path), _) => {
            let blob = read_file(path, &l)?;
            w.backup().import(&code, &blob).map_err(fail(w))?
        }
        (None, Some(relay)) => relay
            .runtime
            .block_on(w.backup().from_relay(&relay.transport, &code))
            .map_err(fail(w))?,
        (None, None) => return Err(fail(w)(Error::Network)),
    };
    let n = |v: u32| waymark_core::error::ArgValue::Number(i64::from(v));
    let line = l.message_with(
        "restore-done",
        &[
            ("contacts", n(report.contacts)),
            ("conversations", n(report.conversations)),
            ("messages", n(report.messages)),
        ],
    );
    output::success(json_mode, json!(report), &[line]);
    Ok(())
}

/// Writes a file only its owner can read.
fn write_private(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut f = options.open(path)?;
    f.write_all(bytes)?;
    f.sync_all()
}
