"""The "never a dead end" ladder: loosen an empty search one step at a time; pure."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from search.offers.params import BOOLEAN_FILTERS, OfferSearchParams

RADIUS_STEPS_KM = (25.0, 50.0)


@dataclass(frozen=True)
class SearchPlan:
    """What one search attempt runs: the parameters plus how strictly the text must match."""

    params: OfferSearchParams
    loose_text: bool = False  # any word instead of every word
    all_languages: bool = False  # also the texts in every other language


def _radius(step_km: float):
    def apply(plan: SearchPlan) -> SearchPlan | None:
        params = plan.params
        if not params.has_place or params.format == "online":
            return None
        if params.effective_radius_km >= step_km:
            return None
        return replace(plan, params=params.with_changes(radius_km=step_km))

    return apply


def _include_online(plan: SearchPlan) -> SearchPlan | None:
    params = plan.params
    if not params.has_place or params.include_online or params.format:
        return None
    return replace(plan, params=params.with_changes(include_online=True))


def _drop(*names: str):
    def apply(plan: SearchPlan) -> SearchPlan | None:
        params = plan.params
        default = OfferSearchParams()
        changes = {
            name: getattr(default, name)
            for name in names
            if getattr(params, name) != getattr(default, name)
        }
        return replace(plan, params=params.with_changes(**changes)) if changes else None

    return apply


def _loose_text(plan: SearchPlan) -> SearchPlan | None:
    if not plan.params.q or plan.loose_text or len(plan.params.q.split()) < 2:
        return None
    return replace(plan, loose_text=True)


def _all_languages(plan: SearchPlan) -> SearchPlan | None:
    if not plan.params.q or plan.all_languages:
        return None
    return replace(plan, all_languages=True)


def _any_type(plan: SearchPlan) -> SearchPlan | None:
    """Any type and format. The place steps skipped an online or in-person search, so they
    apply now: the widest radius, and online offers join."""
    looser = _drop("types", "format")(plan)
    if looser is None:
        return None
    for step in (_radius(RADIUS_STEPS_KM[-1]), _include_online):
        looser = step(looser) or looser
    return looser


# (code, step) in the order they are tried; each step keeps what the earlier ones loosened.
LADDER = (
    ("wider_radius_25", _radius(RADIUS_STEPS_KM[0])),
    ("wider_radius_50", _radius(RADIUS_STEPS_KM[1])),
    ("include_online", _include_online),
    ("any_daypart", _drop("daypart")),
    ("any_weekday", _drop("weekday")),
    ("any_date", _drop("date_from", "date_to")),
    ("all_languages", _all_languages),
    ("loose_text", _loose_text),
    (
        "fewer_filters",
        _drop(*BOOLEAN_FILTERS, "support_language", "target_group", "theme"),
    ),
    ("any_level", _drop("levels")),
    ("any_type", _any_type),
    ("any_text", _drop("q")),
)
CODES = tuple(code for code, _ in LADDER)


def relaxations(plan: SearchPlan) -> Iterator[tuple[str, SearchPlan]]:
    """Each loosening that changes something, cumulatively: (code, the looser plan)."""
    for code, step in LADDER:
        looser = step(plan)
        if looser is not None and looser != plan:
            plan = looser
            yield code, plan
