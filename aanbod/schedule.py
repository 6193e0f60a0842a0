"""Offer schedules: weekly slots and single dates, their next occurrences and search facets."""

# Pure domain logic (architecture.md §7 rule 3): stdlib only, no Django imports.
#
# Decisions the model, import and search layers rely on:
# - All times are naive wall-clock times in Europe/Brussels. A 19:00 slot stays 19:00 across the
#   daylight-saving change; converting to an aware datetime is the caller's job.
# - `start_date`/`end_date` bound the weekly slots only, both inclusive. Single `dates` are explicit
#   extra occurrences and always count, even outside that range.
# - A single date has no time. It is a whole-day occurrence: `Occurrence(start=day, end=day)`
#   with plain `date` values and an inclusive end.
# - A slot must end after it starts on the same day (no slots past midnight; use 23:59).
# - Day parts are half-open intervals that a slot overlaps: morning [00:00, 12:00),
#   afternoon [12:00, 18:00), evening [18:00, 24:00). So 11:00-13:00 is morning and afternoon,
#   and 10:00-12:00 is morning only. "weekend" is a Saturday/Sunday slot or single date.
#   Single dates have no time, so they add "weekend" at most, never a time of day.

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

# Open-ended schedules are expanded this far ahead, so the loop is always bounded.
HORIZON_DAYS = 366

MORNING_END = time(12, 0)
EVENING_START = time(18, 0)
DAY_PARTS = ("morning", "afternoon", "evening", "weekend")
SATURDAY = 5

# [0-9], not \d: \d also matches other scripts' digits, such as Arabic-Indic ones.
_TIME_RE = re.compile(r"(?:[01][0-9]|2[0-3]):[0-5][0-9]")
# date.fromisoformat also accepts "20260915" and week dates; the contract wants YYYY-MM-DD only.
_DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class ScheduleError(ValueError):
    """A schedule value breaks a rule; `field` is relative to the schedule (e.g. "end")."""

    def __init__(
        self, field: str, message: str, *, code: str = "invalid", params: dict | None = None
    ):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
        # `code` and `params` let the interchange layer report a stable, translatable error.
        self.code = code
        self.params = params or {}


@dataclass(frozen=True)
class WeeklySlot:
    """A recurring slot: every `weekday` (0=Monday … 6=Sunday) from `start` to `end`."""

    weekday: int
    start: time
    end: time

    def __post_init__(self):
        validate_weekday(self.weekday)
        if self.end <= self.start:
            raise ScheduleError(
                "end",
                "The end time must be later than the start time.",
                code="end_before_start",
                params={"start": _hhmm(self.start), "end": _hhmm(self.end)},
            )


@dataclass(frozen=True)
class Schedule:
    """When an offer takes place: weekly slots within an optional date range, plus single dates."""

    start_date: date | None = None
    end_date: date | None = None
    weekly: tuple[WeeklySlot, ...] = ()
    dates: tuple[date, ...] = ()

    def __post_init__(self):
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ScheduleError(
                "end_date",
                "The end date must not be before the start date.",
                code="end_date_before_start_date",
                params={"start": self.start_date.isoformat(), "end": self.end_date.isoformat()},
            )
        # Normalise so equal schedules compare equal and lookups can bisect.
        object.__setattr__(self, "weekly", tuple(sorted(set(self.weekly), key=_slot_key)))
        object.__setattr__(self, "dates", tuple(sorted(set(self.dates))))

    @property
    def is_empty(self) -> bool:
        """True when there are no fixed times (e.g. a buddy project or a self-paced course)."""
        return not self.weekly and not self.dates


@dataclass(frozen=True)
class Occurrence:
    """One session. `start`/`end` are naive local datetimes, or equal dates for a whole day."""

    start: datetime | date
    end: datetime | date

    @property
    def all_day(self) -> bool:
        # datetime is a subclass of date, so test for the narrower type.
        return not isinstance(self.start, datetime)

    @property
    def day(self) -> date:
        return self.start.date() if isinstance(self.start, datetime) else self.start


def parse_time(value: Any, field: str = "time") -> time:
    """Parse a strict 24-hour "HH:MM" string."""
    if not isinstance(value, str) or not _TIME_RE.fullmatch(value):
        raise ScheduleError(
            field,
            'Write the time as HH:MM (24 hours), for example "09:30" or "19:00".',
            code="invalid_time",
            params={"value": _excerpt(value)},
        )
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes))


