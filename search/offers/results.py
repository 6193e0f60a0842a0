"""What an offer search returns: hits, facet values and the outcome; pure dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

FACETS = (
    "type",
    "level",
    "format",
    "weekday",
    "daypart",
    "free",
    "childcare",
    "wheelchair",
    "language_friendly",
    "low_literacy",
    "participation",
    "support_language",
    "target_group",
    "theme",
)


@dataclass
class OfferHit:
    page_id: int
    external_id: str
    source: str
    title: str
    summary: str
    url: str
    offer_type: str
    levels: list[str]  # empty: for all levels
    format: str
    municipality: str
    location_name: str
    lat: float | None
    lon: float | None
    distance_km: float | None
    next_dates: list[date]
    free: bool
    cost_text: str
    title_language: str  # the language the title is in (for lang= attributes)
    summary_language: str = ""
    weekdays: list[int] = field(default_factory=list)
    day_parts: list[str] = field(default_factory=list)
    postcode: str = ""
    plan: dict | None = None  # for "Add to My 40 hours": aanbod's offer_plan_facts


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class OfferSearchResult:
    count: int
    hits: list[OfferHit]
    facets: dict[str, list[FacetValue]]
    suggestion: str | None = None
    relaxed: list[str] | None = None  # codes of the relaxation steps applied, in order
    relaxed_message: str | None = None
    best_bet: OfferHit | None = None
    engine: str = "database"  # "opensearch" | "database"
    place_found: bool = True  # False: the postcode or municipality is unknown
    page: int = 1
    page_size: int = 20
