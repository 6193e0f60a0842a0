"""Typed records that a valid offer interchange line parses into (see format.py)."""

# Frozen and hashable (tuples, not lists), so records can be compared and deduplicated.

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

from aanbod.schedule import Schedule


@dataclasses.dataclass(frozen=True)
class LocalizedText:
    """A text per portal language; maps onto modeltranslation's `<field>_<lang>` columns."""

    nl: str
    en: str | None = None
    fr: str | None = None
    uk: str | None = None
    ru: str | None = None
    ar: str | None = None

    def get(self, language: str) -> str | None:
        return getattr(self, language) if language in LANGUAGES else None

    def as_dict(self) -> dict[str, str]:
        """The given texts only, in LANGUAGES order."""
        return {lang: text for lang in LANGUAGES if (text := getattr(self, lang)) is not None}


@dataclasses.dataclass(frozen=True)
class Organisation:
    name: str
    kind: str


@dataclasses.dataclass(frozen=True)
class Location:
    name: str
    street: str
    postcode: str
    municipality: str
    lat: float
    lon: float
    # True when lat/lon came from resolve_postcode: approximate, not the building itself.
    coordinates_from_postcode: bool = False


@dataclasses.dataclass(frozen=True)
class Cost:
    free: bool
    amount_eur: Decimal | None = None
    note: LocalizedText | None = None


@dataclasses.dataclass(frozen=True)
class Contact:
    email: str | None = None
    phone: str | None = None
    url: str | None = None


@dataclasses.dataclass(frozen=True)
class Registration:
    required: bool = False
    url: str | None = None


@dataclasses.dataclass(frozen=True)
class OfferRecord:
    """One valid offer line with parsed, typed values; (source, external_id) identifies it."""

    external_id: str
    source: str
    organisation: Organisation
    offer_type: str
    title: LocalizedText
    format: str
    cost: Cost
    valid_until: date
    summary: LocalizedText | None = None
    description: LocalizedText | None = None
    themes: tuple[str, ...] = ()
    dutch_levels: tuple[str, ...] = ()  # in DUTCH_LEVELS order
    low_literacy_friendly: bool = False
    location: Location | None = None
    schedule: Schedule = Schedule()
    hours_total: Decimal | None = None
    counts_for_participation: bool = False
    target_groups: tuple[str, ...] = ()
    support_languages: tuple[str, ...] = ()
    childcare: bool = False
    wheelchair_accessible: bool = False
    language_friendly_label: bool = False
    contact: Contact = Contact()
    registration: Registration = Registration()


# The portal languages, Dutch first: the fields of LocalizedText.
LANGUAGES = tuple(field.name for field in dataclasses.fields(LocalizedText))
