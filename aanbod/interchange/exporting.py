"""An offer as one object of the interchange format (docs/offer-format.md), for export and API."""

from __future__ import annotations

import json

from aanbod.interchange.records import LANGUAGES
from aanbod.selectors import offers_for_export


def _texts(offer, field: str) -> dict[str, str]:
    texts = {}
    for language in LANGUAGES:
        value = getattr(offer, f"{field}_{language}", None)
        if value:
            texts[language] = value
    return texts


def _number(value):
    if value is None:
        return None
    return int(value) if value == int(value) else float(value)


def offer_to_interchange(offer) -> dict:
    """The offer in the exchange format; reading it back with the importer changes nothing."""
    organisation = offer.organisation
    location = None
    if offer.postcode or offer.location_name:
        location = {
            "name": offer.location_name,
            "street": offer.street,
            "postcode": offer.postcode,
            "municipality": offer.municipality.name_nl if offer.municipality_id else "",
            "lat": offer.latitude,
            "lon": offer.longitude,
        }
    return {
        "external_id": offer.external_id or str(offer.pk),
        "source": offer.source if offer.external_id else "wegwijs",
        "organisation": {
            "name": organisation.title_nl if organisation else "",
            "kind": organisation.kind if organisation else "organisation",
        },
        "offer_type": offer.offer_type,
        "title": _texts(offer, "title"),
        "summary": _texts(offer, "summary"),
        "description": _texts(offer, "description"),
        "themes": sorted(theme.slug for theme in offer.themes.all()),
        "dutch_levels": [level.code for level in offer.dutch_levels.all()],
        "low_literacy_friendly": offer.low_literacy_friendly,
        "format": offer.format,
        "location": location,
        "schedule": {
            "start_date": offer.start_date.isoformat() if offer.start_date else None,
            "end_date": offer.end_date.isoformat() if offer.end_date else None,
            "weekly": [
                {
                    "weekday": slot.weekday,
                    "start": slot.start.strftime("%H:%M"),
                    "end": slot.end.strftime("%H:%M"),
                }
                for slot in offer.weekly_slots.all()
            ],
            "dates": [row.date.isoformat() for row in offer.single_dates.all()],
        },
        "hours_total": _number(offer.hours_total),
        "counts_for_participation": offer.counts_for_participation,
        "cost": {
            "free": offer.cost_free,
            "amount_eur": _number(offer.cost_amount),
            "note": _texts(offer, "cost_note"),
        },
        "target_groups": sorted(group.slug for group in offer.target_groups.all()),
        "support_languages": offer.support_language_codes,
        "childcare": offer.childcare,
        "wheelchair_accessible": offer.wheelchair_accessible,
        "language_friendly_label": offer.language_friendly_label,
        "contact": {
            "email": offer.contact_email or None,
            "phone": offer.contact_phone or None,
            "url": offer.contact_url or None,
        },
        "registration": {
            "required": offer.registration_required,
            "url": offer.registration_url or None,
        },
        "valid_until": offer.valid_until.isoformat(),
    }


# --- Bulk export (manage.py export_offers) ---------------------------------------------------


def offers_export(
    stream, *, modified_since=None, include_expired: bool = False, progress=None
) -> int:
    """Write the offers as JSON Lines to the text `stream`, 500 at a time; returns the count.

    `progress(done, total)` is called every 1000 offers and at the end."""
    offers = offers_for_export(modified_since=modified_since, include_expired=include_expired)
    total = offers.count()
    done = 0
    for offer in offers.iterator(chunk_size=500):
        stream.write(json.dumps(offer_to_interchange(offer), ensure_ascii=False) + "\n")
        done += 1
        if progress is not None and done % 1000 == 0:
            progress(done, total)
    if progress is not None:
        progress(done, total)
    return done
