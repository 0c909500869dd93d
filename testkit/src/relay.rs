//! Relays for tests: a real `waymark-server` in this process on 127.0.0.1
//! over a test database (a temp SQLite file always, a fresh PostgreSQL
//! schema when `WAYMARK_TEST_POSTGRES_URL` is set), and an HTTP client for
//! it. Owns the test relay's configuration (operator token, no rate limit,
//! no request log); never drops a PostgreSQL schema it made (the test
//! cluster is thrown away whole).

#![allow(clippy::print_stderr)] // says on stderr why a PostgreSQL variant is skipped

use std::net::SocketAddr;
use std::path::Path;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use waymark_protocol::batch;
use waymark_protocol::message::hex;
use waymark_server::{AppState, RelayConfig};

/// The operator token of every test relay.
pub const OPERATOR_TOKEN: &str = "operator-s3cret";

/// A test relay's configuration: operator token set, no rate limit, no
/// request log.
pub fn config(db: impl Into<String>) -> RelayConfig {
    RelayConfig {
        db: db.into(),
        operator_token: Some(OPERATOR_TOKEN.to_string()),
        rate_limit_per_minute: 0,
        log_requests: false,
        public_url: None,
        console_dir: None,
    }
}

/// The URL of a SQLite relay database `relay.db` in `dir`.
pub fn sqlite_url(dir: &Path) -> String {
    format!("sqlite:{}", dir.join("relay.db").display())
}

/// The PostgreSQL server the tests may use, if `WAYMARK_TEST_POSTGRES_URL`
/// names one.
pub fn postgres_url() -> Option<String> {
    std::env::var("WAYMARK_TEST_POSTGRES_URL")
        .ok()
        .filter(|u| !u.is_empty())
}

/// Whether a PostgreSQL variant of a test runs; says so on stderr when not.
pub fn postgres_available() -> bool {
    let set = postgres_url().is_some();
    if !set {
        eprintln!("note: WAYMARK_TEST_POSTGRES_URL is not set; PostgreSQL variant skipped");
    }
    set
}

/// One database for one test.
#[derive(Debug)]
pub struct TestDb {
    pub url: String,
    pub label: &'static str,
    /// The SQLite file's directory (for byte checks); `None` for PostgreSQL
    /// and for a file in the test's own directory ([`TestDb::sqlite_in`]).
    pub dir: Option<tempfile::TempDir>,
    /// The schema holding this test's tables (PostgreSQL).
    pub schema: Option<String>,
}

impl TestDb {
    /// A SQLite file in a temp directory of its own.
    pub fn sqlite() -> TestDb {
        let dir = tempfile::tempdir().unwrap();
        TestDb {
            url: sqlite_url(dir.path()),
            label: "sqlite",
            dir: Some(dir),
            schema: None,
        }
    }

    /// A SQLite file `relay.db` in `dir`, which the test keeps.
    pub fn sqlite_in(dir: &Path) -> TestDb {
        TestDb {
            url: sqlite_url(dir),
            label: "sqlite",
            dir: None,
            schema: None,
        }
    }

    /// A fresh schema in the PostgreSQL database at `base`.
    pub async fn postgres(base: &str) -> TestDb {
        let schema = format!("wm_{}", hex(&crate::random::<8>()));
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

    /// A SQLite file in `dir`, or a fresh PostgreSQL schema (which the
    /// environment must name).
    pub async fn either(dir: &Path, postgres: bool) -> TestDb {
        if postgres {
            TestDb::postgres(&postgres_url().expect("WAYMARK_TEST_POSTGRES_URL is set")).await
        } else {
            TestDb::sqlite_in(dir)
        }
    }

    /// The test relay's configuration ([`config`]) over this database.
    pub fn config(&self) -> RelayConfig {
        config(self.url.clone())
    }
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

/// An address on 127.0.0.1 that was free a moment ago: for a relay that
/// starts later at an address the phone already knows.
pub fn free_port() -> SocketAddr {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap()
}

/// A relay in this process (or a client for one at an address), with an
/// HTTP client that never goes through a proxy. The server task runs until
/// the test's runtime ends.
#[derive(Debug, Clone)]
pub struct Relay {
    pub addr: SocketAddr,
    /// `http://ADDR`, what the phone is given.
    pub base: String,
    pub http: reqwest::Client,
}

impl Relay {
    /// Starts a relay on 127.0.0.1 at a free port; it listens on return.
    pub async fn spawn(config: &RelayConfig) -> Relay {
        let (addr, _task) = waymark_server::spawn_local(config).await.unwrap();
        Relay::at(addr)
    }

    /// Starts a relay at `addr` (port 0 for any); it listens on return.
    pub async fn spawn_at(config: &RelayConfig, addr: SocketAddr) -> Relay {
        let state = AppState::open(config).await.unwrap();
        let listener = tokio::net::TcpListener::bind(addr).await.unwrap();
        let bound = listener.local_addr().unwrap();
        tokio::spawn(waymark_server::serve(listener, state));
        Relay::at(bound)
    }

    /// A test relay ([`config`]) over `relay.db` in `dir`.
    pub async fn sqlite_in(dir: &Path) -> Relay {
        Relay::spawn(&config(sqlite_url(dir))).await
    }

    /// A client for the relay at `addr`.
    pub fn at(addr: SocketAddr) -> Relay {
        Relay {
            addr,
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

    /// Posts envelopes as a JSON batch to the hotlines' endpoint.
    pub async fn post_envelopes(&self, envs: &[Vec<u8>]) -> (u16, serde_json::Value) {
        let list: Vec<String> = envs.iter().map(|e| B64.encode(e)).collect();
        self.post_json("/v1/envelopes", &serde_json::json!({ "envelopes": list }))
            .await
    }
}

/// The stable error code of a relay's JSON error answer (`""` if none).
pub fn code(body: &serde_json::Value) -> &str {
    body["error"]["code"].as_str().unwrap_or("")
}
