//! Content benchmark: prints its rows in the shared table
//! (`benches/report.rs`), asserts nothing.
//!
//! `cargo bench -p waymark-core --bench content`
//!
//! - the signed pack (format 2, compressed) against the ≤ 500 KB network
//!   target, and the time to verify, decompress and parse it;
//! - content load: parsing the compiled-in content and one locale's Fluent
//!   catalog (cold, in a fresh process: the first numbers are the real ones);
//! - search index build and query latency p50/p95 per locale (the whole
//!   search screen model), with queries cut from the middle of real
//!   sentences (no spaces for th/lo/km/my), Latin words with a typo, and
//!   English words searched in the other locales (the fallback path);
//! - Zawgyi detector agreement with compatibility.tsv and converter
//!   agreement with the mmgov pair;
//! - text size per locale.

#[path = "../../benches/report.rs"]
mod report;

use std::hint::black_box;
use std::time::Instant;

use waymark_core::content::{Catalog, embedded_catalog, pack, search::Index};
use waymark_core::text::zawgyi;
use waymark_core::{Localizer, l10n};

fn main() {
    let mut report = report::Report::new("content");

    // The signed pack: size, and the time to verify and parse it (what an
    // app pays when it starts with an installed pack).
    let (private, public) = pack::generate_key().unwrap_or_else(|e| panic!("{e}"));
    // First use unpacks every embedded zstd frame (content + 9 locales).
    let started = Instant::now();
    let files = pack::embedded_files();
    report.info(
        "embedded content + 9 locales: first use (zstd unpack + copy)",
        format!("{:.2} ms", ms(started)),
    );
    let signed = pack::sign(
        &pack::build(&files, 2, &public).unwrap_or_else(|e| panic!("{e}")),
        &private,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let mut verify_times = Vec::new();
    for _ in 0..20 {
        let t = Instant::now();
        black_box(
            pack::verify(&signed, std::slice::from_ref(&public)).unwrap_or_else(|e| panic!("{e}")),
        );
        verify_times.push(ms(t));
    }
    verify_times.sort_by(f64::total_cmp);
    report.target(
        "signed pack (format 2), all 9 locales: size over the network",
        format!("{:.0} KB", signed.len() as f64 / 1000.0),
        "≤ 500 KB",
        signed.len() <= 500_000,
    );
    report.info(
        "signed pack: verify + decompress + parse, median of 20",
        format!("{:.2} ms", verify_times[verify_times.len() / 2]),
    );
    let json_len = u32::from_be_bytes([signed[27], signed[28], signed[29], signed[30]]);
    report.info(
        "signed pack: JSON payload unpacked",
        format!("{:.0} KiB", f64::from(json_len) / 1024.0),
    );
    let t = Instant::now();
    let problems =
        waymark_core::content::lint::lint(&files.content, &files.manifest, &files.locales, None);
    report.info(
        "lint of the whole pack (install-time check)",
        format!("{:.1} ms, {} problems", ms(t), problems.len()),
    );

    let started = Instant::now();
    let catalog: Catalog = embedded_catalog().unwrap_or_else(|e| panic!("{e}"));
    report.info(
        "content structure parse (cold)",
        format!("{:.2} ms", ms(started)),
    );
    let started = Instant::now();
    let en = Localizer::for_preferences(&["en".into()]);
    black_box(en.message("home-title"));
    report.info(
        "Fluent catalogs, all 9 locales (cold)",
        format!("{:.2} ms", ms(started)),
    );

    // English words for the fallback path: every word of five letters or
    // more in the English section bodies (most occur nowhere in another
    // locale, so those queries search the locale, then English).
    let english_words: Vec<String> = {
        let mut words = Vec::new();
        for lesson in &catalog.lessons {
            for s in &lesson.sections {
                let body = en.message(&format!("lesson-{}-{s}-body", lesson.id));
                words.extend(
                    body.split(|c: char| !c.is_alphabetic())
                        .filter(|w| w.chars().count() >= 5)
                        .map(str::to_lowercase),
                );
            }
        }
        words.sort();
        words.dedup();
        words
    };
    for tag in ["en", "th", "my", "km", "lo", "vi", "id", "ms", "fil"] {
        let l = Localizer::for_preferences(&[tag.into()]);
        let started = Instant::now();
        let index = Index::build(&l, &catalog);
        let build = ms(started);
        // Queries: 4 characters from the middle of every unbroken run of at
        // least 4 characters in the section bodies (for th/lo/km/my a run
        // is several words written without spaces); for Latin scripts also
        // every word of 6+ letters with two middle letters swapped (the
        // typo path).
        let mut queries = Vec::new();
        let mut typos = Vec::new();
        for lesson in &catalog.lessons {
            for s in &lesson.sections {
                let body = l.message(&format!("lesson-{}-{s}-body", lesson.id));
                for run in body.split_whitespace() {
                    let chars: Vec<char> = run.chars().collect();
                    if chars.len() >= 4 {
                        let start = (chars.len() - 4) / 2;
                        queries.push(chars[start..start + 4].iter().collect::<String>());
                    }
                    if chars.len() >= 6 && chars.iter().all(|c| c.is_alphabetic() && c.is_ascii()) {
                        let mut swapped = chars.clone();
                        let m = swapped.len() / 2;
                        swapped.swap(m - 1, m);
                        if swapped != chars {
                            typos.push(swapped.into_iter().collect::<String>());
                        }
                    }
                }
            }
        }
        let fallback: Vec<String> = if tag == "en" {
            Vec::new()
        } else {
            english_words.clone()
        };
        let mut all_times: Vec<f64> = Vec::new();
        let mut cells = Vec::new();
        for (name, set) in [
            ("substring", &queries),
            ("typo", &typos),
            ("English", &fallback),
        ] {
            if set.is_empty() {
                continue;
            }
            let mut times: Vec<f64> = Vec::new();
            let mut found = 0;
            for q in set {
                let t = Instant::now();
                // The whole screen model: search, snippets, targets, labels.
                let screen = black_box(waymark_core::screens::search::screen(&l, &index, q));
                times.push(ms(t));
                if !screen.results.is_empty() {
                    found += 1;
                }
            }
            all_times.extend(&times);
            let (p50, p95) = percentiles(&mut times);
            cells.push(format!(
                "{name} {p50:.3}/{p95:.3} ms ({found}/{} found)",
                set.len()
            ));
        }
        let (p50, p95) = percentiles(&mut all_times);
        report.info(
            format!(
                "search {tag}: index build / p50 / p95 ({} queries)",
                all_times.len()
            ),
            format!(
                "{build:.1} ms / {p50:.3} ms / {p95:.3} ms; {}",
                cells.join("; ")
            ),
        );
    }

    let compat = include_str!("../data/myanmar-tools/compatibility.tsv");
    let mut agree = 0;
    let mut total = 0;
    for line in compat.lines().filter(|l| !l.is_empty()) {
        let Some((expected, text)) = line.split_once('\t') else {
            continue;
        };
        let got = zawgyi::zawgyi_probability(text);
        let ok = if expected == "-Infinity" {
            got == f64::NEG_INFINITY
        } else {
            expected
                .parse::<f64>()
                .is_ok_and(|e| (got - e).abs() <= 1e-9_f64.max(e.abs() * 1e-6))
        };
        agree += usize::from(ok);
        total += 1;
    }
    report.info(
        "Zawgyi detector vs compatibility.tsv",
        format!("{agree}/{total} agree"),
    );
    let src = include_str!("../data/myanmar-tools/mmgov_zawgyi_src.txt");
    let out = include_str!("../data/myanmar-tools/mmgov_unicode_out.txt");
    let started = Instant::now();
    let (mut same, mut lines) = (0, 0);
    for (z, u) in src.lines().zip(out.lines()) {
        same += usize::from(zawgyi::convert(z) == u);
        lines += 1;
    }
    report.info(
        "Zawgyi converter vs mmgov pair",
        format!(
            "{same}/{lines} lines identical ({:.1} ms for {} KiB)",
            ms(started),
            src.len() / 1024
        ),
    );

    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let content_bytes: u64 = walk(&root.join("content"), "json");
    for info in l10n::available() {
        let bytes = walk(&root.join("locales").join(&info.tag), "ftl");
        report.info(
            format!(
                "text size {} (+ {:.0} KiB shared structure)",
                info.tag,
                content_bytes as f64 / 1024.0
            ),
            format!("{:.0} KiB", bytes as f64 / 1024.0),
        );
    }

    report.finish();
}

/// The median and 95th percentile of `times` (sorted in place).
fn percentiles(times: &mut [f64]) -> (f64, f64) {
    times.sort_by(f64::total_cmp);
    let p = |f: f64| times[((times.len() as f64 - 1.0) * f).round() as usize];
    (p(0.5), p(0.95))
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}

fn walk(dir: &std::path::Path, ext: &str) -> u64 {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return 0;
    };
    rd.filter_map(|e| e.ok().map(|e| e.path()))
        .map(|p| {
            if p.is_dir() {
                walk(&p, ext)
            } else if p.extension().is_some_and(|x| x == ext) {
                std::fs::metadata(&p).map(|m| m.len()).unwrap_or(0)
            } else {
                0
            }
        })
        .sum()
}
