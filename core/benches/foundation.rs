//! Foundation benchmark: prints a table, asserts nothing.
//!
//! `cargo build --release -p waymark-ffi && cargo bench -p waymark-core --bench foundation`
//!
//! - unlock (KDF): one unlock with the parameters calibrated on this machine,
//!   with the real PIN and with the duress PIN (they must cost the same);
//! - open to unlocked without the KDF: opening the database, unwrapping the
//!   key with a trivial KDF, checking the canary and loading settings;
//! - seal + store / load + open per record, against the same rows stored
//!   and read in plaintext;
//! - the size of the release cdylib the phones ship.

#[path = "../../benches/report.rs"]
mod report;

use std::hint::black_box;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use rusqlite::{Connection, params};
use waymark_core::vault::{self, FileSecret, KdfParams, KdfPolicy, Record};
use waymark_core::{Config, Waymark};

const ROWS: i64 = 10_000;
/// Alternating runs of each record benchmark (medians are reported).
const RECORD_RUNS: usize = 7;

fn main() {
    let mut table: Vec<(String, String)> = Vec::new();

    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
    // `WAYMARK_FOUNDATION_BENCH=records` runs only the record rows (for a
    // profiler: the unlock rows run Argon2id with 64 MiB).
    let records_only = std::env::var("WAYMARK_FOUNDATION_BENCH").is_ok_and(|v| v == "records");
    // Rows with a target, added to the report after the context rows.
    let mut targets: Vec<(String, String, &str, bool)> = Vec::new();
    if !records_only {
        // 1. Calibrated unlock.
        let calibration_started = Instant::now();
        let params = KdfParams::calibrate(KdfParams::DEFAULT_TARGET).unwrap_or(KdfParams {
            m_kib: KdfParams::MEMORY_KIB,
            t: KdfParams::MIN_ITERATIONS,
            p: 1,
        });
        let calibration = calibration_started.elapsed();
        let profile = open_profile(dir.path().join("real"), KdfPolicy::Fixed(params));
        profile
            .profile()
            .set_up("2468", "2468")
            .unwrap_or_else(|e| panic!("{e}"));
        profile
            .profile()
            .set_duress_pin("2468", "1357", false)
            .unwrap_or_else(|e| panic!("{e}"));
        profile.profile().lock();
        // Alternate normal and duress unlocks so both see the same machine state.
        let mut unlocks = Vec::new();
        let mut duress = Vec::new();
        for _ in 0..7 {
            unlocks.extend(samples(1, || {
                profile
                    .profile()
                    .unlock("2468")
                    .unwrap_or_else(|e| panic!("{e}"));
                profile.profile().lock();
            }));
            duress.extend(samples(1, || {
                profile
                    .profile()
                    .unlock("1357")
                    .unwrap_or_else(|e| panic!("{e}"));
                profile.profile().lock();
            }));
        }
        table.push((
            format!(
                "unlock, Argon2id m={} MiB t={} p={} (calibrated)",
                params.m_kib / 1024,
                params.t,
                params.p
            ),
            stats_ms(&unlocks),
        ));
        table.push((
            "unlock with the duress PIN (decoy), same parameters".into(),
            stats_ms(&duress),
        ));
        // The accepted band on this machine when quiet: its fastest unlock
        // must not be under the floor, its median not over a second.
        let fastest = unlocks.iter().min().copied().unwrap_or_default();
        let mut sorted = unlocks.clone();
        sorted.sort();
        let median = sorted.get(sorted.len() / 2).copied().unwrap_or_default();
        targets.push((
            "calibrated unlock: fastest / median of 7".into(),
            format!("{:.0} ms / {:.0} ms", ms(fastest), ms(median)),
            "250 ms – 1 s",
            ms(fastest) >= 250.0 && ms(median) <= 1000.0,
        ));
        // Four, not more: the fifth wrong PIN starts the wrong-PIN delays.
        let wrong = samples(4, || {
            let _ = black_box(profile.profile().unlock("0000"));
        });
        table.push(("wrong PIN, same parameters".into(), stats_ms(&wrong)));
        table.push((
            "calibration at set-up (once)".into(),
            format!("{:.0} ms", ms(calibration)),
        ));

        // 2. Open to unlocked without the KDF's cost.
        let trivial = KdfPolicy::Fixed(KdfParams {
            m_kib: 8,
            t: 1,
            p: 1,
        });
        let fast_dir = dir.path().join("fast");
        {
            let w = open_profile(fast_dir.clone(), trivial);
            w.profile()
                .set_up("2468", "2468")
                .unwrap_or_else(|e| panic!("{e}"));
        }
        let opens = samples(50, || {
            let w = open_profile(fast_dir.clone(), trivial);
            w.profile().unlock("2468").unwrap_or_else(|e| panic!("{e}"));
            black_box(&w);
        });
        table.push((
            "open → unlocked, KDF excluded (8 KiB, t=1)".into(),
            stats_ms(&opens),
        ));
    }

    // 3. Records: sealed vs plaintext, 10,000 rows of 200 bytes.
    let key = vault::DataKey::random().unwrap_or_else(|e| panic!("{e}"));
    let record = Record {
        table: "bench",
        layout_version: 1,
    };
    let payload = vec![b'x'; 200];
    let conn = Connection::open(dir.path().join("records.db")).unwrap_or_else(|e| panic!("{e}"));
    conn.execute_batch(
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;
         CREATE TABLE plain (id INTEGER PRIMARY KEY, body BLOB NOT NULL);
         CREATE TABLE sealed (id INTEGER PRIMARY KEY, body BLOB NOT NULL);",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let write = |table: &str, seal: bool| {
        conn.execute_batch(&format!("DELETE FROM {table}"))
            .unwrap_or_else(|e| panic!("{e}"));
        let started = Instant::now();
        conn.execute_batch("BEGIN")
            .unwrap_or_else(|e| panic!("{e}"));
        let sql = format!("INSERT INTO {table} (id, body) VALUES (?1, ?2)");
        let mut stmt = conn.prepare_cached(&sql).unwrap_or_else(|e| panic!("{e}"));
        for id in 0..ROWS {
            let body = if seal {
                vault::seal(&key, record, id, &payload).unwrap_or_else(|e| panic!("{e}"))
            } else {
                payload.clone()
            };
            stmt.execute(params![id, body])
                .unwrap_or_else(|e| panic!("{e}"));
        }
        drop(stmt);
        conn.execute_batch("COMMIT")
            .unwrap_or_else(|e| panic!("{e}"));
        started.elapsed()
    };
    let read = |table: &str, open: bool| {
        let started = Instant::now();
        let sql = format!("SELECT id, body FROM {table} ORDER BY id");
        let mut stmt = conn.prepare(&sql).unwrap_or_else(|e| panic!("{e}"));
        let mut rows = stmt.query([]).unwrap_or_else(|e| panic!("{e}"));
        while let Some(row) = rows.next().unwrap_or_else(|e| panic!("{e}")) {
            let id: i64 = row.get(0).unwrap_or_else(|e| panic!("{e}"));
            let body: Vec<u8> = row.get(1).unwrap_or_else(|e| panic!("{e}"));
            if open {
                black_box(vault::open(&key, record, id, &body).unwrap_or_else(|e| panic!("{e}")));
            } else {
                black_box(body);
            }
        }
        started.elapsed()
    };
    // Alternate plaintext and sealed runs so both see the same machine
    // state (the machine may be shared), and compare medians.
    let (mut plain_w, mut sealed_w, mut plain_r, mut sealed_r) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for _ in 0..RECORD_RUNS {
        plain_w.push(write("plain", false));
        sealed_w.push(write("sealed", true));
        plain_r.push(read("plain", false));
        sealed_r.push(read("sealed", true));
    }
    let med = |v: &mut Vec<Duration>| {
        v.sort();
        v[v.len() / 2]
    };
    let (plain_w, sealed_w, plain_r, sealed_r) = (
        med(&mut plain_w),
        med(&mut sealed_w),
        med(&mut plain_r),
        med(&mut sealed_r),
    );
    let per = |d: Duration| format!("{:.2} µs/record", d.as_secs_f64() * 1e6 / ROWS as f64);
    table.push((
        "store 200 B record, plaintext (10k in one tx)".into(),
        per(plain_w),
    ));
    table.push((
        "seal + store 200 B record (10k in one tx)".into(),
        per(sealed_w),
    ));
    table.push(("load 200 B record, plaintext".into(), per(plain_r)));
    table.push(("load + open 200 B record".into(), per(sealed_r)));
    table.push((
        "sealed record overhead".into(),
        "29 bytes (format 1 + nonce 12 + tag 16)".into(),
    ));
    let write_ratio = sealed_w.as_secs_f64() / plain_w.as_secs_f64();
    let read_ratio = sealed_r.as_secs_f64() / plain_r.as_secs_f64();

    let mut report = report::Report::new("foundation");
    for (k, v) in table {
        report.info(k, v);
    }
    for (measurement, figure, target, met) in targets {
        report.target(measurement, figure, target, met);
    }
    report.target(
        "seal + store ÷ plaintext store, 200 B record",
        format!("{write_ratio:.2}×"),
        "≤ 1.5× (moonshot ≤ 1.1×)",
        write_ratio <= 1.5,
    );
    report.info(
        "load + open ÷ plaintext load, 200 B record",
        format!("{read_ratio:.2}×"),
    );
    library_size(&mut report);
    report.finish();
}

