#!/usr/bin/env bash
# Every benchmark, then docs/performance.md: one table with the target
# beside each figure, the date and the machine. Builds the release library
# first (its size is a row) and starts a throwaway PostgreSQL with fsync on
# (tests/pg-cluster.sh) for the relay's PostgreSQL rows, unless
# WAYMARK_TEST_POSTGRES_URL is already set. Slow (release builds); not part
# of CI. Usage: bash tests/bench.sh [--no-postgres]
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=$(mktemp)
trap 'rm -f "$ROWS"' EXIT

echo "== release library (for its size row)"
cargo build --quiet --release -p waymark-ffi

if [ "${1:-}" != "--no-postgres" ] && [ -z "${WAYMARK_TEST_POSTGRES_URL:-}" ]; then
    echo "== PostgreSQL (fsync on) for the relay's rows"
    . tests/pg-cluster.sh
    start_pg_cluster on
    trap 'rm -f "$ROWS"; stop_pg_cluster' EXIT
fi

load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)
export WAYMARK_BENCH_ROWS="$ROWS"
echo "== cargo bench -p waymark-core"
cargo bench --quiet -p waymark-core
echo "== cargo bench -p waymark-server"
cargo bench --quiet -p waymark-server

python3 - "$ROWS" "$load_at_start" <<'PY'
import datetime, platform, re, subprocess, sys
rows_path, load = sys.argv[1], sys.argv[2]
rows = [l.rstrip("\n").split("\t") for l in open(rows_path, encoding="utf-8") if l.strip()]

def cpu():
    for line in open("/proc/cpuinfo", encoding="utf-8"):
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown CPU"

def mem_gib():
    for line in open("/proc/meminfo", encoding="utf-8"):
        if line.startswith("MemTotal"):
            return f"{int(line.split()[1]) / 1048576:.0f} GiB"
    return "?"

import os
rustc = subprocess.run(["rustc", "-V"], capture_output=True, text=True).stdout.strip()
today = datetime.date.today().isoformat()
machine = f"{os.cpu_count()} cores ({cpu()}), {mem_gib()} RAM, Linux {platform.release()}, {rustc}; load average at start {load}"

targets = [r for r in rows if r[4] in ("met", "MISSED")]
met = sum(1 for r in targets if r[4] == "met")

out = []
out.append("# Performance\n")
out.append("Written by `bash tests/bench.sh` (the benchmarks in `core/benches/` and")
out.append("`server/benches/`, through `benches/report.rs`); do not edit the table by")
out.append("hand: run the command again. What the figures mean and where the time")
out.append("goes when a target is missed is under the table, written by people.\n")
out.append(f"- **Date:** {today}")
out.append(f"- **Machine:** {machine}")
out.append(f"- **Targets met:** {met} of {len(targets)}\n")
out.append("<!-- bench:begin -->")
bench = None
for b, m, fig, tgt, ok in rows:
    if b != bench:
        bench = b
        out.append(f"\n### {b}\n")
        out.append("| measurement | figure | target | |")
        out.append("|---|---|---|---|")
    esc = lambda s: s.replace("|", "\\|")
    out.append(f"| {esc(m)} | {esc(fig)} | {esc(tgt)} | {ok} |")
out.append("\n<!-- bench:end -->\n")

# Keep the hand-written part (everything after the end marker).
try:
    old = open("docs/performance.md", encoding="utf-8").read()
    tail = old.split("<!-- bench:end -->", 1)[1].lstrip("\n") if "<!-- bench:end -->" in old else ""
except FileNotFoundError:
    tail = ""
open("docs/performance.md", "w", encoding="utf-8").write("\n".join(out) + ("\n" + tail if tail else ""))
print(f"docs/performance.md: {len(rows)} rows, {met} of {len(targets)} targets met")
PY
