#!/usr/bin/env bash
# `make lint`: ruff (checks and formatting), the import contracts (import-linter) and the import-cycle count, in the venv.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

ensure_venv dev
log "ruff check"
"$VENV/bin/ruff" check .
log "ruff format --check"
"$VENV/bin/ruff" format --check .
log "lint-imports (contracts in pyproject.toml)"
"$VENV/bin/lint-imports" --no-cache
log "import cycles and function-level imports (scripts/import_graph.py)"
"$VENV/bin/python" scripts/import_graph.py
