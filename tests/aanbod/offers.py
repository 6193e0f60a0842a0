"""Offer dicts and helpers shared by the interchange tests."""

import copy
import re
from decimal import Decimal

DELETE = object()  # with_value(): remove the key instead of setting it

KNOWN_POSTCODES = {("9000", "Gent"): (51.0543, 3.7174), ("2000", "Antwerpen"): (51.2194, 4.4025)}


class FakeResolver:
    """Stands in for the postcode table; remembers how it was called."""

    def __init__(self, known=None):
        self.known = KNOWN_POSTCODES if known is None else known
        self.calls = []

    def __call__(self, postcode, municipality):
        self.calls.append((postcode, municipality))
        return self.known.get((postcode, municipality))


_FULL = {
    "external_id": "krook-praattafel-woensdag",
    "source": "bibliotheek-gent",
    "organisation": {"name": "Bibliotheek Gent", "kind": "local_authority"},
    "offer_type": "practice",
    "title": {
        "nl": "Praattafel Nederlands",
        "en": "Dutch conversation table",
        "ar": "طاولة محادثة",
    },
    "summary": {"nl": "Oefen je Nederlands in een kleine groep."},
    "description": {"nl": "Elke woensdag.\n\nKom gewoon langs.", "fr": "Chaque mercredi."},
    "themes": ["dutch-practice", "library"],
    "dutch_levels": ["B1", "A2"],
    "low_literacy_friendly": True,
    "format": "in_person",
    "location": {
        "name": "De Krook",
        "street": "Miriam Makebaplein 1",
        "postcode": "9000",
        "municipality": "Gent",
        "lat": Decimal("51.0479"),
        "lon": Decimal("3.7275"),
    },
    "schedule": {
        "start_date": "2026-09-02",
        "end_date": "2027-06-30",
        "weekly": [{"weekday": 2, "start": "18:30", "end": "20:00"}],
        "dates": ["2026-12-19"],
    },
    "hours_total": Decimal("1.5"),
    "counts_for_participation": True,
    "cost": {"free": False, "amount_eur": Decimal("12.50"), "note": {"nl": "Korting met UiTPAS."}},
    "target_groups": ["adults", "newcomers"],
    "support_languages": ["en", "fr", "ar"],
    "childcare": True,
    "wheelchair_accessible": True,
    "language_friendly_label": False,
    "contact": {
        "email": "praattafel@example.be",
        "phone": "+32 9 123 45 67",
        "url": "https://www.example.be/praattafel",
    },
    "registration": {"required": True, "url": "https://www.example.be/inschrijven"},
    "valid_until": "2027-06-30",
}

_MINIMAL = {
    "external_id": "1",
    "source": "atlas-antwerpen",
    "organisation": {"name": "Atlas", "kind": "agency"},
    "offer_type": "course_nt2",
    "title": {"nl": "Nederlands online"},
    "format": "online",
    "cost": {"free": True},
    "valid_until": "2027-01-31",
}


def full_offer() -> dict:
    """A valid offer that uses every field."""
    return copy.deepcopy(_FULL)


def minimal_offer() -> dict:
    """A valid offer with only the required fields."""
    return copy.deepcopy(_MINIMAL)


def with_value(offer: dict, path: str, value) -> dict:
    """Set (or with DELETE remove) a dotted path like "schedule.weekly[0].end" in `offer`."""
    parts = [int(p) if p.isdigit() else p for p in re.findall(r"[^.\[\]]+", path)]
    target = offer
    for part in parts[:-1]:
        target = target[part]
    if value is DELETE:
        del target[parts[-1]]
    else:
        target[parts[-1]] = value
    return offer
