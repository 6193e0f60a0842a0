"""Validation of a scenario dict (the JSON contract) into value types, naming each problem."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from portal.matching_shared.scenarios import ProblemCollector, ScenarioError

from .model import DIFFICULTIES, HELPER_KINDS, MODES, REQUEST_KINDS, Helper, Request, Slot
from .places import Locate

# Times in a scenario are Brussels wall-clock times; durations and overlaps are counted in UTC,
# so a conversation across a change to or from summer time lasts its real number of minutes.
BRUSSELS = ZoneInfo("Europe/Brussels")
HELPER_FIELDS = {
    "id", "kind", "languages", "modes", "postcode", "max_km", "trained", "max_per_week", "slots",
}  # fmt: skip
HELPER_REQUIRED = {"id", "kind", "languages", "modes", "max_km", "max_per_week", "slots"}
REQUEST_FIELDS = {"id", "language", "mode", "postcode", "start", "minutes", "difficulty", "kind"}
REQUEST_REQUIRED = {"id", "language", "mode", "start", "minutes"}
TOP_FIELDS = {"helpers", "requests", "exclusions", "crisis_remote_only"}
MAX_KM = 1000.0
MAX_PER_WEEK = 100
MAX_MINUTES = 24 * 60


@dataclass(frozen=True)
class Scenario:
    helpers: tuple[Helper, ...]
    requests: tuple[Request, ...]
    exclusions: frozenset[tuple[str, str]]
    crisis_remote_only: bool


def local_minutes(moment: datetime) -> int:
    """UTC minutes since the epoch of a naive Brussels wall-clock time (fold 0 when ambiguous)."""
    utc = moment.replace(tzinfo=BRUSSELS).astimezone(UTC)
    return int(utc.timestamp()) // 60


class _Checker(ProblemCollector):
    """The scenario's own checks on top of the shared ones (fields, text, language)."""

    example_id = "h1"

    def __init__(self, locate: Locate) -> None:
        super().__init__()
        self.locate = locate

    def choice(self, value: Any, path: str, choices: tuple[str, ...]) -> str | None:
        if not isinstance(value, str) or value not in choices:
            self.fail(path, f"must be one of {', '.join(choices)}")
            return None
        return value

    def number(self, value: Any, path: str, high: float) -> float | None:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        if not ok or not math.isfinite(value) or value < 0:
            self.fail(path, "must be a number ≥ 0")
            return None
        if value > high:
            self.fail(path, f"must be at most {high:g}")
            return None
        return float(value)

    def whole(self, value: Any, path: str, low: int, high: int) -> int | None:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.fail(path, f"must be a whole number from {low} to {high}")
            return None
        return value

    def flag(self, value: Any, path: str) -> bool | None:
        if not isinstance(value, bool):
            self.fail(path, "must be true or false")
            return None
        return value

    def listed(self, value: Any, path: str, check) -> tuple | None:
        """A non-empty list without repeats, each item passing `check(item, path)`."""
        if not isinstance(value, list) or not value:
            self.fail(path, "must be a non-empty list")
            return None
        items = [check(item, f"{path}[{index}]") for index, item in enumerate(value)]
        if any(item is None for item in items):
            return None
        if len(set(items)) < len(items):
            self.fail(path, "lists an item twice")
            return None
        return tuple(items)

    def time(self, value: Any, path: str) -> datetime | None:
        try:
            moment = datetime.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            moment = None
        if moment is None or moment.tzinfo is not None or len(value) < 16:
            self.fail(path, 'must be a local Brussels time such as "2026-12-08T09:00"')
            return None
        return moment

    def place(self, value: Any, path: str) -> tuple[float, float] | None:
        if not isinstance(value, str) or not value.strip():
            self.fail(path, 'must be a postcode such as "9000"')
            return None
        found = self.locate(value)
        if found is None:
            self.fail(path, f"unknown postcode {value!r}")
        return found

    def slot(self, obj: Any, path: str) -> Slot | None:
        if not self.fields(obj, path, {"start", "end"}, {"start", "end"}):
            return None
        if {"start", "end"} - obj.keys():
            return None  # "is required" is said already
        start = self.time(obj["start"], f"{path}.start")
        end = self.time(obj["end"], f"{path}.end")
        if start is None or end is None:
            return None
        slot = Slot(local_minutes(start), local_minutes(end))
        if slot.end <= slot.start:
            self.fail(f"{path}.end", "must be after the start")
            return None
        return slot


