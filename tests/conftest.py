"""Shared fixtures: the demo site, a real Celery worker, and service requirements."""

import os

import pytest
import redis
from django.core.management import call_command
from django.utils import translation

from portal import factories
from tests.snapshots import DataSnapshot

# An empty cache of its own run and worker for each test (Redis, as in production); Hypothesis
# profiles (`ci` by default, `thorough` for `make test-fuzz`); the seeded demo database, copied
# once for the browser tests and the modules that need a full `seed_demo`.
pytest_plugins = ["tests.cache_isolation", "tests.hypothesis_profiles", "tests.demo_database"]


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


def build_demo_site():
    with translation.override("nl"):
        return factories.generate(seed=42)


@pytest.fixture(scope="session")
def demo_site_snapshot(django_db_setup, django_db_blocker):
    """The demo site, built once per session and recorded (tests/snapshots.py)."""
    with django_db_blocker.unblock():
        return DataSnapshot.record(build_demo_site)


def load_places():
    call_command("load_places", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115


@pytest.fixture(scope="session")
def places_snapshot(django_db_setup, django_db_blocker):
    """The municipality and postcode table, loaded once and recorded (tests/snapshots.py)."""
    with django_db_blocker.unblock():
        return DataSnapshot.record(load_places)


@pytest.fixture
def places(db, places_snapshot):
    """Municipalities and postcodes of Flanders and Brussels, as `load_places` loads them."""
    places_snapshot.replay_or_build(load_places)


@pytest.fixture
def demo_site(db, demo_site_snapshot):
    """The demo site as `seed_demo` builds it; returns its home page.

    Replayed from the session's recording; built afresh where the database is not as recorded
    (after a transactional test flushed it, or on top of a module's own data)."""
    return demo_site_snapshot.replay_or_build(build_demo_site)


@pytest.fixture
def celery_worker(transactional_db, settings):
    """A real Celery worker thread consuming from the Redis broker of `make test`."""
    from celery.contrib.testing.worker import start_worker

    from portal.celery import app

    broker = settings.CELERY_BROKER_URL
    if not broker.startswith("redis://"):
        missing_service("no Redis broker configured (CELERY_BROKER_URL); run `make test`")

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


def pytest_itemcollected(item):
    """Every browser test is marked `e2e`, also in a module that forgot its marker: `make test`
    runs them in a pytest run of their own (`-m e2e`)."""
    if item.nodeid.startswith("tests/e2e/") and item.get_closest_marker("e2e") is None:
        item.add_marker(pytest.mark.e2e)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """Browser tests last, after pytest-django's own ordering.

    Playwright's sync API keeps an event loop running in this thread until the session ends,
    and Django refuses database calls from a thread with a running loop.
    """
    items.sort(key=lambda item: item.get_closest_marker("e2e") is not None)
