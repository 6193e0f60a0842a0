#!/usr/bin/env bash
# Start/stop/status of the embedded single-node OpenSearch 2.19 (search/engine) that Wegwijs uses in dev and CI.
#
# Usage: scripts/opensearch.sh start|stop|status
#
# Environment (all optional):
#   OPENSEARCH_PORT           HTTP port on 127.0.0.1 (default 9200; transport uses the first free port in 9300-9399)
#   OPENSEARCH_HEAP           JVM heap, used for -Xms and -Xmx (default 512m)
#   OPENSEARCH_STATE_DIR      pid file, logs and throw-away node home (default /var/tmp/wegwijs-<clone id>/opensearch; relative = to repo root)
#   OPENSEARCH_START_TIMEOUT  seconds to wait for a green cluster (default 120)
#   OPENSEARCH_STOP_TIMEOUT   seconds to wait after SIGTERM before SIGKILL (default 30)
#   OPENSEARCH_JAVA_OPTS      extra JVM options
#   JAVA_HOME                 JDK to run with (default: java on PATH); OpenSearch 2.19 needs Java 17 or 21
#   OPENSEARCH_KEEP_DATA      1: keep the node's data across stop and start (tests/faults restarts a node)
#
# One state dir = one node. To run a second node next to the first, give it its own OPENSEARCH_STATE_DIR and port.
set -euo pipefail
trap 'echo "opensearch: ERROR: unexpected failure (exit $?) at line $LINENO" >&2' ERR

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ENGINE="$ROOT/search/engine"
MAIN_CLASS="nl.wegwijs.search.EmbeddedOpenSearch"

