"""Shared fixtures: the demo site, a real Celery worker, and service requirements."""

import os

import pytest
from django.utils import translation

from portal import factories


def services_required() -> bool:
    """Under `make test` (and CI) a missing service fails the test instead of skipping it."""
    return os.environ.get("WEGWIJS_REQUIRE_SERVICES") == "1"


def missing_service(message: str):
    if services_required():
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(autouse=True)
def dutch_by_default():
    """Every test starts in Dutch, whatever language an earlier request activated."""
    translation.activate("nl")
    yield
    translation.activate("nl")


@pytest.fixture
def demo_site(db):
    """The demo site as `seed_demo` builds it; returns its home page."""
    with translation.override("nl"):
        return factories.generate(seed=42)


@pytest.fixture
def celery_worker(transactional_db, settings):
    """A real Celery worker thread consuming from the Redis broker of `make test`."""
    from celery.contrib.testing.worker import start_worker

    from portal.celery import app

    broker = settings.CELERY_BROKER_URL
    if not broker.startswith("redis://"):
        missing_service("no Redis broker configured (CELERY_BROKER_URL); run `make test`")
    import redis

    # Fail in two seconds, not after the worker's long connection retries.
    try:
        redis.Redis.from_url(broker, socket_connect_timeout=2, socket_timeout=2).ping()
    except redis.RedisError as error:
        missing_service(f"Redis broker at {broker} does not answer ({error}); run `make test`")
    app.conf.task_always_eager = False
    try:
        with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=15):
            yield app
    finally:
        app.conf.task_always_eager = True


def pytest_ignore_collect(collection_path, config):
    """tests/faults stops and starts services of its own: only `make test-faults` collects it."""
    if collection_path.name == "faults" and os.environ.get("WEGWIJS_FAULTS") != "1":
        return True
    return None


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """Browser tests last, after pytest-django's own ordering.

    Playwright's sync API keeps an event loop running in this thread until the session ends,
    and Django refuses database calls from a thread with a running loop.
    """
    # By folder too: a browser module that forgot its marker must not run in the middle.
    items.sort(
        key=lambda item: (
            item.get_closest_marker("e2e") is not None or item.nodeid.startswith("tests/e2e/")
        )
    )
