#!/usr/bin/env bash
# Start or stop a throw-away PostgreSQL on 127.0.0.1 for tests (usage: postgres.sh start|stop|url).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

PG_PORT="${WEGWIJS_PG_PORT:-$PORT_BASE}"
PG_USER="wegwijs"
PG_DIR="$STATE_DIR/postgres"

pg_bin() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)"
  [ -n "$dir" ] || { ensure_packages postgresql; dir="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)"; }
  echo "$dir"
}

# PostgreSQL refuses to run as root, so run it as the `postgres` system user then; from `/`, as
# that user may not enter the clone's folder.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

start() {
  local bin
  bin="$(pg_bin)"
  if [ -f "$PG_DIR/data/postmaster.pid" ] && as_pg "$bin/pg_ctl" -D "$PG_DIR/data" status >/dev/null 2>&1; then
    log "PostgreSQL already running on 127.0.0.1:$PG_PORT"
    return 0
  fi
  port_free "$PG_PORT" || die "port $PG_PORT is taken: set WEGWIJS_PG_PORT (or WEGWIJS_PORT_BASE) to a free port"
  rm -rf "$PG_DIR"
  mkdir -p "$PG_DIR"
  if [ "$(id -u)" -eq 0 ]; then
    chmod 755 "$STATE_DIR"  # the postgres user must pass through it, whatever the umask
    chown postgres "$PG_DIR"
  fi
  log "Starting PostgreSQL on 127.0.0.1:$PG_PORT (data in $PG_DIR)"
  as_pg "$bin/initdb" -D "$PG_DIR/data" -U "$PG_USER" --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  # Durability is not needed for throw-away test data; speed is.
  as_pg "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/postgres.log" -w -t 60 start \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100" >/dev/null \
    || { tail -n 30 "$PG_DIR/postgres.log" >&2; die "PostgreSQL did not start"; }
  as_pg "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" wegwijs
}

stop() {
  local bin
  bin="$(pg_bin)"
  if [ -d "$PG_DIR/data" ]; then
    log "Stopping PostgreSQL"
    as_pg "$bin/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$PG_DIR"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) echo "postgres://$PG_USER@127.0.0.1:$PG_PORT/wegwijs" ;;
  *) die "usage: $0 start|stop|url" ;;
esac
