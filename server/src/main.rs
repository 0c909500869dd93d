//! `waymark-server`: run the relay, and the operator's commands that work
//! directly on its database — make a hotline key pair, read a hotline's
//! inbox (decrypting with its private key on the operator's machine), answer
//! a message into its reply mailbox, publish a content pack, and invite a
//! hotline console operator.
//!
//! Every command takes `--json` for machine-readable output on stdout;
//! failures exit non-zero with the reason on stderr. The operator's
//! commands fail loudly rather than answer "no messages" for the wrong
//! thing: they never create a database (a mistyped `--db` is an error), a
//! key that matches nothing on a relay holding other hotlines' envelopes
//! is an error, and an envelope that does not open is an error after the
//! listing. Reply text is read from stdin only, never from the command
//! line (which shell history keeps). A closed stdout (`inbox | head -1`)
//! ends the command quietly. Every failure is a [`Failure`] whose kind
//! gives the exit status and the `--json` code (docs/protocol.md,
//! "Operator commands: failures").

use std::io::Read;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use serde_json::{Value, json};
use waymark_protocol::message::{AnyMessage, HotlineReply, ReplyV2, Route, hex};
use waymark_protocol::{envelope, hpke, message, pack};
use waymark_server::handlers::fixed_hex;
use waymark_server::store::PackPut;
use waymark_server::{AppState, DEFAULT_RATE_LIMIT, RelayConfig, Store, StoreError, serve_until};
use zeroize::Zeroizing;

mod failure;

use failure::{Failure, Unopened};

const DEFAULT_DB: &str = "sqlite:waymark-relay.db";

#[derive(Debug, Parser)]
#[command(
    name = "waymark-server",
    version,
    about = "Waymark relay for sealed messages to hotlines"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Serve the relay API.
    Serve {
        /// Database: sqlite:PATH or postgres://USER@HOST:PORT/DB.
        #[arg(long, default_value = DEFAULT_DB)]
        db: String,
        #[arg(long, default_value = "127.0.0.1:8787")]
        listen: SocketAddr,
        /// Bearer token for the operator inbox and pack upload (or
        /// WAYMARK_OPERATOR_TOKEN); without one both are disabled.
        #[arg(long, env = "WAYMARK_OPERATOR_TOKEN", hide_env_values = true)]
        operator_token: Option<String>,
        /// Requests per minute per client address (0 = no limit).
        #[arg(long, default_value_t = DEFAULT_RATE_LIMIT)]
        rate_limit: u32,
        /// Do not log one line per request on stderr.
        #[arg(long)]
        quiet: bool,
        /// The address browsers reach the relay at (e.g. https://relay.example);
        /// an https:// address makes the console's session cookie Secure.
        #[arg(long, value_parser = parse_public_url)]
        public_url: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Make a one-time invitation to the hotline console (valid 72 hours).
    ConsoleInvite {
        #[arg(long, default_value = DEFAULT_DB)]
        db: String,
        /// admin or operator.
        #[arg(long, value_parser = ["admin", "operator"])]
        role: String,
        #[arg(long)]
        json: bool,
    },
    /// Make a hotline key pair: NAME.key.hex (private) and NAME.pub.hex.
    Keygen {
        #[arg(long)]
        out: PathBuf,
        #[arg(long, default_value = "hotline")]
        name: String,
        #[arg(long)]
        json: bool,
    },
    /// Decrypt and list a hotline's envelopes, marking them fetched (run
    /// where the database is).
    Inbox {
        #[arg(long, default_value = DEFAULT_DB)]
        db: String,
        /// The hotline's private key file (NAME.key.hex).
        #[arg(long)]
        key: PathBuf,
        /// Only envelopes after this arrival number (0 or more).
        #[arg(
            long,
            default_value_t = 0,
            allow_negative_numbers = true,
            value_parser = clap::value_parser!(i64).range(0..)
        )]
        after: i64,
        #[arg(long)]
        json: bool,
    },
    /// Answer a message: seal a reply to the conversation's reply key and
    /// store it in the conversation's mailbox.
    Reply {
        #[arg(long, default_value = DEFAULT_DB)]
        db: String,
        /// The hotline's private key file (NAME.key.hex).
        #[arg(long)]
        key: PathBuf,
        /// The envelope id (32 hex digits) of the message to answer.
        #[arg(long)]
        to: String,
        /// Refused: text on the command line stays in shell history. The
        /// reply is read from stdin.
        #[arg(long, hide = true)]
        text: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Publish a signed content pack file as the newest pack.
    Publish {
        #[arg(long, default_value = DEFAULT_DB)]
        db: String,
        #[arg(long)]
        pack: PathBuf,
        #[arg(long)]
        json: bool,
    },
}

