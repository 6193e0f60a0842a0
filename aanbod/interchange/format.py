"""Validate one line of the offer interchange format (JSON Lines) into a typed OfferRecord."""

# Pure domain logic (architecture.md §7 rule 3): stdlib only, no Django, no database.
# Partners read the contract in docs/offer-format.md; aanbod/schemas/offer.schema.json states it
# as JSON Schema. Tests keep the three in step.
#
# Decisions:
# - Optional fields may be left out or set to null; both mean "not given". Booleans then default
#   to false, lists to empty, summary/description/location to None, schedule to an empty
#   Schedule (no fixed times), contact to all None and registration to "not required".
#   A required field that is null counts as missing.
# - Required at the top: external_id, source, organisation, offer_type, title, format, cost and
#   valid_until. location is required when format is in_person or blended; an online offer may
#   still give one (e.g. where the intake happens).
# - Multilingual texts are objects of language -> plain text (no HTML). title needs "nl". For
#   summary, description and cost.note an empty object means "none", but any text needs "nl"
#   too, because the portal falls back to Dutch.
# - Strings are stripped. Control characters, lone surrogates and U+FFFD (the trace of a file
#   not read as UTF-8) are rejected. Codes (slugs, enums, postcodes) are never stripped.
# - Lists must not repeat a value and have a maximum size, so one line cannot flood editors
#   with new theme or target-group terms.
# - Coordinates must lie in or near Belgium, which catches swapped lat/lon. Without them the
#   injected resolve_postcode() places the offer; its exceptions propagate (infrastructure,
#   not data). Any error makes the whole line invalid: the record is then None.

from __future__ import annotations

import dataclasses
import json
import re
from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from aanbod.interchange.checks import Checker, FieldError, error, kind
from aanbod.interchange.messages import MESSAGES
from aanbod.interchange.records import (
    LANGUAGES,
    Contact,
    Cost,
    LocalizedText,
    Location,
    OfferRecord,
    Organisation,
    Registration,
)
from aanbod.schedule import Schedule, ScheduleError, WeeklySlot, parse_date, parse_time
from aanbod.schedule import validate_weekday as check_weekday
from portal.vocabulary import OFFER_LEVELS

__all__ = [
    "LANGUAGES",
    "Contact",
    "Cost",
    "FieldError",
    "LocalizedText",
    "Location",
    "OfferRecord",
    "Organisation",
    "Registration",
    "parse_line",
    "validate_offer",
]

MAX_LINE_BYTES = 1_048_576
MAX_ERRORS = 50
REQUIRED_LANGUAGE = "nl"
ORGANISATION_KINDS = ("local_authority", "organisation", "agency")
OFFER_TYPES = ("practice", "participation", "buddy_project", "course_nt2", "course_mo", "leisure")
DUTCH_LEVELS = OFFER_LEVELS
FORMATS = ("in_person", "online", "blended")
FORMATS_NEEDING_LOCATION = ("in_person", "blended")
ERROR_CODES = tuple(MESSAGES)

# Field names per object (named as the schema's $defs; "offer" is the line itself).
# fmt: off
REQUIRED_FIELDS: dict[str, tuple[str, ...]] = {
    "offer": ("external_id", "source", "organisation", "offer_type", "title", "format", "cost",
              "valid_until"),
    "organisation": ("name", "kind"),
    "location": ("name", "street", "postcode", "municipality"),
    "schedule": (),
    "weekly_slot": ("weekday", "start", "end"),
    "cost": ("free",),
    "contact": (),
    "registration": ("required",),
}
OPTIONAL_FIELDS: dict[str, tuple[str, ...]] = {
    "offer": ("summary", "description", "themes", "dutch_levels", "low_literacy_friendly",
              "location", "schedule", "hours_total", "counts_for_participation", "target_groups",
              "support_languages", "childcare", "wheelchair_accessible",
              "language_friendly_label", "contact", "registration"),
    "organisation": (),
    "location": ("lat", "lon"),
    "schedule": ("start_date", "end_date", "weekly", "dates"),
    "weekly_slot": (),
    "cost": ("amount_eur", "note"),
    "contact": ("email", "phone", "url"),
    "registration": ("url",),
}
MAX_LENGTHS = {
    "external_id": 200, "name": 200, "street": 200, "municipality": 100, "slug": 50,
    "title": 200, "summary": 500, "description": 10_000, "note": 500,
    "email": 254, "phone": 30, "url": 2000,
}
MAX_ITEMS = {
    "themes": 20, "target_groups": 20, "support_languages": 30, "dutch_levels": 6,
    "schedule.weekly": 50, "schedule.dates": 400,
}
# Inclusive (min, max). Belgium spans about 49.5-51.5 N and 2.5-6.4 E.
RANGES = {
    "lat": (49.4, 51.6), "lon": (2.5, 6.5), "hours_total": (0, 5000), "amount_eur": (0, 100_000),
}
# fmt: on
MAX_DECIMALS = {"hours_total": 2, "amount_eur": 2}

