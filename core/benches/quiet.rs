//! Quiet-contact benchmark: prints a table, asserts nothing.
//!
//! `cargo bench -p waymark-core --bench quiet`
//!
//! - durable enqueue: `send_message` (seal to the hotline, seal for the
//!   outbox, one SQLite transaction with full sync) per message;
//! - delivery of 10,000 queued messages to a relay on 127.0.0.1 (SQLite,
//!   full sync), in batches of 100 versus one request per message;
//! - bytes on the wire per message: request and response bodies as sent,
//!   plus the HTTP/1.1 request line and headers as reqwest writes them;
//! - scaling with 10 / 1,000 / 10,000 messages in one conversation
//!   ([`scaling`]): delivery in the default batches, the conversation list
//!   and the conversation screen (its newest page), each against its target.
//! - the batch body's bytes beyond the text per message ([`wire_bytes`]):
//!   50 messages of one conversation, one alone, against format 1 JSON.

use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use waymark_core::Waymark;
use waymark_core::sync::http::HttpTransport;
use waymark_core::sync::{SyncPolicy, SyncTask, TaskOutcome, Transport};
use waymark_testkit::profile::Profile;
use waymark_testkit::relay::Relay;

#[path = "../../benches/report.rs"]
mod report;

const MESSAGES: usize = 10_000;

/// Counts what crosses the wire, then hands the task to HTTP.
struct Counting {
    inner: HttpTransport,
    requests: AtomicU64,
    bytes_out: AtomicU64,
    bytes_in: AtomicU64,
}

impl Transport for Counting {
    async fn execute(&self, task: &SyncTask) -> TaskOutcome {
        // Request line and the headers reqwest sends for this request.
        let mut head = format!(
            "{} {} HTTP/1.1\r\nhost: 127.0.0.1:65535\r\n",
            task.method, task.path
        )
        .len()
            + "accept: */*\r\nuser-agent: waymark\r\n\r\n".len();
        if let Some(ct) = &task.content_type {
            head += format!(
                "content-type: {ct}\r\ncontent-length: {}\r\n",
                task.body.len()
            )
            .len();
        }
        if let Some(b) = &task.bearer {
            head += format!("authorization: Bearer {b}\r\n").len();
        }
        self.requests.fetch_add(1, Ordering::Relaxed);
        self.bytes_out
            .fetch_add((head + task.body.len()) as u64, Ordering::Relaxed);
        let outcome = self.inner.execute(task).await;
        if let TaskOutcome::Response(r) = &outcome {
            // Status line and axum's headers (content-type, content-length, date).
            self.bytes_in
                .fetch_add(r.body.len() as u64 + 110, Ordering::Relaxed);
        }
        outcome
    }
}

fn profile(dir: &Path, batch: usize) -> Waymark {
    let config = Profile::new(dir).locale("en").sync_policy(SyncPolicy {
        batch_size: batch,
        max_outbox: MESSAGES + 1,
        max_requests_per_window: u32::MAX,
        ..SyncPolicy::default()
    });
    let w = config.open();
    w.profile()
        .set_up("2468", "2468")
        .unwrap_or_else(|e| panic!("{e}"));
    w
}

/// A profile with the default sync policy except the quota (and the
/// request window, which a benchmark would spend in a minute).
fn default_profile(dir: &Path, max_outbox: usize) -> Waymark {
    let config = Profile::new(dir).locale("en").sync_policy(SyncPolicy {
        max_outbox: max_outbox + 1,
        max_requests_per_window: u32::MAX,
        ..SyncPolicy::default()
    });
    let w = config.open();
    w.profile()
        .set_up("2468", "2468")
        .unwrap_or_else(|e| panic!("{e}"));
    w
}

/// Median of `runs` timings of `f`.
fn median(runs: usize, mut f: impl FnMut()) -> Duration {
    let mut v: Vec<Duration> = (0..runs)
        .map(|_| {
            let started = Instant::now();
            f();
            started.elapsed()
        })
        .collect();
    v.sort();
    v[v.len() / 2]
}