/// What a command prints: JSON, or lines for a person.
struct Output {
    json: Value,
    text: String,
    /// Reported after the output: the command then exits non-zero.
    failure: Option<Failure>,
}

impl Output {
    fn ok(text: String, json: Value) -> Output {
        Output {
            json,
            text,
            failure: None,
        }
    }
}

/// Writes one line to stdout. A reader that went away (`| head -1`) is not
/// a failure: the rest of the output is dropped quietly.
fn print_line(line: &str) -> Result<(), Failure> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match writeln!(out, "{line}").and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Failure::Output(e)),
        _ => Ok(()),
    }
}

/// Reports `failure` on stderr and gives the exit status of its kind.
fn fail(json_mode: bool, failure: &Failure) -> ExitCode {
    let kind = failure.kind();
    let line = if json_mode {
        json!({ "error": { "code": kind.code(), "message": failure.to_string() } }).to_string()
    } else {
        format!("waymark-server: {failure}")
    };
    use std::io::Write;
    let _ = writeln!(std::io::stderr().lock(), "{line}");
    ExitCode::from(kind.exit_status())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let json_mode = match &cli.command {
        Command::Serve { json, .. }
        | Command::Keygen { json, .. }
        | Command::Inbox { json, .. }
        | Command::Reply { json, .. }
        | Command::Publish { json, .. }
        | Command::ConsoleInvite { json, .. } => *json,
    };
    let result = tokio::runtime::Runtime::new()
        .map_err(Failure::Runtime)
        .and_then(|rt| rt.block_on(run(cli.command, json_mode)));
    match result {
        Ok(Some(out)) => {
            let shown = if json_mode {
                print_line(&out.json.to_string())
            } else {
                print_line(&out.text)
            };
            match shown.err().or(out.failure) {
                Some(e) => fail(json_mode, &e),
                None => ExitCode::SUCCESS,
            }
        }
        Ok(None) => ExitCode::SUCCESS,
        Err(e) => fail(json_mode, &e),
    }
}

async fn run(command: Command, json_mode: bool) -> Result<Option<Output>, Failure> {
    match command {
        Command::Serve {
            db,
            listen,
            operator_token,
            rate_limit,
            quiet,
            public_url,
            json: _,
        } => {
            let config = RelayConfig {
                db,
                operator_token,
                rate_limit_per_minute: rate_limit,
                log_requests: !quiet,
                public_url,
                console_dir: None,
            };
            serve(&config, listen, json_mode).await.map(|()| None)
        }
        Command::Keygen { out, name, json: _ } => keygen(&out, &name).map(Some),
        Command::Inbox { db, key, after, .. } => inbox(&db, &key, after).await.map(Some),
        Command::Reply {
            db, key, to, text, ..
        } => reply(&db, &key, &to, text).await.map(Some),
        Command::Publish { db, pack, .. } => publish(&db, &pack).await.map(Some),
        Command::ConsoleInvite { db, role, .. } => console_invite(&db, &role).await.map(Some),
    }
}

/// `--public-url`: an http:// or https:// address.
fn parse_public_url(s: &str) -> Result<String, String> {
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
        .ok_or("expected an http:// or https:// address")?;
    if rest.is_empty() || rest.starts_with('/') {
        return Err("expected a host after the scheme".into());
    }
    Ok(s.trim_end_matches('/').to_string())
}

async fn console_invite(db: &str, role: &str) -> Result<Output, Failure> {
    let store = open_store(db).await?;
    let role = if role == "admin" { "admin" } else { "operator" };
    let (token, expires_at) = waymark_server::console::api::new_invite(&store, role, None)
        .await
        .map_err(|e| match e {
            waymark_server::console::Refusal::Store(e) => Failure::StoreInvite(e),
            waymark_server::console::Refusal::Answer(..) => Failure::NoRandomness,
        })?;
    let link = format!("/console/#invite={token}");
    Ok(Output::ok(
        format!(
            "invitation for one {role} (valid until {}): {link}\ntoken: {token}",
            utc(expires_at)
        ),
        json!({ "link": link, "token": token, "role": role, "expires_at": expires_at }),
    ))
}

