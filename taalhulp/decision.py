"""Which language help fits a conversation: ordered rules, first match wins, with a hard guard.

Pure: the page turns its rules and the visitor's answers into these dataclasses, so the
decision model can be tested without a database. Whatever editors write in the rules, a heavy
or sensitive conversation never goes to a volunteer (the agency's decision model)."""

from __future__ import annotations

from dataclasses import dataclass

# The kind of conversation.
MEDICAL = "medical"
PSYCHOLOGICAL = "psychological"
LEGAL = "legal"
CHILD_PROTECTION = "child_protection"
ADMINISTRATIVE = "administrative"
PRACTICAL = "practical"
KINDS = (MEDICAL, PSYCHOLOGICAL, LEGAL, CHILD_PROTECTION, ADMINISTRATIVE, PRACTICAL)
# Heavy and sensitive by nature: with a doctor, a psychologist, about rights or a child's safety.
SENSITIVE_KINDS = frozenset({MEDICAL, PSYCHOLOGICAL, LEGAL, CHILD_PROTECTION})

# What is at stake.
HIGH = "high"
LOW = "low"
STAKES = (HIGH, LOW)

# Can it wait? Language helpers are asked for at least two working days ahead.
URGENT = "urgent"
CAN_WAIT = "can_wait"
TIMINGS = (URGENT, CAN_WAIT)

# Where the conversation takes place.
ON_SITE = "on_site"
REMOTE = "remote"
MODES = (ON_SITE, REMOTE)

# How much Dutch the other person understands.
NO_DUTCH = "none"
SOME_DUTCH = "a_little"
SIMPLE_DUTCH_OK = "simple"
DUTCH_LEVELS = (NO_DUTCH, SOME_DUTCH, SIMPLE_DUTCH_OK)

# The routes the aid answers with.
INTERPRETER = "interpreter"  # a certified social interpreter, booked through the agency
HELPER = "helper"  # a language helper or crisis interpreter: a volunteer
PICTOGRAMS = "pictograms"  # pictograms or written material
SIMPLE_DUTCH = "simple_dutch"  # simple Dutch, and a practice opportunity
ROUTES = (INTERPRETER, HELPER, PICTOGRAMS, SIMPLE_DUTCH)
VOLUNTEER_ROUTES = frozenset({HELPER})

OTHER_LANGUAGE = "other"


def _check(value: str, allowed: tuple[str, ...], name: str) -> None:
    if value not in allowed:
        raise ValueError(f"{name}: {value!r} is not one of {', '.join(allowed)}")


@dataclass(frozen=True)
class Answers:
    """What the professional told us about the conversation."""

    kind: str
    stakes: str
    timing: str
    mode: str
    dutch: str
    language: str = OTHER_LANGUAGE  # a two-letter code, or "other"

    def __post_init__(self):
        _check(self.kind, KINDS, "kind")
        _check(self.stakes, STAKES, "stakes")
        _check(self.timing, TIMINGS, "timing")
        _check(self.mode, MODES, "mode")
        _check(self.dutch, DUTCH_LEVELS, "dutch")

    @property
    def heavy(self) -> bool:
        """Heavy or sensitive: a sensitive kind of conversation, or a lot at stake."""
        return self.kind in SENSITIVE_KINDS or self.stakes == HIGH


@dataclass(frozen=True)
class Rule:
    """Conditions on the answers and the route they lead to. An empty condition means "any"."""

    route: str
    reason: str = ""
    kinds: frozenset[str] = frozenset()
    stakes: frozenset[str] = frozenset()
    timings: frozenset[str] = frozenset()
    modes: frozenset[str] = frozenset()
    dutch_levels: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()

    def __post_init__(self):
        _check(self.route, ROUTES, "route")
        for name, allowed in (
            ("kinds", KINDS),
            ("stakes", STAKES),
            ("timings", TIMINGS),
            ("modes", MODES),
            ("dutch_levels", DUTCH_LEVELS),
        ):
            values = frozenset(getattr(self, name))
            object.__setattr__(self, name, values)
            for value in values:
                _check(value, allowed, name)
        object.__setattr__(self, "languages", frozenset(self.languages))

    def matches(self, answers: Answers) -> bool:
        pairs = (
            (self.kinds, answers.kind),
            (self.stakes, answers.stakes),
            (self.timings, answers.timing),
            (self.modes, answers.mode),
            (self.dutch_levels, answers.dutch),
            (self.languages, answers.language),
        )
        return all(not allowed or value in allowed for allowed, value in pairs)


@dataclass(frozen=True)
class Decision:
    """The one route, why, and which rule gave it (None: the default)."""

    route: str
    reason: str
    rule_index: int | None
    guarded: bool = False  # the guard replaced a volunteer route for a heavy conversation


def decide(answers: Answers, rules: list[Rule], default: Rule, *, guard_reason: str) -> Decision:
    """The route of the first rule that matches (the default when none does), after the guard."""
    decision = Decision(default.route, default.reason, None)
    for index, rule in enumerate(rules):
        if rule.matches(answers):
            decision = Decision(rule.route, rule.reason, index)
            break
    return guard(answers, decision, guard_reason)


def guard(answers: Answers, decision: Decision, reason: str) -> Decision:
    """A heavy or sensitive conversation needs a trained, certified interpreter, never a
    volunteer: the agency's decision model, which no rule may overrule."""
    if answers.heavy and decision.route in VOLUNTEER_ROUTES:
        return Decision(INTERPRETER, reason, decision.rule_index, guarded=True)
    return decision
