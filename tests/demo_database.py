"""Copies of the test database: the seeded demo (`seed_demo`, built once) and the browser tests'.

Right after pytest-django migrates the test database, a copy of it is taken (CREATE DATABASE …
TEMPLATE, a moment instead of a second migration); it has to be then, before transactional tests
flush the test database and the rows the migrations made. The first module that needs the demo
seeds that copy once in a subprocess; modules load it into their own rolled-back transaction
(`load_seeded`), and the browser tests' database is a copy of it. Load this module as a plugin
(`pytest_plugins` in tests/conftest.py); without it every user seeds for itself, as before.
"""

import io
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest

ROOT = Path(__file__).resolve().parents[1]
USERS = ("seeded_demo", "live_portal")  # fixtures that want the copy
# The migrated copy, once taken; whether `seed_demo --no-index` has run in it.
copied: str | None = None
seeded: bool = False


def database_url(name: str) -> str:
    url = urlsplit(os.environ.get("DATABASE_URL", "postgres://wegwijs@127.0.0.1:55432/wegwijs"))
    return urlunsplit(url._replace(path=f"/{name}"))


def admin_url() -> str:
    """The maintenance database of the PostgreSQL server of DATABASE_URL."""
    return database_url("postgres")


def test_database_name() -> str:
    """What pytest-django names the test database (with _gw0 etc. under pytest-xdist)."""
    from django.db import connection  # plugin: loaded before pytest-django sets Django up

    return connection.creation._get_test_db_name()


def e2e_name() -> str:
    """Named after the test database, so its own per pytest-xdist worker."""
    return f"{test_database_name()}_e2e"


def drop(name: str) -> None:
    with psycopg.connect(admin_url(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def create_from(name: str, template: str) -> None:
    drop(name)
    with psycopg.connect(admin_url(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')


def _copy_test_database() -> str | None:
    """Copy the just migrated test database; None when pytest-django made none."""
    # This plugin is loaded before pytest-django sets Django up.
    from django.db import connection, connections

    source = connection.settings_dict["NAME"]
    if source != test_database_name():
        return None  # still the configured database: never copy that one
    name = f"{source}_seeded"
    connections.close_all()  # a template must have no other sessions
    create_from(name, source)
    return name


def seeded_database() -> str | None:
    """The copy with `seed_demo --no-index` run in it (seeded on first use); None without it."""
    global seeded
    if copied and not seeded:
        env = {**os.environ, "DATABASE_URL": database_url(copied), "SEARCH_URL": ""}
        subprocess.run(
            [sys.executable, str(ROOT / "manage.py"), "seed_demo", "--no-index"],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
        )
        seeded = True
    return copied


def load_seeded(name: str) -> None:
    """Replace every row of the test database by the seeded copy's, inside the current
    transaction (rolled back by the caller); caches that knew the old rows are emptied."""
    # This plugin is loaded before pytest-django sets Django up.
    from django.contrib.contenttypes.models import ContentType
    from django.core.cache import cache  # plugin: loaded before pytest-django sets Django up
    from django.db import connection  # plugin: loaded before pytest-django sets Django up

    tables = [t for t in connection.introspection.table_names() if t != "django_migrations"]
    target = connection.connection  # the psycopg connection under Django's
    with target.cursor() as cursor:
        cursor.execute("TRUNCATE " + ", ".join(f'"{t}"' for t in tables))
        with psycopg.connect(database_url(name)) as source:
            for table in tables:
                with (
                    source.cursor().copy(f'COPY "{table}" TO STDOUT (FORMAT BINARY)') as rows,
                    cursor.copy(f'COPY "{table}" FROM STDIN (FORMAT BINARY)') as into,
                ):
                    for data in rows:
                        into.write(data)
            sequences = source.execute(
                "SELECT schemaname, sequencename, last_value FROM pg_sequences"
                " WHERE last_value IS NOT NULL"
            ).fetchall()
        for schema, sequence, value in sequences:
            cursor.execute(f'SELECT setval(\'"{schema}"."{sequence}"\', {int(value)})')
    cache.clear()
    ContentType.objects.clear_cache()


def _wanted(session) -> bool:
    return any(set(USERS) & set(getattr(item, "fixturenames", ())) for item in session.items)


@pytest.hookimpl(wrapper=True)
def pytest_fixture_setup(fixturedef, request):
    result = yield
    global copied
    # Once: an override of django_db_setup (a second definition) must not copy again.
    if copied is None and fixturedef.argname == "django_db_setup" and _wanted(request.session):
        with request.getfixturevalue("django_db_blocker").unblock():
            name = _copy_test_database()
        if name:
            copied = name
            fixturedef.addfinalizer(lambda: drop(name))
    return result


def seed_demo_here() -> None:
    """The demo as `seed_demo --no-index` builds it, in the current (outer, rolled-back)
    transaction: loaded from the seeded copy, or seeded here when there is none."""

    # This plugin is loaded before pytest-django sets Django up.
    from django.core.management import call_command
    from django.utils import translation  # plugin: loaded before pytest-django sets Django up

    # This plugin is loaded before pytest-django sets Django up.
    from portal.factories import root_collection

    name = seeded_database()
    if name:
        load_seeded(name)
        return
    root_collection()
    with translation.override("nl"):
        call_command("seed_demo", "--no-index", stdout=io.StringIO())
