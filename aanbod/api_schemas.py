"""Response and query schemas of the open data API (aanbod/api.py), so OpenAPI documents them.

The offer fields mirror the interchange format of docs/offer-format.md (`offer_to_interchange`);
the API adds `id`, `url`, `modified` and `municipality` around them.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import Enum
from typing import Annotated

from ninja import Field, Schema
from pydantic import BeforeValidator

from aanbod import choices

OfferTypeCode = Enum(
    "OfferTypeCode", {value: value for value in choices.OfferType.values}, type=str
)
FormatCode = Enum("FormatCode", {value: value for value in choices.Format.values}, type=str)
OrganisationKindCode = Enum(
    "OrganisationKindCode", {value: value for value in choices.OrganisationKind.values}, type=str
)

Texts = Annotated[
    dict[str, str],
    Field(
        description="Text per language code (nl, en, fr, uk, ru, ar); only languages with text.",
        examples=[{"nl": "Praattafel Nederlands", "en": "Dutch conversation table"}],
    ),
]
Number = int | float

# "+01:00" in a query string arrives as " 01:00" when the client did not encode "+" as %2B.
_PLUS_DECODED_AS_SPACE = re.compile(
    r"^(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?) (\d{2}:?\d{2})$"
)


_ISO_DATE_START = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _restore_plus(value):
    if isinstance(value, str):
        value = value.strip()
        # pydantic would read a bare number as Unix seconds; the contract is ISO 8601 only.
        if not _ISO_DATE_START.match(value):
            raise ValueError("not an ISO 8601 date and time")
        match = _PLUS_DECODED_AS_SPACE.match(value)
        if match:
            return f"{match[1]}+{match[2]}"
    return value


class OrganisationOut(Schema):
    name: str = Field(description="Name of the organisation that offers it (in Dutch).")
    kind: OrganisationKindCode


class LocationOut(Schema):
    name: str
    street: str
    postcode: str = Field(description="Belgian postcode, four digits.")
    municipality: str = Field(description="Dutch name of the municipality.")
    lat: float | None = Field(description="Latitude (WGS84).")
    lon: float | None = Field(description="Longitude (WGS84).")


class WeeklySlotOut(Schema):
    weekday: int = Field(ge=0, le=6, description="0 = Monday to 6 = Sunday.")
    start: str = Field(pattern=r"^\d{2}:\d{2}$", description="HH:MM, Brussels local time.")
    end: str = Field(pattern=r"^\d{2}:\d{2}$", description="HH:MM, Brussels local time.")


class ScheduleOut(Schema):
    start_date: dt.date | None = Field(description="First day of the weekly slots.")
    end_date: dt.date | None = Field(description="Last day of the weekly slots.")
    weekly: list[WeeklySlotOut]
    dates: list[dt.date] = Field(description="Single dates (whole days).")


class CostOut(Schema):
    free: bool
    amount_eur: Number | None = Field(description="Price in euro, when not free.")
    note: Texts


class ContactOut(Schema):
    email: str | None
    phone: str | None
    url: str | None


class RegistrationOut(Schema):
    required: bool
    url: str | None


class MunicipalityOut(Schema):
    nis: str = Field(description="NIS code (five digits) of the municipality.")
    name_nl: str
    name_fr: str


class OfferOut(Schema):
    """One offer: the interchange format of docs/offer-format.md plus id, url, modified and
    municipality. Leave out those four keys and the object is a valid interchange line."""

    id: int = Field(description="Wegwijs ID; use it with /api/v1/offers/{id}/.")
    url: str = Field(description="Address of the offer on the website (Dutch version).")
    modified: dt.datetime | None = Field(
        description="When the public information last changed (the offer or its organisation)."
    )
    municipality: MunicipalityOut | None = Field(
        description="The municipality where the offer takes place; null for online offers."
    )
    external_id: str
    source: str
    organisation: OrganisationOut
    offer_type: OfferTypeCode
    title: Texts
    summary: Texts
    description: Texts
    themes: list[str] = Field(description="Theme codes (slugs).")
    dutch_levels: list[str] = Field(description="A0 to C1; empty means all levels.")
    low_literacy_friendly: bool
    format: FormatCode
    location: LocationOut | None
    schedule: ScheduleOut
    hours_total: Number | None
    counts_for_participation: bool
    cost: CostOut
    target_groups: list[str] = Field(description="Target group codes (slugs).")
    support_languages: list[str] = Field(description="ISO 639-1 codes of other languages spoken.")
    childcare: bool
    wheelchair_accessible: bool
    language_friendly_label: bool
    contact: ContactOut
    registration: RegistrationOut
    valid_until: dt.date


class OfferListOut(Schema):
    count: int = Field(description="Number of offers that match, over all pages.")
    next: str | None = Field(description="Address of the next page, or null on the last page.")
    previous: str | None = Field(
        description="Address of the previous page, or null on the first page."
    )
    results: list[OfferOut]


class ErrorItem(Schema):
    field: str = Field(description="The query or path parameter with the problem.")
    code: str = Field(description="A short, fixed code for the kind of problem.")
    message: str = Field(description="What is wrong and how to fix it.")


class ErrorOut(Schema):
    detail: str = Field(description="What went wrong, in plain language.")
    errors: list[ErrorItem] = Field(
        default_factory=list, description="One item per parameter with a problem."
    )


class OfferFilters(Schema):
    limit: int = Field(50, ge=1, le=200, description="Offers per page, 1 to 200.")
    offset: int = Field(0, ge=0, description="How many offers to skip.")
    modified_since: Annotated[dt.datetime | None, BeforeValidator(_restore_plus)] = Field(
        None,
        description=(
            "Only offers that changed at or after this moment. ISO 8601, for example "
            "2026-01-31T09:00:00Z or 2026-01-31T10:00:00+01:00 (write + as %2B in a URL). "
            "Without a time zone, Brussels time is used."
        ),
    )
    offer_type: OfferTypeCode | None = Field(None, description="Only offers of this type.")
    municipality: str | None = Field(
        None,
        description="Dutch or French name of a municipality (for example Gent), or its NIS code "
        "(for example 44021). Online offers have no municipality.",
    )
    source: str | None = Field(
        None,
        pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$",
        max_length=50,
        description="Only offers from this data source, for example wegwijs or atlas-antwerpen.",
    )
