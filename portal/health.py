"""Health checks for /healthz: database always; cache, broker and search when configured."""

import logging

from django.conf import settings
from django.core.cache import cache
from django.db import connection

logger = logging.getLogger(__name__)


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache():
    cache.set("healthz", "ok", 10)
    if cache.get("healthz") != "ok":
        raise RuntimeError("cache did not return the value it stored")


def check_broker():
    from portal.celery import app

    with app.connection_for_write(url=settings.CELERY_BROKER_URL) as conn:
        conn.ensure_connection(max_retries=1, timeout=2)


def check_search():
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    client = getattr(backend, "client", None) or getattr(backend, "es", None)
    if client is None:
        raise RuntimeError("search backend has no client")
    client.info()


def configured_checks():
    """The checks that apply to this deployment's configuration, by name."""
    checks = {"database": check_database, "cache": check_cache}
    if not settings.CELERY_TASK_ALWAYS_EAGER and not settings.CELERY_BROKER_URL.startswith(
        "memory"
    ):
        checks["broker"] = check_broker
    if "database" not in settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"]:
        checks["search"] = check_search
    return checks


def run_checks():
    """Run every configured check; returns (healthy, {name: "ok" | "error"})."""
    results = {}
    for name, check in configured_checks().items():
        try:
            check()
            results[name] = "ok"
        except Exception:
            logger.exception("health check %s failed", name)
            results[name] = "error"
    return all(v == "ok" for v in results.values()), results
