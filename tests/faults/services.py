"""Stop and start the fault run's own PostgreSQL, Redis and OpenSearch, and its Celery workers."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _env(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"{name} is not set: run the fault tests with `make test-faults`")
    return value


def _script(name: str, action: str, **extra: str) -> None:
    env = {**os.environ, **extra}
    done = subprocess.run(
        ["bash", str(ROOT / "scripts" / name), action], env=env, capture_output=True, text=True
    )
    if done.returncode != 0:
        raise RuntimeError(f"{name} {action} failed:\n{done.stdout}\n{done.stderr}")


def guard() -> None:
    """Refuse to run on the services of `make test` (scripts/test-faults.sh names their ports)."""
    shared = set(_env("WEGWIJS_TEST_PORTS").split())
    ports = {_env("WEGWIJS_PG_PORT"), _env("WEGWIJS_REDIS_PORT"), _env("OPENSEARCH_PORT")}
    if ports & shared:
        raise RuntimeError(f"fault tests would stop shared services on {ports & shared}")


class Postgres:
    """A restart keeps the data (unlike scripts/postgres.sh start, which starts afresh)."""

    def __init__(self):
        self.port = _env("WEGWIJS_PG_PORT")
        self.dir = Path(_env("WEGWIJS_STATE_DIR")) / "postgres"

    def _pg_ctl(self, *args: str) -> None:
        bins = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
        command = [str(bins[-1]), "-D", str(self.dir / "data"), *args]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def stop(self) -> None:
        self._pg_ctl("-m", "fast", "-w", "stop")

    def start(self) -> None:
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.dir} -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=100"
        )
        self._pg_ctl("-l", str(self.dir / "postgres.log"), "-w", "-t", "60", "start", "-o", options)


class Redis:
    """No persistence, as the worst case: whatever the broker held is gone after a restart."""

    def stop(self) -> None:
        _script("redis.sh", "stop")

    def start(self) -> None:
        _script("redis.sh", "start")


class OpenSearch:
    """The node keeps its indices across a restart (OPENSEARCH_KEEP_DATA)."""

    def stop(self) -> None:
        _script("opensearch.sh", "stop", OPENSEARCH_KEEP_DATA="1")

    def start(self) -> None:
        _script("opensearch.sh", "start", OPENSEARCH_KEEP_DATA="1")


class Worker:
    """A Celery worker in its own process (solo pool: the task runs in the process we kill)."""

    def __init__(self, database_url: str, log_path: Path, **env: str):
        self.database_url = database_url
        self.log_path = log_path
        self.env = env
        self.process: subprocess.Popen | None = None

    def start(self, timeout: float = 60.0) -> Worker:
        from django.conf import settings

        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.faults.settings",
            "DATABASE_URL": self.database_url,
            **self.env,
        }
        log = open(self.log_path, "a")  # noqa: SIM115 (the worker writes to it until it stops)
        self.process = subprocess.Popen(
            [
                str(ROOT / ".venv" / "bin" / "celery"),
                "-A",
                "tests.faults.worker_app",
                "worker",
                "--pool=solo",
                "-Q",
                settings.CELERY_TASK_DEFAULT_QUEUE,
                "-n",
                f"faults-{time.monotonic_ns()}@localhost",
                "--without-mingle",
                "--without-gossip",
                "--loglevel=INFO",
            ],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"worker exited:\n{self.log_path.read_text()[-3000:]}")
            if " ready." in self.log_path.read_text(errors="replace"):
                return self
            time.sleep(0.2)
        raise RuntimeError(f"worker not ready:\n{self.log_path.read_text()[-3000:]}")

    def kill(self) -> None:
        """SIGKILL: no clean-up, no acknowledgement of the task it was running."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()
