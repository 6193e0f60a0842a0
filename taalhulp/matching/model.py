"""Value types of the taalhulp matching engine: helpers, requests, assignments and constants."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

HELPER_KINDS: tuple[str, ...] = ("taalhulp", "crisistolk")
REQUEST_KINDS: tuple[str, ...] = ("any", "taalhulp", "crisistolk")
MODES: tuple[str, ...] = ("remote", "onsite", "phone")
DIFFICULTIES: tuple[str, ...] = ("routine", "heavy")
# Every helper in this engine is a volunteer; heavy conversations need a certified interpreter,
# whom the platform books outside the engine. A certified kind would simply not be listed here.
VOLUNTEER_KINDS: frozenset[str] = frozenset(HELPER_KINDS)
CRISIS_KIND = "crisistolk"
REMOTE_MODES: frozenset[str] = frozenset({"remote", "phone"})  # "remote only" = never on site

# Part of the scoring rules: changing any of these needs a new SCORE_VERSION.
SCORE_VERSION = "taalhulp-2026.1"
SCORE_QUANTUM = 1000  # scores are whole thousandths, so the solver's sums are exact
SCORE_FLOOR = 0.01  # every feasible pair is worth something: scores are in [0.01, 1]
CRITERIA: tuple[str, ...] = ("language", "mode", "nearness", "kind", "capacity")
WEIGHTS: dict[str, float] = {
    "language": 0.30,  # the helper's stronger languages come first in their list
    "mode": 0.20,  # so do the modes they prefer
    "nearness": 0.25,  # on site: the share of their own distance limit left over
    "kind": 0.15,  # an "any" request goes to a volunteer first, keeping crisis interpreters free
    "capacity": 0.10,  # helpers with more room per week carry more of the load
}
RANK_VALUES: tuple[float, ...] = (1.0, 0.8, 0.6)  # first, second, third or later in a list
CAPACITY_FOR_FULL_MARKS = 5  # conversations per week


@dataclass(frozen=True)
class Slot:
    """A period a helper is available, as UTC minutes since the epoch, [start, end)."""

    start: int
    end: int


@dataclass(frozen=True)
class Helper:
    """A volunteer or crisis interpreter as the engine sees it (no names, no contact data)."""

    id: str
    kind: str
    languages: tuple[str, ...]  # strongest first
    modes: tuple[str, ...]  # preferred first
    location: tuple[float, float] | None  # (lat, lon) of the postcode; None without one
    max_km: float
    trained: bool
    max_per_week: int
    slots: tuple[Slot, ...]


@dataclass(frozen=True)
class Request:
    """A conversation that needs a helper: language, mode, place and time."""

    id: str
    language: str
    mode: str
    location: tuple[float, float] | None
    start: int  # UTC minutes since the epoch
    minutes: int
    week: tuple[int, int]  # ISO (year, week) of the local start date
    difficulty: str = "routine"
    kind: str = "any"

    @property
    def end(self) -> int:
        return self.start + self.minutes


@dataclass(frozen=True)
class Assignment:
    """A helper proposed for a request, with the score and its breakdown ("why")."""

    request: str
    helper: str
    score: float
    why: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {
            "request": self.request,
            "helper": self.helper,
            "score": self.score,
            "why": self.why,
        }
