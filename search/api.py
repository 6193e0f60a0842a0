"""The offer search endpoint of the open data API: GET /api/v1/offers/search."""

from __future__ import annotations

import datetime as dt

from django.http import HttpRequest
from django.utils import translation
from django.utils.translation import gettext
from ninja import Field, Query, Router, Schema, Status

from portal.i18n import api_message_language
from portal.ratelimit import over_request_limit, too_many_requests
from search.offers import params as vocab
from search.offers.results import OfferHit
from search.offers.service import error_messages, search_offers, validate_params

router = Router(tags=["search"])

BOOLEAN = "1/0 or true/false."
SLUG = r"^[a-z0-9][a-z0-9_-]{0,49}$"
WHOLE_1_TO_100 = r"^(100|[1-9][0-9]?)$"


def _param(description: str, **constraints):
    """An optional query parameter whose OpenAPI description states the values we accept in
    their canonical form. Only documented: search.offers.params checks them (with a 400 and a
    message per parameter), and it is kinder (any case, spaces, comma lists)."""

    def document(schema: dict) -> None:
        for branch in schema.get("anyOf", [schema]):
            if branch.get("type") == "string":
                branch.update(constraints)
            elif branch.get("type") == "array":
                branch["items"].update(constraints)

    return Field(None, description=description, json_schema_extra=document)


def _flag(description: str):
    return _param(f"{description}: {BOOLEAN}", enum=[*vocab.TRUE, *vocab.FALSE])


class OfferSearchQuery(Schema):
    """Documents the parameters; they are checked by search.offers.params, with a 400 and a
    message per parameter when wrong."""

    q: str | None = _param(
        "Words to search for, in any language; typos allowed.", maxLength=vocab.MAX_TEXT
    )
    lang: str | None = _param(
        "Language of the results: nl, en, fr, uk, ru, ar.", enum=list(vocab.LANGUAGES)
    )
    postcode: str | None = _param("Belgian postcode, e.g. 9000.", pattern=r"^[0-9]{4}$")
    municipality: str | None = _param("Municipality in Dutch or French.", maxLength=100)
    radius_km: str | None = _param(
        "Distance around the place, 1-200 (10).", pattern=r"^([1-9][0-9]?|1[0-9]{2}|200)$"
    )
    level: list[str] | None = _param("Dutch level A0-C1; repeat for more.", enum=list(vocab.LEVELS))
    type: list[str] | None = _param("Offer type; repeat for more.", enum=list(vocab.TYPES))
    format: str | None = _param("in_person, online or blended.", enum=list(vocab.FORMATS))
    weekday: str | None = _param("0 (Monday) to 6 (Sunday).", pattern=r"^[0-6]$")
    daypart: str | None = _param(
        "morning, afternoon, evening or weekend.", enum=list(vocab.DAYPARTS)
    )
    free: str | None = _flag("Free of charge")
    childcare: str | None = _flag("Childcare")
    wheelchair: str | None = _flag("Wheelchair accessible")
    language_friendly: str | None = _flag("Language icon")
    low_literacy: str | None = _flag("For people who read little")
    participation: str | None = _flag("Counts for the 40 hours")
    support_language: str | None = _param(
        "Another language spoken, e.g. uk.", pattern=r"^[a-z]{2,3}$"
    )
    target_group: str | None = _param("Target group code, e.g. parents.", pattern=SLUG)
    theme: str | None = _param("Theme code, e.g. sport.", pattern=SLUG)
    include_online: str | None = _flag("Online offers near a place")
    date_from: str | None = _param("First day, YYYY-MM-DD.", format="date")
    date_to: str | None = _param("Last day, YYYY-MM-DD.", format="date")
    sort: str | None = _param("relevance (default), distance or next_date.", enum=list(vocab.SORTS))
    page: str | None = _param(f"Page number, 1-{vocab.MAX_PAGE}.", pattern=WHOLE_1_TO_100)
    page_size: str | None = _param("Results per page, 1-100 (20).", pattern=WHOLE_1_TO_100)


class FacetValueOut(Schema):
    value: str
    label: str
    count: int
    selected: bool


class OfferSearchHitOut(Schema):
    id: int = Field(description="The offer's id in /api/v1/offers/{id}/.")
    external_id: str
    source: str
    title: str
    title_language: str = Field(description="The language the title is in.")
    summary: str
    url: str
    offer_type: str
    levels: list[str] = Field(description="Dutch levels; empty means all levels.")
    format: str
    municipality: str
    location_name: str
    lat: float | None
    lon: float | None
    distance_km: float | None = Field(description="From the given place; null without one.")
    next_dates: list[dt.date]
    free: bool
    cost: str


class OfferSearchOut(Schema):
    count: int
    page: int
    page_size: int
    results: list[OfferSearchHitOut]
    facets: dict[str, list[FacetValueOut]]
    suggestion: str | None = Field(description="A better spelling, only when we are sure.")
    relaxed: list[str] | None = Field(
        description="What we loosened because nothing matched, in order; null when nothing."
    )
    relaxed_message: str | None
    best_bet: OfferSearchHitOut | None


class SearchErrorItem(Schema):
    field: str
    code: str
    message: str


class SearchErrorOut(Schema):
    detail: str
    errors: list[SearchErrorItem]


def _hit_out(request: HttpRequest, hit: OfferHit) -> dict:
    return {
        "id": hit.page_id,
        "external_id": hit.external_id,
        "source": hit.source,
        "title": hit.title,
        "title_language": hit.title_language,
        "summary": hit.summary,
        "url": request.build_absolute_uri(hit.url) if hit.url else "",
        "offer_type": hit.offer_type,
        "levels": hit.levels,
        "format": hit.format,
        "municipality": hit.municipality,
        "location_name": hit.location_name,
        "lat": hit.lat,
        "lon": hit.lon,
        "distance_km": hit.distance_km,
        "next_dates": hit.next_dates,
        "free": hit.free,
        "cost": hit.cost_text,
    }


@router.get(
    "/offers/search",
    response={200: OfferSearchOut, 400: SearchErrorOut, 429: SearchErrorOut},
    summary="Search offers",
    description=(
        "Free text (typos allowed), place and radius, filters and facets. Facet counts ignore "
        "their own selection. When nothing matches, the search is loosened step by step: "
        "`relaxed` lists what changed and `relaxed_message` says it in plain words."
    ),
    operation_id="offers_search",
)
def offers_search(request: HttpRequest, filters: Query[OfferSearchQuery]):
    if over_request_limit(request, "search"):
        return too_many_requests(request)
    params, errors = validate_params(dict(request.GET.lists()))
    if errors:
        with translation.override(api_message_language(request)):
            messages = error_messages(errors)
            detail = gettext(
                "Some parameters are not valid: %(names)s. See errors for how to fix them."
            ) % {"names": ", ".join(errors)}
        items = [
            {"field": name, "code": code, "message": messages[name]}
            for name, code in errors.items()
        ]
        return Status(400, {"detail": detail, "errors": items})
    result = search_offers(params, language=params.lang, origin="api")
    return {
        "count": result.count,
        "page": result.page,
        "page_size": result.page_size,
        "results": [_hit_out(request, hit) for hit in result.hits],
        "facets": {
            name: [value.__dict__ for value in values] for name, values in result.facets.items()
        },
        "suggestion": result.suggestion,
        "relaxed": result.relaxed,
        "relaxed_message": result.relaxed_message,
        "best_bet": _hit_out(request, result.best_bet) if result.best_bet else None,
    }
