#!/usr/bin/env bash
# `make test`: install what is missing, start PostgreSQL, Redis and OpenSearch, run the whole suite, stop them.
# Extra arguments go to pytest, e.g. `make test ARGS="-k health"`.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
started=$SECONDS

ensure_service_packages
ensure_packages chromium fonts-dejavu-core
ensure_commands node=nodejs npm=npm
ensure_venv dev
if [ ! -f node_modules/axe-core/axe.min.js ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "Installing axe-core from npm"
  npm ci --no-audit --no-fund --loglevel=error
fi

export WEGWIJS_PG_PORT="${WEGWIJS_PG_PORT:-$PORT_BASE}"
export WEGWIJS_REDIS_PORT="${WEGWIJS_REDIS_PORT:-$((PORT_BASE + 1))}"
export OPENSEARCH_PORT="${OPENSEARCH_PORT:-$((PORT_BASE + 2))}"
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
export HYPOTHESIS_PROFILE="${HYPOTHESIS_PROFILE:-ci}"

# The upload fault tests mount a small tmpfs: that needs root with CAP_SYS_ADMIN. Without it, the
# suite runs in a user and mount namespace of its own, where this user may mount.
can_mount() {
  local dir
  dir="$(mktemp -d)"
  "$@" sh -c "mount -t tmpfs -o size=64k tmpfs '$dir' && umount '$dir'" >/dev/null 2>&1
  local ok=$?
  rmdir "$dir"
  return $ok
}
runner=()
if [ "$(id -u)" -eq 0 ] && can_mount env; then
  :
elif can_mount unshare --user --map-root-user --mount; then
  runner=(unshare --user --map-root-user --mount)
  log "Not allowed to mount here: running the suite in a user and mount namespace"
else
  die "the upload fault tests mount a tmpfs: run as root with CAP_SYS_ADMIN, or allow user namespaces (sysctl kernel.unprivileged_userns_clone=1)"
fi

# Browser tests run in a second pytest run: Playwright keeps an event loop in its process, and
# Django refuses database calls next to it. The rest runs on one worker per core.
workers="${WEGWIJS_TEST_WORKERS:-$(nproc)}"
summary=(--durations=25)
status=0
log "Running the test suite ($workers workers), then the browser tests"
"${runner[@]}" "$PY" -m pytest -m "not e2e" -n "$workers" "${summary[@]}" "$@" || status=$?
e2e_status=0
"${runner[@]}" "$PY" -m pytest -m e2e "${summary[@]}" "$@" || e2e_status=$?
# Exit code 5 is "no tests selected": ARGS may pick tests of one run only, not of neither.
if [ "$status" -eq 5 ] && [ "$e2e_status" -ne 5 ]; then status=0; fi
[ "$e2e_status" -eq 5 ] && [ "$status" -ne 5 ] && e2e_status=0
[ "$status" -eq 0 ] && status=$e2e_status
log "make test finished in $((SECONDS - started))s (exit $status)"
exit "$status"
