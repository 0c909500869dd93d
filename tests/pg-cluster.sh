# Sourced, not run: `start_pg_cluster on|off` starts a throwaway PostgreSQL
# cluster on loopback in a temp dir, on a port the OS says is free, run as
# the postgres OS user (installing PostgreSQL from Debian if missing),
# creates the database `waymark_test`, exports WAYMARK_TEST_POSTGRES_URL,
# and stops and deletes the cluster when the sourcing shell exits. `on`
# keeps fsync (benchmarks measure real commits); `off` is for tests.
# Two runs on one machine never share a port or touch each other's
# cluster: each dir records the run that owns it, and only clusters whose
# run is gone (killed before its exit trap) are removed.
# Used by .ci/run and tests/bench.sh.

pg_as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

pg_bin() {
    local d
    for d in /usr/lib/postgresql/*/bin; do
        [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && echo "$d"
    done | sort -V | tail -n 1
}

if [ "$(id -u)" = 0 ]; then
    as_pg() { runuser -u postgres -- "$@"; }
else
    as_pg() { "$@"; }
fi

stop_pg_cluster() {
    [ -n "${PG_DIR:-}" ] || return 0
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
}

start_pg_cluster() {
    local fsync=${1:-off} stale owner port
    PG_BIN=$(pg_bin)
    if [ -z "$PG_BIN" ]; then
        pg_as_root apt-get update -qq
        pg_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
        PG_BIN=$(pg_bin)
    fi
    [ -n "$PG_BIN" ] || { echo "PostgreSQL did not install" >&2; return 1; }
    for stale in /tmp/waymark-pg.*; do
        owner=$(cat "$stale/owner" 2>/dev/null) || continue
        if [ -n "$owner" ] && ! kill -0 "$owner" 2>/dev/null; then
            as_pg "$PG_BIN/pg_ctl" -D "$stale/data" -m immediate stop >/dev/null 2>&1 || true
            rm -rf "$stale" 2>/dev/null || true
        fi
    done
    PG_DIR=$(mktemp -d /tmp/waymark-pg.XXXXXX)
    echo $$ >"$PG_DIR/owner"
    trap stop_pg_cluster EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM HUP
    [ "$(id -u)" = 0 ] && chown postgres: "$PG_DIR"
    as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust >/dev/null
    # The port is free when asked; another process may take it before
    # PostgreSQL binds it, so a failed start tries another one.
    PG_PORT=""
    for _ in 1 2 3 4 5; do
        port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
        if as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_DIR -c fsync=$fsync -c max_connections=200" \
            start >/dev/null; then
            PG_PORT=$port
            break
        fi
    done
    [ -n "$PG_PORT" ] || { echo "PostgreSQL did not start:" >&2; cat "$PG_DIR/log" >&2; return 1; }
    "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres waymark_test
    export WAYMARK_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$PG_PORT/waymark_test"
    echo "PostgreSQL $("$PG_BIN/pg_ctl" --version | awk '{print $3}') (fsync $fsync) at $WAYMARK_TEST_POSTGRES_URL"
}