SLUG_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
POSTCODE_RE = re.compile(r"[1-9][0-9]{3}")
EMAIL_RE = re.compile(r"[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+")

PostcodeResolver = Callable[[str, str | None], tuple[float, float] | None]


def parse_line(
    line: str | bytes, line_number: int, *, resolve_postcode: PostcodeResolver
) -> tuple[OfferRecord | None, list[FieldError]]:
    """Decode and validate one line; errors carry `line_number`. A blank line gives (None, [])."""
    record, errors = _decode_and_validate(line, resolve_postcode)
    return record, [dataclasses.replace(err, line=line_number) for err in errors]


def validate_offer(
    obj: Any, *, resolve_postcode: PostcodeResolver
) -> tuple[OfferRecord | None, list[FieldError]]:
    """Validate one decoded offer; the record is None whenever there is any error."""
    check = Checker()
    if not isinstance(obj, dict):
        check.add("", "not_an_object", actual=kind(obj))
        return None, check.errors
    data = check.object(obj, "", REQUIRED_FIELDS["offer"], OPTIONAL_FIELDS["offer"])
    fmt = check.choice(data.get("format"), "format", FORMATS)
    fields = {
        "external_id": check.string(
            data.get("external_id"), "external_id", MAX_LENGTHS["external_id"]
        ),
        "source": _slug(check, data.get("source"), "source"),
        "organisation": _organisation(check, data.get("organisation")),
        "offer_type": check.choice(data.get("offer_type"), "offer_type", OFFER_TYPES),
        "title": _text(check, data.get("title"), "title", required=True),
        "summary": _text(check, data.get("summary"), "summary"),
        "description": _text(check, data.get("description"), "description"),
        "themes": _slugs(check, data.get("themes"), "themes"),
        "dutch_levels": _dutch_levels(check, data.get("dutch_levels")),
        "format": fmt,
        "location": _location(check, data.get("location"), resolve_postcode),
        "schedule": _schedule(check, data.get("schedule")),
        "hours_total": _number(check, data.get("hours_total"), "hours_total"),
        "cost": _cost(check, data.get("cost")),
        "target_groups": _slugs(check, data.get("target_groups"), "target_groups"),
        "support_languages": check.unique_list(
            data.get("support_languages"),
            "support_languages",
            check.language_code,
            max_items=MAX_ITEMS["support_languages"],
        ),
        "contact": _contact(check, data.get("contact")),
        "registration": _registration(check, data.get("registration")),
        "valid_until": check.iso_string(data.get("valid_until"), "valid_until", parse_date),
    }
    for flag in (
        "low_literacy_friendly",
        "counts_for_participation",
        "childcare",
        "wheelchair_accessible",
        "language_friendly_label",
    ):
        fields[flag] = check.boolean(data.get(flag), flag)
    if fmt in FORMATS_NEEDING_LOCATION and data.get("location") is None:
        check.add("location", "location_required", format=fmt)
    if check.errors:
        return None, _capped(check.errors)
    return OfferRecord(**fields), []


