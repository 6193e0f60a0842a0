"""Celery tasks that keep the search engine in step with the content."""

from celery import shared_task

from search import lifecycle
from search.client import EngineUnavailable, get_client
from search.models import PendingIndexUpdate
from search.offers.documents import OFFERS
from search.services import index_update_apply


@shared_task(
    name="search.tasks.apply_index_update",
    autoretry_for=(EngineUnavailable,),
    retry_backoff=5,
    retry_backoff_max=300,
    max_retries=8,
)
def apply_index_update(index_name: str, object_id: int) -> str:
    return index_update_apply(index_name=index_name, object_id=object_id)


def pending_updates_retry() -> int:
    """Queue every pending update again (beat runs this; the engine may be back)."""
    count = 0
    for index_name, object_id in PendingIndexUpdate.objects.values_list("index_name", "object_id"):
        apply_index_update.delay(index_name, object_id)
        count += 1
    return count


@shared_task(name="search.tasks.retry_pending_index_updates")
def retry_pending_index_updates() -> int:
    return pending_updates_retry()


@shared_task(
    name="search.tasks.rebuild_offer_index",
    autoretry_for=(EngineUnavailable,),
    retry_backoff=5,
    retry_backoff_max=300,
    max_retries=8,
)
def rebuild_offer_index() -> str:
    """A fresh offer index behind the alias: new synonyms, next dates rolled forward, expired
    offers gone. Beat runs it nightly; saving a synonym runs it at once."""
    client = get_client()
    if client is None:
        return "search engine not configured"
    report = lifecycle.rebuild(client, OFFERS)
    dropped = lifecycle.drop_stale(client, OFFERS)
    return f"{report.index}: {report.documents} offers, {len(dropped)} old indices dropped"
