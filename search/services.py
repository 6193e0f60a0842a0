"""Search workflows: queue and apply index updates, and the site search with its fallback."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.db.models import F

from search import lifecycle, query
from search.client import Document, EngineUnavailable, get_client
from search.documents import DEFINITIONS, event_version
from search.models import PendingIndexUpdate

logger = logging.getLogger(__name__)


def index_update_enqueue(*, index_name: str, object_id: int, version: int | None = None) -> None:
    """Record that an object changed and queue the engine update after the transaction commits.

    The row keeps only the newest version, so a late, older event cannot win."""
    if get_client() is None:
        return
    version = version or event_version()
    with transaction.atomic():
        pending, created = PendingIndexUpdate.objects.select_for_update().get_or_create(
            index_name=index_name,
            object_id=object_id,
            defaults={"version": version},
        )
        if not created and version > pending.version:
            pending.version = version
            pending.save(update_fields=["version", "updated_at"])

    from portal.queueing import enqueue
    from search.tasks import apply_index_update

    # Broker down: the row above stays, and retry_pending_index_updates replays it.
    transaction.on_commit(lambda: enqueue(apply_index_update, index_name, object_id))


def index_update_apply(*, index_name: str, object_id: int) -> str:
    """Bring one object's index entry up to date; raises EngineUnavailable to be retried."""
    pending = PendingIndexUpdate.objects.filter(index_name=index_name, object_id=object_id).first()
    if pending is None:
        return "nothing pending"
    client = get_client()
    if client is None:
        pending.delete()
        return "search engine not configured"
    definition = DEFINITIONS[index_name]
    document = definition.document_for(object_id)
    try:
        targets = lifecycle.write_targets(client, definition)
        results = []
        for target in targets:
            if document is None:
                results.append(client.remove(target, str(object_id), pending.version))
            else:
                current = Document(
                    document.id, max(document.version, pending.version), document.body
                )
                results.append(client.put(target, current))
    except EngineUnavailable as error:
        PendingIndexUpdate.objects.filter(pk=pending.pk).update(
            attempts=F("attempts") + 1, last_error=str(error)[:1000]
        )
        raise
    # Only clear the row if no newer change arrived meanwhile.
    PendingIndexUpdate.objects.filter(pk=pending.pk, version=pending.version).delete()
    return ", ".join(results) or "no index yet"


def pending_updates_retry() -> int:
    """Queue every pending update again (beat runs this; the engine may be back)."""
    from search.tasks import apply_index_update

    count = 0
    for index_name, object_id in PendingIndexUpdate.objects.values_list("index_name", "object_id"):
        apply_index_update.delay(index_name, object_id)
        count += 1
    return count


# --- site search -------------------------------------------------------------------


@dataclass
class SearchHit:
    url: str
    title: str
    intro: str
    language: str  # the language the title and intro are shown in
    is_fallback: bool


@dataclass
class SearchOutcome:
    hits: list[SearchHit] = field(default_factory=list)
    total: int = 0
    degraded: bool = False  # the engine failed and the database answered instead


def site_search(*, text: str, language: str, offset: int = 0, size: int = 10) -> SearchOutcome:
    from portal import metrics

    client = get_client()
    with metrics.timed_search("site") as timing:
        if client is not None:
            try:
                return _engine_search(client, text, language, offset, size)
            except EngineUnavailable as error:
                logger.warning("search engine unavailable, using the database: %s", error)
                metrics.count_fallback("site")
                timing["backend"] = "database"
                outcome = _database_search(text, language, offset, size)
                outcome.degraded = True
                return outcome
        timing["backend"] = "database"
        return _database_search(text, language, offset, size)


def _engine_search(client, text, language, offset, size) -> SearchOutcome:
    alias = lifecycle.alias_name(client, DEFINITIONS["pages"])
    response = client.search(alias, query.page_search(text, language, offset=offset, size=size))
    outcome = SearchOutcome(total=response["hits"]["total"]["value"])
    for hit in response["hits"]["hits"]:
        source = hit["_source"]
        own = language in source.get("languages", [])
        shown = language if own and source.get(f"title_{language}") else query.FALLBACK_LANGUAGE
        outcome.hits.append(
            SearchHit(
                url=source.get(f"url_{language}") or "",
                title=source.get(f"title_{shown}") or source.get("title_nl", ""),
                intro=source.get(f"intro_{shown}") or source.get("intro_nl", ""),
                language=shown,
                is_fallback=not own,
            )
        )
    return outcome


def _database_search(text, language, offset, size) -> SearchOutcome:
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend

    from aanbod.models import OfferPage
    from portal.i18n import shown_language

    fallback = "database" if "database" in settings.WAGTAILSEARCH_BACKENDS else "default"
    backend = get_search_backend(fallback)
    # Offers have their own finder; the site search covers content pages, as the engine does.
    pages = Page.objects.live().public().filter(depth__gt=1).not_type(OfferPage)
    results = backend.search(text, pages)
    outcome = SearchOutcome(total=results.count())
    for page in results[offset : offset + size]:
        page = page.specific
        shown = shown_language(page, "title", language)
        outcome.hits.append(
            SearchHit(
                url=page.get_url(),
                title=page.title,
                intro=getattr(page, "intro", ""),
                language=shown,
                is_fallback=shown != language,
            )
        )
    return outcome