/// The operator's commands work on the relay's database as it is: they
/// never create one (`serve` does), so a mistyped `--db` is an error.
async fn open_store(db: &str) -> Result<Store, Failure> {
    Store::open_existing(db).await.map_err(|e| match e {
        StoreError::Missing(_) => Failure::MissingDatabase {
            source: e,
            db: db.to_string(),
        },
        StoreError::NotARelay(_) => Failure::NotARelay(e),
        e => Failure::OpenDatabase(e),
    })
}

async fn serve(config: &RelayConfig, listen: SocketAddr, json_mode: bool) -> Result<(), Failure> {
    let state = AppState::open(config).await.map_err(Failure::Start)?;
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .map_err(|source| Failure::Listen {
            addr: listen,
            source,
        })?;
    let addr = listener.local_addr().map_err(|source| Failure::Listen {
        addr: listen,
        source,
    })?;
    // Retention runs every hour (docs/console.md, "Retention"); a failed
    // run says so on stderr (no detail: the error could name a table, never
    // content) and is retried the next hour.
    let store = state.store.clone();
    tokio::spawn(async move {
        let mut hourly = tokio::time::interval(std::time::Duration::from_secs(3600));
        loop {
            hourly.tick().await;
            if waymark_server::console::db::run_retention(&store, None)
                .await
                .is_err()
            {
                use std::io::Write;
                let line = json!({ "task": "retention", "status": "failed" });
                let _ = writeln!(std::io::stderr().lock(), "{line}");
            }
        }
    });
    if json_mode {
        print_line(&json!({ "listening": addr.to_string() }).to_string())?;
    } else {
        print_line(&format!("listening on {addr}"))?;
    }
    serve_until(listener, state, async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await
    .map_err(Failure::Serve)
}

fn read_private_key(path: &Path) -> Result<Zeroizing<[u8; 32]>, Failure> {
    let text =
        Zeroizing::new(
            std::fs::read_to_string(path).map_err(|source| Failure::ReadKey {
                path: path.to_path_buf(),
                source,
            })?,
        );
    fixed_hex::<32>(text.trim())
        .map(Zeroizing::new)
        .ok_or_else(|| Failure::NotAKey(path.to_path_buf()))
}

fn keygen(out: &Path, name: &str) -> Result<Output, Failure> {
    let (private, public) =
        hpke::generate_keypair().map_err(|e| Failure::MakeKey(format!("{e:?}")))?;
    std::fs::create_dir_all(out).map_err(|source| Failure::CreateDir {
        path: out.to_path_buf(),
        source,
    })?;
    let private_path = out.join(format!("{name}.key.hex"));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    use std::io::Write;
    options
        .open(&private_path)
        .and_then(|mut f| f.write_all(hex(private.as_ref()).as_bytes()))
        .map_err(|source| Failure::Write {
            path: private_path.clone(),
            source,
        })?;
    let public_path = out.join(format!("{name}.pub.hex"));
    std::fs::write(&public_path, hex(&public)).map_err(|source| Failure::Write {
        path: public_path.clone(),
        source,
    })?;
    let key_id = hex(&envelope::key_id(&public));
    Ok(Output::ok(
        format!(
            "private key: {}\npublic key:  {}\nkey id:      {key_id}",
            private_path.display(),
            public_path.display()
        ),
        json!({ "private_key": private_path, "public_key": public_path, "key_id": key_id }),
    ))
}

async fn inbox(db: &str, key: &Path, mut after: i64) -> Result<Output, Failure> {
    let store = open_store(db).await?;
    let private = read_private_key(key)?;
    let key_id = envelope::key_id(&hpke::public_key(&private));
    let start = after;
    let mut messages = Vec::new();
    let mut text = String::new();
    let mut unreadable = 0usize;
    let mut locales = std::collections::HashMap::new();
    loop {
        let rows = store
            .inbox_page(key_id, after, 500, true)
            .await
            .map_err(Failure::ReadInbox)?;
        let Some(last) = rows.last() else { break };
        after = last.seq;
        for row in rows {
            let id = hex(&row.id);
            let opened = open_message(&private, &row.body);
            match opened {
                Ok(m) => {
                    if let Some(route) = m.route() {
                        locales.insert(m.conversation_ref(), route.locale);
                    }
                    // A format 2 message names its locale only with its
                    // route; the conversation's last known one stands.
                    let locale = locales.get(&m.conversation_ref()).cloned();
                    text.push_str(&format!(
                        "#{} envelope {id}\n  conversation {} message {} sent {} ({})\n  {}\n",
                        row.seq,
                        m.conversation_hex(),
                        m.seq(),
                        utc(m.sent_at()),
                        locale.as_deref().unwrap_or("?"),
                        m.body()
                    ));
                    messages.push(json!({
                        "arrival": row.seq, "id": id, "conversation": m.conversation_hex(),
                        "seq": m.seq(), "sent_at": m.sent_at(), "locale": locale, "body": m.body(),
                        "format": m.format(),
                    }));
                }
                Err(e) => {
                    unreadable += 1;
                    text.push_str(&format!("#{} envelope {id}\n  unreadable: {e}\n", row.seq));
                    messages.push(json!({ "arrival": row.seq, "id": id, "error": e.to_string() }));
                }
            }
        }
    }
    let kid = hex(&key_id);
    let json = json!({ "key_id": kid, "messages": messages, "next": after });
    if messages.is_empty() {
        wrong_key_check(&store, key_id, key).await?;
        text.push_str(&if start > 0 {
            format!("no messages for key id {kid} after arrival {start}")
        } else {
            format!("no messages for key id {kid}")
        });
    }
    let failure = (unreadable > 0).then(|| Failure::Unreadable {
        unreadable,
        total: messages.len(),
        key_id: kid,
        key: key.to_path_buf(),
    });
    Ok(Output {
        text: text.trim_end().to_string(),
        json,
        failure,
    })
}

/// Opens a hotline envelope of either format and reads the message in it.
fn open_message(private: &[u8; 32], bytes: &[u8]) -> Result<AnyMessage, Unopened> {
    let (h, plain) = envelope::open(private, bytes)?;
    Ok(AnyMessage::decode(h.format, &plain)?)
}

/// The reply route of conversation `conversation`: the newest one any
/// message of it carried (a format 2 message carries it only while the
/// phone cannot count on the hotline having it). Reads without marking
/// anything fetched.
async fn find_route(
    store: &Store,
    private: &[u8; 32],
    conversation: [u8; message::REF_LEN],
) -> Result<Option<Route>, Failure> {
    let key_id = envelope::key_id(&hpke::public_key(private));
    let mut after = 0;
    let mut found = None;
    loop {
        let rows = store
            .inbox_page(key_id, after, 500, false)
            .await
            .map_err(Failure::ReadInbox)?;
        let Some(last) = rows.last() else { break };
        after = last.seq;
        for row in &rows {
            if let Ok(m) = open_message(private, &row.body)
                && m.conversation_ref() == conversation
                && let Some(route) = m.route()
            {
                found = Some(route);
            }
        }
    }
    Ok(found)
}

/// An inbox with nothing for this key on a relay that holds envelopes for
/// other keys is almost always the wrong key file: say so instead of "no
/// messages".
async fn wrong_key_check(store: &Store, key_id: [u8; 8], key: &Path) -> Result<(), Failure> {
    let keys = store.key_ids().await.map_err(Failure::ReadInbox)?;
    if keys.is_empty() || keys.iter().any(|(k, _)| *k == key_id) {
        return Ok(());
    }
    let others: Vec<String> = keys
        .iter()
        .map(|(k, n)| {
            let noun = if *n == 1 { "envelope" } else { "envelopes" };
            format!("{} ({n} {noun})", hex(k))
        })
        .collect();
    Err(Failure::WrongKey {
        key_id: hex(&key_id),
        key: key.to_path_buf(),
        others: others.join(", "),
    })
}

/// Unix seconds as ISO 8601 UTC, e.g. `2025-11-24T16:13:21Z`.
fn utc(unix: i64) -> String {
    waymark_protocol::calendar::utc(unix).iso8601()
}

async fn reply(db: &str, key: &Path, to: &str, text: Option<String>) -> Result<Output, Failure> {
    if text.is_some() {
        return Err(Failure::TextRefused);
    }
    let to_id = fixed_hex::<16>(to).ok_or_else(|| Failure::NotAnEnvelopeId(to.to_string()))?;
    use std::io::IsTerminal;
    if std::io::stdin().is_terminal() {
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr().lock(),
            "Type the reply, then Ctrl-D on a new line:"
        );
    }
    let mut body = String::new();
    std::io::stdin()
        .read_to_string(&mut body)
        .map_err(Failure::ReadStdin)?;
    let body = body.trim_end_matches(['\n', '\r']).to_string();
    if body.trim().is_empty() {
        return Err(Failure::EmptyReply);
    }
    if body.len() > message::MAX_BODY {
        return Err(Failure::ReplyTooLong {
            len: body.len(),
            max: message::MAX_BODY,
        });
    }
    let store = open_store(db).await?;
    let private = read_private_key(key)?;
    let original = store
        .envelope(to_id)
        .await
        .map_err(Failure::ReadEnvelope)?
        .ok_or_else(|| Failure::NoEnvelope(to.to_string()))?;
    let m = open_message(&private, &original).map_err(|reason| Failure::EnvelopeKey {
        to: to.to_string(),
        reason,
    })?;
    let route = match m.route() {
        Some(route) => route,
        None => find_route(&store, &private, m.conversation_ref())
            .await?
            .ok_or_else(|| Failure::NoRoute(m.conversation_hex()))?,
    };
    let sent_at = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let mut id = [0u8; 16];
    ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut id)
        .map_err(|_| Failure::NoRandomness)?;
    // An old phone reads only format 1: answer in the message's format.
    let sealed = match &m {
        AnyMessage::V1(v1) => {
            let reply = HotlineReply {
                v: 1,
                conversation: v1.conversation.clone(),
                sent_at,
                body,
            };
            envelope::seal(&route.key, id, &reply.to_bytes())
        }
        AnyMessage::V2(v2) => {
            let reply = ReplyV2 {
                conversation: v2.conversation,
                sent_at,
                body,
            };
            envelope::seal_v2(&route.key, id, &Zeroizing::new(reply.to_bytes()))
        }
    }
    .map_err(Failure::Seal)?;
    let header = envelope::header(&sealed).map_err(Failure::SealedInvalid)?;
    store
        .insert_mailbox(route.mailbox, vec![(header, sealed)])
        .await
        .map_err(Failure::StoreReply)?;
    let reply_id = hex(&id);
    let conversation = m.conversation_hex();
    Ok(Output::ok(
        format!("reply {reply_id} stored for conversation {conversation}"),
        json!({
            "reply_id": reply_id, "conversation": conversation,
            "mailbox": hex(&route.mailbox), "format": m.format(),
        }),
    ))
}

