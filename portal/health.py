"""Health checks for /healthz: database always; cache, broker and the apps' checks (search) when
configured.

"error" (HTTP 503) means down: without the database nothing works. "degraded" (HTTP 200) means the
site still answers with a fallback: mail and tasks wait in the database outbox while the broker is
down, the cache falls back to process memory, and search falls back to the database."""

import logging
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import connection

from portal import registries
from portal.celery import app

logger = logging.getLogger(__name__)


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache():
    cache.set("healthz", "ok", 10)
    if cache.get("healthz") != "ok":
        raise RuntimeError("cache did not return the value it stored")
    if getattr(cache, "is_degraded", False):
        raise RuntimeError("the Redis cache does not answer; process memory is used instead")


@dataclass(frozen=True)
class HealthCheck:
    """A check an app registers in registries.health_checks, run after the portal's own."""

    check: Callable[[], None]  # raises when the service does not answer
    configured: Callable[[], bool]  # False: the site does not use the service, so no check
    critical: bool = False  # a failing critical check is an error (503), else it only degrades


def check_broker():
    with app.connection_for_write(url=settings.CELERY_BROKER_URL) as conn:
        conn.ensure_connection(max_retries=1, timeout=2)


def configured_checks():
    """(check, critical) by name; a failing non-critical check only degrades the service."""
    checks = {"database": (check_database, True), "cache": (check_cache, False)}
    if not settings.CELERY_TASK_ALWAYS_EAGER and not settings.CELERY_BROKER_URL.startswith(
        "memory"
    ):
        # Tasks and mail wait in the database outbox, so a missing broker degrades only.
        checks["broker"] = (check_broker, False)
    for name, registered in registries.health_checks.items():
        if registered.configured():
            checks[name] = (registered.check, registered.critical)
    return checks


def run_checks():
    """Run every configured check; returns (status, {name: "ok" | "error" | "degraded"})."""
    results = {}
    status = "ok"
    for name, (check, critical) in configured_checks().items():
        try:
            check()
            results[name] = "ok"
        except Exception:
            logger.exception("health check %s failed", name)
            results[name] = "error" if critical else "degraded"
            if critical:
                status = "error"
            elif status == "ok":
                status = "degraded"
    return status, results