def parse_date(value: Any, field: str = "date") -> date:
    """Parse a strict ISO "YYYY-MM-DD" string that names a real calendar day."""
    if isinstance(value, str) and _DATE_RE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass  # e.g. 2027-02-29 or 2026-13-01: right shape, not a real day
    raise ScheduleError(
        field,
        'Write the date as YYYY-MM-DD, for example "2026-09-15".',
        code="invalid_date",
        params={"value": _excerpt(value)},
    )


def validate_weekday(value: Any, field: str = "weekday") -> int:
    """Return `value` if it is a weekday number 0 (Monday) to 6 (Sunday)."""
    # bool is an int in Python, but `true` is not a weekday.
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 6:
        raise ScheduleError(
            field,
            "Use a weekday number from 0 (Monday) to 6 (Sunday).",
            code="out_of_range",
            params={"value": _excerpt(value), "min": 0, "max": 6},
        )
    return value


def next_occurrences(schedule: Schedule, *, after: datetime, limit: int = 5) -> list[Occurrence]:
    """The first `limit` occurrences from `after` on, sorted, whole days first within a day.

    A timed occurrence counts when it starts at or after `after`; a whole-day one counts for the
    whole of its day. An aware `after` is converted to Brussels wall-clock time first. Weekly slots
    are expanded at most HORIZON_DAYS ahead of the first day that can have one.
    """
    if limit <= 0:
        return []
    after = _as_local_naive(after)
    first_day = after.date()
    found = _weekly_occurrences(schedule, after=after, limit=limit)
    # Dates are sorted, so the first `limit` from first_day on are the only candidates.
    index = bisect_left(schedule.dates, first_day)
    found += [Occurrence(day, day) for day in schedule.dates[index : index + limit]]
    found.sort(key=_occurrence_key)
    return found[:limit]


def weekdays(schedule: Schedule) -> set[int]:
    """Weekday numbers (0=Monday) on which the offer can take place, for the weekday facet."""
    days = {slot.weekday for slot in _effective_slots(schedule)}
    return days | {day.weekday() for day in schedule.dates}


def day_parts(schedule: Schedule) -> set[str]:
    """Day parts ("morning", "afternoon", "evening", "weekend") the offer overlaps."""
    parts: set[str] = set()
    for slot in _effective_slots(schedule):
        if slot.start < MORNING_END:
            parts.add("morning")
        if slot.start < EVENING_START and slot.end > MORNING_END:
            parts.add("afternoon")
        if slot.end > EVENING_START:
            parts.add("evening")
        if slot.weekday >= SATURDAY:
            parts.add("weekend")
    if any(day.weekday() >= SATURDAY for day in schedule.dates):
        parts.add("weekend")
    return parts


def _weekly_occurrences(schedule: Schedule, *, after: datetime, limit: int) -> list[Occurrence]:
    if not schedule.weekly:
        return []
    by_weekday: dict[int, list[WeeklySlot]] = {}
    for slot in schedule.weekly:  # already sorted by weekday and time
        by_weekday.setdefault(slot.weekday, []).append(slot)
    day = after.date()
    if schedule.start_date and schedule.start_date > day:
        day = schedule.start_date
    last = day + timedelta(days=HORIZON_DAYS)
    if schedule.end_date and schedule.end_date < last:
        last = schedule.end_date
    found: list[Occurrence] = []
    # Finish the whole day even past `limit`, so same-day whole-day dates sort correctly later.
    while day <= last and len(found) < limit:
        for slot in by_weekday.get(day.weekday(), ()):
            start = datetime.combine(day, slot.start)
            if start >= after:
                found.append(Occurrence(start, datetime.combine(day, slot.end)))
        day += timedelta(days=1)
    return found


def _effective_slots(schedule: Schedule) -> tuple[WeeklySlot, ...]:
    """Weekly slots that can occur: a range shorter than a week may skip some weekdays."""
    start, end = schedule.start_date, schedule.end_date
    if start is None or end is None or (end - start).days >= 6:
        return schedule.weekly
    possible = {(start + timedelta(days=n)).weekday() for n in range((end - start).days + 1)}
    return tuple(slot for slot in schedule.weekly if slot.weekday in possible)


def _as_local_naive(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(ZoneInfo("Europe/Brussels")).replace(tzinfo=None)


def _occurrence_key(occurrence: Occurrence) -> tuple:
    if occurrence.all_day:
        return (occurrence.day, 0, time.min, time.min)
    return (occurrence.day, 1, occurrence.start.time(), occurrence.end.time())


def _slot_key(slot: WeeklySlot) -> tuple:
    return (slot.weekday, slot.start, slot.end)


def _hhmm(value: time) -> str:
    return value.strftime("%H:%M")


def _excerpt(value: Any, limit: int = 40) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
