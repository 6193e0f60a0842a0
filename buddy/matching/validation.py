"""Validation of a scenario dict (the JSON contract) into value types, naming each problem."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from portal.matching_shared.scenarios import ProblemCollector, ScenarioError

from .model import (
    BUDDY_KINDS,
    CRITERIA,
    DAYPARTS,
    DEFAULT_WEIGHTS,
    DEFAULT_WEIGHTS_VERSION,
    LEVEL_RANK,
    LEVELS,
    Candidate,
    Initiative,
    Weights,
)

CANDIDATE_FIELDS = {
    "id", "lat", "lon", "max_km", "languages", "interests", "availability", "capacity",
    "waiting_days", "buddy_kinds", "paused",
}  # fmt: skip
CANDIDATE_REQUIRED = {"id", "lat", "lon", "max_km", "languages", "availability", "capacity"}
CANDIDATE_REQUIRED |= {"buddy_kinds"}
INITIATIVE_FIELDS = {
    "id", "lat", "lon", "reach_km", "capacity", "required_languages", "preferred_languages",
    "themes", "availability", "buddy_kind",
}  # fmt: skip
INITIATIVE_REQUIRED = {"id", "lat", "lon", "capacity", "availability", "buddy_kind"}
MAX_CAPACITY = 10_000
TOP_FIELDS = {"candidates", "initiatives", "exclusions", "weights"}


@dataclass(frozen=True)
class Scenario:
    candidates: tuple[Candidate, ...]
    initiatives: tuple[Initiative, ...]
    exclusions: frozenset[tuple[str, str]]
    weights: Weights


class _Checker(ProblemCollector):
    """The scenario's own checks on top of the shared ones (fields, text, language)."""

    example_id = "c1"

    def number(self, obj: dict, name: str, path: str, low: float, high: float, default=None):
        value = obj.get(name, default)
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(f"{path}.{name}", "must be a number")
            return None
        if not math.isfinite(value) or not low <= value <= high:
            self.fail(f"{path}.{name}", f"must be between {low:g} and {high:g}, got {value!r}")
            return None
        return float(value)

    def integer(self, obj: dict, name: str, path: str) -> int | None:
        value = obj.get(name)
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(f"{path}.{name}", "must be a whole number")
            return None
        if not 0 <= value <= MAX_CAPACITY:
            self.fail(f"{path}.{name}", f"must be between 0 and {MAX_CAPACITY}, got {value}")
            return None
        return value

    def words(self, obj: dict, name: str, path: str) -> list[str]:
        value = obj.get(name, [])
        if not isinstance(value, list):
            self.fail(f"{path}.{name}", "must be a list of texts")
            return []
        found = [self.text(item, f"{path}.{name}[{index}]") for index, item in enumerate(value)]
        return [item for item in found if item is not None]

    def levels(self, obj: dict, name: str, path: str) -> dict[str, str]:
        value = obj.get(name, {})
        if not isinstance(value, dict):
            self.fail(f"{path}.{name}", 'must be an object such as {"nl": "B1"}')
            return {}
        result = {}
        for code, level in value.items():
            ok = self.language(code, f"{path}.{name}.{code}")
            if not isinstance(level, str) or level not in LEVEL_RANK:
                choices = ", ".join(LEVELS)
                self.fail(f"{path}.{name}.{code}", f"unknown level {level!r}; use {choices}")
                ok = False
            if ok:
                result[code] = level
        return result

    def availability(self, obj: dict, path: str) -> frozenset[tuple[int, str]]:
        value = obj.get("availability")
        if not isinstance(value, list):
            self.fail(f"{path}.availability", "must be a list of {weekday, daypart} slots")
            return frozenset()
        slots = set()
        for index, slot in enumerate(value):
            where = f"{path}.availability[{index}]"
            if not self.fields(slot, where, {"weekday", "daypart"}, {"weekday", "daypart"}):
                continue
            weekday, daypart = slot.get("weekday"), slot.get("daypart")
            ok = True
            if type(weekday) is not int or weekday not in range(7):
                self.fail(f"{where}.weekday", "must be 0 (Monday) to 6 (Sunday)")
                ok = False
            if daypart not in DAYPARTS:
                self.fail(f"{where}.daypart", f"must be one of {', '.join(DAYPARTS)}")
                ok = False
            if ok:
                slots.add((weekday, daypart))
        return frozenset(slots)

    def kind(self, value: Any, path: str) -> str | None:
        if value not in BUDDY_KINDS:
            self.fail(path, f"unknown buddy kind {value!r}; use one of {', '.join(BUDDY_KINDS)}")
            return None
        return value


