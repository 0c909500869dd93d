//! Load benchmark: 64 concurrent clients each posting one sealed envelope
//! per request until a fixed total is reached, with the rate limit and the
//! request log off. Rows per storage backend:
//!
//! - SQLite in a temp file, one relay in this process;
//! - PostgreSQL (when `WAYMARK_TEST_POSTGRES_URL` is set), one relay in
//!   this process, and two real `waymark-server serve` processes on the
//!   same database with the clients split between them.
//!
//! Each run also has one reader asking `POST /v1/envelopes/status` in a
//! loop while the writes go on: its p99 shows whether reads wait for
//! writes. The load generator runs on the same machine as the relay (and
//! PostgreSQL) and shares its cores. Also prints the bytes on the wire for
//! a typical 200-byte message.
//!
//! `cargo bench -p waymark-server --bench load`

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stderr)]

#[path = "../../benches/report.rs"]
mod report;

use std::io::BufRead;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use waymark_protocol::message::{HotlineMessage, ReplyTo, hex, mailbox_id};
use waymark_protocol::{envelope, hpke};
use waymark_server::RelayConfig;

const CLIENTS: usize = 64;
const PER_CLIENT: usize = 313; // 64 × 313 = 20,032 requests
const BODY_LEN: usize = 200;

/// Targets (issue #16 point 2).
const SQLITE_RPS: f64 = 10_000.0;
const P99_MS: f64 = 10.0;
const POSTGRES_TWO_RELAYS_RPS: f64 = 5_000.0;

fn random<const N: usize>() -> [u8; N] {
    let mut b = [0u8; N];
    ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut b).unwrap();
    b
}

fn message(seq: u32) -> HotlineMessage {
    HotlineMessage {
        v: 1,
        conversation: hex(&random::<16>()),
        seq,
        sent_at: 1_764_000_000,
        locale: "th".into(),
        body: "x".repeat(BODY_LEN),
        reply_to: ReplyTo {
            key: hex(&random::<32>()),
            mailbox: mailbox_id(&random::<32>()),
        },
    }
}

/// One request body per request: `{"envelopes": [b64]}`.
fn bodies(pk: &[u8; 32], n: usize) -> Vec<Vec<u8>> {
    (0..n)
        .map(|i| {
            let env = envelope::seal(pk, random(), &message(i as u32).to_bytes()).unwrap();
            serde_json::to_vec(&serde_json::json!({ "envelopes": [B64.encode(&env)] })).unwrap()
        })
        .collect()
}

struct Run {
    requests: usize,
    errors: usize,
    elapsed: Duration,
    p50: Duration,
    p99: Duration,
    reads: usize,
    read_p99: Duration,
}

