"""Prometheus metrics: request latency by route, search latency and fallbacks, task failures,
and at scrape time the outbox size, the apps' gauges (pending index updates) and the Celery
queue depth."""

from __future__ import annotations

import hmac
import ipaddress
import logging
import os
import time
from contextlib import contextmanager

import redis
from celery import signals
from django.conf import settings
from django.db import DatabaseError
from django.db.models import Count
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)
from prometheus_client.core import GaugeMetricFamily
from wagtail import hooks

from portal import registries
from portal.models import OutboxEmail

logger = logging.getLogger(__name__)

REQUEST_LATENCY = Histogram(
    "wegwijs_http_request_duration_seconds",
    "Time to answer a request, by route (URL name or Wagtail page type), method and status class.",
    ["route", "method", "status"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
SEARCH_LATENCY = Histogram(
    "wegwijs_search_duration_seconds",
    "Time of one search, by kind (site, offers) and the backend that answered.",
    ["kind", "backend"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5),
)
SEARCH_FALLBACKS = Counter(
    "wegwijs_search_fallbacks_total",
    "Searches the database answered because the engine failed.",
    ["kind"],
)
TASK_FAILURES = Counter(
    "wegwijs_task_failures_total",
    "Celery tasks that raised (each failed attempt, retries included).",
    ["task"],
)

UNMATCHED_ROUTE = "unmatched"  # 404s without a URL pattern: never the raw path


def route_label(request) -> str:
    """A bounded label: the URL name, or for Wagtail pages the page type."""
    page_type = getattr(request, "metrics_page_type", None)
    match = getattr(request, "resolver_match", None)
    if match is None:
        return UNMATCHED_ROUTE
    name = match.view_name or f"{match.func.__module__}.{match.func.__name__}"
    return f"{name}:{page_type}" if page_type else name


class MetricsMiddleware:
    """Times every request that reaches Django and records it under its route."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        # The page cache answers before URLs are resolved: its hits get a route of their own.
        cached = response.get("X-Page-Cache") == "hit"
        REQUEST_LATENCY.labels(
            route="page_cache:hit" if cached else route_label(request),
            method=request.method if request.method in KNOWN_METHODS else "other",
            status=f"{response.status_code // 100}xx",
        ).observe(time.perf_counter() - started)
        return response


KNOWN_METHODS = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}


def remember_page_type(page, request, serve_args, serve_kwargs):
    """Wagtail's before_serve_page hook: the page type becomes part of the route label."""
    request.metrics_page_type = type(page).__name__


@contextmanager
def timed_search(kind: str):
    """Time a search; the caller sets `outcome["backend"]` to the backend that answered."""
    outcome = {"backend": "engine"}
    started = time.perf_counter()
    try:
        yield outcome
    finally:
        SEARCH_LATENCY.labels(kind=kind, backend=outcome["backend"]).observe(
            time.perf_counter() - started
        )


def count_fallback(kind: str) -> None:
    SEARCH_FALLBACKS.labels(kind=kind).inc()


def on_task_failure(sender=None, **kwargs):
    TASK_FAILURES.labels(task=getattr(sender, "name", None) or "unknown").inc()


# --- values computed at scrape time ------------------------------------------------------


def queue_lengths() -> dict[str, int] | None:
    """Messages waiting in the Celery queue (Redis LLEN), or None when Redis does not answer."""
    url = settings.CELERY_BROKER_URL
    if not url.startswith(("redis://", "rediss://")):
        return {}
    queue = getattr(settings, "CELERY_TASK_DEFAULT_QUEUE", "celery")
    try:
        client = redis.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=1)
        try:
            # kombu keeps messages with a priority in keys with a suffix; count them too.
            keys = [queue, *(f"{queue}\x06\x16{step}" for step in (3, 6, 9))]
            return {queue: sum(client.llen(key) for key in keys)}
        finally:
            client.close()
    except redis.RedisError as error:
        logger.warning("queue depth unavailable: %s", error)
        return None


class ScrapeTimeCollector:
    """Database and broker figures, read fresh on every scrape; a service that is down
    yields no sample (and an `up` of 0) instead of failing the scrape. The apps' gauges
    (registries.metric_collectors) come after the outbox's."""

    def collect(self):
        outbox = GaugeMetricFamily(
            "wegwijs_outbox_messages",
            "E-mails in the database outbox, by status.",
            labels=["status"],
        )
        try:
            counts = dict(
                OutboxEmail.objects.values_list("status").annotate(n=Count("pk")).order_by()
            )
            for status in OutboxEmail.Status.values:
                outbox.add_metric([status], counts.get(status, 0))
        except DatabaseError as error:
            logger.warning("outbox size unavailable: %s", error)
        yield outbox
        for collect in registries.metric_collectors:
            yield from collect()

        depth = GaugeMetricFamily(
            "wegwijs_celery_queue_length", "Task messages waiting in the broker.", labels=["queue"]
        )
        up = GaugeMetricFamily("wegwijs_broker_up", "1 when the broker answered this scrape.")
        lengths = queue_lengths()
        for queue, length in (lengths or {}).items():
            depth.add_metric([queue], length)
        up.add_metric([], 0 if lengths is None else 1)
        yield depth
        yield up


def render_metrics() -> tuple[bytes, str]:
    """This process's metrics (or every process's when gunicorn and Celery share a
    PROMETHEUS_MULTIPROC_DIR), then the figures read at scrape time."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
    else:
        registry = REGISTRY
    fresh = CollectorRegistry()
    fresh.register(ScrapeTimeCollector())
    return generate_latest(registry) + generate_latest(fresh), CONTENT_TYPE_LATEST


# --- who may read /metrics -----------------------------------------------------------------

# Headers that reverse proxies and CDNs set (as WSGI META keys). Matched as prefixes, so
# every X-Forwarded-* and vendor variant counts; any of them means the visitor is elsewhere.
FORWARDING_HEADER_PREFIXES = (
    "HTTP_FORWARDED",
    "HTTP_X_FORWARDED",
    "HTTP_X_ORIGINAL_FORWARDED",
    "HTTP_X_REAL_IP",
    "HTTP_VIA",
    "HTTP_CF_",
    "HTTP_TRUE_CLIENT_IP",
    "HTTP_X_CLIENT_IP",
    "HTTP_CLIENT_IP",
    "HTTP_X_CLUSTER_CLIENT_IP",
    "HTTP_FASTLY_",
    "HTTP_X_ORIGINATING_IP",
    "HTTP_X_REMOTE_",
    "HTTP_X_PROXYUSER_IP",
    "HTTP_X_AZURE_",
    "HTTP_X_APPENGINE_",
    "HTTP_X_AMZN_",
    "HTTP_X_ENVOY_",
)


def was_forwarded(request) -> bool:
    return any(key.startswith(FORWARDING_HEADER_PREFIXES) for key in request.META)


def is_direct_loopback(request) -> bool:
    """A request from this machine that no proxy forwarded (a proxy on loopback would otherwise
    make every visitor look local)."""
    if was_forwarded(request):
        return False
    try:
        return ipaddress.ip_address(request.META.get("REMOTE_ADDR", "")).is_loopback
    except ValueError:
        return False


def has_valid_token(request) -> bool:
    expected = getattr(settings, "METRICS_TOKEN", "")
    sent = request.headers.get("Authorization", "")
    if not expected or not sent.startswith("Bearer "):
        return False
    return hmac.compare_digest(sent.removeprefix("Bearer ").encode(), expected.encode())


def metrics_allowed(request) -> bool:
    return is_direct_loopback(request) or has_valid_token(request)


def connect() -> None:
    signals.task_failure.connect(on_task_failure, dispatch_uid="wegwijs-task-failure-metric")
    hooks.register("before_serve_page", remember_page_type)
