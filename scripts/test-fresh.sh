#!/usr/bin/env bash
# `make test-fresh`: the README's `make run` and `make test` on a fresh minimal Debian bookworm (debootstrap + chroot).
#
# Not part of CI (it downloads everything a newcomer's machine would). Runs as root.
# The committed tree (HEAD) goes to /home/newcomer/wegwijs (home mode 700) in a throw-away root under /var/tmp;
# `make run` must answer 200 on /nl/, then `make test` runs; the root is removed afterwards, also on failure or Ctrl+C.
#
# Environment (all optional):
#   ARGS                 pytest arguments for `make test`, e.g. ARGS="-x -q tests/portal/test_pages.py"
#   FRESH_PORT           port of `make run` (default 18000, not 8000: a developer's server may be running)
#   FRESH_REF            commit to copy in (default HEAD)
#   FRESH_MIRROR         Debian mirror (default http://deb.debian.org/debian)
#   FRESH_CACHE_DIR      cached base root (default /var/tmp/wegwijs-fresh-cache); FRESH_REBUILD=1 rebuilds it
#   FRESH_RUN_TIMEOUT    seconds for `make run` to answer 200 (default 1800)
#   FRESH_KEEP_LOGS_DIR  where the logs stay (default /var/tmp/wegwijs-fresh-logs)
# WEGWIJS_*, OPENSEARCH_* and proxy variables are passed into the root, e.g. other service ports:
#   WEGWIJS_PG_PORT=55530 WEGWIJS_REDIS_PORT=56530 OPENSEARCH_PORT=59530 make test-fresh
set -euo pipefail
source "$(dirname "$0")/lib.sh"

SUITE=bookworm
INCLUDE=python3,make,ca-certificates  # what the README asks of a newcomer; apt reaches the mirror over http
MIRROR="${FRESH_MIRROR:-http://deb.debian.org/debian}"
CACHE_DIR="${FRESH_CACHE_DIR:-/var/tmp/wegwijs-fresh-cache}"
LOGS_DIR="${FRESH_KEEP_LOGS_DIR:-/var/tmp/wegwijs-fresh-logs}"
RUN_PORT="${FRESH_PORT:-18000}"
RUN_TIMEOUT="${FRESH_RUN_TIMEOUT:-1800}"
CLONE=/home/newcomer/wegwijs

# ---------------------------------------------------------------------------------------------------------------
# Second half: runs as PID 1 of new mount and PID namespaces (see below), so every mount made here and every
# process started in the root (PostgreSQL, Redis, OpenSearch, runserver) disappears when it ends.
inside() {
  local r="$FRESH_TARGET"
  # The root as a mount point of its own, so /proc/self/mounts inside lists "/" (Java's FileStore, which
  # OpenSearch uses, fails with "Mount point not found" in a bare chroot).
  mount --bind "$r" "$r"
  mount -t proc proc "$r/proc"
  mount -t sysfs -o ro sysfs "$r/sys"
  mount --bind /dev "$r/dev"  # not --rbind: the root gets its own pts and shm below
  mount -t devpts -o newinstance,ptmxmode=0666,mode=620 devpts "$r/dev/pts"
  mount --bind "$r/dev/pts/ptmx" "$r/dev/ptmx"
  mount -t tmpfs -o mode=1777,nosuid,nodev shm "$r/dev/shm"  # Chromium and PostgreSQL need it

  # A clean login environment, plus what the caller chose to pass in.
  local envs=(HOME=/home/newcomer USER=root LOGNAME=root SHELL=/bin/bash TERM="${TERM:-dumb}"
              PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin)
  local name
  while IFS= read -r name; do
    case "$name" in
      WEGWIJS_*|OPENSEARCH_*|http_proxy|https_proxy|no_proxy|HTTP_PROXY|HTTPS_PROXY|NO_PROXY) envs+=("$name=${!name}") ;;
      # CA bundles of a TLS-intercepting proxy (copied in by update-ca-certificates below), where pip and npm
      # do not read the system store.
      SSL_CERT_FILE|PIP_CERT|REQUESTS_CA_BUNDLE|CURL_CA_BUNDLE|NODE_EXTRA_CA_CERTS)
        if [ -f "$r${!name}" ]; then envs+=("$name=${!name}"); fi ;;
    esac
  done < <(compgen -e)
  in_root() { chroot "$r" /usr/bin/env -i "${envs[@]}" "$@"; }

  if compgen -G "$r/usr/local/share/ca-certificates/*.crt" >/dev/null; then
    local out
    out="$(in_root update-ca-certificates 2>&1)" || { echo "$out" >&2; return 1; }
  fi

  local t status=0 run_status=0
  log "make run (PORT=$RUN_PORT) until http://127.0.0.1:$RUN_PORT/nl/ answers 200 (log: $LOGS/make-run.log)"
  t=$SECONDS
  # A failing `make run` does not stop `make test`: both results are worth reporting.
  # Own session, so the whole process group (make, run.sh, runserver and its reloader) can be stopped.
  setsid chroot "$r" /usr/bin/env -i "${envs[@]}" PORT="$RUN_PORT" \
    bash -c "cd $CLONE && exec make run" >"$LOGS/make-run.log" 2>&1 </dev/null &
  local run_pid=$! code=""
  while :; do
    code="$(in_root python3 -c '
