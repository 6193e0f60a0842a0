"""Workflows of the legal section: the case-law search with its database fallback."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Q

from portal.registries import engine_searches
from portal.search_fallback import engine_or_database
from vreemdelingenrecht.filters import RulingFilters
from vreemdelingenrecht.models import RulingPage
from vreemdelingenrecht.selectors import ruling_list

# The name under which search registers its engine search; without one the database answers.
ENGINE_SEARCH = "rulings"


@dataclass
class RulingResults:
    rulings: list[RulingPage] = field(default_factory=list)
    total: int = 0
    backend: str = "database"  # "engine" or "database"
    degraded: bool = False  # the engine failed and the database answered


def ruling_search(
    filters: RulingFilters, *, language: str, offset: int = 0, size: int = 20
) -> RulingResults:
    """The case-law listing: the engine when configured, the database otherwise or when the
    engine fails. Both give the same rulings in the same order (newest first)."""
    factory = engine_searches.get(ENGINE_SEARCH)
    engine_ids = factory(filters, language=language, offset=offset, size=size) if factory else None
    outcome = engine_or_database(
        "rulings",
        _engine_results(engine_ids) if engine_ids is not None else None,
        lambda: ruling_search_database(filters, language=language, offset=offset, size=size),
    )
    outcome.result.degraded = outcome.degraded
    return outcome.result


def _engine_results(engine_ids: Callable[[], tuple[list[int], int]]) -> Callable[[], RulingResults]:
    def run() -> RulingResults:
        ids, total = engine_ids()
        pages = {page.pk: page for page in ruling_list().filter(pk__in=ids)}
        return RulingResults([pages[pk] for pk in ids if pk in pages], total, "engine")

    return run


def _text_condition(word: str) -> Q:
    """A word in a title or summary of any language, the ECLI or the role number."""
    condition = Q(ecli__icontains=word) | Q(role_number__icontains=word)
    for code, _name in settings.LANGUAGES:
        for name in ("title", "intro"):
            condition |= Q(**{f"{name}_{code}__icontains": word})
    return condition


def ruling_search_database(
    filters: RulingFilters, *, language: str, offset: int = 0, size: int = 20
) -> RulingResults:
    rulings = ruling_list()
    if filters.ecli:
        rulings = rulings.filter(ecli=filters.ecli)
    else:
        for word in filters.words:
            rulings = rulings.filter(_text_condition(word))
    if filters.court:
        rulings = rulings.filter(court=filters.court)
    if filters.year:
        rulings = rulings.filter(decision_date__year=filters.year)
    if filters.topic:
        rulings = rulings.filter(topics__slug=filters.topic)
    rulings = rulings.distinct()
    total = rulings.count()
    return RulingResults(list(rulings[offset : offset + size]), total, "database")