# Default: the clone's service folder, as scripts/lib.sh names it.
STATE_DIR="${OPENSEARCH_STATE_DIR:-${WEGWIJS_STATE_DIR:-/var/tmp/wegwijs-$(printf '%s' "$ROOT" | sha1sum | cut -c1-10)}/opensearch}"
[[ "$STATE_DIR" = /* ]] || STATE_DIR="$ROOT/$STATE_DIR"
PID_FILE="$STATE_DIR/opensearch.pid"
PORT_FILE="$STATE_DIR/opensearch.port"
LOG_FILE="$STATE_DIR/opensearch.log"   # JVM stdout/stderr; kept after stop for post-mortems
BUILD_LOG="$STATE_DIR/build.log"
NODE_HOME="$STATE_DIR/home"            # config/, data/, logs/ of the node; wiped on start and stop

CLASSPATH_FILE="$ENGINE/target/classpath.txt"
BUILD_STAMP="$ENGINE/target/.build-stamp"

PORT="${OPENSEARCH_PORT:-9200}"
HEAP="${OPENSEARCH_HEAP:-512m}"
START_TIMEOUT="${OPENSEARCH_START_TIMEOUT:-120}"
STOP_TIMEOUT="${OPENSEARCH_STOP_TIMEOUT:-30}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

log() { echo "opensearch: $*"; }
die() { echo "opensearch: ERROR: $*" >&2; exit 1; }
now_ms() { date +%s%3N; }
secs_since() { local ms=$(( $(now_ms) - $1 )); printf '%d.%03ds' $((ms / 1000)) $((ms % 1000)); }
need() { command -v "$1" >/dev/null 2>&1 || die "'$1' not found on PATH"; }

# Prints the pid of our running node, or fails. Checks the command line so a recycled pid is never signalled.
running_pid() {
    [[ -f "$PID_FILE" ]] || return 1
    local pid; pid="$(cat "$PID_FILE")"
    [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
    if [[ -r "/proc/$pid/cmdline" ]]; then
        tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q "$MAIN_CLASS" || return 1
    fi
    echo "$pid"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

show_log_tail() {
    echo "----- last 40 lines of $LOG_FILE -----" >&2
    tail -n 40 "$LOG_FILE" >&2 || true
    echo "--------------------------------------" >&2
}

# Compiles the launcher and writes the runtime classpath, unless both are newer than the sources and the jars exist.
build() {
    if [[ -f "$BUILD_STAMP" && -f "$CLASSPATH_FILE" && -z "$(find "$ENGINE/pom.xml" "$ENGINE/src" -newer "$BUILD_STAMP" -print -quit)" ]]; then
        local jar jars missing=0
        IFS=: read -r -a jars <<< "$(cat "$CLASSPATH_FILE")"
        for jar in "${jars[@]}"; do [[ -f "$jar" ]] || { missing=1; break; }; done
        [[ $missing = 0 ]] && { log "launcher up to date (skipping maven)"; return 0; }
    fi
    need mvn
    local goals=(-B -q -Dstyle.color=never -f "$ENGINE/pom.xml" compile dependency:build-classpath
                 -Dmdep.outputFile="$CLASSPATH_FILE" -Dmdep.includeScope=runtime)
    log "building launcher with maven (log: $BUILD_LOG)"
    if ! mvn -o "${goals[@]}" > "$BUILD_LOG" 2>&1; then
        log "offline build failed (jars not cached yet?), retrying online"
        mvn "${goals[@]}" >> "$BUILD_LOG" 2>&1 || { tail -n 40 "$BUILD_LOG" >&2; die "maven build failed"; }
    fi
    touch "$BUILD_STAMP"
}

cmd_start() {
    local t0; t0="$(now_ms)"
    [[ "$PORT" =~ ^[0-9]+$ ]] || die "OPENSEARCH_PORT must be a number, got '$PORT'"
    need curl; need "$JAVA"
    mkdir -p "$STATE_DIR"

    local pid
    if pid="$(running_pid)"; then
        local running_port; running_port="$(cat "$PORT_FILE" 2>/dev/null || echo '?')"
        [[ "$running_port" = "$PORT" ]] || die "already running on port $running_port (pid $pid); stop it first or use another OPENSEARCH_STATE_DIR"
        log "already running (pid $pid) at http://127.0.0.1:$PORT"
        return 0
    fi
    rm -f "$PID_FILE" "$PORT_FILE"
    port_in_use "$PORT" && die "port $PORT on 127.0.0.1 is already in use by another process"

    build
    local t_build; t_build="$(secs_since "$t0")"

    [[ "${OPENSEARCH_KEEP_DATA:-}" = 1 ]] || rm -rf "$NODE_HOME"
    mkdir -p "$NODE_HOME"
    local jvm_opts=(
        "-Xms$HEAP" "-Xmx$HEAP" -Xss1m
        -XX:+UseG1GC -XX:G1ReservePercent=25 -XX:InitiatingHeapOccupancyPercent=30   # as in the distribution's jvm.options
        -XX:-OmitStackTraceInFastThrow -Djava.awt.headless=true -Dfile.encoding=UTF-8 -Djna.nosys=true
        "-Djava.locale.providers=SPI,COMPAT"                                        # 2.x date parsing expects this
        -Dio.netty.noUnsafe=true -Dio.netty.noKeySetOptimization=true
        -Dio.netty.recycler.maxCapacityPerThread=0 -Dio.netty.allocator.numDirectArenas=0
        -Dlog4j.shutdownHookEnabled=false -Dlog4j2.disable.jmx=true                 # the launcher's hook shuts log4j down
    )
    # shellcheck disable=SC2206  # OPENSEARCH_JAVA_OPTS is deliberately word-split
    jvm_opts+=(${OPENSEARCH_JAVA_OPTS:-})

    local t_jvm; t_jvm="$(now_ms)"
    : > "$LOG_FILE"
    nohup "$JAVA" "${jvm_opts[@]}" -cp "$ENGINE/target/classes:$(cat "$CLASSPATH_FILE")" \
        "$MAIN_CLASS" "$PORT" "$NODE_HOME" > "$LOG_FILE" 2>&1 < /dev/null &
    pid=$!
    echo "$pid" > "$PID_FILE"
    echo "$PORT" > "$PORT_FILE"
    log "started pid $pid (heap $HEAP, log: $LOG_FILE), waiting up to ${START_TIMEOUT}s for green"
    trap 'echo; log "interrupted, stopping pid $pid"; cmd_stop; exit 130' INT TERM

    local deadline=$(( $(date +%s) + START_TIMEOUT ))
    while :; do
        if ! kill -0 "$pid" 2>/dev/null; then
            show_log_tail
            rm -f "$PID_FILE" "$PORT_FILE"
            die "the JVM exited during start-up"
        fi
        # READY is logged after the zero-replicas default is in place, so indices created from now on turn green.
        if grep -q OPENSEARCH_READY "$LOG_FILE" &&
           curl -fsS -o /dev/null --max-time 5 "http://127.0.0.1:$PORT/_cluster/health?wait_for_status=green&timeout=2s" 2>/dev/null; then
            break
        fi
        if (( $(date +%s) >= deadline )); then
            show_log_tail
            cmd_stop
            die "not green within ${START_TIMEOUT}s"
        fi
        sleep 0.5
    done
    trap - INT TERM
    log "ready at http://127.0.0.1:$PORT (pid $pid): total $(secs_since "$t0") = build $t_build + JVM start $(secs_since "$t_jvm")"
}

cmd_stop() {
    local pid
    if pid="$(running_pid)"; then
        log "stopping pid $pid"
        kill -TERM "$pid" 2>/dev/null || true
        local waited=0
        while kill -0 "$pid" 2>/dev/null && (( waited < STOP_TIMEOUT * 10 )); do sleep 0.1; waited=$((waited + 1)); done
        if kill -0 "$pid" 2>/dev/null; then
            log "still alive after ${STOP_TIMEOUT}s, sending SIGKILL"
            kill -KILL "$pid" 2>/dev/null || true
            while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
        fi
        log "stopped"
    else
        log "not running"
    fi
    rm -f "$PID_FILE" "$PORT_FILE"
    [[ "${OPENSEARCH_KEEP_DATA:-}" = 1 ]] || rm -rf "$NODE_HOME"   # throw-away data dir
}

cmd_status() {
    local pid port
    if pid="$(running_pid)"; then
        port="$(cat "$PORT_FILE" 2>/dev/null || echo "$PORT")"
        log "running (pid $pid) at http://127.0.0.1:$port"
        curl -fsS --max-time 5 "http://127.0.0.1:$port/_cluster/health?pretty" || die "running, but the health check failed"
    else
        log "not running"
        exit 1
    fi
}

case "${1:-}" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