import http.client, sys
try:
    c = http.client.HTTPConnection("127.0.0.1", int(sys.argv[1]), timeout=30)
    c.request("GET", "/nl/")
    print(c.getresponse().status)
except OSError:
    print("-")' "$RUN_PORT")" || code="-"
    [ "$code" = 200 ] && break
    if ! kill -0 "$run_pid" 2>/dev/null; then
      tail -n 30 "$LOGS/make-run.log" >&2; echo "make run exited before /nl/ answered 200" >&2; run_status=1; break
    fi
    if [ $((SECONDS - t)) -ge "$RUN_TIMEOUT" ]; then
      tail -n 30 "$LOGS/make-run.log" >&2; echo "make run: no 200 within ${RUN_TIMEOUT}s (last: $code)" >&2; run_status=1; break
    fi
    sleep 2
  done
  if [ "$run_status" -eq 0 ]; then
    echo "make run to first 200 on /nl/: $((SECONDS - t))s" >>"$LOGS/times"
  else
    echo "make run to first 200 on /nl/: FAILED after $((SECONDS - t))s" >>"$LOGS/times"
  fi
  kill -TERM -- "-$run_pid" 2>/dev/null || true
  local waited=0
  while kill -0 "$run_pid" 2>/dev/null && [ "$waited" -lt 20 ]; do sleep 0.5; waited=$((waited + 1)); done
  kill -KILL -- "-$run_pid" 2>/dev/null || true
  wait "$run_pid" 2>/dev/null || true

  log "make test${ARGS:+ ARGS=\"$ARGS\"} (log: $LOGS/make-test.log)"
  t=$SECONDS
  in_root ARGS="${ARGS:-}" bash -c "cd $CLONE && make test" </dev/null 2>&1 | tee "$LOGS/make-test.log" || status=$?
  echo "make test: $((SECONDS - t))s (exit $status)" >>"$LOGS/times"
  [ "$run_status" -eq 0 ] || return "$run_status"
  return "$status"
}

if [ "${1:-}" = --inside ]; then
  inside
  exit $?
fi

# ---------------------------------------------------------------------------------------------------------------
[ "$(id -u)" -eq 0 ] || die "test-fresh needs root (debootstrap, chroot, mounts)"
command -v unshare >/dev/null || die "unshare (util-linux) is needed"
dpkg -s debootstrap >/dev/null 2>&1 || ensure_packages debootstrap
(exec 3<>"/dev/tcp/127.0.0.1/$RUN_PORT") 2>/dev/null && die "port $RUN_PORT is in use; choose another with FRESH_PORT"

started=$SECONDS
LOGS="$LOGS_DIR/$(date -u +%Y%m%dT%H%M%SZ)-$$"
mkdir -p "$LOGS" "$CACHE_DIR"
: >"$LOGS/times"
TARGET="$(mktemp -d /var/tmp/wegwijs-fresh.XXXXXX)"
chmod 755 "$TARGET"  # it becomes /, which every system user must traverse
ns_pid=""