impl Run {
    fn rps(&self) -> f64 {
        self.requests as f64 / self.elapsed.as_secs_f64()
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn quantile(sorted: &[Duration], q: f64) -> Duration {
    sorted
        .get(((sorted.len() as f64 * q) as usize).min(sorted.len().saturating_sub(1)))
        .copied()
        .unwrap_or_default()
}

/// Drives the relays at `bases` (`http://addr`), clients split evenly.
async fn drive(bases: &[String], pk: &[u8; 32]) -> Run {
    let mut all = bodies(pk, CLIENTS * PER_CLIENT);
    let done = Arc::new(AtomicBool::new(false));
    let reader = {
        let url = format!("{}/v1/envelopes/status", bases[0]);
        let done = done.clone();
        let ids: Vec<String> = (0..10).map(|_| hex(&random::<16>())).collect();
        let body = serde_json::to_vec(&serde_json::json!({ "ids": ids })).unwrap();
        tokio::spawn(async move {
            let http = reqwest::Client::builder().no_proxy().build().unwrap();
            let mut latencies = Vec::new();
            while !done.load(Ordering::Relaxed) {
                let t = Instant::now();
                let ok = http
                    .post(&url)
                    .header("content-type", "application/json")
                    .body(body.clone())
                    .send()
                    .await
                    .is_ok_and(|r| r.status().is_success());
                assert!(ok, "status read failed");
                latencies.push(t.elapsed());
            }
            latencies
        })
    };
    let start = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for client in 0..CLIENTS {
        let mine: Vec<Vec<u8>> = all.drain(..PER_CLIENT).collect();
        let url = format!("{}/v1/envelopes", bases[client % bases.len()]);
        tasks.spawn(async move {
            let http = reqwest::Client::builder().no_proxy().build().unwrap();
            let mut latencies = Vec::with_capacity(mine.len());
            let mut errors = 0;
            for body in mine {
                let t = Instant::now();
                let ok = http
                    .post(&url)
                    .header("content-type", "application/json")
                    .body(body)
                    .send()
                    .await
                    .map(|r| r.status().is_success());
                latencies.push(t.elapsed());
                if !matches!(ok, Ok(true)) {
                    errors += 1;
                }
            }
            (latencies, errors)
        });
    }
    let mut latencies = Vec::new();
    let mut errors = 0;
    for (l, e) in tasks.join_all().await {
        latencies.extend(l);
        errors += e;
    }
    let elapsed = start.elapsed();
    done.store(true, Ordering::Relaxed);
    let mut reads = reader.await.unwrap();
    reads.sort();
    latencies.sort();
    Run {
        requests: latencies.len(),
        errors,
        elapsed,
        p50: quantile(&latencies, 0.50),
        p99: quantile(&latencies, 0.99),
        reads: reads.len(),
        read_p99: quantile(&reads, 0.99),
    }
}

fn config(db: String) -> RelayConfig {
    RelayConfig {
        db,
        operator_token: None,
        rate_limit_per_minute: 0,
        log_requests: false,
        public_url: None,
        console_dir: None,
    }
}

/// One relay in this process.
async fn in_process(db: String, pk: &[u8; 32]) -> Run {
    let (addr, _server) = waymark_server::spawn_local(&config(db)).await.unwrap();
    drive(&[format!("http://{addr}")], pk).await
}

/// A `waymark-server serve` process; killed when dropped.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn serve(db: &str) -> (Server, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_waymark-server"))
        .args(["serve", "--json", "--quiet", "--rate-limit", "0"])
        .args(["--listen", "127.0.0.1:0", "--db", db])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let v: serde_json::Value = serde_json::from_str(&line).unwrap();
    let addr = v["listening"].as_str().unwrap().to_string();
    (Server(child), format!("http://{addr}"))
}

/// Two relay processes on one database, the clients split between them.
async fn two_processes(db: String, pk: &[u8; 32]) -> Run {
    let (a, url_a) = serve(&db);
    let (b, url_b) = serve(&db);
    let run = drive(&[url_a, url_b], pk).await;
    drop((a, b));
    run
}

async fn fresh_postgres(base: &str) -> String {
    waymark_testkit::relay::TestDb::postgres(base).await.url
}

/// The rows of one run: throughput and p99 with their targets where the
/// issue sets one.
fn rows(report: &mut report::Report, label: &str, run: &Run, rps_target: Option<f64>) {
    let what = format!("{label}: POST /v1/envelopes, {CLIENTS} clients");
    let rps = format!(
        "{:.0} req/s ({} requests, {} errors)",
        run.rps(),
        run.requests,
        run.errors
    );
    match rps_target {
        Some(t) => report.target(
            format!("{what}, throughput"),
            rps,
            format!("≥ {t:.0} req/s"),
            run.rps() >= t && run.errors == 0,
        ),
        None => report.info(format!("{what}, throughput"), rps),
    }
    let p99 = format!("p99 {:.2} ms (p50 {:.2} ms)", ms(run.p99), ms(run.p50));
    if rps_target.is_some() && label.starts_with("sqlite") {
        report.target(
            format!("{what}, latency"),
            p99,
            format!("p99 ≤ {P99_MS:.0} ms"),
            ms(run.p99) <= P99_MS,
        );
    } else {
        report.info(format!("{what}, latency"), p99);
    }
    report.info(
        format!("{label}: status reads during the writes"),
        format!("p99 {:.2} ms ({} reads)", ms(run.read_p99), run.reads),
    );
}

/// Median time of a 4 KiB write + fsync in `dir`: the floor under every
/// durable commit on this disk.
fn fsync_median(dir: &std::path::Path) -> Duration {
    use std::io::Write;
    let mut f = std::fs::File::create(dir.join("fsync-probe")).unwrap();
    let mut times: Vec<Duration> = (0..50)
        .map(|_| {
            let t = Instant::now();
            f.write_all(&[0u8; 4096]).unwrap();
            f.sync_data().unwrap();
            t.elapsed()
        })
        .collect();
    times.sort();
    quantile(&times, 0.5)
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let (_, pk) = hpke::generate_keypair().unwrap();
        let tmp = tempfile::tempdir().unwrap();
        let mut report = report::Report::new("relay load");
        report.info(
            "fsync of 4 KiB in the bench's temp dir (median)",
            format!("{:.2} ms", ms(fsync_median(tmp.path()))),
        );
        let sqlite = in_process(
            format!("sqlite:{}", tmp.path().join("bench.db").display()),
            &pk,
        )
        .await;
        rows(&mut report, "sqlite, one relay", &sqlite, Some(SQLITE_RPS));
        // The same on tmpfs, where fsync costs nothing: not durable, but it
        // shows what the relay's own work allows beside the disk's share.
        if let Ok(shm) = tempfile::tempdir_in("/dev/shm") {
            let run = in_process(
                format!("sqlite:{}", shm.path().join("bench.db").display()),
                &pk,
            )
            .await;
            rows(
                &mut report,
                "sqlite on tmpfs (fsync free, context only)",
                &run,
                None,
            );
        }
        match std::env::var("WAYMARK_TEST_POSTGRES_URL") {
            Ok(base) if !base.is_empty() => {
                let one = in_process(fresh_postgres(&base).await, &pk).await;
                rows(&mut report, "postgres, one relay", &one, None);
                let two = two_processes(fresh_postgres(&base).await, &pk).await;
                rows(
                    &mut report,
                    "postgres, two relay processes",
                    &two,
                    Some(POSTGRES_TWO_RELAYS_RPS),
                );
            }
            _ => eprintln!("note: WAYMARK_TEST_POSTGRES_URL is not set; PostgreSQL rows skipped"),
        }
        let m = message(1);
        let plain = m.to_bytes();
        let env = envelope::seal(&pk, random(), &plain).unwrap();
        let body =
            serde_json::to_vec(&serde_json::json!({ "envelopes": [B64.encode(&env)] })).unwrap();
        report.info(
            format!(
                "the posted body: a {BODY_LEN}-byte message in format 1 JSON (old clients, the heavier parse; phones send format 2, see quiet wire bytes)"
            ),
            format!(
                "{} B message JSON, {} B sealed, {} B request body",
                plain.len(),
                env.len(),
                body.len()
            ),
        );
        report.info(
            "machine",
            format!(
                "{} cores shared by the load generator, the relay(s) and PostgreSQL",
                std::thread::available_parallelism().map_or(0, |n| n.get())
            ),
        );
        report.finish();
    });
}
