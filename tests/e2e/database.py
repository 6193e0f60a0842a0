"""The browser tests' database, copied from the test database right after pytest-django migrates it.

Migrating a second database costs as much as the first; a copy (CREATE DATABASE … TEMPLATE) takes a
moment. It has to be taken before any test runs: transactional tests flush the test database, and
with it the rows the migrations made. Load this module as a plugin (`pytest_plugins` in
tests/conftest.py); without it `live_portal` migrates its database itself.
"""

import os
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest

# The database copied for this session, once the copy has been made.
prepared: str | None = None


def admin_url() -> str:
    """The maintenance database of the PostgreSQL server of DATABASE_URL."""
    url = urlsplit(os.environ.get("DATABASE_URL", "postgres://wegwijs@127.0.0.1:55432/wegwijs"))
    return urlunsplit(url._replace(path="/postgres"))


def database_url(name: str) -> str:
    url = urlsplit(os.environ.get("DATABASE_URL", "postgres://wegwijs@127.0.0.1:55432/wegwijs"))
    return urlunsplit(url._replace(path=f"/{name}"))


def e2e_name() -> str:
    """Named after the test database, so its own per pytest-xdist worker (pytest-django adds
    _gw0 etc. to the test database's name)."""
    from django.db import connection

    return f"{connection.creation._get_test_db_name()}_e2e"


def drop(name: str) -> None:
    with psycopg.connect(admin_url(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def copy_test_database() -> str | None:
    """Copy the (just migrated) test database to the browser tests' database; returns its name.

    None when pytest-django made no test database (no selected test uses one)."""
    from django.db import connection, connections

    source = connection.settings_dict["NAME"]
    if source != connection.creation._get_test_db_name():
        return None  # still the configured database: never copy that one
    name = e2e_name()
    connections.close_all()  # a template must have no other sessions
    drop(name)
    with psycopg.connect(admin_url(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{source}"')
    return name


def _browser_tests_selected(session) -> bool:
    return any(
        item.get_closest_marker("e2e") is not None or item.nodeid.startswith("tests/e2e/")
        for item in session.items
    )


@pytest.hookimpl(wrapper=True)
def pytest_fixture_setup(fixturedef, request):
    result = yield
    global prepared
    # Once: an override of django_db_setup (a second definition) must not copy again.
    if (
        prepared is None
        and fixturedef.argname == "django_db_setup"
        and _browser_tests_selected(request.session)
    ):
        with request.getfixturevalue("django_db_blocker").unblock():
            name = copy_test_database()
        if name:
            prepared = name
            fixturedef.addfinalizer(lambda: drop(name))
    return result