async fn publish(db: &str, path: &Path) -> Result<Output, Failure> {
    let bytes = std::fs::read(path).map_err(|source| Failure::ReadPack {
        path: path.to_path_buf(),
        source,
    })?;
    let frame = pack::parse(&bytes).map_err(|e| Failure::NotAPack {
        path: path.to_path_buf(),
        reason: e.to_string(),
    })?;
    let version = i64::try_from(frame.version).map_err(|_| Failure::PackVersion(frame.version))?;
    let store = open_store(db).await?;
    match store
        .put_pack(version, bytes.clone())
        .await
        .map_err(Failure::StorePack)?
    {
        PackPut::Stored => Ok(Output::ok(
            format!("published pack version {version}"),
            json!({ "version": version }),
        )),
        PackPut::NotNewer => {
            let newest = store
                .latest_pack_version()
                .await
                .ok()
                .flatten()
                .map_or_else(|| "?".to_string(), |v| v.to_string());
            Err(Failure::PackNotNewer { version, newest })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::parse_public_url;

    #[test]
    fn a_public_url_is_an_http_or_https_address() {
        assert_eq!(
            parse_public_url("https://relay.example/").as_deref(),
            Ok("https://relay.example")
        );
        assert!(parse_public_url("http://127.0.0.1:8787").is_ok());
        for bad in [
            "relay.example",
            "ftp://relay.example",
            "https://",
            "https:///x",
        ] {
            assert!(parse_public_url(bad).is_err(), "{bad}");
        }
    }
}
