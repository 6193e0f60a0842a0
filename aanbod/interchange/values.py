"""What an import line wants an offer to hold, and what it holds now, in one comparable form.

Equal values mean "unchanged": the importer then writes nothing for that line.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from django.db.models import QuerySet

from aanbod.interchange.records import LANGUAGES, OfferRecord
from aanbod.models import OfferDate, OfferPage, OfferWeeklySlot
from aanbod.selectors import PlaceIndex

TEXT_FIELDS = ("title", "summary", "description", "cost_note")
TEXT_COLUMNS = tuple(f"{name}_{language}" for name in TEXT_FIELDS for language in LANGUAGES)
PLAIN_FIELDS = (
    "offer_type", "format", "low_literacy_friendly", "location_name", "street", "postcode",
    "municipality_id", "latitude", "longitude", "start_date", "end_date", "hours_total",
    "counts_for_participation", "cost_free", "cost_amount", "childcare", "wheelchair_accessible",
    "language_friendly_label", "contact_email", "contact_phone", "contact_url",
    "registration_required", "registration_url", "valid_until",
)  # fmt: skip
TERMS = {"themes": "slug", "target_groups": "slug", "dutch_levels": "code"}


def offer_values(record: OfferRecord, places: PlaceIndex) -> dict:
    """What the offer's fields and relations should hold, in the form _existing() reads."""
    texts = {"title": record.title, "summary": record.summary}
    texts.update(description=record.description, cost_note=record.cost.note)
    values = {
        f"{name}_{language}": (text.get(language) if text else None) or ""
        for name, text in texts.items()
        for language in LANGUAGES
    }
    place, schedule, cost = record.location, record.schedule, record.cost
    contact, registration = record.contact, record.registration
    values.update(
        offer_type=record.offer_type, format=record.format,
        low_literacy_friendly=record.low_literacy_friendly,
        location_name=place.name if place else "", street=place.street if place else "",
        postcode=place.postcode if place else "",
        municipality_id=places.municipality(place.postcode, place.municipality) if place else None,
        latitude=place.lat if place else None, longitude=place.lon if place else None,
        start_date=schedule.start_date, end_date=schedule.end_date,
        hours_total=record.hours_total, counts_for_participation=record.counts_for_participation,
        cost_free=cost.free, cost_amount=cost.amount_eur, childcare=record.childcare,
        wheelchair_accessible=record.wheelchair_accessible,
        language_friendly_label=record.language_friendly_label,
        contact_email=contact.email or "", contact_phone=contact.phone or "",
        contact_url=contact.url or "", registration_required=registration.required,
        registration_url=registration.url or "", valid_until=record.valid_until,
        support_languages=tuple(record.support_languages), themes=frozenset(record.themes),
        target_groups=frozenset(record.target_groups), dutch_levels=frozenset(record.dutch_levels),
        weekly_slots=tuple(sorted((s.weekday, s.start, s.end) for s in schedule.weekly)),
        single_dates=tuple(sorted(schedule.dates)),
        organisation=record.organisation.name.casefold(),
    )  # fmt: skip
    return values


def _related_values(pks: list[int]) -> dict[str, defaultdict]:
    """Term slugs/codes, weekly slots and single dates per offer pk, in five light queries."""
    related = {name: defaultdict(list) for name in (*TERMS, "weekly_slots", "single_dates")}
    for name, attribute in TERMS.items():
        field = OfferPage._meta.get_field(name)
        rows = field.remote_field.through.objects.filter(
            **{f"{field.m2m_field_name()}_id__in": pks}
        )
        columns = (f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}__{attribute}")
        for pk, value in rows.values_list(*columns):
            related[name][pk].append(value)
    slots = OfferWeeklySlot.objects.filter(offer_id__in=pks)
    for pk, *slot in slots.values_list("offer_id", "weekday", "start", "end"):
        related["weekly_slots"][pk].append(tuple(slot))
    for pk, day in OfferDate.objects.filter(offer_id__in=pks).values_list("offer_id", "date"):
        related["single_dates"][pk].append(day)
    return related


def offers_current_values(querysets: Iterable[QuerySet]) -> Iterator[tuple[dict, dict]]:
    """(row, values) per offer: the values in offer_values' form, without the organisation."""
    fields = ("pk", "path", "source", "external_id", "support_languages")
    rows = [row for qs in querysets for row in qs.values(*fields, *TEXT_COLUMNS, *PLAIN_FIELDS)]
    related = _related_values([row["pk"] for row in rows])
    for row in rows:
        pk = row["pk"]
        values = {name: row[name] or "" for name in TEXT_COLUMNS}
        values.update({name: row[name] for name in PLAIN_FIELDS})
        codes = (code.strip() for code in row["support_languages"].split(","))
        values["support_languages"] = tuple(code for code in codes if code)
        values.update({name: frozenset(related[name][pk]) for name in TERMS})
        values["weekly_slots"] = tuple(sorted(related["weekly_slots"][pk]))
        values["single_dates"] = tuple(sorted(related["single_dates"][pk]))
        yield row, values
