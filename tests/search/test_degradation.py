"""A second, real OpenSearch node is stopped in the middle of the run: the site keeps answering."""

import os
import socket
import subprocess
from pathlib import Path

import pytest

from search import lifecycle
from search.client import get_client
from search.pages.documents import PAGES

pytestmark = [pytest.mark.engine, pytest.mark.django_db]
ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def doomed_engine(tmp_path, settings, engine):
    """An OpenSearch node of its own, which the test may stop."""
    port = _free_port()
    env = {**os.environ, "OPENSEARCH_PORT": str(port), "OPENSEARCH_STATE_DIR": str(tmp_path)}
    script = ["bash", str(ROOT / "scripts" / "opensearch.sh")]
    started = subprocess.run([*script, "start"], env=env, capture_output=True, text=True)
    assert started.returncode == 0, started.stdout + started.stderr
    settings.SEARCH = {**settings.SEARCH, "URL": f"http://127.0.0.1:{port}", "TIMEOUT": 5.0}

    def stop():
        subprocess.run([*script, "stop"], env=env, capture_output=True, check=True)

    yield stop
    stop()


def test_search_and_pages_survive_the_engine_going_down(client, demo_site, doomed_engine):
    lifecycle.rebuild(get_client(), PAGES)
    before = client.get("/en/search/", {"q": "buddy"})
    assert "Become a buddy" in before.content.decode()
    assert "simpler way" not in before.content.decode()
    assert client.get("/healthz").json()["checks"]["search"] == "ok"

    doomed_engine()  # the node shuts down now

    after = client.get("/en/search/", {"q": "buddy"})
    assert after.status_code == 200
    html = after.content.decode()
    assert "Search works in a simpler way right now" in html
    assert "Become a buddy" in html  # answered by the database
    assert client.get("/uk/search/", {"q": "бадді"}).status_code == 200
    assert client.get("/en/practise-dutch/").status_code == 200
    health = client.get("/healthz")
    assert health.status_code == 200
    assert health.json() == {
        "status": "degraded",
        "checks": {"database": "ok", "cache": "ok", "search": "degraded"},
    }
