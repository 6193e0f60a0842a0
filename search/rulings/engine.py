"""The case-law search on the engine, which vreemdelingenrecht asks for by name through
portal.registries.engine_searches ("rulings"); the database path stays with vreemdelingenrecht."""

from __future__ import annotations

from collections.abc import Callable

from django.utils import translation

from search import lifecycle
from search.client import get_client
from search.rulings.documents import RULINGS
from search.rulings.query_body import ruling_query_body
from vreemdelingenrecht.filters import RulingFilters


def rulings_engine_search(
    filters: RulingFilters, *, language: str, offset: int, size: int
) -> Callable[[], tuple[list[int], int]] | None:
    """The engine search for these filters, ready to run, or None when search runs on the
    database. Running it gives ruling ids (newest first) and the total, or raises
    EngineUnavailable / SearchFailed."""
    client = get_client()
    if client is None:
        return None
    alias = lifecycle.alias_name(client, RULINGS)

    def run() -> tuple[list[int], int]:
        body = ruling_query_body(filters, language, offset=offset, size=size)
        with translation.override(language):
            response = client.search(alias, body)
        ids = [int(hit["_source"]["ruling_id"]) for hit in response["hits"]["hits"]]
        return ids, int(response["hits"]["total"]["value"])

    return run
