"""Quarters of the calendar year: parse "2026-Q3", their first and last day, which are offered."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

PATTERN = r"^[0-9]{4}-Q[1-4]$"
_PARSE = re.compile(PATTERN)
# How many complete quarters the page and the API offer, newest first (two years).
COMPLETE_QUARTERS = 8


@dataclass(frozen=True, order=True)
class Quarter:
    year: int
    number: int  # 1 to 4

    @classmethod
    def parse(cls, text: str) -> Quarter | None:
        """'2026-Q3' -> Quarter(2026, 3); anything else -> None."""
        text = (text or "").strip().upper()
        if not _PARSE.match(text):
            return None
        year = int(text[:4])
        return cls(year, int(text[-1])) if year >= 1 else None

    @classmethod
    def of(cls, day: date) -> Quarter:
        return cls(day.year, (day.month - 1) // 3 + 1)

    @property
    def code(self) -> str:
        return f"{self.year:04d}-Q{self.number}"

    @property
    def first_day(self) -> date:
        return date(self.year, 3 * self.number - 2, 1)

    @property
    def last_day(self) -> date:
        return self.next().first_day - timedelta(days=1)

    def next(self) -> Quarter:
        return (
            Quarter(self.year + 1, 1) if self.number == 4 else Quarter(self.year, self.number + 1)
        )

    def previous(self) -> Quarter:
        return (
            Quarter(self.year - 1, 4) if self.number == 1 else Quarter(self.year, self.number - 1)
        )

    def __str__(self) -> str:
        return self.code


def latest_complete(today: date) -> Quarter:
    """The last quarter that has ended before `today`."""
    return Quarter.of(today).previous()


def offered(today: date, count: int = COMPLETE_QUARTERS) -> list[Quarter]:
    """The quarter running today (figures so far), then the `count` complete ones, newest first."""
    quarters = [Quarter.of(today)]
    for _ in range(count):
        quarters.append(quarters[-1].previous())
    return quarters
