//! Shared test helpers: databases (a temp SQLite file always, a fresh
//! PostgreSQL schema when `WAYMARK_TEST_POSTGRES_URL` is set), relays on
//! 127.0.0.1, sealed test messages and a running `waymark-server` binary.

#![allow(
    dead_code,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::print_stderr
)]

use std::io::BufRead;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use waymark_protocol::message::{HotlineMessage, MessageV2, ReplyTo, Route, hex, mailbox_id};
use waymark_protocol::{batch, envelope, hpke};
use waymark_server::RelayConfig;

pub const TOKEN: &str = "operator-s3cret";

/// One database for one test.
pub struct TestDb {
    pub url: String,
    pub label: &'static str,
    /// The SQLite file's directory (for byte checks); `None` for PostgreSQL.
    pub dir: Option<tempfile::TempDir>,
    /// The schema holding this test's tables (PostgreSQL).
    pub schema: Option<String>,
}

impl TestDb {
    pub fn sqlite() -> TestDb {
        let dir = tempfile::tempdir().unwrap();
        TestDb {
            url: format!("sqlite:{}", dir.path().join("relay.db").display()),
            label: "sqlite",
            dir: Some(dir),
            schema: None,
        }
    }

    /// A fresh schema in the PostgreSQL database named by the environment.
    pub async fn postgres(base: &str) -> TestDb {
        let schema = format!("wm_{}", hex(&random::<8>()));
        let (client, conn) = tokio_postgres::connect(base, tokio_postgres::NoTls)
            .await
            .unwrap();
        tokio::spawn(conn);
        client
            .batch_execute(&format!("CREATE SCHEMA {schema}"))
            .await
            .unwrap();
        let sep = if base.contains('?') { '&' } else { '?' };
        TestDb {
            url: format!("{base}{sep}options=-csearch_path%3D{schema}"),
            label: "postgres",
            dir: None,
            schema: Some(schema),
        }
    }

    pub fn config(&self) -> RelayConfig {
        RelayConfig {
            db: self.url.clone(),
            operator_token: Some(TOKEN.to_string()),
            rate_limit_per_minute: 0,
            log_requests: false,
        }
    }
}

pub fn postgres_url() -> Option<String> {
    std::env::var("WAYMARK_TEST_POSTGRES_URL")
        .ok()
        .filter(|u| !u.is_empty())
}

/// SQLite always; PostgreSQL too when `WAYMARK_TEST_POSTGRES_URL` is set.
pub async fn databases() -> Vec<TestDb> {
    let mut dbs = vec![TestDb::sqlite()];
    match postgres_url() {
        Some(base) => dbs.push(TestDb::postgres(&base).await),
        None => eprintln!("note: WAYMARK_TEST_POSTGRES_URL is not set; PostgreSQL skipped"),
    }
    dbs
}

pub fn random<const N: usize>() -> [u8; N] {
    let mut b = [0u8; N];
    ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut b).unwrap();
    b
}

/// A relay in this process on 127.0.0.1.
pub async fn relay(config: &RelayConfig) -> Relay {
    let (addr, _task) = waymark_server::spawn_local(config).await.unwrap();
    Relay::at(addr)
}

/// An HTTP client for one relay.
#[derive(Clone)]
pub struct Relay {
    pub base: String,
    pub http: reqwest::Client,
}

impl Relay {
    pub fn at(addr: SocketAddr) -> Relay {
        Relay {
            base: format!("http://{addr}"),
            http: reqwest::Client::builder().no_proxy().build().unwrap(),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub async fn post_json(
        &self,
        path: &str,
        body: &serde_json::Value,
    ) -> (u16, serde_json::Value) {
        let r = self
            .http
            .post(self.url(path))
            .json(body)
            .send()
            .await
            .unwrap();
        let status = r.status().as_u16();
        (status, r.json().await.unwrap_or(serde_json::Value::Null))
    }

    pub async fn get_json(&self, path: &str, bearer: Option<&str>) -> (u16, serde_json::Value) {
        let mut req = self.http.get(self.url(path));
        if let Some(b) = bearer {
            req = req.bearer_auth(b);
        }
        let r = req.send().await.unwrap();
        let status = r.status().as_u16();
        (status, r.json().await.unwrap_or(serde_json::Value::Null))
    }

    /// Posts a binary batch body: `(status, content type, answer bytes)`.
    pub async fn post_binary(&self, path: &str, body: Vec<u8>) -> (u16, String, Vec<u8>) {
        let r = self
            .http
            .post(self.url(path))
            .header("content-type", batch::CONTENT_TYPE)
            .body(body)
            .send()
            .await
            .unwrap();
        let status = r.status().as_u16();
        let kind = r
            .headers()
            .get("content-type")
            .map(|v| v.to_str().unwrap().to_string())
            .unwrap_or_default();
        (status, kind, r.bytes().await.unwrap().to_vec())
    }

    pub async fn post_envelopes(&self, envs: &[Vec<u8>]) -> (u16, serde_json::Value) {
        let list: Vec<String> = envs.iter().map(|e| B64.encode(e)).collect();
        self.post_json("/v1/envelopes", &serde_json::json!({ "envelopes": list }))
            .await
    }
}

pub fn code(body: &serde_json::Value) -> &str {
    body["error"]["code"].as_str().unwrap_or("")
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
    let mut cmd = Command::new(exe());
    cmd.args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    {
        use std::io::Write;
        let mut input = child.stdin.take().unwrap();
        if let Some(s) = stdin {
            input.write_all(s.as_bytes()).unwrap();
        }
    }
    let out = child.wait_with_output().unwrap();
    (
        out.status.success(),
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
