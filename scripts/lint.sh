#!/usr/bin/env bash
# `make lint`: ruff over the whole tree, in the project's virtualenv (created if missing).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

ensure_venv dev
log "ruff check"
"$VENV/bin/ruff" check .
