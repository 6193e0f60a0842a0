"""Where demand meets no offer: match searches per place against live offers nearby; pure."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

RADIUS_KM = 10.0
MIN_SCORE = 5.0  # searches per offer nearby (plus one) before a combination counts as a gap


@dataclass(frozen=True)
class Place:
    nis: str
    name: str
    lat: float
    lon: float


@dataclass(frozen=True)
class Offer:
    offer_type: str
    levels: tuple[str, ...]  # empty: for every level
    day_parts: tuple[str, ...]
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class Demand:
    """Searches from one place for one combination of choices ("" = not chosen; several
    chosen values joined by commas, as the log stores them)."""

    nis: str
    offer_type: str
    level: str
    daypart: str
    searches: int
    zero_result: int
    relaxed: int


@dataclass(frozen=True)
class Gap:
    place: Place
    offer_type: str
    level: str
    daypart: str
    searches: int
    zero_result: int
    offers_near: int
    radius_km: float

    @property
    def key(self) -> str:
        return "|".join((self.place.nis, self.offer_type, self.level, self.daypart))

    @property
    def score(self) -> float:
        return self.searches / (1 + self.offers_near)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine), in kilometres."""
    rlat1, rlat2 = math.radians(lat1), math.radians(lat2)
    dlat, dlon = rlat2 - rlat1, math.radians(lon2 - lon1)
    a = math.sin(dlat / 2) ** 2 + math.cos(rlat1) * math.cos(rlat2) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def _chosen(value: str) -> set[str]:
    return {part for part in value.split(",") if part}


def matches(offer: Offer, offer_type: str, level: str, daypart: str) -> bool:
    """Would this offer answer a search with these choices? An offer without levels suits all."""
    types, levels, parts = _chosen(offer_type), _chosen(level), _chosen(daypart)
    if types and offer.offer_type not in types:
        return False
    if levels and offer.levels and not levels & set(offer.levels):
        return False
    return not (parts and not parts & set(offer.day_parts))


def near(place: Place, offers: Iterable[Offer], radius_km: float) -> list[Offer]:
    # A cheap box first: one degree of latitude is ~111 km, of longitude ~70 km in Belgium.
    dlat, dlon = radius_km / 111.0, radius_km / 65.0
    return [
        offer
        for offer in offers
        if offer.lat is not None
        and offer.lon is not None
        and abs(offer.lat - place.lat) <= dlat
        and abs(offer.lon - place.lon) <= dlon
        and distance_km(place.lat, place.lon, offer.lat, offer.lon) <= radius_km
    ]


def combine(rows: Iterable[Demand]) -> list[Demand]:
    """Add up rows of the same place and choices (the log has one per day and language)."""
    totals: dict[tuple, list[int]] = {}
    for row in rows:
        key = (row.nis, row.offer_type, row.level, row.daypart)
        total = totals.setdefault(key, [0, 0, 0])
        total[0] += row.searches
        total[1] += row.zero_result
        total[2] += row.relaxed
    return [Demand(*key, *counts) for key, counts in totals.items()]


def rank(
    demand: Iterable[Demand],
    places: dict[str, Place],
    offers: list[Offer],
    *,
    radius_km: float = RADIUS_KM,
    min_score: float = MIN_SCORE,
) -> list[Gap]:
    """Gaps, largest first: many searches from a place, few or no matching offers near it."""
    gaps = []
    nearby: dict[str, list[Offer]] = {}
    for row in combine(demand):
        place = places.get(row.nis)
        if place is None:
            continue
        if row.nis not in nearby:
            nearby[row.nis] = near(place, offers, radius_km)
        count = sum(
            matches(offer, row.offer_type, row.level, row.daypart) for offer in nearby[row.nis]
        )
        gap = Gap(
            place, row.offer_type, row.level, row.daypart, row.searches, row.zero_result,
            count, radius_km,
        )  # fmt: skip
        if gap.score >= min_score:
            gaps.append(gap)
    return sorted(gaps, key=lambda gap: (-gap.score, -gap.searches, gap.place.name, gap.key))
