//! The relay's own test helpers: sealed test messages and a running
//! `waymark-server` binary. Databases (a temp SQLite file always, a fresh
//! PostgreSQL schema when `WAYMARK_TEST_POSTGRES_URL` is set) and relays in
//! this process on 127.0.0.1 come from the shared harness
//! (`waymark-testkit`), re-exported here.

#![allow(
    dead_code,
    unused_imports, // each test file uses part of what is re-exported
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::print_stderr
)]

use std::io::BufRead;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

use waymark_protocol::message::{HotlineMessage, MessageV2, ReplyTo, Route, hex, mailbox_id};
use waymark_protocol::{envelope, hpke};
use waymark_server::RelayConfig;

pub use waymark_testkit::random;
pub use waymark_testkit::relay::{
    OPERATOR_TOKEN as TOKEN, Relay, TestDb, code, databases, postgres_url,
};

/// A relay in this process on 127.0.0.1.
pub async fn relay(config: &RelayConfig) -> Relay {
    Relay::spawn(config).await
}

/// A hotline key pair.
pub struct Hotline {
    pub sk: [u8; 32],
    pub pk: [u8; 32],
}

impl Hotline {
    pub fn new() -> Hotline {
        let (sk, pk) = hpke::generate_keypair().unwrap();
        Hotline {
            sk: sk.as_ref().try_into().unwrap(),
            pk,
        }
    }

    pub fn key_id(&self) -> String {
        hex(&envelope::key_id(&self.pk))
    }
}

/// What the device keeps for one conversation.
pub struct Conversation {
    pub id: String,
    pub reply_sk: [u8; 32],
    pub reply_pk: [u8; 32],
    pub cap: [u8; 32],
}

impl Conversation {
    pub fn new() -> Conversation {
        let (sk, pk) = hpke::generate_keypair().unwrap();
        Conversation {
            id: hex(&random::<16>()),
            reply_sk: sk.as_ref().try_into().unwrap(),
            reply_pk: pk,
            cap: random(),
        }
    }

    pub fn mailbox(&self) -> String {
        mailbox_id(&self.cap)
    }

    pub fn message(&self, seq: u32, body: &str) -> HotlineMessage {
        HotlineMessage {
            v: 1,
            conversation: self.id.clone(),
            seq,
            sent_at: 1_764_000_000 + i64::from(seq),
            locale: "th".into(),
            body: body.into(),
            reply_to: ReplyTo {
                key: hex(&self.reply_pk),
                mailbox: self.mailbox(),
            },
        }
    }
}

impl Conversation {
    /// A format 2 message, with the route or without.
    pub fn message_v2(&self, seq: u32, body: &str, route: bool) -> MessageV2 {
        MessageV2 {
            conversation: waymark_protocol::message::conversation_ref(&self.id).unwrap(),
            seq,
            sent_at: 1_800_000_000 + 60 * i64::from(seq),
            route: route.then(|| Route {
                key: self.reply_pk,
                mailbox: waymark_protocol::message::from_hex(&self.mailbox())
                    .unwrap()
                    .try_into()
                    .unwrap(),
                locale: "km".into(),
            }),
            body: body.into(),
        }
    }
}

/// Seals a format 2 message to the hotline under a random id.
pub fn seal_v2(hotline: &Hotline, m: &MessageV2) -> ([u8; 16], Vec<u8>) {
    let id = random::<16>();
    (
        id,
        envelope::seal_v2(&hotline.pk, id, &m.to_bytes()).unwrap(),
    )
}

/// Seals `m` to the hotline under a random id: `(id, envelope)`.
pub fn seal(hotline: &Hotline, m: &HotlineMessage) -> ([u8; 16], Vec<u8>) {
    let id = random::<16>();
    (id, envelope::seal(&hotline.pk, id, &m.to_bytes()).unwrap())
}

/// A sealed envelope with `body` as plaintext.
pub fn sealed_bytes(pk: &[u8; 32], body: &[u8]) -> ([u8; 16], Vec<u8>) {
    let id = random::<16>();
    (id, envelope::seal(pk, id, body).unwrap())
}

pub fn exe() -> &'static str {
    env!("CARGO_BIN_EXE_waymark-server")
}

/// Runs the binary to completion: (success, stdout, stderr).
pub fn run(args: &[&str], stdin: Option<&str>) -> (bool, String, String) {
    let (status, out, err) = run_status(args, stdin);
    (status == Some(0), out, err)
}

/// Runs the binary to completion: (exit status, stdout, stderr).
pub fn run_status(args: &[&str], stdin: Option<&str>) -> (Option<i32>, String, String) {
    let out = waymark_testkit::process::run(
        Command::new(exe()).args(args),
        stdin.unwrap_or("").as_bytes(),
    );
    (
        out.code,
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A `waymark-server serve` process; killed when dropped.
pub struct ServerProcess {
    pub child: Child,
    pub addr: SocketAddr,
}

impl ServerProcess {
    /// Starts `serve --listen 127.0.0.1:0 --json` and reads the address it
    /// prints once it listens (a blocking read, no polling).
    pub fn start(db: &str, extra: &[&str]) -> ServerProcess {
        let mut child = Command::new(exe())
            .args(["serve", "--json", "--listen", "127.0.0.1:0", "--db", db])
            .args(["--operator-token", TOKEN])
            .args(extra)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let v: serde_json::Value =
            serde_json::from_str(&line).unwrap_or_else(|_| panic!("serve printed {line:?}"));
        let addr = v["listening"].as_str().unwrap().parse().unwrap();
        ServerProcess { child, addr }
    }

    /// Stops the process and returns what it wrote on stderr.
    pub fn stop(mut self) -> String {
        use std::io::Read;
        let _ = self.child.kill();
        let _ = self.child.wait();
        let mut err = String::new();
        if let Some(mut e) = self.child.stderr.take() {
            let _ = e.read_to_string(&mut err);
        }
        err
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn tmp_path(dir: &tempfile::TempDir, name: &str) -> PathBuf {
    dir.path().join(name)
}
