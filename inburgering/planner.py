"""The 40-hour participation plan: offer ids from a query string, hours, week view and clashes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

TARGET_HOURS = 40
MAX_OFFERS = 20  # a plan longer than this is not a plan; also bounds the no-JS lookup
MAX_ID = 2**63 - 1


def offer_ids(values: list[str]) -> list[int]:
    """Offer ids from `?offer=1&offer=2` in the order given, without doubles or junk."""
    found: list[int] = []
    for value in values:
        value = value.strip()
        if not value.isdigit() or not 0 < int(value) <= MAX_ID:
            continue
        number = int(value)
        if number not in found:
            found.append(number)
        if len(found) == MAX_OFFERS:
            break
    return found


@dataclass(frozen=True)
class Slot:
    weekday: int  # 0 = Monday
    start: str  # "HH:MM"
    end: str


@dataclass(frozen=True)
class PlanOffer:
    id: int
    title: str
    url: str
    hours: float | None
    weekly: tuple[Slot, ...] = ()
    start: dt.date | None = None
    end: dt.date | None = None
    dates: tuple[dt.date, ...] = ()


def _date(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


def plan_offer(facts: dict) -> PlanOffer:
    """A PlanOffer from the facts dict that aanbod gives (docs/inburgering.md)."""
    hours = facts.get("hours")
    return PlanOffer(
        id=int(facts["id"]),
        title=str(facts.get("title") or ""),
        url=str(facts.get("url") or ""),
        hours=float(hours) if hours is not None else None,
        weekly=tuple(Slot(int(day), str(start), str(end)) for day, start, end in facts["weekly"]),
        start=_date(facts.get("start")),
        end=_date(facts.get("end")),
        dates=tuple(day for day in map(_date, facts.get("dates") or []) if day),
    )


@dataclass(frozen=True)
class WeekEntry:
    offer: PlanOffer
    slot: Slot
    clashes_with: tuple[PlanOffer, ...] = ()


@dataclass
class Plan:
    offers: list[PlanOffer]
    total: float = 0
    missing: float = TARGET_HOURS
    without_hours: list[PlanOffer] = field(default_factory=list)
    week: list[list[WeekEntry]] = field(default_factory=list)  # seven days, Monday first

    @property
    def complete(self) -> bool:
        return self.missing == 0

    @property
    def has_clashes(self) -> bool:
        return any(entry.clashes_with for day in self.week for entry in day)

    @property
    def percent(self) -> int:
        return min(100, round(self.total * 100 / TARGET_HOURS))


def _periods_overlap(a: PlanOffer, b: PlanOffer) -> bool:
    """Whether the weekly slots of a and b can fall in the same week (no dates: always)."""
    if a.end and b.start and a.end < b.start:
        return False
    return not (b.end and a.start and b.end < a.start)


def slots_clash(a: Slot, b: Slot) -> bool:
    """Same weekday and the times overlap; one ending when the other starts is no clash."""
    return a.weekday == b.weekday and a.start < b.end and b.start < a.end


def build_plan(offers: list[PlanOffer]) -> Plan:
    """Hours added up toward 40, what is missing, and the week with clashes between offers."""
    total = sum(offer.hours for offer in offers if offer.hours is not None)
    week: list[list[WeekEntry]] = [[] for _ in range(7)]
    for offer in offers:
        for slot in offer.weekly:
            clashes = tuple(
                other
                for other in offers
                if other.id != offer.id
                and _periods_overlap(offer, other)
                and any(slots_clash(slot, theirs) for theirs in other.weekly)
            )
            if 0 <= slot.weekday <= 6:
                week[slot.weekday].append(WeekEntry(offer, slot, clashes))
    for day in week:
        day.sort(key=lambda entry: (entry.slot.start, entry.slot.end, entry.offer.title))
    return Plan(
        offers=list(offers),
        total=round(total, 2),
        missing=round(max(0.0, TARGET_HOURS - total), 2),
        without_hours=[offer for offer in offers if offer.hours is None],
        week=week,
    )
