"""Value types of the matching engine: candidates, initiatives, weights, pairs and proposals."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import Any

from portal.vocabulary import SPEAKER_LEVELS

LEVELS: tuple[str, ...] = SPEAKER_LEVELS
LEVEL_RANK: dict[str, int] = {level: rank for rank, level in enumerate(LEVELS)}
DAYPARTS: tuple[str, ...] = ("morning", "afternoon", "evening")
BUDDY_KINDS: tuple[str, ...] = ("language", "network", "job", "leisure")
CRITERIA: tuple[str, ...] = (
    "preferred_language",
    "interests",
    "availability",
    "nearness",
    "waiting_time",
)

# Part of the scoring rules: changing any of these needs a new DEFAULT_WEIGHTS_VERSION.
DEFAULT_WEIGHTS_VERSION = "buddy-2026.1"
SCORE_FLOOR = 0.01  # every feasible pair is worth something, so scores are in (0, 1]
NEUTRAL = 0.5  # value of a criterion the initiative expresses no wish about
THEMES_FOR_FULL_MARKS = 3
SLOTS_FOR_FULL_MARKS = 3
WAITING_DAYS_FOR_FULL_MARKS = 180
SCORE_QUANTUM = 1_000_000  # scores are exact multiples of 1e-6, so the solver's sums are exact


Slot = tuple[int, str]  # (weekday 0 = Monday .. 6, daypart)


SLOT_BITS: dict[Slot, int] = {
    (weekday, daypart): 1 << (weekday * len(DAYPARTS) + index)
    for weekday in range(7)
    for index, daypart in enumerate(DAYPARTS)
}


def slot_bit(slot: Slot) -> int:
    """Bit of a weekday/daypart slot in a 21-bit availability mask."""
    return SLOT_BITS[slot]


@lru_cache(maxsize=4096)
def slots_from_mask(mask: int) -> tuple[Slot, ...]:
    """The slots of an availability mask, Monday morning first."""
    return tuple(
        (index // len(DAYPARTS), DAYPARTS[index % len(DAYPARTS)])
        for index in range(7 * len(DAYPARTS))
        if mask >> index & 1
    )


def _set(obj: object, name: str, value: Any) -> None:
    object.__setattr__(obj, name, value)  # normalising a frozen dataclass in __post_init__


@dataclass(frozen=True)
class Candidate:
    """A candidate buddy as the engine sees it (no names, no contact data)."""

    id: str
    lat: float
    lon: float
    max_km: float
    languages: Mapping[str, str]
    availability: frozenset[Slot]
    capacity: int
    buddy_kinds: frozenset[str]
    interests: frozenset[str] = frozenset()
    waiting_days: float = 0
    paused: bool = False

    def __post_init__(self) -> None:
        # Callers may pass lists; the engine relies on sets (no duplicates, set operations).
        _set(self, "availability", frozenset(tuple(slot) for slot in self.availability))
        _set(self, "buddy_kinds", frozenset(self.buddy_kinds))
        _set(self, "interests", frozenset(word.casefold() for word in self.interests))

    @cached_property
    def slot_mask(self) -> int:
        return sum(SLOT_BITS[slot] for slot in self.availability)


@dataclass(frozen=True)
class Initiative:
    """A local buddy project with its matching fields."""

    id: str
    lat: float
    lon: float
    reach_km: float | None
    capacity: int
    availability: frozenset[Slot]
    buddy_kind: str
    required_languages: Mapping[str, str] = field(default_factory=dict)
    preferred_languages: tuple[str, ...] = ()
    themes: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        _set(self, "availability", frozenset(tuple(slot) for slot in self.availability))
        _set(self, "preferred_languages", tuple(dict.fromkeys(self.preferred_languages)))
        _set(self, "themes", frozenset(word.casefold() for word in self.themes))

    @cached_property
    def slot_mask(self) -> int:
        return sum(SLOT_BITS[slot] for slot in self.availability)


@dataclass(frozen=True)
class Weights:
    """Relative weights of the score criteria, with the version stored on every run."""

    preferred_language: float = 0.25
    interests: float = 0.25
    availability: float = 0.15
    nearness: float = 0.20
    waiting_time: float = 0.15
    version: str = DEFAULT_WEIGHTS_VERSION

    def values(self) -> tuple[float, ...]:
        return tuple(float(getattr(self, name)) for name in CRITERIA)

    def normalised(self) -> tuple[float, ...]:
        """The weights scaled to sum to 1 (so the score stays in (0, 1])."""
        values = self.values()
        total = sum(values)
        if total <= 0:
            raise ValueError("at least one weight must be above 0")
        return tuple(value / total for value in values)

    @classmethod
    def custom(cls, version: str | None = None, **values: float) -> Weights:
        """Weights from a scenario; without a version, one is derived from the values."""
        weights = cls(**values)
        if version:
            return replace(weights, version=version)
        if weights.values() == cls().values():
            return cls()
        digest = hashlib.sha256(json.dumps(weights.values()).encode()).hexdigest()[:10]
        return replace(weights, version=f"custom-{digest}")


DEFAULT_WEIGHTS = Weights()


@dataclass(frozen=True)
class Pair:
    """A candidate × initiative pair that satisfies every hard constraint."""

    candidate: str
    initiative: str
    score: float
    distance_km: float
    components: tuple[float, ...]  # one value in [0, 1] per criterion, in CRITERIA order


@dataclass(frozen=True)
class Proposal:
    """An assignment the engine proposes, with its score breakdown ("why this match")."""

    candidate: str
    initiative: str
    score: float
    reasons: dict[str, dict[str, Any]]
    explanation: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "candidate": self.candidate,
            "initiative": self.initiative,
            "score": self.score,
            "reasons": self.reasons,
            "explanation": self.explanation,
        }
