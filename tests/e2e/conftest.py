"""Browser tests: a seeded portal served by gunicorn on its own database, driven by Chromium."""

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import psycopg
import pytest

from search.client import EngineConfig, SearchClient
from tests import demo_database as database
from tests.conftest import missing_service

ROOT = Path(__file__).resolve().parents[2]
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def access_log_path(name: str) -> Path:
    return Path(tempfile.gettempdir()) / f"wegwijs-e2e-access-{name}.log"


@pytest.fixture(scope="session")
def live_portal(django_db_setup):
    """Base URL of a portal migrated and seeded like `make run`, but on PostgreSQL.

    Its database is a copy of the seeded test database copy (tests/demo_database.py), named
    after the test database, and so its own per pytest-xdist worker; so is its index prefix."""
    name = database.e2e_name()
    prefix = name.replace("_", "-")
    access_log_path(name).unlink(missing_ok=True)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": database.database_url(name),
        "SEARCH_INDEX_PREFIX": prefix,
    }
    manage = [sys.executable, str(ROOT / "manage.py")]
    seeded = database.seeded_database()
    if seeded:  # `seed_demo` is `seed_demo --no-index` and then `update_index`
        database.create_from(name, seeded)
        steps = ["c('update_index', verbosity=0)"]
    else:  # the plugin is not loaded: migrate and seed a database of our own
        try:
            database.drop(name)
            with psycopg.connect(database.admin_url(), autocommit=True) as conn:
                conn.execute(f'CREATE DATABASE "{name}"')
        except psycopg.OperationalError as error:
            missing_service(f"PostgreSQL is not reachable ({error}); run `make test`")
        subprocess.run([*manage, "migrate", "--noinput", "-v", "0"], cwd=ROOT, env=env, check=True)
        steps = ["c('seed_demo')"]
    if env.get("SEARCH_URL"):
        steps.append("c('search_index', 'rebuild')")
    # One process for the remaining commands: a Django start-up less per command.
    script = "from django.core.management import call_command as c; " + "; ".join(steps)
    subprocess.run(
        [*manage, "shell", "-c", script], cwd=ROOT, env=env, check=True, capture_output=True
    )
    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "portal.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--threads",
            "4",
            "--log-level",
            "warning",
            # Kept so a test can show what the server saw (the planner's plan never reaches it).
            "--access-logfile",
            str(access_log_path(name)),
        ],
        cwd=ROOT,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"{base}/healthz", timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            pass
        if server.poll() is not None or time.monotonic() > deadline:
            server.kill()
            pytest.fail("the portal did not start under gunicorn")
        time.sleep(0.3)
    yield base
    server.terminate()
    server.wait(timeout=20)
    database.drop(name)
    if env.get("SEARCH_URL"):
        engine = SearchClient(EngineConfig(url=env["SEARCH_URL"], index_prefix=prefix))
        for index in engine.indices(f"{prefix}-*"):
            engine.delete_index(index)


@pytest.fixture
def access_log(live_portal) -> Path:
    """The live portal's access log: one line per request it received."""
    return access_log_path(database.e2e_name())


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    executable = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
    if not Path(executable).exists():
        missing_service(f"Chromium not found at {executable}; run `make test`")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    # bypass_csp lets axe-core be injected; the portal's own CSP is tested elsewhere.
    context = browser.new_context(viewport={"width": 390, "height": 844}, bypass_csp=True)
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture
def axe():
    """Run axe-core on a page; returns its violations."""
    if not AXE_JS.exists():
        pytest.fail("axe-core is missing; `make test` runs `npm ci`")

    def run(tab):
        tab.add_script_tag(path=str(AXE_JS))
        return tab.evaluate(
            "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
        )

    return run
