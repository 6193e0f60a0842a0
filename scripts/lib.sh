# Shared helpers for the scripts: paths, ports, logging, Debian packages and the virtualenv.
# Sourced, not executed.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# One id per clone: its service data and ports never meet another clone's.
CLONE_ID="$(printf '%s' "$ROOT" | sha1sum | cut -c1-10)"
# Service data lives outside the clone, so the PostgreSQL system user can reach it even when the
# clone sits under a home folder only its owner may enter (chmod 700).
STATE_DIR="${WEGWIJS_STATE_DIR:-/var/tmp/wegwijs-$CLONE_ID}"
VENV="${WEGWIJS_VENV:-$ROOT/.venv}"
PY="$VENV/bin/python"
# Ten ports per clone below Linux's ephemeral range (32768+): +0..2 make test (PostgreSQL, Redis,
# OpenSearch), +3..5 make run-full, +6..8 make test-faults, +9 spare.
PORT_BASE="${WEGWIJS_PORT_BASE:-$((20000 + (16#${CLONE_ID:0:6} % 1200) * 10))}"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# as_root COMMAND...: run COMMAND as root (directly, or through sudo).
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else
    command -v sudo >/dev/null || die "'$*' needs root rights: run as root or install sudo"
    sudo "$@"
  fi
}

# ensure_packages PKG...: install the Debian packages that are not installed yet (checked with dpkg).
ensure_packages() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null || die "missing packages (${missing[*]}) and no apt-get: install them by hand"
  log "Installing Debian packages: ${missing[*]}"
  # Once per command, also across the scripts it calls.
  if [ "${WEGWIJS_APT_UPDATED:-0}" != 1 ]; then
    as_root apt-get update -qq
    export WEGWIJS_APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# ensure_commands CMD=PKG...: install PKG unless the command CMD is already on PATH (Node.js from
# NodeSource or a JDK from elsewhere are fine too).
ensure_commands() {
  local wanted=() pair
  for pair in "$@"; do
    command -v "${pair%%=*}" >/dev/null || wanted+=("${pair#*=}")
  done
  [ ${#wanted[@]} -eq 0 ] || ensure_packages "${wanted[@]}"
}

# The packages every command needs: the scripts download with curl over HTTPS.
ensure_base_packages() {
  ensure_packages ca-certificates curl
}

# The packages of the full stack: PostgreSQL, Redis, OpenSearch (a JDK and Maven), gettext.
ensure_service_packages() {
  ensure_packages ca-certificates curl postgresql redis-server gettext
  ensure_commands java=default-jdk-headless mvn=maven
}

# ensure_venv [EXTRAS]: create .venv with Python 3.11 and install the project (re-run only on change).
ensure_venv() {
  local extras="${1:-}"
  local python
  python="$(command -v python3.11 || command -v python3 || true)"
  [ -n "$python" ] || die "Python 3.11 is needed (apt-get install python3)"
  "$python" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' \
    || die "Python 3.11 is needed; found $("$python" --version)"
  # A venv whose creation failed half-way (no pip) is made again.
  if [ -d "$VENV" ] && [ ! -x "$VENV/bin/pip" ]; then
    log "Removing an incomplete virtualenv in $VENV"
    rm -rf "$VENV"
  fi
  if [ ! -x "$PY" ]; then
    # Debian's Python keeps venv's ensurepip in a package of its own; a Python built elsewhere
    # (pyenv, python.org) has it built in.
    if dpkg-query -S "$(readlink -f "$python")" >/dev/null 2>&1; then
      ensure_packages python3.11-venv
    fi
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

# port_free PORT: true when nothing listens on 127.0.0.1:PORT.
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
