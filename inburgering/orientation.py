"""Which Dutch course fits: ordered editor rules, first match wins, sensible defaults.

Pure: the page turns its rules and the visitor's answers into these dataclasses, so the
orientation can be tested without a database. No rule fits: the defaults decide (people who
cannot read yet, or not in the Latin script, learn that script first at a CBE)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

# The script the person learned to read in.
LATIN = "latin"
OTHER_SCRIPT = "other_script"
NOT_LITERATE = "not_literate"
SCRIPTS = (LATIN, OTHER_SCRIPT, NOT_LITERATE)

# How long the person went to school.
LITTLE = "little"  # none, or six years or less
SECONDARY = "secondary"
HIGHER = "higher"
SCHOOLINGS = (LITTLE, SECONDARY, HIGHER)

# Why the person learns Dutch.
DAILY_LIFE = "daily_life"
WORK = "work"
STUDY = "study"
CERTIFICATE = "certificate"  # for nationality or a job
GOALS = (DAILY_LIFE, WORK, STUDY, CERTIFICATE)

# When the person has time.
DAY = "day"
EVENING = "evening"
WEEKEND = "weekend"
TIMES = (DAY, EVENING, WEEKEND)

# How much Dutch the person knows already.
NO_DUTCH = "none"
A1 = "a1"
A2 = "a2"
B1_PLUS = "b1_plus"
DUTCH_LEVELS = (NO_DUTCH, A1, A2, B1_PLUS)

MIN_HOURS = 1
MAX_HOURS = 40

# The routes.
LATIN_SCRIPT_FIRST = "latin_script_first"  # literacy or the Latin script first, at a CBE
CBE = "cbe"  # centre for adult basic education
CVO = "cvo"  # centre for adult education
UTC = "utc"  # university language centre
ROUTES = (LATIN_SCRIPT_FIRST, CBE, CVO, UTC)

# Pace, by hours a week.
SLOW = "slow"
STANDARD = "standard"
INTENSIVE = "intensive"
PACES = (SLOW, STANDARD, INTENSIVE)
INTENSIVE_FROM_HOURS = 12
STANDARD_FROM_HOURS = 6

# Rough hours of lessons for the first step on each route (a level, or the script).
STEP_HOURS = {LATIN_SCRIPT_FIRST: 240, CBE: 240, CVO: 120, UTC: 120}

# The finder's filters: offers of this type, for this level, in this part of the day.
FINDER_TYPE = "course_nt2"
FINDER_LEVELS = {NO_DUTCH: ("A0",), A1: ("A1",), A2: ("A2",), B1_PLUS: ("B1", "B2")}
# Day courses run in the morning and the afternoon; the finder takes one day part, so none.
FINDER_DAYPARTS = {DAY: "", EVENING: "evening", WEEKEND: "weekend"}


def _check(value, allowed, name: str) -> None:
    if value not in allowed:
        raise ValueError(f"{name}: {value!r} is not one of {', '.join(map(str, allowed))}")


@dataclass(frozen=True)
class Answers:
    """What the person told us."""

    script: str
    schooling: str
    goal: str
    time: str
    hours: int
    dutch: str

    def __post_init__(self):
        _check(self.script, SCRIPTS, "script")
        _check(self.schooling, SCHOOLINGS, "schooling")
        _check(self.goal, GOALS, "goal")
        _check(self.time, TIMES, "time")
        _check(self.dutch, DUTCH_LEVELS, "dutch")
        if not MIN_HOURS <= self.hours <= MAX_HOURS:
            raise ValueError(f"hours: {self.hours!r} is not between {MIN_HOURS} and {MAX_HOURS}")


@dataclass(frozen=True)
class Rule:
    """Conditions on the answers and the route they lead to. An empty condition means "any"."""

    route: str
    reason: str = ""
    duration: str = ""
    scripts: frozenset[str] = frozenset()
    schoolings: frozenset[str] = frozenset()
    goals: frozenset[str] = frozenset()
    times: frozenset[str] = frozenset()
    dutch_levels: frozenset[str] = frozenset()
    min_hours: int | None = None
    max_hours: int | None = None

    def __post_init__(self):
        _check(self.route, ROUTES, "route")
        for name, allowed in (
            ("scripts", SCRIPTS),
            ("schoolings", SCHOOLINGS),
            ("goals", GOALS),
            ("times", TIMES),
            ("dutch_levels", DUTCH_LEVELS),
        ):
            values = frozenset(getattr(self, name))
            object.__setattr__(self, name, values)
            for value in values:
                _check(value, allowed, name)

    def matches(self, answers: Answers) -> bool:
        pairs = (
            (self.scripts, answers.script),
            (self.schoolings, answers.schooling),
            (self.goals, answers.goal),
            (self.times, answers.time),
            (self.dutch_levels, answers.dutch),
        )
        if self.min_hours is not None and answers.hours < self.min_hours:
            return False
        if self.max_hours is not None and answers.hours > self.max_hours:
            return False
        return all(not allowed or value in allowed for allowed, value in pairs)


@dataclass(frozen=True)
class RouteText:
    """The page's words for a route the defaults chose: why, and how long it takes."""

    reason: str = ""
    duration: str = ""


@dataclass(frozen=True)
class Recommendation:
    """The one route, why, how long, at which pace, and what the finder should show."""

    route: str
    reason: str
    duration: str
    rule_index: int | None  # None: the defaults chose
    pace: str
    weeks: int  # weeks for the route's first step at the person's hours a week
    filters: tuple[tuple[str, str], ...] = field(default=())


def default_route(answers: Answers) -> str:
    """The hard sense: the script first, then little schooling, then study at a university."""
    if answers.script != LATIN:
        return LATIN_SCRIPT_FIRST
    if answers.schooling == LITTLE:
        return CBE
    if answers.schooling == HIGHER and answers.goal == STUDY:
        return UTC
    return CVO


def pace(hours: int) -> str:
    if hours >= INTENSIVE_FROM_HOURS:
        return INTENSIVE
    if hours >= STANDARD_FROM_HOURS:
        return STANDARD
    return SLOW


def weeks(route: str, hours: int) -> int:
    return math.ceil(STEP_HOURS[route] / hours)


def finder_filters(answers: Answers) -> tuple[tuple[str, str], ...]:
    """Query parameters for the finder: Dutch courses at the person's level and day part."""
    filters = [("type", FINDER_TYPE)]
    filters += [("level", level) for level in FINDER_LEVELS[answers.dutch]]
    if FINDER_DAYPARTS[answers.time]:
        filters.append(("daypart", FINDER_DAYPARTS[answers.time]))
    return tuple(filters)


def recommend(answers: Answers, rules: list[Rule], default: dict[str, RouteText]) -> Recommendation:
    """The route of the first rule that matches; none matches: the defaults, with their texts."""
    route, text, index = default_route(answers), None, None
    for position, rule in enumerate(rules):
        if rule.matches(answers):
            route, text, index = rule.route, RouteText(rule.reason, rule.duration), position
            break
    if text is None:
        text = default.get(route, RouteText())
    return Recommendation(
        route=route,
        reason=text.reason,
        duration=text.duration,
        rule_index=index,
        pace=pace(answers.hours),
        weeks=weeks(route, answers.hours),
        filters=finder_filters(answers),
    )
