"""What follows from an offer's own fields: its schedule, derived filter fields and findability."""

# The model layer: OfferPage.save() and the bulk import fill the derived fields from here, so
# nothing below aanbod.models has to import services or selectors (architecture.md, layers).

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from aanbod import schedule as schedule_logic
from aanbod.checklist import TRANSLATION_LANGUAGES, OfferFacts, findability_gaps
from portal.models import Postcode


def offer_schedule(offer) -> schedule_logic.Schedule:
    """The pure Schedule of an offer, from its (possibly unsaved) inline rows."""
    slots = tuple(
        schedule_logic.WeeklySlot(slot.weekday, slot.start, slot.end)
        for slot in offer.weekly_slots.all()
        if slot.start and slot.end and slot.end > slot.start
    )
    dates = tuple(sorted({row.date for row in offer.single_dates.all() if row.date}))
    start, end = offer.start_date, offer.end_date
    if start and end and end < start:
        start, end = end, start
    return schedule_logic.Schedule(start_date=start, end_date=end, weekly=slots, dates=dates)


def offer_refresh_derived(offer) -> None:
    """Fill the filterable fields (weekdays, day parts, next occurrence, place, organisation)."""
    schedule = offer_schedule(offer)
    offer.weekdays = sorted(schedule_logic.weekdays(schedule))
    offer.day_parts = sorted(schedule_logic.day_parts(schedule))
    upcoming = schedule_logic.next_occurrences(schedule, after=timezone.localtime(), limit=1)
    offer.next_occurrence = _aware(upcoming[0].start) if upcoming else None
    if offer.valid_until:
        # Wagtail's scheduled publishing takes the offer off the site after its last valid day.
        next_day = offer.valid_until + dt.timedelta(days=1)
        offer.expire_at = timezone.make_aware(dt.datetime.combine(next_day, dt.time.min))
    if offer.postcode and (offer.latitude is None or offer.municipality_id is None):
        place_fill_from_postcode(offer)
    if offer.pk or offer.path:
        parent = offer.get_parent() if offer.path else None
        if parent is not None and parent.specific_class.__name__ == "OrganisationPage":
            offer.organisation_id = parent.pk


def _aware(value):
    if isinstance(value, dt.datetime):
        return timezone.make_aware(value) if timezone.is_naive(value) else value
    return timezone.make_aware(dt.datetime.combine(value, dt.time.min))


def place_fill_from_postcode(offer) -> None:
    rows = Postcode.objects.filter(code=offer.postcode).select_related("municipality")
    if offer.municipality_id:
        rows = rows.filter(municipality_id=offer.municipality_id) or rows
    place = rows.first()
    if place is None:
        return
    if offer.municipality_id is None:
        offer.municipality = place.municipality
    if offer.latitude is None or offer.longitude is None:
        offer.latitude, offer.longitude = place.latitude, place.longitude


def offer_findability_gaps(offer) -> list[str]:
    facts = OfferFacts(
        has_dutch_levels=bool(list(offer.dutch_levels.all())),
        all_levels_confirmed=False,
        has_schedule=not offer_schedule(offer).is_empty,
        has_summary=bool(offer.summary_nl),
        translated_languages=frozenset(
            code for code in TRANSLATION_LANGUAGES if getattr(offer, f"summary_{code}", "")
        ),
        needs_place=offer.format != "online",
        has_place=bool(offer.postcode or offer.municipality_id),
        has_contact=bool(offer.contact_email or offer.contact_phone or offer.contact_url),
        has_themes=bool(list(offer.themes.all())),
    )
    return findability_gaps(facts)


def offer_plan_schedule(offer) -> dict | None:
    """What the 40-hour planner needs of an offer that counts for participation (else None),
    the same in every language: hours, weekly slots, first and last day, single dates."""
    if not offer.counts_for_participation:
        return None
    return {
        "hours": float(offer.hours_total) if offer.hours_total is not None else None,
        "weekly": [
            [slot.weekday, slot.start.strftime("%H:%M"), slot.end.strftime("%H:%M")]
            for slot in offer.weekly_slots.all()
        ],
        "start": offer.start_date.isoformat() if offer.start_date else None,
        "end": offer.end_date.isoformat() if offer.end_date else None,
        "dates": [day.date.isoformat() for day in offer.single_dates.all()],
    }


def offer_plan_facts(offer) -> dict | None:
    """offer_plan_schedule with the id, the title and the URL in the active language: the
    facts the planner's buttons carry (docs/inburgering.md)."""
    schedule = offer_plan_schedule(offer)
    if schedule is None:
        return None
    return {"id": offer.pk, "title": offer.title, "url": offer.get_url() or "", **schedule}