/// Scaling rows: one conversation of `n` messages for n in 10 / 1,000 /
/// 10,000, delivered to a relay on 127.0.0.1 in the default batches, then
/// the conversation list and the conversation's screen (the newest page).
/// Targets (issue #16 point 3): delivering 10,000 ≤ 1 s, with the cost per
/// message flat as the queue grows; list and screen ≤ 5 ms at 10,000.
fn scaling(rt: &tokio::runtime::Runtime, report: &mut report::Report, body: &str) {
    let batch = SyncPolicy::default().batch_size;
    let mut per_message = Vec::new();
    for n in [10usize, 1_000, 10_000] {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let w = default_profile(&dir.path().join("phone"), n);
        let c = w
            .quiet()
            .conversation_with("waymark-dev")
            .unwrap_or_else(|e| panic!("{e}"));
        for _ in 0..n {
            w.quiet()
                .send_message(c, body)
                .unwrap_or_else(|e| panic!("{e}"));
        }
        let queued_list = median(21, || {
            std::hint::black_box(
                w.quiet()
                    .conversations_screen()
                    .unwrap_or_else(|e| panic!("{e}")),
            );
        });
        let relay = rt.block_on(Relay::sqlite_in(dir.path()));
        let transport = HttpTransport::new(&relay.base).unwrap_or_else(|e| panic!("{e}"));
        let started = Instant::now();
        let report_ = rt
            .block_on(w.sync().run_now(&transport))
            .unwrap_or_else(|e| panic!("{e}"));
        let deliver = started.elapsed();
        assert_eq!(report_.sent as usize, n, "{report_:?}");
        let list = median(21, || {
            std::hint::black_box(
                w.quiet()
                    .conversations_screen()
                    .unwrap_or_else(|e| panic!("{e}")),
            );
        });
        let screen = median(21, || {
            std::hint::black_box(
                w.quiet()
                    .conversation_screen(c)
                    .unwrap_or_else(|e| panic!("{e}")),
            );
        });
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        let us_per = deliver.as_secs_f64() * 1e6 / n as f64;
        per_message.push(us_per);
        let deliver_row = format!("deliver {n} queued messages, batches of {batch}");
        let deliver_fig = format!("{:.3} s ({us_per:.0} µs/message)", deliver.as_secs_f64());
        if n == 10_000 {
            report.target(
                deliver_row,
                deliver_fig,
                "≤ 1 s",
                deliver.as_secs_f64() <= 1.0,
            );
            report.target(
                format!("conversation list, {n} messages"),
                format!("{:.2} ms", ms(list)),
                "≤ 5 ms",
                ms(list) <= 5.0,
            );
            report.target(
                format!("conversation screen (newest page), {n} messages"),
                format!("{:.2} ms", ms(screen)),
                "≤ 5 ms",
                ms(screen) <= 5.0,
            );
        } else {
            report.info(deliver_row, deliver_fig);
            report.info(
                format!("conversation list, {n} messages"),
                format!("{:.2} ms", ms(list)),
            );
            report.info(
                format!("conversation screen (newest page), {n} messages"),
                format!("{:.2} ms", ms(screen)),
            );
        }
        report.info(
            format!("conversation list, {n} messages all queued"),
            format!("{:.2} ms", ms(queued_list)),
        );
    }
    // Linear in the batch, not the queue: the cost per message at 10,000
    // stays within twice the cost at 1,000.
    let (at_1k, at_10k) = (per_message[1], per_message[2]);
    report.target(
        "delivery cost per message, 10,000 vs 1,000 queued",
        format!("{:.2}×", at_10k / at_1k),
        "≤ 2× (flat)",
        at_10k <= 2.0 * at_1k,
    );
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

/// The batch body's bytes beyond the message text, per message (issue #16:
/// at most 80; the floor is 64, HPKE's 32-byte enc and 16-byte tag and the
/// 16-byte envelope id). Bodies are the ones the engine hands out; no HTTP.
fn wire_bytes(text: &str) {
    use waymark_protocol::api::EnvelopeBatch;
    use waymark_protocol::message::{HotlineMessage, ReplyTo, hex};
    use waymark_protocol::{envelope, hpke};

    let mut report = report::Report::new("quiet wire bytes");
    // Body bytes beyond the texts of the first task, per message.
    let overhead = |w: &Waymark, texts: usize| {
        let task = w
            .sync()
            .next_task()
            .unwrap_or_else(|e| panic!("{e}"))
            .unwrap_or_else(|| panic!("no task"));
        let n = waymark_protocol::batch::decode(&task.body)
            .unwrap_or_else(|e| panic!("{e:?}"))
            .len();
        assert_eq!(n, texts);
        w.sync()
            .report_result(task.id, TaskOutcome::Cancelled)
            .unwrap_or_else(|e| panic!("{e}"));
        (task.body.len() - n * text.len()) as f64 / n as f64
    };
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let w = profile(&dir.path().join("phone"), 50);
    // 50 messages of a new conversation: the first carries the route.
    let c = w
        .quiet()
        .conversation_with("waymark-dev")
        .unwrap_or_else(|e| panic!("{e}"));
    for _ in 0..50 {
        w.quiet()
            .send_message(c, text)
            .unwrap_or_else(|e| panic!("{e}"));
    }
    let fifty = overhead(&w, 50);
    report.target(
        format!(
            "batch body beyond the text, 50 messages of one conversation ({}-byte text)",
            text.len()
        ),
        format!("{fifty:.1} B/message"),
        "≤ 80 B (floor 64; format 1 JSON: 503)",
        fifty <= 80.0,
    );
    // One message alone: first of a conversation (with its route), then a
    // later one (the route already on its way).
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let w = profile(&dir.path().join("phone"), 50);
    let c = w
        .quiet()
        .conversation_with("waymark-dev")
        .unwrap_or_else(|e| panic!("{e}"));
    w.quiet()
        .send_message(c, text)
        .unwrap_or_else(|e| panic!("{e}"));
    let first = overhead(&w, 1);
    report.info(
        "batch body beyond the text, 1 message alone, first of its conversation (route)",
        format!("{first:.0} B"),
    );
    let task = w
        .sync()
        .next_task()
        .unwrap_or_else(|e| panic!("{e}"))
        .unwrap_or_else(|| panic!("no task"));
    // Pretend it was stored, so the next one goes alone.
    let ok = waymark_protocol::batch::encode_answer(&[waymark_protocol::batch::ItemStatus::Stored]);
    w.sync()
        .report_result(
            task.id,
            TaskOutcome::Response(waymark_core::sync::HttpResponse {
                status: 200,
                retry_after_secs: None,
                body: ok,
                pack_version: None,
            }),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    w.quiet()
        .send_message(c, text)
        .unwrap_or_else(|e| panic!("{e}"));
    let later = overhead(&w, 1);
    report.info(
        "batch body beyond the text, 1 message alone, later in its conversation",
        format!("{later:.0} B"),
    );
    // The same 50 in format 1 (old clients): JSON message, envelope with
    // a length field, base64 in a JSON batch.
    let (_, pk) = hpke::generate_keypair().unwrap_or_else(|e| panic!("{e:?}"));
    let (_, reply) = hpke::generate_keypair().unwrap_or_else(|e| panic!("{e:?}"));
    let envelopes: Vec<String> = (1..=50u32)
        .map(|seq| {
            let m = HotlineMessage {
                v: 1,
                conversation: hex(&[0xab; 16]),
                seq,
                sent_at: 1_764_000_000,
                locale: "en".into(),
                body: text.into(),
                reply_to: ReplyTo {
                    key: hex(&reply),
                    mailbox: hex(&[0xcd; 16]),
                },
            };
            let sealed =
                envelope::seal(&pk, [7; 16], &m.to_bytes()).unwrap_or_else(|e| panic!("{e}"));
            base64::Engine::encode(&base64::engine::general_purpose::STANDARD, sealed)
        })
        .collect();
    let json = serde_json::to_vec(&EnvelopeBatch { envelopes }).unwrap_or_else(|e| panic!("{e}"));
    report.info(
        "format 1 JSON batch body beyond the text, 50 messages (old clients)",
        format!(
            "{:.0} B/message",
            (json.len() - 50 * text.len()) as f64 / 50.0
        ),
    );
    report.finish();
}

fn main() {
    let rt = tokio::runtime::Runtime::new().unwrap_or_else(|e| panic!("{e}"));
    let mut table: Vec<(String, String)> = Vec::new();
    let body = "I am in Bangkok and my employer took my passport. I need to talk to someone. \
                Please answer when you can. ฉันต้องการความช่วยเหลือ กรุณาติดต่อกลับ";
    // About 200 bytes of UTF-8, cut at a character boundary.
    let mut end = body.len().min(200);
    while !body.is_char_boundary(end) {
        end -= 1;
    }
    let body = &body[..end];
    wire_bytes(body);

    let mut rows = Vec::new();
    // `WAYMARK_QUIET_BENCH=scaling` runs only the scaling rows.
    let scaling_only = std::env::var("WAYMARK_QUIET_BENCH").is_ok_and(|v| v == "scaling");
    let runs: &[(&str, usize)] = if scaling_only {
        &[]
    } else {
        &[("batches of 100", 100usize), ("one request per message", 1)]
    };
    for &(label, batch) in runs {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let w = profile(&dir.path().join("phone"), batch);
        let c = w
            .quiet()
            .conversation_with("waymark-dev")
            .unwrap_or_else(|e| panic!("{e}"));
        let mut enqueue = Vec::with_capacity(MESSAGES);
        for _ in 0..MESSAGES {
            let started = Instant::now();
            w.quiet()
                .send_message(c, body)
                .unwrap_or_else(|e| panic!("{e}"));
            enqueue.push(started.elapsed());
        }
        if batch == 100 {
            enqueue.sort();
            table.push((
                "durable enqueue (send_message), p50 / p99".into(),
                format!(
                    "{:.2} ms / {:.2} ms over {MESSAGES}",
                    percentile(&enqueue, 0.5).as_secs_f64() * 1e3,
                    percentile(&enqueue, 0.99).as_secs_f64() * 1e3
                ),
            ));
        }
        let relay = rt.block_on(Relay::sqlite_in(dir.path()));
        let transport = Counting {
            inner: HttpTransport::new(&relay.base).unwrap_or_else(|e| panic!("{e}")),
            requests: AtomicU64::new(0),
            bytes_out: AtomicU64::new(0),
            bytes_in: AtomicU64::new(0),
        };
        let started = Instant::now();
        let report = rt
            .block_on(w.sync().run_now(&transport))
            .unwrap_or_else(|e| panic!("{e}"));
        let elapsed = started.elapsed();
        assert_eq!(report.sent as usize, MESSAGES, "{report:?}");
        let requests = transport.requests.load(Ordering::Relaxed);
        let out = transport.bytes_out.load(Ordering::Relaxed) as f64 / MESSAGES as f64;
        let inn = transport.bytes_in.load(Ordering::Relaxed) as f64 / MESSAGES as f64;
        rows.push((label, elapsed, requests, out, inn));
    }
    for (label, elapsed, requests, out, inn) in &rows {
        table.push((
            format!("deliver {MESSAGES} messages, {label}"),
            format!(
                "{:.2} s, {requests} requests, {:.0} msg/s",
                elapsed.as_secs_f64(),
                MESSAGES as f64 / elapsed.as_secs_f64()
            ),
        ));
        table.push((
            format!("bytes on the wire per message, {label}"),
            format!("{out:.0} B up, {inn:.0} B down ({}-byte text)", body.len()),
        ));
    }

    let mut report = report::Report::new("quiet");
    for (k, v) in table {
        report.info(k, v);
    }
    scaling(&rt, &mut report, body);
    report.finish();
}
