"""Search workflows: apply a queued index update, and the site search with its fallback."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import F
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from aanbod.models import OfferPage
from portal.i18n import shown_language
from portal.search_fallback import engine_or_database
from search import lifecycle
from search.client import Document, EngineUnavailable, get_client
from search.indexes import index_definitions
from search.models import PendingIndexUpdate
from search.pages import query_body
from search.pages.documents import PAGES


def index_update_apply(*, index_name: str, object_id: int) -> str:
    """Bring one object's index entry up to date; raises EngineUnavailable to be retried."""
    pending = PendingIndexUpdate.objects.filter(index_name=index_name, object_id=object_id).first()
    if pending is None:
        return "nothing pending"
    client = get_client()
    if client is None:
        pending.delete()
        return "search engine not configured"
    definition = index_definitions[index_name]
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
    client = get_client()
    outcome = engine_or_database(
        "site",
        (lambda: _engine_search(client, text, language, offset, size)) if client else None,
        lambda: _database_search(text, language, offset, size),
    )
    outcome.result.degraded = outcome.degraded
    return outcome.result


def _engine_search(client, text, language, offset, size) -> SearchOutcome:
    alias = lifecycle.alias_name(client, PAGES)
    body = query_body.page_query_body(text, language, offset=offset, size=size)
    response = client.search(alias, body)
    outcome = SearchOutcome(total=response["hits"]["total"]["value"])
    for hit in response["hits"]["hits"]:
        source = hit["_source"]
        own = language in source.get("languages", [])
        shown = (
            language if own and source.get(f"title_{language}") else query_body.FALLBACK_LANGUAGE
        )
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
