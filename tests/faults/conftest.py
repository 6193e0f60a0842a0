"""Fault fixtures: the run's own services, Celery workers in their own processes, a mail folder."""

import os
import shutil
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from tests.faults import services
from tests.nieuwsbrief.conftest import news, subscriber_with, topics  # noqa: F401  (fixtures)


@pytest.fixture(scope="session", autouse=True)
def own_services_only():
    services.guard()


@pytest.fixture
def mailbox():
    """The folder the workers write mail into, emptied for each test."""
    folder = Path(settings.EMAIL_FILE_PATH)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return str(folder)


def database_url() -> str:
    db = connection.settings_dict
    return f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


@pytest.fixture
def workers(transactional_db, tmp_path):
    """Start Celery workers on the test database; every one is stopped afterwards."""
    import redis

    # Task messages an earlier test left behind point at rows that are gone: drop them.
    redis.Redis.from_url(settings.CELERY_BROKER_URL).delete(settings.CELERY_TASK_DEFAULT_QUEUE)
    started = []

    def start(**env):
        worker = services.Worker(database_url(), tmp_path / f"worker{len(started)}.log", **env)
        started.append(worker)
        return worker.start()

    yield start
    for worker in started:
        worker.stop()


def report(line: str) -> None:
    """A figure for the closing summary of `make test-faults` (it prints the file at the end)."""
    folder = Path(os.environ["WEGWIJS_STATE_DIR"])  # scripts/test-faults.sh sets it
    with open(folder / "faults-report.txt", "a") as out:
        out.write(line.rstrip() + "\n")


def wait_until(condition, timeout=90.0, interval=0.25, message="condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(interval)
    raise AssertionError(f"timed out waiting for {message}")
