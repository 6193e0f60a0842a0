#!/usr/bin/env bash
# `make run`: the portal on its embedded default (SQLite, database search, eager tasks, demo content).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

ensure_venv
export DJANGO_SETTINGS_MODULE=portal.settings.dev
HOST="${HOST:-127.0.0.1}"
PORT="${PORT:-8000}"

log "Migrating the database (SQLite: $ROOT/db.sqlite3)"
"$PY" manage.py migrate --noinput -v 0
log "Seeding demo content"
"$PY" manage.py seed_demo
"$PY" manage.py dev_admin --url "http://$HOST:$PORT/admin/"
log "Wegwijs runs on http://$HOST:$PORT/nl/ (Ctrl+C stops it)"
exec "$PY" manage.py runserver "$HOST:$PORT"
