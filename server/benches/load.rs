//! Load benchmark: a relay in this process on 127.0.0.1 (rate limit off,
//! request log off), 64 concurrent clients each posting one sealed envelope
//! per request until a fixed total is reached. Prints requests per second
//! and p50/p99 latency per storage backend (SQLite in a temp file; also
//! PostgreSQL when WAYMARK_TEST_POSTGRES_URL is set), and the bytes on the
//! wire for a typical 200-byte message.
//!
//! `cargo bench -p waymark-server`

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stderr)]

use std::time::{Duration, Instant};

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use waymark_protocol::message::{HotlineMessage, ReplyTo, hex, mailbox_id};
use waymark_protocol::{envelope, hpke};
use waymark_server::RelayConfig;

const CLIENTS: usize = 64;
const PER_CLIENT: usize = 313; // 64 × 313 = 20,032 requests
const BODY_LEN: usize = 200;

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

struct Row {
    label: &'static str,
    requests: usize,
    errors: usize,
    elapsed: Duration,
    p50: Duration,
    p99: Duration,
}

async fn run(label: &'static str, db: String, pk: &[u8; 32]) -> Row {
    let config = RelayConfig {
        db,
        operator_token: None,
        rate_limit_per_minute: 0,
        log_requests: false,
    };
    let (addr, _server) = waymark_server::spawn_local(&config).await.unwrap();
    let url = format!("http://{addr}/v1/envelopes");
    let mut all = bodies(pk, CLIENTS * PER_CLIENT);
    let start = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..CLIENTS {
        let mine: Vec<Vec<u8>> = all.drain(..PER_CLIENT).collect();
        let url = url.clone();
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
    latencies.sort();
    let at = |q: f64| latencies[((latencies.len() as f64 * q) as usize).min(latencies.len() - 1)];
    Row {
        label,
        requests: latencies.len(),
        errors,
        elapsed,
        p50: at(0.50),
        p99: at(0.99),
    }
}

async fn fresh_postgres(base: &str) -> String {
    let schema = format!("bench_{}", hex(&random::<6>()));
    let (client, conn) = tokio_postgres::connect(base, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(conn);
    client
        .batch_execute(&format!("CREATE SCHEMA {schema}"))
        .await
        .unwrap();
    let sep = if base.contains('?') { '&' } else { '?' };
    format!("{base}{sep}options=-csearch_path%3D{schema}")
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let (_, pk) = hpke::generate_keypair().unwrap();
        let tmp = tempfile::tempdir().unwrap();
        let mut rows = vec![
            run(
                "sqlite",
                format!("sqlite:{}", tmp.path().join("bench.db").display()),
                &pk,
            )
            .await,
        ];
        match std::env::var("WAYMARK_TEST_POSTGRES_URL") {
            Ok(base) if !base.is_empty() => {
                let url = fresh_postgres(&base).await;
                rows.push(run("postgres", url, &pk).await);
            }
            _ => eprintln!("note: WAYMARK_TEST_POSTGRES_URL is not set; PostgreSQL row skipped"),
        }
        println!(
            "\nPOST /v1/envelopes, one envelope per request, {CLIENTS} concurrent clients\n"
        );
        println!(
            "| backend  | requests | errors |  req/s | p50 ms | p99 ms |\n|----------|---------:|-------:|-------:|-------:|-------:|"
        );
        for r in &rows {
            println!(
                "| {:<8} | {:>8} | {:>6} | {:>6.0} | {:>6.2} | {:>6.2} |",
                r.label,
                r.requests,
                r.errors,
                r.requests as f64 / r.elapsed.as_secs_f64(),
                r.p50.as_secs_f64() * 1000.0,
                r.p99.as_secs_f64() * 1000.0,
            );
        }
        let m = message(1);
        let plain = m.to_bytes();
        let env = envelope::seal(&pk, random(), &plain).unwrap();
        let body = serde_json::to_vec(&serde_json::json!({ "envelopes": [B64.encode(&env)] }))
            .unwrap();
        println!(
            "\nA {BODY_LEN}-byte message: {} bytes of message JSON, {} bytes sealed, {} bytes of request body",
            plain.len(),
            env.len(),
            body.len()
        );
    });
}
