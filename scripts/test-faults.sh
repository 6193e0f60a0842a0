#!/usr/bin/env bash
# `make test-faults`: the fault scenarios of tests/faults on services of their own (own ports and
# state dirs, never those of `make test`): they stop, kill and restart them.
# Extra arguments go to pytest, e.g. `make test-faults ARGS="-k broker"`.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
started=$SECONDS

ensure_service_packages
ensure_venv dev

export WEGWIJS_STATE_DIR="$STATE_DIR/faults"
export WEGWIJS_PG_PORT="${FAULTS_PG_PORT:-$((PORT_BASE + 6))}"
export WEGWIJS_REDIS_PORT="${FAULTS_REDIS_PORT:-$((PORT_BASE + 7))}"
export OPENSEARCH_PORT="${FAULTS_OPENSEARCH_PORT:-$((PORT_BASE + 8))}"
# The ports of `make test` in this clone: the scenarios refuse to stop services on them.
export WEGWIJS_TEST_PORTS="$PORT_BASE $((PORT_BASE + 1)) $((PORT_BASE + 2))"
export OPENSEARCH_STATE_DIR="$WEGWIJS_STATE_DIR/opensearch"
export FAULTS_MAIL_DIR="$WEGWIJS_STATE_DIR/mail"
mkdir -p "$WEGWIJS_STATE_DIR"
rm -f "$WEGWIJS_STATE_DIR/faults-report.txt"

cleanup() {
  OPENSEARCH_KEEP_DATA= bash scripts/opensearch.sh stop >/dev/null || true
  bash scripts/redis.sh stop || true
  bash scripts/postgres.sh stop || true
}
trap cleanup EXIT INT TERM

bash scripts/postgres.sh start
bash scripts/redis.sh start
bash scripts/opensearch.sh start

export DATABASE_URL="$(bash scripts/postgres.sh url)"
export CELERY_BROKER_URL="$(bash scripts/redis.sh url)"
export SEARCH_URL="http://127.0.0.1:$OPENSEARCH_PORT"
export WEGWIJS_REQUIRE_SERVICES=1
export WEGWIJS_FAULTS=1  # tests/conftest.py collects tests/faults only then
export WEGWIJS_TEST_DATABASE=test_faults

log "Running the fault scenarios"
status=0
"$PY" -m pytest tests/faults --ds=tests.faults.settings --create-db -p no:cacheprovider -v "$@" \
  || status=$?
[ -f "$WEGWIJS_STATE_DIR/faults-report.txt" ] && cat "$WEGWIJS_STATE_DIR/faults-report.txt"
log "make test-faults finished in $((SECONDS - started))s (exit $status)"
exit "$status"
