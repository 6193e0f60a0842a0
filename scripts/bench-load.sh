#!/usr/bin/env bash
# `make bench-load`: the production-like stack of `make run-full` on its own ports and state
# directory (next to running test services), demo content, a bounded headless Locust run of the
# four journeys, the cached-page-versus-static-file ratio, render times per page type, a report,
# and everything stopped again. All on 127.0.0.1.
#
# The first failed request (non-2xx, connection error, failed check) stops the run with a message
# (bench/load/strict.py), so no figures are computed over error answers.
#
# Environment: BENCH_USERS (100), BENCH_SECONDS (300), BENCH_SPAWN_RATE (10 users/s),
# BENCH_PORT (8100), BENCH_RATIO_USERS (20), BENCH_RATIO_SECONDS (30, per side, in
# BENCH_RATIO_SLICES (3) alternating slices), BENCH_RESULTS (.services/bench-load-results),
# BENCH_WORKERS (2), BENCH_THREADS (4), BENCH_PG_PORT (55532), BENCH_REDIS_PORT (56479),
# BENCH_OPENSEARCH_PORT (59300), BENCH_STATE_DIR (<clone state dir>/bench-load).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

ensure_service_packages
ensure_venv bench

USERS="${BENCH_USERS:-100}"
SECONDS_RUN="${BENCH_SECONDS:-300}"
SPAWN_RATE="${BENCH_SPAWN_RATE:-10}"
PORT="${BENCH_PORT:-8100}"
RATIO_USERS="${BENCH_RATIO_USERS:-20}"
RATIO_SECONDS="${BENCH_RATIO_SECONDS:-30}"
RATIO_SLICES="${BENCH_RATIO_SLICES:-3}"
RESULTS="${BENCH_RESULTS:-$ROOT/.services/bench-load-results}"
BASE="http://127.0.0.1:$PORT"

