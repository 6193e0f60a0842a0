#!/usr/bin/env bash
# `make run-full`: the production-like stack on 127.0.0.1: PostgreSQL, Redis, OpenSearch,
# a Celery worker and beat, and gunicorn with the production settings (plain HTTP, locally).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

ensure_service_packages
ensure_venv
PORT="${PORT:-8000}"
# Ports and data of its own (next to those of `make test`), outside the clone: see scripts/lib.sh.
export WEGWIJS_STATE_DIR="$STATE_DIR/full"
export WEGWIJS_PG_PORT="${WEGWIJS_PG_PORT:-$((PORT_BASE + 3))}"
export WEGWIJS_REDIS_PORT="${WEGWIJS_REDIS_PORT:-$((PORT_BASE + 4))}"
export OPENSEARCH_PORT="${OPENSEARCH_PORT:-$((PORT_BASE + 5))}"
STATE_DIR="$WEGWIJS_STATE_DIR"
mkdir -p "$STATE_DIR"

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  bash scripts/opensearch.sh stop >/dev/null || true
  bash scripts/redis.sh stop || true
  bash scripts/postgres.sh stop || true
}
trap cleanup EXIT INT TERM

export OPENSEARCH_STATE_DIR="$STATE_DIR/opensearch"
bash scripts/postgres.sh start
bash scripts/redis.sh start
bash scripts/opensearch.sh start

export DJANGO_SETTINGS_MODULE=portal.settings.production
export DATABASE_URL="$(bash scripts/postgres.sh url)"
export CELERY_BROKER_URL="$(bash scripts/redis.sh url)"
export CACHE_URL="rediscache://127.0.0.1:$WEGWIJS_REDIS_PORT/1"
export SEARCH_URL="http://127.0.0.1:$OPENSEARCH_PORT"
export DJANGO_SECRET_KEY="${DJANGO_SECRET_KEY:-$(head -c 48 /dev/urandom | base64)}"
export SEARCH_DEMAND_HASH_KEY="${SEARCH_DEMAND_HASH_KEY:-$(head -c 48 /dev/urandom | base64)}"
export DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost"
export DJANGO_SECURE_SSL_REDIRECT=false  # plain HTTP on loopback; a proxy does TLS in production
# Browsers drop Secure cookies over plain HTTP, so admin sign-in would fail here. Production keeps
# them Secure; this opt-out is refused unless every allowed host is a loopback name.
export DJANGO_INSECURE_COOKIES_FOR_LOCAL_HTTP=1
export WAGTAILADMIN_BASE_URL="http://127.0.0.1:$PORT"
# /metrics adds up every gunicorn and Celery process (prometheus_client's multiprocess mode).
export PROMETHEUS_MULTIPROC_DIR="$STATE_DIR/metrics"
rm -rf "$PROMETHEUS_MULTIPROC_DIR" && mkdir -p "$PROMETHEUS_MULTIPROC_DIR"

"$PY" manage.py migrate --noinput -v 0
"$PY" manage.py collectstatic --noinput -v 0
"$PY" manage.py seed_demo
"$PY" manage.py search_index rebuild
"$VENV/bin/celery" -A portal worker --loglevel=warning --concurrency=2 & pids+=($!)
"$VENV/bin/celery" -A portal beat --loglevel=warning --schedule "$STATE_DIR/celerybeat-schedule" & pids+=($!)
log "Wegwijs (production settings) on http://127.0.0.1:$PORT/nl/ — create an admin with:"
log "  DATABASE_URL=$DATABASE_URL .venv/bin/python manage.py createsuperuser"
"$VENV/bin/gunicorn" portal.wsgi --config python:portal.gunicorn_conf --bind "127.0.0.1:$PORT" \
  --workers 2 --threads 4 & pids+=($!)
wait -n "${pids[@]}"
