"""Request ids in logs and tasks, the guarded /metrics endpoint and its figures, /healthz states."""

import io
import json
import logging
import re
import time

import pytest
import redis
from celery import shared_task, signals
from django.db import connection

from portal import outbox
from portal.observability import JsonFormatter, RequestIdFilter, request_id_var
from search import lifecycle
from search.client import get_client
from search.pages.documents import PAGES
from tests.search.conftest import engine  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db
DEAD_PORT_URL = "http://127.0.0.1:9"  # nothing listens on port 9


@shared_task(name="tests.portal.always_fails")
def always_fails():
    raise ValueError("this task fails on purpose")


def metric(text: str, name: str, **labels) -> float:
    """The value of one sample in Prometheus text output (0 when absent)."""
    for line in text.splitlines():
        if line.startswith("#") or not line.startswith(name):
            continue
        head, _, value = line.rpartition(" ")
        sample, _, label_text = head.partition("{")
        found = dict(re.findall(r'(\w+)="([^"]*)"', label_text))
        if sample == name and all(found.get(k) == v for k, v in labels.items()):
            return float(value)
    return 0.0


def scrape(client) -> str:
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    return response.content.decode()


@pytest.fixture
def json_log():
    """Root-logger output as the production handler writes it: JSON lines with request ids."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RequestIdFilter())
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.addHandler(handler)
    yield lambda: [json.loads(line) for line in stream.getvalue().splitlines()]
    root.removeHandler(handler)


# --- request id --------------------------------------------------------------------------


def test_a_sane_request_id_is_kept_and_written_into_every_log_line(client, settings, json_log):
    settings.SEARCH = {**settings.SEARCH, "URL": DEAD_PORT_URL, "TIMEOUT": 0.5}
    response = client.get("/healthz", HTTP_X_REQUEST_ID="proxy-abc-12345")
    assert response["X-Request-ID"] == "proxy-abc-12345"
    lines = [line for line in json_log() if line["logger"] == "portal.health"]
    assert lines, "the failing search check logs an error"
    assert {line["request_id"] for line in lines} == {"proxy-abc-12345"}
    assert lines[0]["level"] == "ERROR" and "exception" in lines[0]
    assert request_id_var.get() == "-"  # nothing leaks out of the request


@pytest.mark.parametrize("sent", ["short", "x" * 200, "bad id\nInjected: 1", "<script>"])
def test_an_unsafe_request_id_is_replaced_by_a_new_one(client, sent):
    response = client.get("/robots.txt", HTTP_X_REQUEST_ID=sent)
    assert re.fullmatch(r"[0-9a-f]{32}", response["X-Request-ID"])
    other = client.get("/robots.txt")
    assert re.fullmatch(r"[0-9a-f]{32}", other["X-Request-ID"])
    assert other["X-Request-ID"] != response["X-Request-ID"]


@pytest.mark.celery
def test_the_request_id_travels_into_celery_tasks(celery_worker):
    seen = []

    def record(task_id=None, task=None, **kwargs):
        seen.append((task.name, request_id_var.get()))

    signals.task_prerun.connect(record, weak=False)
    try:
        token = request_id_var.set("req-from-the-web-1")
        try:
            from portal.tasks import outbox_flush

            outbox_flush.delay()
        finally:
            request_id_var.reset(token)
        deadline = time.monotonic() + 30
        while not seen and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        signals.task_prerun.disconnect(record)
    assert seen == [("portal.tasks.outbox_flush", "req-from-the-web-1")]


# --- who may read /metrics ----------------------------------------------------------------


def test_metrics_answer_loopback_only_unless_a_token_is_sent(client, settings):
    settings.METRICS_TOKEN = ""
    assert client.get("/metrics").status_code == 200  # the test client is 127.0.0.1
    assert client.get("/metrics", REMOTE_ADDR="::1").status_code == 200
    assert client.get("/metrics", REMOTE_ADDR="10.1.2.3").status_code == 403
    # A proxy on the same machine forwards visitors: they are not local.
    assert client.get("/metrics", HTTP_X_FORWARDED_FOR="203.0.113.9").status_code == 403
    assert client.get("/metrics", HTTP_X_REAL_IP="203.0.113.9").status_code == 403
    # Without a configured token no header opens it.
    assert (
        client.get("/metrics", REMOTE_ADDR="10.1.2.3", HTTP_AUTHORIZATION="Bearer ").status_code
        == 403
    )


PROXY_HEADERS = [
    "HTTP_X_FORWARDED_FOR",
    "HTTP_X_FORWARDED_HOST",
    "HTTP_X_FORWARDED_PROTO",
    "HTTP_FORWARDED",
    "HTTP_X_REAL_IP",
    "HTTP_VIA",
    "HTTP_CF_CONNECTING_IP",
    "HTTP_TRUE_CLIENT_IP",
    "HTTP_X_CLIENT_IP",
    "HTTP_X_CLUSTER_CLIENT_IP",
    "HTTP_FASTLY_CLIENT_IP",
    "HTTP_X_ORIGINAL_FORWARDED_FOR",
    "HTTP_CLIENT_IP",
]


@pytest.mark.parametrize("header", PROXY_HEADERS)
def test_metrics_refuse_loopback_requests_that_a_proxy_forwarded(client, settings, header):
    # Any header a proxy sets means the real visitor is elsewhere, whatever the header is called.
    settings.METRICS_TOKEN = ""
    assert client.get("/metrics", **{header: "203.0.113.9"}).status_code == 403


def test_metrics_token_is_compared_in_constant_time(client, settings, monkeypatch):
    import hmac

    from portal import metrics

    settings.METRICS_TOKEN = "s3cret-token-from-env"
    compared = []
    real = hmac.compare_digest

    def spy(a, b):
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr(metrics.hmac, "compare_digest", spy)
    far = {"REMOTE_ADDR": "10.1.2.3"}
    assert client.get("/metrics", HTTP_AUTHORIZATION="Bearer nope", **far).status_code == 403
    assert compared == [(b"nope", b"s3cret-token-from-env")]


def test_metrics_open_from_afar_with_the_configured_token(client, settings):
    settings.METRICS_TOKEN = "s3cret-token-from-env"
    far = {"REMOTE_ADDR": "10.1.2.3", "HTTP_X_FORWARDED_FOR": "203.0.113.9"}
    ok = client.get("/metrics", HTTP_AUTHORIZATION="Bearer s3cret-token-from-env", **far)
    assert ok.status_code == 200
    assert "wegwijs_http_request_duration_seconds" in ok.content.decode()
    assert client.get("/metrics", HTTP_AUTHORIZATION="Bearer wrong", **far).status_code == 403
    assert client.get("/metrics", **far).status_code == 403
    assert ok["Cache-Control"].startswith("max-age=0")


# --- what /metrics reports ----------------------------------------------------------------


def test_request_latency_is_labelled_by_route_never_by_raw_path(client, demo_site):
    before = scrape(client)
    assert client.get("/nl/").status_code == 200
    assert client.get("/nl/no-such-page-qz81/").status_code == 404
    assert client.get("/healthz").status_code == 200
    after = scrape(client)
    name = "wegwijs_http_request_duration_seconds_count"
    home = {"route": "wagtail_serve:HomePage", "method": "GET", "status": "2xx"}
    assert metric(after, name, **home) == metric(before, name, **home) + 1
    missing = {"route": "wagtail_serve", "method": "GET", "status": "4xx"}
    assert metric(after, name, **missing) == metric(before, name, **missing) + 1
    assert metric(after, name, route="healthz", status="2xx") >= 1
    assert "qz81" not in after


def test_page_cache_hits_have_a_route_of_their_own(client, demo_site, settings):
    settings.PAGE_CACHE_SECONDS = 60
    from django.core.cache import cache

    cache.clear()
    name = "wegwijs_http_request_duration_seconds_count"
    before = metric(scrape(client), name, route="page_cache:hit")
    assert client.get("/en/").status_code == 200  # stored
    assert client.get("/en/")["X-Page-Cache"] == "hit"
    assert metric(scrape(client), name, route="page_cache:hit") == before + 1
    cache.clear()


@pytest.mark.usefixtures("engine")
def test_search_latency_and_fallbacks_are_counted(client, demo_site, settings):
    lifecycle.rebuild(get_client(), PAGES)
    before = scrape(client)
    assert client.get("/en/search/", {"q": "buddy"}).status_code == 200
    middle = scrape(client)
    name = "wegwijs_search_duration_seconds_count"
    assert metric(middle, name, kind="site", backend="engine") == (
        metric(before, name, kind="site", backend="engine") + 1
    )
    settings.SEARCH = {**settings.SEARCH, "URL": DEAD_PORT_URL, "TIMEOUT": 0.5}
    assert "Become a buddy" in client.get("/en/search/", {"q": "buddy"}).content.decode()
    assert client.get("/nl/aanbodzoeker/", {"q": "taal"}).status_code == 200
    after = scrape(client)
    fallbacks = "wegwijs_search_fallbacks_total"
    assert metric(after, fallbacks, kind="site") == metric(middle, fallbacks, kind="site") + 1
    assert metric(after, name, kind="site", backend="database") == (
        metric(middle, name, kind="site", backend="database") + 1
    )
    assert metric(after, fallbacks, kind="offers") == metric(middle, fallbacks, kind="offers") + 1


def test_outbox_size_and_pending_index_updates_are_read_at_scrape(client):
    assert metric(scrape(client), "wegwijs_outbox_messages", status="pending") == 0
    for n in range(3):  # no on-commit hand-over inside the test transaction: they wait
        outbox.queue_email(
            to=f"m{n}@example.org",
            template="portal/emails/test",
            context={"name": "Ana"},
            language="nl",
            category="test",
        )
    text = scrape(client)
    assert metric(text, "wegwijs_outbox_messages", status="pending") == 3
    assert metric(text, "wegwijs_outbox_messages", status="sent") == 0
    assert "wegwijs_search_pending_index_updates" in text


def test_queue_depth_comes_from_redis_and_a_dead_broker_does_not_break_the_scrape(client, settings):
    from portal.celery import app
    from portal.tasks import outbox_flush

    if not settings.CELERY_BROKER_URL.startswith("redis://"):
        pytest.fail("make test provides a Redis broker")
    queue = settings.CELERY_TASK_DEFAULT_QUEUE
    broker = redis.Redis.from_url(settings.CELERY_BROKER_URL)
    broker.delete(queue)
    app.conf.task_always_eager = False
    try:
        for _ in range(4):
            outbox_flush.delay()  # no worker runs: the messages wait in the queue
        text = scrape(client)
        assert metric(text, "wegwijs_celery_queue_length", queue=queue) == 4
        assert metric(text, "wegwijs_broker_up") == 1
    finally:
        app.conf.task_always_eager = True
        broker.delete(queue)
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:9/0"
    text = scrape(client)
    assert metric(text, "wegwijs_broker_up") == 0
    assert "wegwijs_celery_queue_length{" not in text


@pytest.mark.celery
def test_task_failures_are_counted(client, celery_worker):
    name = "wegwijs_task_failures_total"
    before = metric(scrape(client), name, task="tests.portal.always_fails")
    always_fails.delay()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if metric(scrape(client), name, task="tests.portal.always_fails") == before + 1:
            break
        time.sleep(0.2)
    assert metric(scrape(client), name, task="tests.portal.always_fails") == before + 1


# --- /healthz: degraded is not down -------------------------------------------------------


def test_a_dead_redis_cache_degrades_and_the_site_keeps_counting_in_memory(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "portal.cache.TolerantRedisCache",
            "LOCATION": "redis://127.0.0.1:9/1",
        }
    }
    from django.core.cache import cache

    cache.set("k", "v")
    assert cache.get("k") == "v"  # kept in process memory
    assert cache.add("n", 1) and cache.incr("n") == 2
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["status"] == "degraded"
    assert response.json()["checks"]["cache"] == "degraded"


def test_a_live_redis_cache_is_ok(client, settings):
    location = settings.CELERY_BROKER_URL.rsplit("/", 1)[0] + "/3"
    settings.CACHES = {
        "default": {"BACKEND": "portal.cache.TolerantRedisCache", "LOCATION": location}
    }
    settings.SEARCH = {**settings.SEARCH, "URL": ""}
    response = client.get("/healthz")
    assert response.json() == {"status": "ok", "checks": {"database": "ok", "cache": "ok"}}


@pytest.mark.django_db(transaction=True)
def test_without_the_database_healthz_says_error_with_503(client, settings):
    settings.SEARCH = {**settings.SEARCH, "URL": ""}
    port = connection.settings_dict["PORT"]
    connection.close()
    connection.settings_dict["PORT"] = "9"  # the next connection finds no PostgreSQL
    try:
        response = client.get("/healthz")
    finally:
        connection.close()
        connection.settings_dict["PORT"] = port
    assert response.status_code == 503
    assert response.json() == {"status": "error", "checks": {"database": "error", "cache": "ok"}}
    assert client.get("/healthz").status_code == 200


MULTIPROCESS_SCRIPT = """
import django
django.setup()
from django.test import Client
for _ in range(3):
    assert Client().get("/robots.txt").status_code == 200
"""


def test_several_processes_add_up_in_multiprocess_mode(tmp_path):
    """Two web processes share PROMETHEUS_MULTIPROC_DIR; a scrape of that folder counts both."""
    import os
    import subprocess
    import sys

    from prometheus_client import CollectorRegistry, generate_latest, multiprocess

    db = connection.settings_dict
    env = {
        **os.environ,
        "PROMETHEUS_MULTIPROC_DIR": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
    }
    processes = [
        subprocess.Popen([sys.executable, "-c", MULTIPROCESS_SCRIPT], env=env) for _ in range(2)
    ]
    assert [process.wait(timeout=120) for process in processes] == [0, 0]
    assert len(list(tmp_path.glob("*.db"))) >= 2  # one set of files per process
    registry = CollectorRegistry()
    multiprocess.MultiProcessCollector(registry, path=str(tmp_path))
    text = generate_latest(registry).decode()
    name = "wegwijs_http_request_duration_seconds_count"
    assert metric(text, name, route="robots_txt", method="GET", status="2xx") == 6
