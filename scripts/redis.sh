#!/usr/bin/env bash
# Start or stop a throw-away Redis on 127.0.0.1 (usage: redis.sh start|stop|url).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

REDIS_PORT="${WEGWIJS_REDIS_PORT:-$((PORT_BASE + 1))}"
REDIS_DIR="$STATE_DIR/redis"

start() {
  command -v redis-server >/dev/null || ensure_packages redis-server
  if [ -f "$REDIS_DIR/redis.pid" ] && kill -0 "$(cat "$REDIS_DIR/redis.pid")" 2>/dev/null; then
    log "Redis already running on 127.0.0.1:$REDIS_PORT"
    return 0
  fi
  port_free "$REDIS_PORT" || die "port $REDIS_PORT is taken: set WEGWIJS_REDIS_PORT (or WEGWIJS_PORT_BASE) to a free port"
  rm -rf "$REDIS_DIR"
  mkdir -p "$REDIS_DIR"
  log "Starting Redis on 127.0.0.1:$REDIS_PORT"
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --daemonize yes --dir "$REDIS_DIR" \
    --pidfile "$REDIS_DIR/redis.pid" --logfile "$REDIS_DIR/redis.log" --save "" --appendonly no
  wait_for "Redis" 20 redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping \
    || { tail -n 20 "$REDIS_DIR/redis.log" >&2; die "Redis did not start"; }
}

stop() {
  if [ -f "$REDIS_DIR/redis.pid" ]; then
    log "Stopping Redis"
    redis-cli -h 127.0.0.1 -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 \
      || kill "$(cat "$REDIS_DIR/redis.pid")" 2>/dev/null || true
  fi
  rm -rf "$REDIS_DIR"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) echo "redis://127.0.0.1:$REDIS_PORT/0" ;;
  *) die "usage: $0 start|stop|url" ;;
esac
