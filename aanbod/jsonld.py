"""schema.org JSON-LD for one offer: a Course for courses, an Event or EventSeries for the rest.

Texts come in the requested language with Dutch as the fallback. Apart from the offer's own
relations (organisation, municipality, themes, target groups, levels, slots, dates) and the page
URL, nothing is read from the database. Render it with `{% offer_jsonld offer %}`
(aanbod/templatetags/aanbod_tags.py); portal_tags.jsonld_script escapes it for a <script> element.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.utils import translation

from aanbod.choices import Format, OfferType
from aanbod.interchange.records import LANGUAGES

SCHEMA = "https://schema.org/"
COURSE_TYPES = {OfferType.COURSE_NT2, OfferType.COURSE_MO}
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
COURSE_MODES = {Format.IN_PERSON: "onsite", Format.ONLINE: "online", Format.BLENDED: "blended"}
ATTENDANCE_MODES = {
    Format.IN_PERSON: SCHEMA + "OfflineEventAttendanceMode",
    Format.ONLINE: SCHEMA + "OnlineEventAttendanceMode",
    Format.BLENDED: SCHEMA + "MixedEventAttendanceMode",
}
TIME_ZONE = "Europe/Brussels"


def offer_jsonld(offer, *, language: str, request=None) -> dict:
    """The offer as one schema.org object (a dict ready for json.dumps)."""
    language = language if language in LANGUAGES else "nl"
    with translation.override(language):
        url = offer.get_full_url(request)
    name = _text(offer, "title", language)
    common = {
        "name": name,
        "description": _first_text(offer, ("description", "summary"), language),
        "url": url,
        "inLanguage": "nl",
        "isAccessibleForFree": offer.cost_free,
        "offers": _offer(offer, url),
        "audience": [
            {"@type": "Audience", "audienceType": _text(group, "name", language) or group.slug}
            for group in offer.target_groups.all()
        ],
        "keywords": ", ".join(
            sorted(_text(theme, "name", language) or theme.slug for theme in offer.themes.all())
        ),
    }
    organisation = _organisation(offer, language)
    location = _location(offer, language, url)
    schedules = _schedules(offer)
    single_dates = _single_dates(offer, name, location)

    if offer.offer_type in COURSE_TYPES:
        common["offers"]["category"] = "Free" if offer.cost_free else "Paid"
        instance = {
            "@type": "CourseInstance",
            "courseMode": COURSE_MODES.get(offer.format, "onsite"),
            "location": location,
            "startDate": _iso(offer.start_date),
            "endDate": _iso(offer.end_date),
            "courseSchedule": schedules,
            "courseWorkload": _duration(offer.hours_total),
            "subEvent": single_dates,
        }
        data = {
            "@context": "https://schema.org",
            "@type": "Course",
            **common,
            "provider": organisation,
            "educationalLevel": [level.code for level in offer.dutch_levels.all()],
            "hasCourseInstance": [_compact(instance)],
        }
    else:
        one_day = len(single_dates) == 1 and not schedules
        event = {
            "@context": "https://schema.org",
            "@type": "Event" if one_day or not (schedules or single_dates) else "EventSeries",
            **common,
            "organizer": organisation,
            "eventStatus": SCHEMA + "EventScheduled",
            "eventAttendanceMode": ATTENDANCE_MODES.get(offer.format),
            "location": location,
        }
        if one_day:
            event["startDate"] = event["endDate"] = single_dates[0]["startDate"]
        else:
            dates = [row["startDate"] for row in single_dates]
            event["startDate"] = _iso(offer.start_date) or (min(dates) if dates else None)
            event["endDate"] = _iso(offer.end_date) or (max(dates) if dates else None)
            event["eventSchedule"] = schedules
            event["subEvent"] = single_dates
        data = event
    return _compact(data)


def _text(obj, field: str, language: str) -> str:
    """The field in `language`, else in Dutch (modeltranslation's `<field>_<code>` columns)."""
    value = getattr(obj, f"{field}_{language}", None) or getattr(obj, f"{field}_nl", None)
    return value or getattr(obj, field, "") or ""


def _first_text(obj, fields: tuple[str, ...], language: str) -> str:
    """The first of `fields` with text in `language`, else the first with Dutch text."""
    for code in (language, "nl"):
        for field in fields:
            value = getattr(obj, f"{field}_{code}", None)
            if value:
                return value
    return ""


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == int(value) else float(value)


def _duration(hours: Decimal | None) -> str | None:
    """ISO 8601 duration of a number of hours: 40 -> PT40H, 1.5 -> PT1H30M."""
    if hours is None:
        return None
    minutes = round(hours * 60)
    whole, rest = divmod(minutes, 60)
    return "PT" + (f"{whole}H" if whole else "") + (f"{rest}M" if rest or not whole else "")


def _organisation(offer, language: str) -> dict | None:
    organisation = offer.organisation
    if organisation is None:
        return None
    return {"@type": "Organization", "name": _text(organisation, "title", language)}


def _offer(offer, url: str) -> dict:
    price = 0 if offer.cost_free else _number(offer.cost_amount)
    return _compact(
        {
            "@type": "Offer",
            "price": price,
            "priceCurrency": "EUR",
            "url": offer.registration_url or url,
            "availability": SCHEMA + "InStock",
            "validThrough": _iso(offer.valid_until),
        }
    )


def _place(offer, language: str) -> dict | None:
    municipality = offer.municipality
    locality = ""
    if municipality is not None:
        locality = municipality.name_fr if language == "fr" else municipality.name_nl
    address = _compact(
        {
            "@type": "PostalAddress",
            "streetAddress": offer.street,
            "postalCode": offer.postcode,
            "addressLocality": locality,
            "addressCountry": "BE",
        }
    )
    if len(address) == 2 and not (offer.location_name or offer.latitude is not None):
        return None  # nothing but the country: no place to show
    place = {"@type": "Place", "name": offer.location_name or locality, "address": address}
    if offer.latitude is not None and offer.longitude is not None:
        place["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": offer.latitude,
            "longitude": offer.longitude,
        }
    return _compact(place)


def _location(offer, language: str, url: str):
    virtual = {
        "@type": "VirtualLocation",
        "url": offer.registration_url or offer.contact_url or url,
    }
    if offer.format == Format.ONLINE:
        return virtual
    place = _place(offer, language)
    if offer.format == Format.BLENDED:
        return [place, virtual] if place else virtual
    return place


def _schedules(offer) -> list[dict]:
    """One schema.org Schedule per weekly slot, in Brussels local time."""
    schedules = []
    for slot in offer.weekly_slots.all():
        minutes = (slot.end.hour * 60 + slot.end.minute) - (
            slot.start.hour * 60 + slot.start.minute
        )
        schedule = {
            "@type": "Schedule",
            "byDay": SCHEMA + DAYS[slot.weekday],
            "startTime": slot.start.strftime("%H:%M:%S"),
            "endTime": slot.end.strftime("%H:%M:%S"),
            "duration": _duration(Decimal(minutes) / 60) if minutes > 0 else None,
            "repeatFrequency": "P1W",
            "startDate": _iso(offer.start_date),
            "endDate": _iso(offer.end_date),
            "scheduleTimezone": TIME_ZONE,
        }
        schedules.append(_compact(schedule))
    return schedules


def _single_dates(offer, name: str, location) -> list[dict]:
    """Single dates have no time: each is a whole-day Event."""
    days = sorted({row.date for row in offer.single_dates.all()})
    return [
        _compact(
            {
                "@type": "Event",
                "name": name,
                "startDate": day.isoformat(),
                "endDate": day.isoformat(),
                "location": location,
            }
        )
        for day in days
    ]


def _compact(data: dict) -> dict:
    """Leave out empty values: schema.org consumers treat a missing property as unknown."""
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}