/// The release cdylib the phones ship, against ≤ 6 MB (moonshot ≤ 3 MB).
/// Build it first: `cargo build --release -p waymark-ffi`.
fn library_size(report: &mut report::Report) {
    let lib = target_dir().join("release").join("libwaymark_ffi.so");
    let measurement = "release cdylib libwaymark_ffi.so (x86_64, stripped)";
    match std::fs::metadata(&lib) {
        Ok(m) => report.target(
            measurement,
            format!(
                "{:.2} MB ({:.2} MiB, {} bytes)",
                m.len() as f64 / 1e6,
                m.len() as f64 / 1_048_576.0,
                m.len()
            ),
            "≤ 6 MB (moonshot ≤ 3 MB)",
            m.len() <= 6_000_000,
        ),
        Err(_) => report.target(
            measurement,
            "not built: cargo build --release -p waymark-ffi",
            "≤ 6 MB (moonshot ≤ 3 MB)",
            false,
        ),
    }
}

fn open_profile(dir: PathBuf, kdf: KdfPolicy) -> Waymark {
    let mut config = Config::new(&dir, Arc::new(FileSecret::in_dir(&dir)));
    config.kdf = kdf;
    Waymark::open(config).unwrap_or_else(|e| panic!("{e}"))
}

fn samples(n: usize, mut f: impl FnMut()) -> Vec<Duration> {
    (0..n)
        .map(|_| {
            let started = Instant::now();
            f();
            started.elapsed()
        })
        .collect()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn stats_ms(samples: &[Duration]) -> String {
    let mut v: Vec<f64> = samples.iter().map(|d| ms(*d)).collect();
    v.sort_by(f64::total_cmp);
    let median = v[v.len() / 2];
    format!(
        "median {median:.1} ms (min {:.1}, max {:.1}, n={})",
        v[0],
        v[v.len() - 1],
        v.len()
    )
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target"))
}
