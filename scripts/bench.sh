#!/usr/bin/env bash
# `make bench`, `bench-import`, `bench-search`, `bench-glossary`, `bench-matching`, `bench-taalhulp`: create the virtualenv when it is
# missing, start the services a benchmark needs on its own ports and state directory, run it with
# the production settings (DEBUG off, throw-away secrets), and stop everything again.
#
# Usage: scripts/bench.sh pages|import|search|dbsearch|glossary|matching|taalhulp|demand [ARGS for the Python script]
# Environment: BENCH_STATE_DIR (<clone state dir>/bench-<kind>, see scripts/lib.sh), BENCH_PG_PORT (55533),
# BENCH_REDIS_PORT (56480), BENCH_OPENSEARCH_PORT (59301); SEARCH_URL: use that engine instead
# of starting one (bench-search); DATABASE_URL: import into that PostgreSQL server (bench-import).
# The knobs of each benchmark (BENCH_ROUNDS, BENCH_SIZES, BENCH_OFFERS, ...) are in bench/README.md.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

KIND="${1:-}"
shift || true
case "$KIND" in
  pages | import | search | dbsearch | glossary | matching | taalhulp | demand) ;;
  *) die "usage: scripts/bench.sh pages|import|search|dbsearch|glossary|matching|taalhulp|demand [ARGS]" ;;
esac

ensure_venv

# Own ports and state, so the services of `make test` and `make bench-load` keep running.
export WEGWIJS_STATE_DIR="${BENCH_STATE_DIR:-$STATE_DIR/bench-$KIND}"
export WEGWIJS_PG_PORT="${BENCH_PG_PORT:-55533}"
export WEGWIJS_REDIS_PORT="${BENCH_REDIS_PORT:-56480}"
export OPENSEARCH_PORT="${BENCH_OPENSEARCH_PORT:-59301}"
export OPENSEARCH_STATE_DIR="$WEGWIJS_STATE_DIR/opensearch"
STATE="$WEGWIJS_STATE_DIR"
mkdir -p "$STATE"

# Production settings with throw-away values, as scripts/run-full.sh sets them.
export DJANGO_SETTINGS_MODULE=portal.settings.production
export DJANGO_SECRET_KEY="$(head -c 48 /dev/urandom | base64)"
export SEARCH_DEMAND_HASH_KEY="$(head -c 48 /dev/urandom | base64)"
export DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost"
export DJANGO_SECURE_SSL_REDIRECT=false  # plain HTTP in-process; a proxy does TLS in production
export DJANGO_LOG_LEVEL=WARNING
export DJANGO_LOG_FORMAT=plain
export STATIC_ROOT="$STATE/static"
export MEDIA_ROOT="$STATE/media"
# A benchmark asks far more often than a visitor may: the limit is raised for this process
# only, on purpose, and every answer is still checked (a 429 stops the benchmark).
export RATE_LIMIT_SEARCH="${RATE_LIMIT_SEARCH:-1000000/m}"
export RATE_LIMIT_SUGGEST="${RATE_LIMIT_SUGGEST:-1000000/m}"

started=()
cleanup() {
  local service
  for service in "${started[@]}"; do bash "scripts/$service.sh" stop >/dev/null 2>&1 || true; done
  rm -rf "$STATE"
}
trap cleanup EXIT INT TERM
start() {
  started+=("$1")
  bash "scripts/$1.sh" start
}

# The database and cache of production: PostgreSQL with the demo content, Redis.
prepare_site() {
  ensure_service_packages
  start postgres
  start redis
  export DATABASE_URL="$(bash scripts/postgres.sh url)"
  export CACHE_URL="rediscache://127.0.0.1:$WEGWIJS_REDIS_PORT/1"
  export CELERY_BROKER_URL="$(bash scripts/redis.sh url)"
  log "Preparing the database: migrate, collectstatic, seed_demo"
  "$PY" manage.py migrate --noinput -v 0 >/dev/null  # modeltranslation prints its SQL anyway
  "$PY" manage.py collectstatic --noinput -v 0
  "$PY" manage.py seed_demo --no-index >/dev/null
}

# The engine a benchmark measures: SEARCH_URL when given, else one of its own. The site itself
# then runs without SEARCH_URL (the engine columns ask BENCH_SEARCH_URL).
start_engine() {
  engine_url="${SEARCH_URL:-}"
  unset SEARCH_URL
  if [ -z "$engine_url" ]; then
    ensure_commands java=default-jdk-headless mvn=maven
    start opensearch
    engine_url="http://127.0.0.1:$OPENSEARCH_PORT"
  fi
}

case "$KIND" in
  pages)
    prepare_site
    "$PY" bench/pages.py "$@"
    ;;
  search)
    # The engine columns search a bench index of their own on BENCH_SEARCH_URL; the site itself
    # runs without SEARCH_URL, so the database column searches the demo offers.
    start_engine
    prepare_site
    BENCH_SEARCH_URL="$engine_url" "$PY" bench/search_bench.py "$@"
    ;;
  dbsearch)
    # The database search against the engine on the demo offers (issue 20 item 3).
    start_engine
    prepare_site
    BENCH_SEARCH_URL="$engine_url" "$PY" bench/database_search_bench.py "$@"
    ;;
  glossary)
    # Query-time against index-time expansion: an engine only (SEARCH_URL, or one of its own).
    start_engine
    BENCH_SEARCH_URL="$engine_url" "$PY" bench/glossary_bench.py "$@"
    ;;
  import)
    # Without DATABASE_URL the script imports into a throw-away SQLite file.
    "$PY" bench/import_offers.py "$@"
    ;;
  matching)
    "$PY" bench/matching_bench.py "$@"
    ;;
  taalhulp)
    "$PY" bench/taalhulp_bench.py "$@"
    ;;
  demand)
    # The demand log on and off in the same run; the database path over the demo offers.
    export SEARCH_DEMAND_HASH_KEY="$(head -c 32 /dev/urandom | base64)"
    prepare_site
    "$PY" bench/demand_log.py "$@"
    ;;
esac
