//! Quiet contact end to end: real `waymark` processes, a real relay on
//! 127.0.0.1 (SQLite, and PostgreSQL when `WAYMARK_TEST_POSTGRES_URL` is
//! set, with two relays sharing the database), the hotline operator's side
//! over the relay API, and a fault-injecting proxy between them that
//! answers 500, lets requests time out, or resets connections after the
//! relay stored the batch. Clients are also killed at random points.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stderr)] // tests fail loudly and explain skips

use std::collections::{HashMap, HashSet};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use serde_json::{Value, json};
use waymark_protocol::envelope;
use waymark_protocol::message::{AnyMessage, HotlineReply, ReplyV2, Route, hex};
use waymark_testkit::proxy::{endless_relay, fault_proxy};
use waymark_testkit::relay::{self, OPERATOR_TOKEN, Relay, TestDb, free_port, postgres_available};
use waymark_testkit::{dev_hotline_secret, process, random};

const PIN: &str = "2468";

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Run {
    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("{e}: {} {}", self.stdout, self.stderr))
    }
}

fn command(dir: &Path, relay: &str, args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_waymark"));
    cmd.arg("--data-dir")
        .arg(dir)
        .arg("--relay")
        .arg(relay)
        .arg("--locale")
        .arg("en")
        .args(args)
        .env("WAYMARK_PIN", PIN)
        .env("WAYMARK_HTTP_TIMEOUT", "2")
        .env_remove("WAYMARK_RELAY")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    cmd
}