# Own ports and state, so the services of `make test` (55432, 56379, 59200) keep running.
export WEGWIJS_STATE_DIR="${BENCH_STATE_DIR:-$STATE_DIR/bench-load}"
export WEGWIJS_PG_PORT="${BENCH_PG_PORT:-55532}"
export WEGWIJS_REDIS_PORT="${BENCH_REDIS_PORT:-56479}"
export OPENSEARCH_PORT="${BENCH_OPENSEARCH_PORT:-59300}"
export OPENSEARCH_STATE_DIR="$WEGWIJS_STATE_DIR/opensearch"
STATE="$WEGWIJS_STATE_DIR"
mkdir -p "$STATE" "$RESULTS"
rm -f "$RESULTS"/*
export BENCH_FAILURE_FILE="$RESULTS/failure"

# run_locust LOG ARGS...: a headless Locust run; stops the script on the first failed request.
run_locust() {
  local log_file="$1" status=0
  shift
  "$VENV/bin/locust" --headless --host "$BASE" --only-summary "$@" >"$log_file" 2>&1 || status=$?
  if [ -s "$BENCH_FAILURE_FILE" ]; then
    die "load test stopped at the first failed request: $(cat "$BENCH_FAILURE_FILE") (log: $log_file)"
  fi
  [ "$status" -eq 0 ] || { tail -n 20 "$log_file" >&2; die "locust exited with $status (log: $log_file)"; }
}

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  bash scripts/opensearch.sh stop >/dev/null || true
  bash scripts/redis.sh stop || true
  bash scripts/postgres.sh stop || true
  rm -rf "$STATE"
}
trap cleanup EXIT INT TERM

bash scripts/postgres.sh start
bash scripts/redis.sh start
bash scripts/opensearch.sh start

export DJANGO_SETTINGS_MODULE=portal.settings.production
export DATABASE_URL="$(bash scripts/postgres.sh url)"
export CELERY_BROKER_URL="$(bash scripts/redis.sh url)"
export CACHE_URL="rediscache://127.0.0.1:$WEGWIJS_REDIS_PORT/1"
export SEARCH_URL="http://127.0.0.1:$OPENSEARCH_PORT"
export SEARCH_INDEX_PREFIX="wegwijs-bench"
export DJANGO_SECRET_KEY="$(head -c 48 /dev/urandom | base64)"
export SEARCH_DEMAND_HASH_KEY="$(head -c 48 /dev/urandom | base64)"
export DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost"
export DJANGO_SECURE_SSL_REDIRECT=false  # plain HTTP on loopback
export DJANGO_LOG_LEVEL=WARNING
export WAGTAILADMIN_BASE_URL="$BASE"
export STATIC_ROOT="$STATE/static"
export MEDIA_ROOT="$STATE/media"

log "Preparing the database: migrate, collectstatic, seed_demo, search index"
"$PY" manage.py migrate --noinput -v 0
"$PY" manage.py collectstatic --noinput -v 0
"$PY" manage.py seed_demo >/dev/null
"$PY" manage.py search_index rebuild >/dev/null
"$PY" bench/load/prepare.py "$STATE/data.json"
"$PY" bench/load/measure.py same-size "$STATE/data.json" "$STATIC_ROOT"
RATIO_PAGE="$("$PY" -c 'import json,sys; print(json.load(open(sys.argv[1]))["legal_topics"][0])' "$STATE/data.json")"

"$VENV/bin/celery" -A portal worker --loglevel=warning --concurrency=2 >"$STATE/worker.log" 2>&1 & pids+=($!)
"$VENV/bin/celery" -A portal beat --loglevel=warning --schedule "$STATE/celerybeat-schedule" >"$STATE/beat.log" 2>&1 & pids+=($!)
"$VENV/bin/gunicorn" portal.wsgi --bind "127.0.0.1:$PORT" --workers "${BENCH_WORKERS:-2}" \
  --threads "${BENCH_THREADS:-4}" --log-level warning >"$STATE/gunicorn.log" 2>&1 & pids+=($!)
wait_for "gunicorn" 60 curl -fsS "$BASE/healthz"

log "Load: $USERS users for ${SECONDS_RUN}s (load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
cat /proc/loadavg >"$RESULTS/loadavg-before"
BENCH_DATA="$STATE/data.json" BENCH_CACHE_STATES="$RESULTS/states.json" \
  run_locust "$RESULTS/locust-load.log" -f bench/load/locustfile.py \
  -u "$USERS" -r "$SPAWN_RATE" -t "${SECONDS_RUN}s" --stop-timeout 30 --csv "$RESULTS/load"
cat /proc/loadavg >"$RESULTS/loadavg-after"

log "Cached page against a static file of the same size ($RATIO_USERS users, ${RATIO_SECONDS}s each, in $RATIO_SLICES alternating slices)"
curl -fsS -o /dev/null "$BASE$RATIO_PAGE"
export BENCH_PAGE_URL="$RATIO_PAGE" BENCH_STATIC_URL="/static/bench/same-size.html"
hammer() {  # hammer page|static SECONDS CSV_PREFIX
  local class
  class=$([ "$1" = page ] && echo PageHammer || echo StaticHammer)
  run_locust "$RESULTS/locust-$1.log" -f bench/load/ratio.py "$class" -u "$RATIO_USERS" \
    -r "$RATIO_USERS" -t "$2s" --stop-timeout 5 --csv "$3"
}
hammer page 5 "$STATE/warm-up-page"  # untimed warm-up of both sides
hammer static 5 "$STATE/warm-up-static"
slice_seconds=$(( (RATIO_SECONDS + RATIO_SLICES - 1) / RATIO_SLICES ))
for slice in $(seq 1 "$RATIO_SLICES"); do
  order="page static"
  [ $((slice % 2)) -eq 0 ] && order="static page"  # each side goes first in turn
  for kind in $order; do hammer "$kind" "$slice_seconds" "$RESULTS/$kind-$slice"; done
done

log "Render time per page type"
"$PY" bench/load/measure.py render "$STATE/data.json" "$BASE" "$RESULTS/render.json"
grep -c "Traceback" "$STATE/gunicorn.log" >"$RESULTS/server-log-tracebacks" || true
cp "$STATE/gunicorn.log" "$RESULTS/gunicorn.log"

BENCH_USERS="$USERS" BENCH_SECONDS="$SECONDS_RUN" "$PY" bench/load/report.py "$RESULTS"
log "Load average before / after: $(cut -d' ' -f1-3 "$RESULTS/loadavg-before") / $(cut -d' ' -f1-3 "$RESULTS/loadavg-after")"
log "Results in $RESULTS"
