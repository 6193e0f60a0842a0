"""What search adds to /healthz and /metrics: the engine's answer and the pending index updates."""

import logging

from django.conf import settings
from django.db import DatabaseError
from prometheus_client.core import GaugeMetricFamily

from portal import registries
from portal.health import HealthCheck
from search.client import get_client
from search.models import PendingIndexUpdate

logger = logging.getLogger(__name__)


def check_engine() -> None:
    get_client().info()


def engine_configured() -> bool:
    return bool(settings.SEARCH["URL"])


def pending_index_updates():
    """A gauge without a sample when the database does not answer (the scrape goes on)."""
    pending = GaugeMetricFamily(
        "wegwijs_search_pending_index_updates",
        "Index updates recorded but not yet taken by the search engine.",
    )
    try:
        pending.add_metric([], PendingIndexUpdate.objects.count())
    except DatabaseError as error:
        logger.warning("pending index updates unavailable: %s", error)
    yield pending


def register() -> None:
    # Search falls back to the database, so a missing engine degrades but does not fail.
    registries.health_checks.register(
        "search", HealthCheck(check=check_engine, configured=engine_configured)
    )
    registries.metric_collectors.register("search_pending_index_updates", pending_index_updates)