fn waymark(dir: &Path, relay: &str, args: &[&str], stdin: &str) -> Run {
    let out = process::run(&mut command(dir, relay, args), stdin.as_bytes());
    Run {
        code: out.code.unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn new_profile(root: &Path, name: &str) -> PathBuf {
    let dir = root.join(name);
    let r = waymark(&dir, "http://127.0.0.1:1", &["--json", "init"], "");
    assert_eq!(r.code, 0, "{}", r.stderr);
    dir
}

fn send(dir: &Path, text: &str) -> Value {
    let r = waymark(
        dir,
        "http://127.0.0.1:1",
        &["--json", "message", "send", "--hotline", "waymark-dev"],
        text,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    r.json()
}

fn sync(dir: &Path, relay: &str, wait: u64) -> Value {
    let r = waymark(
        dir,
        relay,
        &["--json", "sync", "--wait", &wait.to_string()],
        "",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    r.json()
}

/// The hotline operator's side, over the relay API.
struct Operator {
    base: String,
    client: reqwest::Client,
}

/// A message as the test hotline sees it.
#[derive(Debug, Clone)]
struct Seen {
    body: String,
    seq: u32,
    sent_at: i64,
    route: Option<Route>,
    message: AnyMessage,
}

impl Operator {
    fn new(addr: SocketAddr) -> Self {
        Operator {
            base: format!("http://{addr}"),
            client: reqwest::Client::new(),
        }
    }

    /// Every message for the test hotline: `(envelope id, message)`, each
    /// with its conversation's reply route from whichever message carried
    /// it (format 2 sends it only while needed).
    async fn inbox(&self) -> Vec<(String, Seen)> {
        let sk = dev_hotline_secret();
        let key_id = hex(&envelope::key_id(&waymark_protocol::hpke::public_key(&sk)));
        let page: Value = self
            .client
            .get(format!(
                "{}/v1/hotlines/{key_id}/envelopes?after=0&limit=500",
                self.base
            ))
            .bearer_auth(OPERATOR_TOKEN)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let opened: Vec<(String, AnyMessage)> = page["envelopes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                let bytes = B64.decode(e["envelope"].as_str().unwrap()).unwrap();
                let (h, plain) = envelope::open(&sk, &bytes).unwrap();
                (
                    e["id"].as_str().unwrap().to_string(),
                    AnyMessage::decode(h.format, &plain).unwrap(),
                )
            })
            .collect();
        let routes: HashMap<[u8; 8], Route> = opened
            .iter()
            .filter_map(|(_, m)| Some((m.conversation_ref(), m.route()?)))
            .collect();
        opened
            .into_iter()
            .map(|(id, m)| {
                let seen = Seen {
                    body: m.body().to_string(),
                    seq: m.seq(),
                    sent_at: m.sent_at(),
                    route: routes.get(&m.conversation_ref()).cloned(),
                    message: m,
                };
                (id, seen)
            })
            .collect()
    }

    /// Answers in the message's format, as the hotline's tools do.
    async fn reply(&self, to: &Seen, text: &str) {
        let route = to.route.clone().expect("the conversation's route arrived");
        let id = random::<16>();
        let sealed = match &to.message {
            AnyMessage::V1(m) => {
                let reply = HotlineReply {
                    v: 1,
                    conversation: m.conversation.clone(),
                    sent_at: to.sent_at + 1,
                    body: text.into(),
                };
                envelope::seal(&route.key, id, &reply.to_bytes()).unwrap()
            }
            AnyMessage::V2(m) => {
                let reply = ReplyV2 {
                    conversation: m.conversation,
                    sent_at: to.sent_at + 60,
                    body: text.into(),
                };
                envelope::seal_v2(&route.key, id, &reply.to_bytes()).unwrap()
            }
        };
        let mailbox = hex(&route.mailbox);
        let status = self
            .client
            .post(format!("{}/v1/mailboxes/{}/envelopes", self.base, mailbox))
            .json(&json!({ "envelopes": [B64.encode(sealed)] }))
            .send()
            .await
            .unwrap()
            .status();
        assert_eq!(status, 200);
    }
}

fn flow(postgres: bool) {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let phone = new_profile(tmp.path(), "phone");
    let addr = free_port();
    let url = format!("http://{addr}");

    // Written while no relay runs: queued, durable, nothing lost.
    let m = send(&phone, "Please help me. ช่วยด้วย");
    assert_eq!(m["message"]["status"], "queued");
    let r = sync(&phone, &url, 0);
    assert_eq!(
        (r["sent"].as_u64(), r["queued"].as_u64()),
        (Some(0), Some(1))
    );
    assert!(
        r["next_attempt_in"].as_u64().unwrap() >= 1,
        "backs off: {r}"
    );

    let db = rt.block_on(TestDb::either(tmp.path(), postgres)).url;
    rt.block_on(Relay::spawn_at(&relay::config(&db), addr));
    // A second relay process shares the database (PostgreSQL only: SQLite
    // is one machine's file).
    let second = if postgres {
        rt.block_on(Relay::spawn(&relay::config(&db))).addr
    } else {
        addr
    };
    let r = sync(&phone, &url, 30);
    assert_eq!(r["queued"], 0, "{r}");
    let operator = Operator::new(second);
    let inbox = rt.block_on(operator.inbox());
    assert_eq!(inbox.len(), 1);
    assert_eq!(inbox[0].1.body, "Please help me. ช่วยด้วย");
    // Delivered exactly once, however often the phone syncs.
    let r = sync(&phone, &url, 0);
    assert_eq!(
        r["delivered"], 1,
        "the phone learns the hotline collected it: {r}"
    );
    assert_eq!(rt.block_on(operator.inbox()).len(), 1);

    rt.block_on(operator.reply(&inbox[0].1, "We are here. Can you talk safely?"));
    // The phone talks to the other relay now: same database, same answers.
    let r = sync(&phone, &format!("http://{second}"), 0);
    assert_eq!(r["replies"], 1, "{r}");
    let list = waymark(&phone, &url, &["--json", "message", "list"], "");
    assert_eq!(list.code, 0, "{}", list.stderr);
    // Ids are strings in --json output (docs/cli.md) and go back as given.
    let conversation = list.json()["conversations"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let shown = waymark(
        &phone,
        &url,
        &["--json", "message", "show", &conversation],
        "",
    );
    let screen = shown.json();
    let bodies: Vec<&str> = screen["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["body"].as_str().unwrap())
        .collect();
    assert_eq!(
        bodies,
        [
            "Please help me. ช่วยด้วย",
            "We are here. Can you talk safely?"
        ]
    );
    assert_eq!(screen["messages"][0]["status"], "replied");
}

#[test]
fn offline_message_delivered_once_answered_and_shown_sqlite() {
    flow(false);
}

#[test]
fn offline_message_delivered_once_answered_and_shown_postgres() {
    if postgres_available() {
        flow(true);
    }
}

#[test]
fn faults_sqlite() {
    faults(false);
}

#[test]
fn faults_postgres() {
    if postgres_available() {
        faults(true);
    }
}

#[test]
fn kills_sqlite() {
    kills(false);
}

#[test]
fn kills_postgres() {
    if postgres_available() {
        kills(true);
    }
}

/// A third of requests fail; everything is still delivered once, with
/// backoff instead of a busy loop.
fn faults(postgres: bool) {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let phone = new_profile(tmp.path(), "phone");
    let texts: Vec<String> = (0..8).map(|i| format!("message number {i}")).collect();
    for t in &texts {
        send(&phone, t);
    }
    let db = rt.block_on(TestDb::either(tmp.path(), postgres)).url;
    let relay = rt.block_on(Relay::spawn(&relay::config(&db))).addr;
    let (proxy, stats) = rt.block_on(fault_proxy(relay, Duration::ZERO, true));
    let url = format!("http://{proxy}");
    let started = Instant::now();
    let mut rounds = 0;
    loop {
        let r = sync(&phone, &url, 60);
        if r["queued"] == 0 {
            break;
        }
        rounds += 1;
        assert!(rounds < 5, "not delivered: {r}");
    }
    let inbox = rt.block_on(Operator::new(relay).inbox());
    let got: HashSet<String> = inbox.iter().map(|(_, m)| m.body.clone()).collect();
    assert_eq!(got, texts.iter().cloned().collect::<HashSet<_>>());
    assert_eq!(inbox.len(), texts.len(), "no duplicates at the relay");
    let requests = stats.requests.load(Ordering::SeqCst);
    assert!(
        stats.faults.load(Ordering::SeqCst) >= 1,
        "faults were injected"
    );
    // Backoff, not a busy loop: a handful of requests per second at most.
    let secs = started.elapsed().as_secs_f64().max(1.0);
    assert!(
        f64::from(requests) / secs < 10.0,
        "{requests} requests in {secs:.1} s"
    );
}

/// Killing the client at random points loses nothing and duplicates
/// nothing at the relay.
fn kills(postgres: bool) {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let phone = new_profile(tmp.path(), "phone");
    let texts: Vec<String> = (0..6).map(|i| format!("kill test {i}")).collect();
    for t in &texts {
        send(&phone, t);
    }
    let db = rt.block_on(TestDb::either(tmp.path(), postgres)).url;
    let relay = rt.block_on(Relay::spawn(&relay::config(&db))).addr;
    // Every answer takes 300 ms: a kill lands before, during or after it.
    let (proxy, _) = rt.block_on(fault_proxy(relay, Duration::from_millis(300), false));
    let url = format!("http://{proxy}");
    let seed = u64::from_le_bytes(random::<8>());
    eprintln!("kill-point seed {seed}");
    let mut x = seed | 1;
    for _ in 0..8 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let mut child = command(&phone, &url, &["--json", "sync", "--wait", "5"])
            .spawn()
            .unwrap();
        drop(child.stdin.take());
        // The kill point is random by design; nothing waits for a race.
        std::thread::sleep(Duration::from_millis(20 + x % 700));
        let _ = child.kill();
        let _ = child.wait();
    }
    let r = sync(&phone, &format!("http://{relay}"), 60);
    assert_eq!(r["queued"], 0, "{r}");
    let inbox = rt.block_on(Operator::new(relay).inbox());
    let bodies: Vec<String> = inbox.iter().map(|(_, m)| m.body.clone()).collect();
    let unique: HashSet<&String> = bodies.iter().collect();
    assert_eq!(unique.len(), texts.len(), "nothing lost");
    assert_eq!(bodies.len(), texts.len(), "nothing duplicated at the relay");
    let seqs: HashSet<u32> = inbox.iter().map(|(_, m)| m.seq).collect();
    assert_eq!(seqs.len(), texts.len());
}

#[test]
fn a_published_pack_reaches_the_phone_through_sync() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let phone = new_profile(tmp.path(), "phone");
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let tool = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_waymark"))
            .args(["--json", "content"])
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    let unsigned = tmp.path().join("pack.unsigned");
    let signed = tmp.path().join("pack.wmpack");
    tool(&[
        "build",
        "--root",
        root,
        "--version",
        "7",
        "--public-key",
        &format!("{root}/keys/dev-publisher.pub.hex"),
        "--out",
        unsigned.to_str().unwrap(),
    ]);
    tool(&[
        "sign",
        "--key",
        &format!("{root}/keys/dev-publisher.pk8.hex"),
        "--in",
        unsigned.to_str().unwrap(),
        "--out",
        signed.to_str().unwrap(),
    ]);
    // The tools write format 2: compressed, under 500 KB for the network.
    let bytes = std::fs::read(&signed).unwrap();
    assert_eq!(&bytes[..7], b"WMPACK\x02");
    assert!(bytes.len() < 500_000, "{} bytes", bytes.len());
    let db = rt.block_on(TestDb::either(tmp.path(), false)).url;
    let relay = rt.block_on(Relay::spawn(&relay::config(&db))).addr;
    let status = rt.block_on(async {
        reqwest::Client::new()
            .put(format!("http://{relay}/v1/packs"))
            .bearer_auth(OPERATOR_TOKEN)
            .body(std::fs::read(&signed).unwrap())
            .send()
            .await
            .unwrap()
            .status()
    });
    assert_eq!(status, 200);
    // Search synonyms are content too: a pack built from the checkout
    // finds what the compiled-in content finds.
    let search = || {
        waymark(
            &phone,
            "http://127.0.0.1:1",
            &["--json", "search", "broker fee"],
            "",
        )
        .json()["results"]
            .clone()
    };
    let before = search();
    assert!(before.as_array().is_some_and(|r| !r.is_empty()), "{before}");
    let r = sync(&phone, &format!("http://{relay}"), 0);
    assert_eq!(r["pack_installed"], 7, "{r}");
    assert_eq!(search(), before);
    let st = waymark(
        &phone,
        "http://127.0.0.1:1",
        &["--json", "content", "status"],
        "",
    );
    assert_eq!(st.json()["version"], 7);
    assert_eq!(st.json()["installed"], true);
}

#[test]
fn quiet_contact_errors_have_stable_codes_and_exit_statuses() {
    let tmp = tempfile::tempdir().unwrap();
    let phone = new_profile(tmp.path(), "phone");
    let nowhere = "http://127.0.0.1:1";
    let code = |r: &Run| -> String {
        let v: Value =
            serde_json::from_str(&r.stderr).unwrap_or_else(|e| panic!("{e}: {}", r.stderr));
        v["error"]["code"].as_str().unwrap().to_string()
    };
    let send = |args: &[&str], text: &str| {
        let mut all = vec!["--json", "message", "send"];
        all.extend_from_slice(args);
        waymark(&phone, nowhere, &all, text)
    };
    let r = send(&["--hotline", "waymark-dev"], "   \n");
    assert_eq!((r.code, code(&r)), (4, "invalid_input".into()));
    let r = send(&["--hotline", "no-such-line"], "hello");
    assert_eq!((r.code, code(&r)), (10, "not_found".into()));
    let r = send(&["--hotline", "waymark-dev"], &"x".repeat(9000));
    assert_eq!((r.code, code(&r)), (4, "invalid_input".into()));
    assert!(!r.stderr.contains("xxxx"), "no message text in errors");
    let r = send(&[], "hello");
    assert_eq!((r.code, code(&r)), (2, "usage".into()));
    let r = waymark(&phone, nowhere, &["--json", "message", "show", "999"], "");
    assert_eq!((r.code, code(&r)), (10, "not_found".into()));
    let r = waymark(&phone, "http://relay.example.org", &["--json", "sync"], "");
    assert_eq!((r.code, code(&r)), (4, "invalid_input".into()));
    let r = waymark(&phone, nowhere, &["--json", "backup"], "");
    assert_eq!((r.code, code(&r)), (12, "network".into()));
    // An unreachable relay is not a failure of `sync`: nothing is lost.
    send(&["--hotline", "waymark-dev"], "kept");
    let r = waymark(&phone, nowhere, &["--json", "sync"], "");
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.json()["queued"], 1);
    // Without the real PIN (none, or the duress PIN) `sync` still runs but
    // shows nothing that reveals a message exists.
    let out = command(&phone, nowhere, &["--json", "sync"])
        .env_remove("WAYMARK_PIN")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let hidden: Value = serde_json::from_slice(&out.stdout).unwrap();
    for field in ["requests", "sent", "queued", "network_errors", "failed"] {
        assert_eq!(hidden[field], 0, "{field}: {hidden}");
    }
    assert_eq!(hidden["next_attempt_in"], Value::Null, "{hidden}");
    let text = command(&phone, nowhere, &["sync"])
        .env_remove("WAYMARK_PIN")
        .output()
        .unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(!text.contains("waiting"), "{text}");
    let mut restore = command(&phone, nowhere, &["--json", "restore"]);
    restore.env("WAYMARK_RECOVERY", "not a code");
    let out = restore.output().unwrap();
    assert_eq!(out.status.code(), Some(4));
    // Restoring into a profile that has a conversation is refused.
    let blob = tmp.path().join("b.bin");
    let r = waymark(
        &phone,
        nowhere,
        &["--json", "backup", "--out", blob.to_str().unwrap()],
        "",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let code_text = r.json()["recovery_code"].as_str().unwrap().to_string();
    let mut again = command(
        &phone,
        nowhere,
        &["--json", "restore", "--from", blob.to_str().unwrap()],
    );
    again.env("WAYMARK_RECOVERY", &code_text);
    let out = again.output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(5),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Into a new profile from the file: everything comes back.
    let other = new_profile(tmp.path(), "other");
    let mut fresh = command(
        &other,
        nowhere,
        &["--json", "restore", "--from", blob.to_str().unwrap()],
    );
    fresh.env("WAYMARK_RECOVERY", &code_text);
    let out = fresh.output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (
            report["conversations"].as_u64(),
            report["requeued"].as_u64()
        ),
        (Some(1), Some(1))
    );
}

#[test]
fn sync_against_a_relay_answering_without_end_refuses_it_and_keeps_the_message() {
    let tmp = tempfile::tempdir().unwrap();
    let phone = new_profile(tmp.path(), "phone");
    send(&phone, "kept through a hostile relay");
    let (hostile, _) = endless_relay(None);
    let r = waymark(&phone, &hostile, &["--json", "sync"], "");
    assert_eq!(r.code, 0, "{}", r.stderr);
    let report = r.json();
    // Every answer (batch, delivery status, mailbox, pack) is refused.
    assert!(report["refused_answers"].as_u64().unwrap() >= 3, "{report}");
    assert_eq!(report["refused_answers"], report["requests"], "{report}");
    assert_eq!(report["network_errors"], 0, "{report}");
    assert_eq!(report["sent"], 0, "{report}");
    assert_eq!(report["waiting"], "retrying", "{report}");
    assert!(report["next_attempt_at"].as_i64().unwrap() > 0, "{report}");
    // Said in words too.
    let r = waymark(&phone, &hostile, &["sync"], "");
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains("The app will try again in"),
        "{}",
        r.stdout
    );
    // The message is still there, and a relay that behaves gets it.
    let rt = tokio::runtime::Runtime::new().unwrap();
    let db = rt.block_on(TestDb::either(tmp.path(), false)).url;
    let relay = rt.block_on(Relay::spawn(&relay::config(&db))).addr;
    let report = sync(&phone, &format!("http://{relay}"), 30);
    assert_eq!(report["sent"], 1, "{report}");
    assert_eq!(report["waiting"], Value::Null, "{report}");
}

#[test]
fn message_show_prints_a_hostile_reply_as_data() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let phone = new_profile(tmp.path(), "phone");
    let db = rt.block_on(TestDb::either(tmp.path(), false)).url;
    let relay = rt.block_on(Relay::spawn(&relay::config(&db))).addr;
    let url = format!("http://{relay}");
    send(&phone, "hello");
    assert_eq!(sync(&phone, &url, 0)["sent"], 1);
    let operator = Operator::new(relay);
    let inbox = rt.block_on(operator.inbox());
    rt.block_on(operator.reply(
        &inbox[0].1,
        "\u{1b}[2J\u{1b}]0;owned\u{7}\0\u{9b}31m ស្រ\u{200C}ី မင်္ဂလာပါ \u{202E}gnp.exe",
    ));
    sync(&phone, &url, 0);
    let list = waymark(&phone, &url, &["--json", "message", "list"], "");
    // Ids are strings in --json output (docs/cli.md).
    let conversation = list.json()["conversations"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    for json in [false, true] {
        let mut args = vec!["message", "show"];
        if json {
            args.insert(0, "--json");
        }
        let id = conversation.to_string();
        args.push(&id);
        let shown = waymark(&phone, &url, &args, "");
        assert_eq!(shown.code, 0, "{}", shown.stderr);
        assert!(
            !shown
                .stdout
                .chars()
                .any(|c| c.is_control() && c != '\n' || ('\u{202A}'..='\u{202E}').contains(&c)),
            "{:?}",
            shown.stdout
        );
        assert!(
            shown.stdout.contains("ស្រ\u{200C}ី မင်္ဂလာပါ gnp.exe"),
            "{}",
            shown.stdout
        );
    }
}
