//! One table format for every benchmark: a measurement, its figure, the
//! target beside it and whether it is met. Each bench prints its own table
//! on stdout and, when `WAYMARK_BENCH_ROWS` names a file, appends its rows
//! to it as tab-separated lines (`bench, measurement, figure, target, met`),
//! from which `tests/bench.sh` writes `docs/performance.md`.
//!
//! Included by path from `core/benches/*.rs` and `server/benches/*.rs`
//! (`#[path = "../../benches/report.rs"] mod report;`), so it has no crate
//! of its own and no dependencies.

#![allow(dead_code, clippy::print_stderr)]

use std::io::Write;

/// Whether a figure meets its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Met {
    Yes,
    No,
    /// No target: the row is context (a scaling row, a breakdown).
    Info,
}

impl Met {
    /// `Yes` when `ok`, else `No`.
    pub fn from(ok: bool) -> Self {
        if ok { Met::Yes } else { Met::No }
    }
    fn label(self) -> &'static str {
        match self {
            Met::Yes => "met",
            Met::No => "MISSED",
            Met::Info => "",
        }
    }
}

#[derive(Debug)]
struct Row {
    measurement: String,
    figure: String,
    target: String,
    met: Met,
}

/// The rows of one benchmark, printed together at the end.
#[derive(Debug)]
pub struct Report {
    bench: String,
    rows: Vec<Row>,
}

impl Report {
    pub fn new(bench: &str) -> Self {
        Report {
            bench: bench.to_owned(),
            rows: Vec::new(),
        }
    }

    /// A row with a target: `target` says the goal in words ("≤ 1 s").
    pub fn target(
        &mut self,
        measurement: impl Into<String>,
        figure: impl Into<String>,
        target: impl Into<String>,
        met: bool,
    ) {
        self.rows.push(Row {
            measurement: measurement.into(),
            figure: figure.into(),
            target: target.into(),
            met: Met::from(met),
        });
    }

    /// A row without a target.
    pub fn info(&mut self, measurement: impl Into<String>, figure: impl Into<String>) {
        self.rows.push(Row {
            measurement: measurement.into(),
            figure: figure.into(),
            target: String::new(),
            met: Met::Info,
        });
    }

    /// Prints the table and appends the rows to `$WAYMARK_BENCH_ROWS`.
    pub fn finish(self) {
        let w = |f: fn(&Row) -> &str, head: &str| {
            self.rows
                .iter()
                .map(|r| f(r).chars().count())
                .chain([head.chars().count()])
                .max()
                .unwrap_or(8)
        };
        let (wm, wf, wt) = (
            w(|r| &r.measurement, "measurement"),
            w(|r| &r.figure, "figure"),
            w(|r| &r.target, "target"),
        );
        println!("\n{} benchmark\n", self.bench);
        println!(
            "| {:<wm$} | {:<wf$} | {:<wt$} | met    |",
            "measurement", "figure", "target"
        );
        println!(
            "|-{}-|-{}-|-{}-|--------|",
            "-".repeat(wm),
            "-".repeat(wf),
            "-".repeat(wt)
        );
        for r in &self.rows {
            println!(
                "| {:<wm$} | {:<wf$} | {:<wt$} | {:<6} |",
                r.measurement,
                r.figure,
                r.target,
                r.met.label()
            );
        }
        if let Ok(path) = std::env::var("WAYMARK_BENCH_ROWS") {
            let clean = |s: &str| s.replace(['\t', '\n'], " ");
            let mut out = String::new();
            for r in &self.rows {
                out.push_str(&format!(
                    "{}\t{}\t{}\t{}\t{}\n",
                    self.bench,
                    clean(&r.measurement),
                    clean(&r.figure),
                    clean(&r.target),
                    r.met.label()
                ));
            }
            let written = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(&path)
                .and_then(|mut f| f.write_all(out.as_bytes()));
            if let Err(e) = written {
                eprintln!("could not append bench rows to {path}: {e}");
            }
        }
    }
}
