"""The arithmetic of the pool's figures (no Django): group requests by language and month."""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Asked:
    """One request as the figures see it: no service, no description, no volunteer."""

    language: str
    month: dt.date  # the first day of the month it was asked in
    status: str
    reason: str  # why nobody was found, or ""
    wait_hours: float | None  # from asking to a volunteer found; None while not answered


@dataclass
class Row:
    language: str
    month: dt.date
    total: int = 0
    answered: int = 0
    completed: int = 0
    cancelled: int = 0
    unanswered: int = 0
    reasons: Counter = field(default_factory=Counter)
    waits: list = field(default_factory=list)

    @property
    def median_wait_hours(self) -> float | None:
        return median(self.waits)


def median(values) -> float | None:
    """The median rounded to one decimal, or None for no values."""
    values = [value for value in values if value is not None]
    return round(statistics.median(values), 1) if values else None


def month_of(moment: dt.datetime | dt.date) -> dt.date:
    return dt.date(moment.year, moment.month, 1)


def hours_between(start: dt.datetime, end: dt.datetime | None) -> float | None:
    return None if end is None else max((end - start).total_seconds() / 3600, 0.0)


def table(asked) -> list[Row]:
    """One row per language and month, newest month first, then by language."""
    rows: dict[tuple[str, dt.date], Row] = {}
    for item in asked:
        row = rows.setdefault((item.language, item.month), Row(item.language, item.month))
        row.total += 1
        if item.wait_hours is not None:
            row.answered += 1
            row.waits.append(item.wait_hours)
        if item.status == "completed":
            row.completed += 1
        elif item.status == "cancelled":
            row.cancelled += 1
        elif item.status == "unanswered":
            row.unanswered += 1
            row.reasons[item.reason or "unknown"] += 1
    return sorted(rows.values(), key=lambda row: (-row.month.toordinal(), row.language))


def totals(rows: list[Row]) -> Row:
    """All rows added up (its median is over every answered request)."""
    total = Row("", dt.date.min)
    for row in rows:
        total.total += row.total
        total.answered += row.answered
        total.completed += row.completed
        total.cancelled += row.cancelled
        total.unanswered += row.unanswered
        total.reasons.update(row.reasons)
        total.waits.extend(row.waits)
    return total
