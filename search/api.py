"""The offer search endpoint of the open data API: GET /api/v1/offers/search."""

from __future__ import annotations

import datetime as dt

from django.http import HttpRequest
from django.utils import translation
from django.utils.translation import gettext
from ninja import Field, Query, Router, Schema, Status

from search.offers.results import OfferHit
from search.offers.service import error_messages, search_offers, validate_params

router = Router(tags=["search"])

BOOLEAN = "1/0 or true/false."


class OfferSearchQuery(Schema):
    """Documents the parameters; they are checked by search.offers.params, with a 400 and a
    message per parameter when wrong."""

    q: str | None = Field(None, description="Words to search for, in any language; typos allowed.")
    lang: str | None = Field(None, description="Language of the results: nl, en, fr, uk, ru, ar.")
    postcode: str | None = Field(None, description="Belgian postcode, e.g. 9000.")
    municipality: str | None = Field(None, description="Municipality in Dutch or French.")
    radius_km: str | None = Field(None, description="Distance around the place, 1-200 (10).")
    level: list[str] | None = Field(None, description="Dutch level A0-C1; repeat for more.")
    type: list[str] | None = Field(None, description="Offer type; repeat for more.")
    format: str | None = Field(None, description="in_person, online or blended.")
    weekday: str | None = Field(None, description="0 (Monday) to 6 (Sunday).")
    daypart: str | None = Field(None, description="morning, afternoon, evening or weekend.")
    free: str | None = Field(None, description=f"Free of charge: {BOOLEAN}")
    childcare: str | None = Field(None, description=f"Childcare: {BOOLEAN}")
    wheelchair: str | None = Field(None, description=f"Wheelchair accessible: {BOOLEAN}")
    language_friendly: str | None = Field(None, description=f"Language icon: {BOOLEAN}")
    low_literacy: str | None = Field(None, description=f"For people who read little: {BOOLEAN}")
    participation: str | None = Field(None, description=f"Counts for the 40 hours: {BOOLEAN}")
    support_language: str | None = Field(None, description="Another language spoken, e.g. uk.")
    target_group: str | None = Field(None, description="Target group code, e.g. parents.")
    theme: str | None = Field(None, description="Theme code, e.g. sport.")
    include_online: str | None = Field(None, description=f"Online offers near a place: {BOOLEAN}")
    date_from: str | None = Field(None, description="First day, YYYY-MM-DD.")
    date_to: str | None = Field(None, description="Last day, YYYY-MM-DD.")
    sort: str | None = Field(None, description="relevance (default), distance or next_date.")
    page: str | None = Field(None, description="Page number, from 1.")
    page_size: str | None = Field(None, description="Results per page, 1-100 (20).")


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


def _message_language(request: HttpRequest) -> str:
    """English for clients that ask for no language; otherwise what LocaleMiddleware chose."""
    return translation.get_language() if request.META.get("HTTP_ACCEPT_LANGUAGE") else "en"


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
    response={200: OfferSearchOut, 400: SearchErrorOut},
    summary="Search offers",
    description=(
        "Free text (typos allowed), place and radius, filters and facets. Facet counts ignore "
        "their own selection. When nothing matches, the search is loosened step by step: "
        "`relaxed` lists what changed and `relaxed_message` says it in plain words."
    ),
    operation_id="offers_search",
)
def offers_search(request: HttpRequest, filters: Query[OfferSearchQuery]):
    params, errors = validate_params(dict(request.GET.lists()))
    if errors:
        with translation.override(_message_language(request)):
            messages = error_messages(errors)
            detail = gettext(
                "Some parameters are not valid: %(names)s. See errors for how to fix them."
            ) % {"names": ", ".join(errors)}
        items = [
            {"field": name, "code": code, "message": messages[name]}
            for name, code in errors.items()
        ]
        return Status(400, {"detail": detail, "errors": items})
    result = search_offers(params, language=params.lang)
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
