"""Turn offers (model rows or engine documents) into OfferHits in the visitor's language."""

from __future__ import annotations

import datetime as dt
import math

from django.utils import formats, timezone, translation
from django.utils.translation import gettext

from aanbod import schedule as schedule_logic
from aanbod.models.derived import offer_plan_schedule, offer_schedule
from search.offers.results import OfferHit

NEXT_DATES = 5


def distance_km(point: tuple[float, float] | None, lat, lon) -> float | None:
    """Great-circle distance, rounded to 100 m; None without both points."""
    if point is None or lat is None or lon is None:
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (point[0], point[1], lat, lon))
    a = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return round(6371.0 * 2 * math.asin(math.sqrt(min(1.0, a))), 1)


def cost_text(free: bool, amount, note: str) -> str:
    if free:
        text = gettext("Free")
    elif amount is not None:
        text = "€ " + formats.number_format(amount, 2, use_l10n=True)
    else:
        text = gettext("Not free")
    return f"{text}. {note}" if note else text


def _shown(values: dict, field: str, language: str) -> tuple[str, str]:
    own = values.get(f"{field}_{language}") or ""
    if own:
        return own, language
    return values.get(f"{field}_nl") or "", "nl"


def _plan(schedule: dict | None, page_id: int, title: str, url: str | None) -> dict | None:
    """The facts for "Add to My 40 hours" (aanbod's offer_plan_facts), or None."""
    if not schedule:
        return None
    return {"id": page_id, "title": title, "url": url or "", **schedule}


def hit_from_source(source: dict, *, language: str, point) -> OfferHit:
    title, title_language = _shown(source, "title", language)
    summary, summary_language = _shown(source, "summary", language)
    note, _ = _shown(source, "cost_note", language)
    location = source.get("location") or {}
    lat, lon = location.get("lat"), location.get("lon")
    return OfferHit(
        page_id=source["page_id"],
        external_id=source.get("external_id") or "",
        source=source.get("source") or "wegwijs",
        title=title,
        summary=summary,
        url=source.get(f"url_{language}") or "",
        offer_type=source.get("offer_type") or "",
        levels=[level for level in source.get("levels", []) if level != "all"],
        format=source.get("format") or "",
        municipality=source.get("municipality_name") or "",
        location_name=source.get("location_name") or "",
        lat=lat,
        lon=lon,
        distance_km=distance_km(point, lat, lon),
        next_dates=[dt.date.fromisoformat(day) for day in source.get("next_dates", [])],
        free=bool(source.get("free")),
        cost_text=cost_text(bool(source.get("free")), source.get("cost_amount"), note),
        title_language=title_language,
        summary_language=summary_language,
        weekdays=list(source.get("weekdays") or []),
        day_parts=list(source.get("day_parts") or []),
        postcode=source.get("postcode") or "",
        plan=_plan(source.get("plan"), source["page_id"], title, source.get(f"url_{language}")),
    )


def next_dates_of(offer, now=None) -> list[dt.date]:
    found = schedule_logic.next_occurrences(
        offer_schedule(offer), after=timezone.localtime(now), limit=NEXT_DATES * 3
    )
    return list(dict.fromkeys(occurrence.day for occurrence in found))[:NEXT_DATES]


def hit_from_offer(offer, *, language: str, point) -> OfferHit:
    values = {}
    for code in (language, "nl"):
        for field in ("title", "summary", "cost_note"):
            values[f"{field}_{code}"] = getattr(offer, f"{field}_{code}", None) or ""
    title, title_language = _shown(values, "title", language)
    summary, summary_language = _shown(values, "summary", language)
    note, _ = _shown(values, "cost_note", language)
    online = offer.format == "online"
    lat = None if online else offer.latitude
    lon = None if online else offer.longitude
    with translation.override(language):
        url = offer.get_url()
    return OfferHit(
        page_id=offer.pk,
        external_id=offer.external_id,
        source=offer.source if offer.external_id else "wegwijs",
        title=title,
        summary=summary,
        url=url or "",
        offer_type=offer.offer_type,
        levels=sorted(level.code for level in offer.dutch_levels.all()),
        format=offer.format,
        municipality=offer.municipality.name_nl if offer.municipality else "",
        location_name=offer.location_name,
        lat=lat,
        lon=lon,
        distance_km=distance_km(point, lat, lon),
        next_dates=next_dates_of(offer),
        free=offer.cost_free,
        cost_text=cost_text(offer.cost_free, offer.cost_amount, note),
        title_language=title_language,
        summary_language=summary_language,
        weekdays=list(offer.weekdays or []),
        day_parts=list(offer.day_parts or []),
        postcode=offer.postcode,
        plan=_plan(offer_plan_schedule(offer), offer.pk, title, url),
    )