# Removes the root only when nothing is mounted below it any more: never rm through a live /dev or /proc.
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [ -n "$ns_pid" ] && kill -0 "$ns_pid" 2>/dev/null; then
    # unshare blocks SIGTERM while it waits; SIGKILL it and --kill-child takes the namespace's PID 1 and all in
    # it along (the root is thrown away, so nothing inside needs a clean stop).
    kill -KILL "$ns_pid" 2>/dev/null || true
    wait "$ns_pid" 2>/dev/null || true
  fi
  rm -f "${BASE_TAR:-}.tmp"
  if grep -q " $TARGET[/ ]" /proc/mounts; then
    # Only a debootstrap outside its namespace could leave these; unmount deepest first.
    grep -o " $TARGET[^ ]*" /proc/mounts | sort -r | while read -r m; do umount "$m" 2>/dev/null || umount -l "$m" || true; done
  fi
  if grep -q " $TARGET[/ ]" /proc/mounts; then
    echo "error: still mounted below $TARGET, not removing it:" >&2
    grep " $TARGET[/ ]" /proc/mounts >&2
  else
    local t=$SECONDS
    rm -rf --one-file-system "$TARGET"
    echo "removing the root: $((SECONDS - t))s" >>"$LOGS/times"
  fi
  log "Summary (logs: $LOGS)"
  cat "$LOGS/times" >&2
  # pytest's last line, with or without -q: "=== 1 failed, 3 passed in 2.31s ===" or "3 passed in 2.31s"
  summary="$(grep -E '^(=+ )?([0-9]+ [a-z]+|no tests ran)(, [0-9]+ [a-z]+)* in [0-9.]+s( \([0-9:]+\))?( =+)?$' \
    "$LOGS/make-test.log" 2>/dev/null | tail -n1 || true)"
  [ -n "$summary" ] && echo "pytest: $summary" >&2
  echo "total: $((SECONDS - started))s (exit $status)" >&2
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Base root: debootstrap once, then unpack a cached copy; every run gets a fresh one.
key="$(printf '%s\n' "$SUITE" minbase "$INCLUDE" "$MIRROR" | sha1sum | cut -c1-12)"
BASE_TAR="$CACHE_DIR/$SUITE-minbase-$key.tar"
t=$SECONDS
exec 9>"$CACHE_DIR/lock"
flock 9  # one debootstrap at a time; others wait and then unpack
if [ -f "$BASE_TAR" ] && [ "${FRESH_REBUILD:-}" != 1 ]; then
  log "Unpacking the cached base root ($BASE_TAR) into $TARGET"
  tar -C "$TARGET" --numeric-owner -xpf "$BASE_TAR"
  echo "base root (cached, unpacked): $((SECONDS - t))s" >>"$LOGS/times"
else
  log "debootstrap $SUITE (minbase + $INCLUDE) into $TARGET (log: $LOGS/debootstrap.log)"
  # Own mount namespace: mounts of a failing debootstrap cannot outlive it.
  unshare --mount debootstrap --variant=minbase --include="$INCLUDE" "$SUITE" "$TARGET" "$MIRROR" \
    >"$LOGS/debootstrap.log" 2>&1 || { tail -n 30 "$LOGS/debootstrap.log" >&2; die "debootstrap failed"; }
  rm -f "$TARGET"/var/cache/apt/archives/*.deb
  tar -C "$TARGET" --numeric-owner -cpf "$BASE_TAR.tmp" . && mv "$BASE_TAR.tmp" "$BASE_TAR"
  echo "debootstrap (base root, now cached): $((SECONDS - t))s" >>"$LOGS/times"
fi
flock -u 9

# What a fresh Debian 12 install has, besides the package set.
cat >"$TARGET/etc/apt/sources.list" <<EOF
deb $MIRROR $SUITE main
deb $MIRROR $SUITE-updates main
deb http://deb.debian.org/debian-security $SUITE-security main
EOF
cp /etc/resolv.conf "$TARGET/etc/resolv.conf"
printf '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n' >"$TARGET/etc/hosts"
# Local CAs of this machine (a TLS-intercepting egress proxy): PyPI, npm and Maven Central over https need them.
if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
  mkdir -p "$TARGET/usr/local/share/ca-certificates"
  cp /usr/local/share/ca-certificates/*.crt "$TARGET/usr/local/share/ca-certificates/"
fi

t=$SECONDS
log "Copying the committed tree ($(git -C "$ROOT" rev-parse --short "${FRESH_REF:-HEAD}")) to $CLONE"
mkdir -p "$TARGET$CLONE"
chmod 700 "$TARGET/home/newcomer"  # as a home folder: the postgres user cannot enter it
git -C "$ROOT" archive "${FRESH_REF:-HEAD}" | tar -C "$TARGET$CLONE" -xf -
echo "copy of the committed tree: $((SECONDS - t))s" >>"$LOGS/times"

export FRESH_TARGET="$TARGET" LOGS RUN_PORT RUN_TIMEOUT CLONE ARGS="${ARGS:-}"
# --kill-child: if unshare dies (Ctrl+C, kill), the namespace's PID 1 gets SIGKILL and takes everything with it.
unshare --mount --pid --fork --kill-child bash "$ROOT/scripts/test-fresh.sh" --inside &
ns_pid=$!
wait "$ns_pid"
