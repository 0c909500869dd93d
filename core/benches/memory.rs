//! Memory benchmark: the peak resident memory of a scripted session, in a
//! fresh child process, against "peak RSS ≤ KDF memory + 20 MB".
//!
//! `cargo bench -p waymark-core --bench memory`
//!
//! The parent runs this same binary again with `WAYMARK_MEMORY_CHILD` set
//! (so nothing the parent did counts) and reads what the child reports.
//! The child, after each step, reads `VmHWM` (peak resident set) and
//! `VmRSS` from `/proc/self/status`. The session: open a profile with the
//! production Argon2id memory (64 MiB; iterations fixed at the minimum, as
//! they do not change memory), set up and unlock, read the lesson list, a
//! lesson, the checklists and the directory, search in four locales (the
//! Fluent catalogs and search index of each), send five messages, sync them
//! to a relay running in the same process (SQLite on a temporary
//! directory), lock. Linux only (it reads `/proc`).

#[path = "../../benches/report.rs"]
mod report;

use std::sync::Arc;

use waymark_core::vault::{FileSecret, KdfParams, KdfPolicy};
use waymark_core::{Config, Waymark};

const CHILD: &str = "WAYMARK_MEMORY_CHILD";
const MB: f64 = 1_000_000.0;
const MIB: f64 = 1_048_576.0;

/// `VmHWM` and `VmRSS` of this process, in bytes.
fn rss() -> (u64, u64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            .unwrap_or(0)
            * 1024
    };
    (field("VmHWM:"), field("VmRSS:"))
}

fn step(name: &str) {
    let (hwm, now) = rss();
    println!("step\t{name}\t{hwm}\t{now}");
}

fn child() {
    let kdf = KdfParams {
        m_kib: KdfParams::MEMORY_KIB,
        t: KdfParams::MIN_ITERATIONS,
        p: 1,
    };
    println!("kdf\t{}", u64::from(kdf.m_kib) * 1024);
    step("process start");
    let rt = tokio::runtime::Runtime::new().unwrap_or_else(|e| panic!("{e}"));
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let phone = dir.path().join("phone");
    let mut config = Config::new(&phone, Arc::new(FileSecret::in_dir(&phone)));
    config.kdf = KdfPolicy::Fixed(kdf);
    config.device_locales = vec!["en".into()];
    let w = Waymark::open(config).unwrap_or_else(|e| panic!("{e}"));
    step("open");
    w.profile()
        .set_up("2468", "2468")
        .unwrap_or_else(|e| panic!("{e}"));
    w.profile().lock();
    w.profile().unlock("2468").unwrap_or_else(|e| panic!("{e}"));
    step("set up + unlock (Argon2id)");
    let list = w.content().lessons_screen();
    let first = list
        .lessons
        .first()
        .map(|l| l.id.clone())
        .unwrap_or_default();
    let _ = w.content().lesson_screen(&first);
    let _ = w.content().checklist_screen();
    let _ = w.content().directory_screen(None, None, None);
    step("lessons, checklists, directory (en)");
    for (tag, query) in [
        ("en", "passport"),
        ("th", "หนังสือเดินทาง"),
        ("my", "နိုင်ငံကူးလက်မှတ်"),
        ("km", "លិខិតឆ្លងដែន"),
    ] {
        w.profile()
            .choose_locale(tag)
            .unwrap_or_else(|e| panic!("{e}"));
        let _ = w.content().search(query);
        let _ = w.content().lessons_screen();
    }
    step("search in en, th, my, km");
    let c = w
        .quiet()
        .conversation_with("waymark-dev")
        .unwrap_or_else(|e| panic!("{e}"));
    for i in 0..5 {
        w.quiet()
            .send_message(c, &format!("Message {i}: my employer took my passport."))
            .unwrap_or_else(|e| panic!("{e}"));
    }
    step("send 5 messages");
    let relay = rt.block_on(waymark_testkit::relay::Relay::sqlite_in(dir.path()));
    let transport =
        waymark_core::sync::http::HttpTransport::new(&relay.base).unwrap_or_else(|e| panic!("{e}"));
    let sent = rt
        .block_on(w.sync().run_now(&transport))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(sent.sent, 5, "{sent:?}");
    step("sync to the in-process relay");
    w.profile().lock();
    step("lock");
}

fn main() {
    if std::env::var_os(CHILD).is_some() {
        child();
        return;
    }
    let exe = std::env::current_exe().unwrap_or_else(|e| panic!("{e}"));
    let out = std::process::Command::new(exe)
        .env(CHILD, "1")
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        out.status.success(),
        "session failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    let mut kdf = 0u64;
    let mut steps = Vec::new();
    for line in text.lines() {
        let parts: Vec<&str> = line.split('\t').collect();
        match parts.as_slice() {
            ["kdf", bytes] => kdf = bytes.parse().unwrap_or(0),
            ["step", name, hwm, now] => steps.push((
                name.to_string(),
                hwm.parse::<u64>().unwrap_or(0),
                now.parse::<u64>().unwrap_or(0),
            )),
            _ => {}
        }
    }
    let peak = steps.iter().map(|s| s.1).max().unwrap_or(0);
    let limit = kdf + 20_000_000;
    let mut report = report::Report::new("memory");
    report.target(
        "scripted session: peak RSS (VmHWM)",
        format!(
            "{:.1} MiB = KDF {:.0} MiB + {:.1} MB",
            peak as f64 / MIB,
            kdf as f64 / MIB,
            (peak as f64 - kdf as f64) / MB
        ),
        format!("≤ KDF memory + 20 MB ({:.1} MiB)", limit as f64 / MIB),
        peak <= limit,
    );
    for (name, hwm, now) in &steps {
        report.info(
            format!("after {name}: peak / current RSS"),
            format!("{:.1} / {:.1} MiB", *hwm as f64 / MIB, *now as f64 / MIB),
        );
    }
    report.finish();
}