def _candidate(check: _Checker, obj: Any, path: str) -> Candidate | None:
    before = len(check.errors)
    if not check.fields(obj, path, CANDIDATE_FIELDS, CANDIDATE_REQUIRED):
        return None
    kinds = obj.get("buddy_kinds")
    if not isinstance(kinds, list):
        if "buddy_kinds" in obj:
            check.fail(f"{path}.buddy_kinds", f"must be a list from {', '.join(BUDDY_KINDS)}")
        kinds = []
    paused = obj.get("paused", False)
    if not isinstance(paused, bool):
        check.fail(f"{path}.paused", "must be true or false")
    values = {
        "id": check.text(obj.get("id"), f"{path}.id") if "id" in obj else None,
        "lat": check.number(obj, "lat", path, -90, 90) if "lat" in obj else None,
        "lon": check.number(obj, "lon", path, -180, 180) if "lon" in obj else None,
        "max_km": check.number(obj, "max_km", path, 0, 20_100) if "max_km" in obj else None,
        "languages": check.levels(obj, "languages", path),
        "interests": frozenset(w.casefold() for w in check.words(obj, "interests", path)),
        "availability": check.availability(obj, path) if "availability" in obj else None,
        "capacity": check.integer(obj, "capacity", path) if "capacity" in obj else None,
        "waiting_days": check.number(obj, "waiting_days", path, 0, 1e6, default=0),
        "buddy_kinds": frozenset(
            check.kind(kind, f"{path}.buddy_kinds[{index}]") for index, kind in enumerate(kinds)
        ),
        "paused": paused,
    }
    if len(check.errors) > before:
        return None
    return Candidate(**values)


def _initiative(check: _Checker, obj: Any, path: str) -> Initiative | None:
    before = len(check.errors)
    if not check.fields(obj, path, INITIATIVE_FIELDS, INITIATIVE_REQUIRED):
        return None
    reach = obj.get("reach_km")
    preferred = obj.get("preferred_languages", [])
    if not isinstance(preferred, list):
        check.fail(f"{path}.preferred_languages", 'must be a list such as ["ar", "uk"]')
        preferred = []
    preferred = [
        code
        for index, code in enumerate(preferred)
        if check.language(code, f"{path}.preferred_languages[{index}]")
    ]
    values = {
        "id": check.text(obj.get("id"), f"{path}.id") if "id" in obj else None,
        "lat": check.number(obj, "lat", path, -90, 90) if "lat" in obj else None,
        "lon": check.number(obj, "lon", path, -180, 180) if "lon" in obj else None,
        "reach_km": None if reach is None else check.number(obj, "reach_km", path, 0, 20_100),
        "capacity": check.integer(obj, "capacity", path) if "capacity" in obj else None,
        "required_languages": check.levels(obj, "required_languages", path),
        "preferred_languages": tuple(dict.fromkeys(preferred)),
        "themes": frozenset(word.casefold() for word in check.words(obj, "themes", path)),
        "availability": check.availability(obj, path) if "availability" in obj else None,
        "buddy_kind": check.kind(obj.get("buddy_kind"), f"{path}.buddy_kind")
        if "buddy_kind" in obj
        else None,
    }
    if len(check.errors) > before:
        return None
    return Initiative(**values)


def _weights(check: _Checker, obj: Any) -> Weights:
    if obj is None:
        return DEFAULT_WEIGHTS
    if not check.fields(obj, "weights", set(CRITERIA) | {"version"}, set()):
        return DEFAULT_WEIGHTS
    before = len(check.errors)
    values = {
        name: check.number(obj, name, "weights", 0, 1000, default=getattr(DEFAULT_WEIGHTS, name))
        for name in CRITERIA
    }
    version = obj.get("version")
    if version is not None and check.text(version, "weights.version") is None:
        return DEFAULT_WEIGHTS
    if len(check.errors) > before:
        return DEFAULT_WEIGHTS
    if sum(values.values()) <= 0:
        check.fail("weights", "at least one weight must be above 0")
        return DEFAULT_WEIGHTS
    weights = Weights.custom(version=version, **values)
    if version == DEFAULT_WEIGHTS_VERSION and weights.values() != DEFAULT_WEIGHTS.values():
        check.fail("weights.version", f"{version!r} names the default weights; use a new version")
    return weights


def _exclusions(check: _Checker, value: Any) -> frozenset[tuple[str, str]]:
    if not isinstance(value, list):
        check.fail("exclusions", 'must be a list of ["candidate id", "initiative id"] pairs')
        return frozenset()
    pairs = set()
    for index, pair in enumerate(value):
        ok = isinstance(pair, list) and len(pair) == 2
        if not ok or not all(isinstance(part, str) and part for part in pair):
            check.fail(f"exclusions[{index}]", 'must be a pair ["candidate id", "initiative id"]')
            continue
        pairs.add((pair[0], pair[1]))
    return frozenset(pairs)


def parse_scenario(data: Any) -> Scenario:
    """Check a scenario dict and turn it into value types; raise ScenarioError listing problems."""
    check = _Checker()
    if not check.fields(data, "scenario", TOP_FIELDS, {"candidates", "initiatives"}):
        raise ScenarioError(check.errors)
    parsed = {}
    for name, parse in (("candidates", _candidate), ("initiatives", _initiative)):
        items = data.get(name, [])
        if not isinstance(items, list):
            check.fail(name, "must be a list")
            items = []
        parsed[name] = [parse(check, obj, f"{name}[{index}]") for index, obj in enumerate(items)]
    candidates, initiatives = parsed["candidates"], parsed["initiatives"]
    check.unique_ids(candidates, "candidates")
    check.unique_ids(initiatives, "initiatives")
    exclusions = _exclusions(check, data.get("exclusions", []))
    weights = _weights(check, data.get("weights"))
    if check.errors:
        raise ScenarioError(check.errors)
    return Scenario(tuple(candidates), tuple(initiatives), exclusions, weights)