def _decode_and_validate(line: str | bytes, resolve_postcode: PostcodeResolver):
    # Cheap test first: a character is at least one byte.
    size = len(line)
    if size <= MAX_LINE_BYTES and isinstance(line, str):
        size = len(line.encode("utf-8", "surrogatepass"))
    if size > MAX_LINE_BYTES:
        return None, [error("", "line_too_long", max=MAX_LINE_BYTES, size=size)]
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            return None, [error("", "bad_encoding", position=exc.start)]
    # Editors on Windows often start a file with a byte order mark; it is not content.
    text = line.strip().removeprefix("\ufeff").strip()
    if not text:
        return None, []
    try:
        obj = json.loads(
            text,
            parse_float=Decimal,  # exact amounts; no binary rounding of 12.10
            parse_constant=_reject_constant,
            object_pairs_hook=_JsonObject.from_pairs,
        )
    except json.JSONDecodeError as exc:
        # Running out of input mid-value, or an object that never closes, means the line was
        # cut off or one offer was split over several lines.
        cut = (
            exc.pos >= len(text)
            or exc.msg.startswith("Unterminated string")
            or (text.startswith("{") and not text.endswith("}"))
        )
        code = "truncated_json" if cut else "invalid_json"
        detail = f"{exc.msg} (column {exc.colno})"
        return None, [error("", code, detail=detail, column=exc.colno)]
    except RecursionError:
        return None, [error("", "invalid_json", detail="nested too deeply", column=None)]
    except ValueError as exc:  # NaN/Infinity, or an integer with thousands of digits
        return None, [error("", "invalid_json", detail=str(exc)[:100], column=None)]
    return validate_offer(obj, resolve_postcode=resolve_postcode)


class _JsonObject(dict):
    """A decoded JSON object that remembers keys given twice (json keeps only the last)."""

    duplicate_keys: tuple[str, ...] = ()

    @classmethod
    def from_pairs(cls, pairs: list[tuple[str, Any]]) -> _JsonObject:
        obj = cls(pairs)
        if len(obj) != len(pairs):
            counts = Counter(key for key, _ in pairs)
            obj.duplicate_keys = tuple(key for key in obj if counts[key] > 1)
        return obj


def _reject_constant(name: str):
    raise ValueError(f"{name} is not allowed in JSON")


def _capped(errors: list[FieldError]) -> list[FieldError]:
    if len(errors) <= MAX_ERRORS:
        return errors
    return [*errors[:MAX_ERRORS], error("", "too_many_errors", max=MAX_ERRORS)]


def _fields(check: Checker, value: Any, path: str, name: str) -> dict:
    return check.object(value, path, REQUIRED_FIELDS[name], OPTIONAL_FIELDS[name])


def _text(
    check: Checker, value: Any, path: str, *, required: bool = False, length: str = ""
) -> LocalizedText | None:
    texts = check.texts(
        value,
        path,
        languages=LANGUAGES,
        main_language=REQUIRED_LANGUAGE,
        max_length=MAX_LENGTHS[length or path],
        required=required,
    )
    return LocalizedText(**texts) if texts else None


def _slug(check: Checker, value: Any, path: str) -> str | None:
    return check.pattern(value, path, SLUG_RE, "invalid_slug", MAX_LENGTHS["slug"])


def _slugs(check: Checker, value: Any, path: str) -> tuple[str, ...]:
    return check.unique_list(
        value,
        path,
        lambda item, item_path: _slug(check, item, item_path),
        max_items=MAX_ITEMS[path],
    )


def _number(check: Checker, value: Any, path: str, name: str = "") -> Decimal | None:
    low, high = RANGES[name or path]
    return check.number(value, path, low=low, high=high, decimals=MAX_DECIMALS.get(name or path))


def _organisation(check: Checker, value: Any) -> Organisation | None:
    if value is None:
        return None
    data = _fields(check, value, "organisation", "organisation")
    name = check.string(data.get("name"), "organisation.name", MAX_LENGTHS["name"])
    kind_ = check.choice(data.get("kind"), "organisation.kind", ORGANISATION_KINDS)
    return Organisation(name, kind_)


def _dutch_levels(check: Checker, value: Any) -> tuple[str, ...]:
    levels = check.unique_list(
        value,
        "dutch_levels",
        lambda item, path: check.choice(item, path, DUTCH_LEVELS),
        max_items=MAX_ITEMS["dutch_levels"],
    )
    return tuple(level for level in DUTCH_LEVELS if level in levels)


