#!/usr/bin/env bash
# `make test`: install what is missing, start PostgreSQL and Redis, run the whole suite, stop them.
# Extra arguments go to pytest, e.g. `make test ARGS="-k health"`.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
started=$SECONDS

ensure_packages postgresql redis-server chromium fonts-dejavu-core gettext
command -v java >/dev/null && command -v mvn >/dev/null || ensure_packages default-jdk-headless maven
ensure_venv dev
if [ ! -f node_modules/axe-core/axe.min.js ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "Installing axe-core from npm"
  npm ci --no-audit --no-fund --loglevel=error
fi

export OPENSEARCH_PORT="${OPENSEARCH_PORT:-59200}"
export OPENSEARCH_STATE_DIR="${OPENSEARCH_STATE_DIR:-$STATE_DIR/opensearch}"

cleanup() {
  bash scripts/opensearch.sh stop >/dev/null || true
  bash scripts/redis.sh stop || true
  bash scripts/postgres.sh stop || true
}
trap cleanup EXIT INT TERM

bash scripts/postgres.sh start
bash scripts/redis.sh start
bash scripts/opensearch.sh start

export DJANGO_SETTINGS_MODULE=portal.settings.test
export DATABASE_URL="$(bash scripts/postgres.sh url)"
export CELERY_BROKER_URL="$(bash scripts/redis.sh url)"
export SEARCH_URL="http://127.0.0.1:$OPENSEARCH_PORT"
export WEGWIJS_REQUIRE_SERVICES=1  # tests that need a service fail instead of skipping
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"

log "Running the test suite"
status=0
"$PY" -m pytest "$@" || status=$?
log "make test finished in $((SECONDS - started))s (exit $status)"
exit "$status"
