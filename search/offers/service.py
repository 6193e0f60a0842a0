"""The offer search workflow shared by the finder page and the API: place, engine or database,
the relaxation ladder, facets with labels, best bets and suggestions."""

from __future__ import annotations

from django.dispatch import Signal
from django.utils import translation
from django.utils.translation import gettext

from portal.search_fallback import engine_or_database
from search.client import get_client
from search.offers import facet_cache, labels
from search.offers.database import DatabaseBackend
from search.offers.editorial import best_bet_offer_id
from search.offers.engine import EngineBackend
from search.offers.params import OfferSearchParams, parse_params, to_query_string
from search.offers.relax import SearchPlan, relaxations
from search.offers.results import FACETS, FacetValue, OfferHit, OfferSearchResult

__all__ = [
    "FacetValue",
    "OfferHit",
    "OfferSearchParams",
    "OfferSearchResult",
    "error_messages",
    "parse_params",
    "place_point",
    "search_offers",
    "suggest_offers",
    "to_query_string",
    "validate_params",
]


def place_point(params: OfferSearchParams) -> tuple[float, float] | None:
    """The point of the postcode or municipality (Dutch or French name), or None."""
    return facet_cache.place_point(params.place) if params.has_place else None


def validate_params(query) -> tuple[OfferSearchParams, dict[str, str]]:
    """parse_params plus the checks that need the database: does the place exist?"""
    params, errors = parse_params(query)
    if params.postcode and "postcode" not in errors and place_point(params) is None:
        errors["postcode"] = "unknown_place"
    elif params.municipality and not params.postcode and place_point(params) is None:
        errors["municipality"] = "unknown_place"
    return params, errors


def error_messages(errors: dict[str, str]) -> dict[str, str]:
    """Plain, translated messages (in the active language) for parse_params error codes."""
    return {name: labels.error_message(name, code) for name, code in errors.items()}


# Sent when a visitor's search (finder or API, named by `origin`) completes, with `params`,
# `result` and `language`; search.demand records it. Sent robustly: a receiver never fails it.
search_completed = Signal()


def _engine_backend() -> EngineBackend | None:
    client = get_client()
    return EngineBackend(client) if client is not None else None


def search_offers(
    params: OfferSearchParams, *, language: str, origin: str = ""
) -> OfferSearchResult:
    """Search; when nothing matches, loosen step by step and say what changed. The engine
    answers when configured; when it fails, the database does. A visitor's search names its
    `origin` ("finder", "api"); saved-search alerts and feeds pass none and are not counted."""
    point = place_point(params)
    engine = _engine_backend()

    def run(backend) -> OfferSearchResult:
        with translation.override(language):
            return _search(backend, params, language, point)

    result = engine_or_database(
        "offers",
        (lambda: run(engine)) if engine is not None else None,
        lambda: run(DatabaseBackend()),
        engine_name=EngineBackend.name,
    ).result
    if origin:
        search_completed.send_robust(
            sender=OfferSearchResult, params=params, result=result, language=language, origin=origin
        )
    return result


def _search(backend, params, language, point) -> OfferSearchResult:
    if point is None and params.has_place:
        # An unknown place is left out (the API reports it as an error before this).
        params = params.with_changes(postcode="", municipality="", radius_km=None)
    plan = SearchPlan(params)
    outcome = backend.search(plan, language=language, point=point, suggest=True)
    suggestion = outcome.suggestion
    relaxed: list[str] = []
    if outcome.count == 0:
        for code, looser in relaxations(plan):
            relaxed.append(code)
            attempt = backend.search(looser, language=language, point=point)
            if attempt.count:
                outcome, plan = attempt, looser
                break
        else:
            relaxed = []
    best_bet = None
    if params.q and params.page == 1:
        offer_id = best_bet_offer_id(params.q)
        if offer_id is not None:
            best_bet = backend.hit(offer_id, language=language, point=point)
    return OfferSearchResult(
        count=outcome.count,
        hits=outcome.hits,
        facets=_facets(outcome.facets, plan.params),
        suggestion=suggestion,
        relaxed=relaxed or None,
        relaxed_message=relaxed_message(params, relaxed) if relaxed else None,
        best_bet=best_bet,
        engine=backend.name,
        place_found=point is not None or not (plan.params.has_place or params.has_place),
        page=params.page,
        page_size=params.page_size,
    )


def _selected(params: OfferSearchParams, name: str) -> set[str]:
    if name == "type":
        return set(params.types)
    if name == "level":
        return set(params.levels)
    if name == "weekday":
        return {str(params.weekday)} if params.weekday is not None else set()
    value = getattr(params, labels.PARAM_OF_FACET.get(name, name))
    if isinstance(value, bool):
        return {"true" if value else "false"}
    return {value} if value else set()


def _facets(counts: dict[str, dict[str, int]], params: OfferSearchParams):
    facets: dict[str, list[FacetValue]] = {}
    for name in FACETS:
        tally = counts.get(name, {})
        selected = _selected(params, name)
        fixed = labels.fixed_values(name)
        if fixed is not None:
            values = list(fixed)
        else:
            values = sorted(set(tally) | selected, key=lambda value: (-tally.get(value, 0), value))
        named = labels.facet_labels(name, values)
        facets[name] = [
            FacetValue(
                value=value,
                label=str(named.get(value, value)),
                count=tally.get(value, 0),
                selected=value in selected,
            )
            for value in values
        ]
    return facets


def relaxed_message(params: OfferSearchParams, codes: list[str]) -> str:
    """One plain sentence about what we could not find, one about each change."""
    lead = gettext("We found nothing that matches all your choices.")
    return " ".join([lead, *(labels.relaxation_sentence(code, params) for code in codes)])


def suggest_offers(prefix: str, *, language: str, limit: int = 8) -> list[str]:
    """Offer titles that start like `prefix` (as you type); empty for under two letters."""
    prefix = " ".join(prefix.split())[:100]
    if len(prefix) < 2:
        return []
    limit = max(1, min(limit, 20))
    engine = _engine_backend()

    def run(backend) -> list[str]:
        with translation.override(language):
            return backend.suggest(prefix, limit=limit)

    return engine_or_database(
        "offer_suggestions",
        (lambda: run(engine)) if engine is not None else None,
        lambda: run(DatabaseBackend()),
        engine_name=EngineBackend.name,
    ).result
