# Shared helpers for the scripts: paths, logging, Debian packages and the virtualenv.
# Sourced, not executed.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE_DIR="${WEGWIJS_STATE_DIR:-$ROOT/.services}"
VENV="${WEGWIJS_VENV:-$ROOT/.venv}"
PY="$VENV/bin/python"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

_apt_updated=0
# ensure_packages PKG...: install the Debian packages that are not installed yet.
ensure_packages() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null || die "missing packages (${missing[*]}) and no apt-get: install them by hand"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  log "Installing Debian packages: ${missing[*]}"
  if [ "$_apt_updated" -eq 0 ]; then
    $sudo apt-get update -qq
    _apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# ensure_venv [EXTRAS]: create .venv with Python 3.11 and install the project (re-run only on change).
ensure_venv() {
  local extras="${1:-}"
  local python
  python="$(command -v python3.11 || command -v python3 || true)"
  [ -n "$python" ] || die "Python 3.11 is needed (apt-get install python3)"
  "$python" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' \
    || die "Python 3.11 is needed; found $("$python" --version)"
  if [ ! -x "$PY" ]; then
    "$python" -m venv --help >/dev/null 2>&1 || ensure_packages python3-venv
    log "Creating virtualenv in $VENV"
    "$python" -m venv "$VENV"
    "$PY" -m pip install -q --upgrade pip
  fi
  local spec="."
  [ -n "$extras" ] && spec=".[$extras]"
  local stamp="$VENV/.installed-$(sha1sum "$ROOT/pyproject.toml" | cut -c1-12)-${extras:-base}"
  if [ ! -f "$stamp" ]; then
    log "Installing Wegwijs ($spec) into the virtualenv"
    (cd "$ROOT" && "$PY" -m pip install -q -e "$spec")
    touch "$stamp"
  fi
}

# wait_for DESCRIPTION SECONDS COMMAND...: poll until COMMAND succeeds or time runs out.
wait_for() {
  local what="$1" timeout="$2"
  shift 2
  local deadline=$((SECONDS + timeout))
  until "$@" >/dev/null 2>&1; do
    [ "$SECONDS" -lt "$deadline" ] || { echo "timed out waiting for $what" >&2; return 1; }
    sleep 0.5
  done
}
