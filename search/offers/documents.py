"""The offer index definition: one document per live, public, not expired offer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from django.utils import timezone, translation

from aanbod import schedule as schedule_logic
from aanbod.models.derived import offer_plan_schedule, offer_schedule
from aanbod.selectors import offer_list_public
from search.client import Document
from search.indexes import IndexDefinition, event_version
from search.offers.editorial import synonym_rules
from search.offers.mapping import LANGUAGES, offers_index_body

NEXT_DATES = 5
OCCURRENCE_DAYS = 183  # the date filter looks this far ahead


def _public_offers():
    return offer_list_public().prefetch_related(
        "themes", "target_groups", "weekly_slots", "single_dates"
    )


def _occurrences(offer, now: dt.datetime) -> tuple[list[dt.date], list[dt.date], str | None]:
    """(next dates, every date in the window, next start) from the offer's schedule."""
    schedule = offer_schedule(offer)
    if schedule.is_empty:
        return [], [], None
    found = schedule_logic.next_occurrences(schedule, after=now, limit=OCCURRENCE_DAYS)
    horizon = now.date() + dt.timedelta(days=OCCURRENCE_DAYS)
    days = sorted({occurrence.day for occurrence in found if occurrence.day <= horizon})
    next_start = found[0].start.isoformat() if found else None
    return days[:NEXT_DATES], days, next_start


def offer_document(offer, *, now: dt.datetime | None = None) -> Document:
    now = timezone.localtime(now)
    next_dates, all_dates, next_start = _occurrences(offer, now)
    municipality = offer.municipality
    levels = sorted(level.code for level in offer.dutch_levels.all()) or ["all"]
    body = {
        "page_id": offer.pk,
        "external_id": offer.external_id,
        "source": offer.source if offer.external_id else "wegwijs",
        "offer_type": offer.offer_type,
        "levels": levels,
        "format": offer.format,
        "weekdays": list(offer.weekdays or []),
        "day_parts": list(offer.day_parts or []),
        "next_start": next_start,
        "next_dates": [day.isoformat() for day in next_dates],
        "occurrence_dates": [day.isoformat() for day in all_dates],
        "has_schedule": bool(all_dates),
        "free": offer.cost_free,
        "cost_amount": float(offer.cost_amount) if offer.cost_amount is not None else None,
        "childcare": offer.childcare,
        "wheelchair": offer.wheelchair_accessible,
        "language_friendly": offer.language_friendly_label,
        "low_literacy": offer.low_literacy_friendly,
        "participation": offer.counts_for_participation,
        "plan": offer_plan_schedule(offer),  # stored only, for "Add to My 40 hours"
        "support_languages": offer.support_language_codes,
        "target_groups": sorted(group.slug for group in offer.target_groups.all()),
        "themes": sorted(theme.slug for theme in offer.themes.all()),
        "last_checked": offer.last_checked.isoformat() if offer.last_checked else None,
        "valid_until": offer.valid_until.isoformat(),
        "municipality_nis": municipality.nis if municipality else None,
        "municipality_name": municipality.name_nl if municipality else "",
        "municipality_fr": municipality.name_fr if municipality else "",
        "postcode": offer.postcode,
        "location_name": offer.location_name,
        "place_text": " ".join(
            dict.fromkeys(
                part
                for part in (
                    offer.postcode,
                    municipality.name_nl if municipality else "",
                    municipality.name_fr if municipality else "",
                )
                if part
            )
        ),
        "title_exact": offer.title_nl or offer.title,
        "languages": [],
    }
    if offer.latitude is not None and offer.longitude is not None and offer.format != "online":
        body["location"] = {"lat": offer.latitude, "lon": offer.longitude}
    suggest = []
    for language in LANGUAGES:
        title = getattr(offer, f"title_{language}", None) or ""
        summary = getattr(offer, f"summary_{language}", None) or ""
        body[f"title_{language}"] = title
        body[f"summary_{language}"] = summary
        body[f"description_{language}"] = getattr(offer, f"description_{language}", None) or ""
        body[f"cost_note_{language}"] = getattr(offer, f"cost_note_{language}", None) or ""
        if title or summary:
            body["languages"].append(language)
        if title:
            suggest.append(title)
        with translation.override(language):
            body[f"url_{language}"] = offer.get_url()
    body["suggest"] = {"input": list(dict.fromkeys(suggest))}
    version = event_version(offer.last_published_at or now)
    return Document(id=str(offer.pk), version=version, body=body)


def _all_offer_documents() -> Iterator[Document]:
    now = timezone.localtime()
    for offer in _public_offers().iterator(chunk_size=500):
        yield offer_document(offer, now=now)


def _offer_document_for(page_id: int) -> Document | None:
    offer = _public_offers().filter(pk=page_id).first()
    return offer_document(offer) if offer is not None else None


def _body() -> dict:
    return offers_index_body(synonym_rules())


OFFERS = IndexDefinition(
    name="offers",
    model="aanbod.models.OfferPage",
    body=_body,
    documents=_all_offer_documents,
    document_for=_offer_document_for,
)