def _location(check: Checker, value: Any, resolve_postcode: PostcodeResolver) -> Location | None:
    if value is None:
        return None
    before = len(check.errors)
    data = _fields(check, value, "location", "location")
    name = check.string(data.get("name"), "location.name", MAX_LENGTHS["name"])
    street = check.string(data.get("street"), "location.street", MAX_LENGTHS["street"])
    postcode = check.pattern(
        data.get("postcode"), "location.postcode", POSTCODE_RE, "invalid_postcode"
    )
    municipality = check.string(
        data.get("municipality"), "location.municipality", MAX_LENGTHS["municipality"]
    )
    lat = _number(check, data.get("lat"), "location.lat", "lat")
    lon = _number(check, data.get("lon"), "location.lon", "lon")
    given = [key for key in ("lat", "lon") if data.get(key) is not None]
    if len(given) == 1:
        check.add("location", "coordinates_incomplete", present=given[0])
    if len(check.errors) > before:
        return None  # don't look up a postcode for an address that is wrong anyway
    if lat is not None and lon is not None:
        return Location(name, street, postcode, municipality, float(lat), float(lon))
    found = resolve_postcode(postcode, municipality)
    if found is None:
        check.add(
            "location.postcode", "postcode_not_found", postcode=postcode, municipality=municipality
        )
        return None
    return Location(name, street, postcode, municipality, found[0], found[1], True)


def _schedule(check: Checker, value: Any) -> Schedule:
    if value is None:
        return Schedule()
    before = len(check.errors)
    data = _fields(check, value, "schedule", "schedule")
    start_date = check.iso_string(data.get("start_date"), "schedule.start_date", parse_date)
    end_date = check.iso_string(data.get("end_date"), "schedule.end_date", parse_date)
    slots = check.unique_list(
        data.get("weekly"),
        "schedule.weekly",
        lambda item, path: _slot(check, item, path),
        max_items=MAX_ITEMS["schedule.weekly"],
        item_type="object",
    )
    dates = check.unique_list(
        data.get("dates"),
        "schedule.dates",
        lambda item, path: check.iso_string(item, path, parse_date),
        max_items=MAX_ITEMS["schedule.dates"],
    )
    if len(check.errors) > before:
        return Schedule()
    try:
        return Schedule(start_date, end_date, slots, dates)
    except ScheduleError as exc:
        check.add(f"schedule.{exc.field}", exc.code, **exc.params)
        return Schedule()


def _slot(check: Checker, value: Any, path: str) -> WeeklySlot | None:
    before = len(check.errors)
    data = _fields(check, value, path, "weekly_slot")
    weekday = check.integer(data.get("weekday"), f"{path}.weekday")
    if weekday is not None:
        check.call(check_weekday, weekday, f"{path}.weekday")
    start = check.iso_string(data.get("start"), f"{path}.start", parse_time)
    end = check.iso_string(data.get("end"), f"{path}.end", parse_time)
    if len(check.errors) > before:
        return None
    try:
        return WeeklySlot(weekday, start, end)
    except ScheduleError as exc:
        check.add(f"{path}.{exc.field}", exc.code, **exc.params)
        return None


def _cost(check: Checker, value: Any) -> Cost | None:
    if value is None:
        return None
    data = _fields(check, value, "cost", "cost")
    free = check.boolean(data.get("free"), "cost.free")
    amount = _number(check, data.get("amount_eur"), "cost.amount_eur", "amount_eur")
    note = _text(check, data.get("note"), "cost.note", length="note")
    if free and amount:
        check.add("cost.amount_eur", "cost_conflict", amount=str(amount))
    elif free is False and amount is None and not _has_error(check, "cost.amount_eur"):
        check.add("cost.amount_eur", "amount_missing")
    return Cost(free, amount, note)


def _has_error(check: Checker, path: str) -> bool:
    return any(problem.field == path for problem in check.errors)


def _contact(check: Checker, value: Any) -> Contact:
    if value is None:
        return Contact()
    data = _fields(check, value, "contact", "contact")
    email = check.pattern(
        data.get("email"), "contact.email", EMAIL_RE, "invalid_email", MAX_LENGTHS["email"]
    )
    phone = check.phone(data.get("phone"), "contact.phone", MAX_LENGTHS["phone"])
    url = check.url(data.get("url"), "contact.url", MAX_LENGTHS["url"])
    return Contact(email, phone, url)


def _registration(check: Checker, value: Any) -> Registration:
    if value is None:
        return Registration()
    data = _fields(check, value, "registration", "registration")
    required = check.boolean(data.get("required"), "registration.required")
    return Registration(
        required, check.url(data.get("url"), "registration.url", MAX_LENGTHS["url"])
    )
