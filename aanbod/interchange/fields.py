"""The one map between an offer record (the interchange format) and the OfferPage model."""

# Pure (no Django): values.py compares and applies, exporting.py exports and importing.py maps
# model errors by this map alone, so a new offer field is one FieldMap here (plus the model
# column, the schema and the format's check). Not in the map: the identity (source,
# external_id) and the organisation, which is the offer's parent page rather than a field.

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from aanbod.interchange.records import LANGUAGES

ADMIN_SOURCE = "wegwijs"  # the exported source of offers made in the admin (no external_id)

# How a value is stored on the model.
VALUE = "value"  # one column
TEXT = "text"  # one column per language: `<column>_<language>`
TERMS = "terms"  # a many-to-many relation, compared by the terms' `key` (slug or code)
ROWS = "rows"  # child rows (an inline), compared as tuples of their `row_fields`
CODES = "codes"  # a comma-separated text column that holds a list of codes
PLACE = "place"  # a foreign key found from the object at the path's parent (the location)


def same(value: Any) -> Any:
    return value


def or_blank(value: str | None) -> str:
    """A text column is "" where the format has null."""
    return value or ""


def or_none(value: str) -> str | None:
    return value or None


def iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def number(value: Decimal | None) -> int | float | None:
    """A JSON number: 12 rather than 12.00, 12.5 rather than "12.50"."""
    if value is None:
        return None
    return int(value) if value == int(value) else float(value)


def split_codes(value: str) -> list[str]:
    """The codes of a comma-separated column, as OfferPage.support_language_codes reads them."""
    return [code.strip() for code in value.split(",") if code.strip()]


@dataclasses.dataclass(frozen=True)
class FieldMap:
    """One offer value: where it sits in the format (`path`, also the key of an error and the
    place in the export) and on the model (`column`), and how it converts each way.

    `to_model` turns the record's value into the model's (for ROWS one item into a tuple; for
    PLACE it gets the parent object and the place index); `from_model` turns the model's value
    into the exported one (for TERMS the list of keys, for ROWS one row tuple, for PLACE the
    related object). `error` is the format's code for a model ValidationError on `column`."""

    path: str
    column: str
    kind: str = VALUE
    to_model: Callable[..., Any] = same
    from_model: Callable[[Any], Any] = same
    error: str | None = None
    key: str = ""
    row_fields: tuple[str, ...] = ()

    @property
    def columns(self) -> tuple[str, ...]:
        """The names this field has in a comparable values dict (and TEXT's model columns)."""
        if self.kind == TEXT:
            return tuple(f"{self.column}_{language}" for language in LANGUAGES)
        return (self.column,)


def _slot(slot) -> tuple:
    return (slot.weekday, slot.start, slot.end)


def _slot_out(row: tuple) -> dict:
    weekday, start, end = row
    return {"weekday": weekday, "start": start.strftime("%H:%M"), "end": end.strftime("%H:%M")}


def _municipality(place, places) -> str | None:
    return places.municipality(place.postcode, place.municipality) if place else None


# In export order. fmt: off
OFFER_FIELDS: tuple[FieldMap, ...] = (
    FieldMap("offer_type", "offer_type"),
    FieldMap("title", "title", TEXT),
    FieldMap("summary", "summary", TEXT),
    FieldMap("description", "description", TEXT),
    FieldMap("themes", "themes", TERMS, from_model=sorted, key="slug"),
    FieldMap("dutch_levels", "dutch_levels", TERMS, from_model=list, key="code"),
    FieldMap("low_literacy_friendly", "low_literacy_friendly"),
    FieldMap("format", "format"),
    FieldMap("location.name", "location_name", to_model=or_blank),
    FieldMap("location.street", "street", to_model=or_blank),
    FieldMap("location.postcode", "postcode", to_model=or_blank, error="invalid_postcode"),
    FieldMap(
        "location.municipality",
        "municipality_id",
        PLACE,
        to_model=_municipality,
        from_model=lambda municipality: municipality.name_nl if municipality else "",
    ),
    FieldMap("location.lat", "latitude"),
    FieldMap("location.lon", "longitude"),
    FieldMap("schedule.start_date", "start_date", from_model=iso),
    FieldMap("schedule.end_date", "end_date", from_model=iso),
    FieldMap(
        "schedule.weekly",
        "weekly_slots",
        ROWS,
        to_model=_slot,
        from_model=_slot_out,
        row_fields=("weekday", "start", "end"),
    ),
    FieldMap(
        "schedule.dates",
        "single_dates",
        ROWS,
        to_model=lambda day: (day,),
        from_model=lambda row: row[0].isoformat(),
        row_fields=("date",),
    ),
    FieldMap("hours_total", "hours_total", from_model=number),
    FieldMap("counts_for_participation", "counts_for_participation"),
    FieldMap("cost.free", "cost_free"),
    FieldMap("cost.amount_eur", "cost_amount", from_model=number, error="required"),
    FieldMap("cost.note", "cost_note", TEXT),
    FieldMap("target_groups", "target_groups", TERMS, from_model=sorted, key="slug"),
    FieldMap("support_languages", "support_languages", CODES),
    FieldMap("childcare", "childcare"),
    FieldMap("wheelchair_accessible", "wheelchair_accessible"),
    FieldMap("language_friendly_label", "language_friendly_label"),
    FieldMap(
        "contact.email",
        "contact_email",
        to_model=or_blank,
        from_model=or_none,
        error="invalid_email",
    ),
    FieldMap("contact.phone", "contact_phone", to_model=or_blank, from_model=or_none),
    FieldMap(
        "contact.url", "contact_url", to_model=or_blank, from_model=or_none, error="invalid_url"
    ),
    FieldMap("registration.required", "registration_required"),
    FieldMap(
        "registration.url",
        "registration_url",
        to_model=or_blank,
        from_model=or_none,
        error="invalid_url",
    ),
    FieldMap("valid_until", "valid_until", from_model=iso),
)
# fmt: on

# An exported object is null unless one of these model columns has a value.
NULL_UNLESS = {"location": ("postcode", "location_name")}


def record_value(record: Any, path: str) -> Any:
    """The value at a dotted `path` of a record; None when an object on the way is None."""
    value = record
    for name in path.split("."):
        if value is None:
            return None
        value = getattr(value, name)
    return value


def parent_path(path: str) -> str:
    return path.rpartition(".")[0]


def model_errors(fields: tuple[FieldMap, ...] = OFFER_FIELDS) -> dict[str, tuple[str, str]]:
    """Model column -> (format path, code), for a ValidationError raised while saving."""
    return {field.column: (field.path, field.error) for field in fields if field.error}


def put(target: dict, path: str, value: Any) -> None:
    """Set `value` at a dotted `path`, making the objects on the way in the order first met."""
    *parents, name = path.split(".")
    for parent in parents:
        target = target.setdefault(parent, {})
    target[name] = value