def _helper(check: _Checker, obj: Any, path: str) -> Helper | None:
    before = len(check.errors)
    if not check.fields(obj, path, HELPER_FIELDS, HELPER_REQUIRED):
        return None

    def given(name: str, parse):
        return parse(obj[name], f"{path}.{name}") if name in obj else None  # "is required" said

    modes = given("modes", lambda v, p: check.listed(v, p, lambda m, q: check.choice(m, q, MODES)))
    location = None
    if "postcode" in obj:
        location = check.place(obj["postcode"], f"{path}.postcode")
    elif modes and "onsite" in modes:
        check.fail(f"{path}.postcode", "is required for a helper who offers onsite")
    values = {
        "id": given("id", check.text),
        "kind": given("kind", lambda v, p: check.choice(v, p, HELPER_KINDS)),
        "languages": given("languages", lambda v, p: check.listed(v, p, check.language)),
        "modes": modes,
        "location": location,
        "max_km": given("max_km", lambda v, p: check.number(v, p, MAX_KM)),
        "trained": check.flag(obj.get("trained", False), f"{path}.trained"),
        "max_per_week": given("max_per_week", lambda v, p: check.whole(v, p, 0, MAX_PER_WEEK)),
        "slots": None,
    }
    slots = obj.get("slots", [])
    if not isinstance(slots, list):
        check.fail(f"{path}.slots", 'must be a list of {"start", "end"} periods')
    else:
        found = [check.slot(slot, f"{path}.slots[{n}]") for n, slot in enumerate(slots)]
        values["slots"] = tuple(sorted((s for s in found if s), key=lambda s: (s.start, s.end)))
    if len(check.errors) > before:
        return None
    return Helper(**values)


def _request(check: _Checker, obj: Any, path: str) -> Request | None:
    before = len(check.errors)
    if not check.fields(obj, path, REQUEST_FIELDS, REQUEST_REQUIRED):
        return None

    def given(name: str, parse):
        return parse(obj[name], f"{path}.{name}") if name in obj else None  # "is required" said

    mode = given("mode", lambda v, p: check.choice(v, p, MODES))
    location = None
    if "postcode" in obj:
        location = check.place(obj["postcode"], f"{path}.postcode")
    elif mode == "onsite":
        check.fail(f"{path}.postcode", "is required for an onsite request")
    start = given("start", check.time)
    values = {
        "id": given("id", check.text),
        "language": given("language", check.language),
        "mode": mode,
        "location": location,
        "start": None if start is None else local_minutes(start),
        "minutes": given("minutes", lambda v, p: check.whole(v, p, 1, MAX_MINUTES)),
        "week": None if start is None else tuple(start.isocalendar()[:2]),
        "difficulty": check.choice(
            obj.get("difficulty", "routine"), f"{path}.difficulty", DIFFICULTIES
        ),
        "kind": check.choice(obj.get("kind", "any"), f"{path}.kind", REQUEST_KINDS),
    }
    if len(check.errors) > before:
        return None
    return Request(**values)


def _exclusions(check: _Checker, value: Any, helpers: set[str], requests: set[str]):
    if not isinstance(value, list):
        check.fail("exclusions", 'must be a list of ["helper id", "request id"] pairs')
        return frozenset()
    pairs = set()
    for index, pair in enumerate(value):
        path = f"exclusions[{index}]"
        ok = isinstance(pair, list) and len(pair) == 2
        if not ok or not all(isinstance(part, str) for part in pair):
            check.fail(path, 'must be a pair ["helper id", "request id"]')
            continue
        if pair[0] not in helpers:
            check.fail(f"{path}[0]", f"unknown helper {pair[0]!r}")
        if pair[1] not in requests:
            check.fail(f"{path}[1]", f"unknown request {pair[1]!r}")
        pairs.add((pair[0], pair[1]))
    return frozenset(pairs)


def parse_scenario(data: Any, locate: Locate) -> Scenario:
    """Check a scenario dict and turn it into value types; raise ScenarioError listing problems.

    `locate(postcode)` gives the (lat, lon) of a postcode, or None for an unknown one.
    """
    check = _Checker(locate)
    if not check.fields(data, "scenario", TOP_FIELDS, {"helpers", "requests"}):
        raise ScenarioError(check.errors)
    parsed, given = {}, {}
    for name, parse in (("helpers", _helper), ("requests", _request)):
        items = data.get(name, [])
        if not isinstance(items, list):
            check.fail(name, "must be a list")
            items = []
        parsed[name] = [parse(check, obj, f"{name}[{index}]") for index, obj in enumerate(items)]
        # Ids as given, also of invalid items: an exclusion naming one is not a second problem.
        given[name] = {obj.get("id") for obj in items if isinstance(obj, dict)}
    check.unique_ids(parsed["helpers"], "helpers")
    check.unique_ids(parsed["requests"], "requests")
    exclusions = _exclusions(check, data.get("exclusions", []), given["helpers"], given["requests"])
    remote_only = check.flag(data.get("crisis_remote_only", True), "crisis_remote_only")
    if check.errors:
        raise ScenarioError(check.errors)
    return Scenario(tuple(parsed["helpers"]), tuple(parsed["requests"]), exclusions, remote_only)
