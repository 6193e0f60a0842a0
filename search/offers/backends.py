"""The two implementations behind search_offers: the engine and the database."""

from __future__ import annotations

from dataclasses import dataclass, field

from search.offers.results import OfferHit


@dataclass
class RawOutcome:
    """One search attempt: hits of the page, total, facet counts {facet: {value: count}}."""

    count: int
    hits: list[OfferHit]
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    suggestion: str | None = None
