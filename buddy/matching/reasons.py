"""The score breakdown of a pair ("why this match"): facts per criterion and a plain sentence."""

from __future__ import annotations

import gc
from collections.abc import Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import numpy as np

from .model import LEVEL_RANK, SCORE_FLOOR, SCORE_QUANTUM, Proposal, slots_from_mask
from .pairs import PairTable

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def proposals(table: PairTable, chosen: Sequence[int]) -> list[Proposal]:
    """The proposals for the chosen pairs of the table, each with its reasons."""
    weights = table.weights.normalised()
    rounded = [round(weight, 4) for weight in weights]
    shares = np.array([(1 - SCORE_FLOOR) * weight for weight in weights])
    rows = np.asarray(chosen, dtype=np.int64)
    components = table.components_of(rows)
    columns = zip(
        table.cand[rows].tolist(),
        table.init[rows].tolist(),
        table.units[rows].tolist(),
        np.round(table.distance_km[rows], 2).tolist(),
        np.round(components, 4).tolist(),
        np.round(components * shares, 6).tolist(),
        strict=True,
    )
    with _without_cycle_collection():
        return [
            _proposal(table, c, i, units, km, values, points, rounded)
            for c, i, units, km, values, points in columns
        ]


@contextmanager
def _without_cycle_collection():
    """Pause Python's cycle collector while the reasons are made.

    Each proposal is a small tree of new dicts and lists (no cycles), about a dozen per proposal.
    That many new containers start a collection every few hundred, and each walks the objects
    already alive, such as the whole scenario: at 10,000 × 2,000 that cost about three times the
    work itself. Reference counting still frees everything; the collector resumes afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def proposal(table: PairTable, k: int) -> Proposal:
    """The proposal for pair k of the table, with its reasons."""
    return proposals(table, [k])[0]


def _proposal(table, c, i, units, km, values, points, weights) -> Proposal:
    cand, init = table.candidates[c], table.initiatives[i]
    score = units / SCORE_QUANTUM
    spoken = cand.languages
    preferred = {code: spoken[code] for code in init.preferred_languages if code in spoken}
    common_slots = [
        {"weekday": day, "daypart": part}
        for day, part in slots_from_mask(cand.slot_mask & init.slot_mask)
    ]
    reach = init.reach_km
    limit = cand.max_km if reach is None else min(cand.max_km, reach)
    # Literal dicts, in CRITERIA order (checked by the tests): one per proposal, no loops.
    reasons: dict[str, dict[str, Any]] = {
        "preferred_language": {
            "value": values[0], "weight": weights[0], "points": points[0],
            "languages": preferred,
        },
        "interests": {
            "value": values[1], "weight": weights[1], "points": points[1],
            "common": sorted(cand.interests & init.themes), "themes": len(init.themes),
        },
        "availability": {
            "value": values[2], "weight": weights[2], "points": points[2],
            "common_slots": common_slots,
        },
        "nearness": {
            "value": values[3], "weight": weights[3], "points": points[3],
            "distance_km": km, "limit_km": limit,
        },
        "waiting_time": {
            "value": values[4], "weight": weights[4], "points": points[4],
            "waiting_days": cand.waiting_days,
        },
    }  # fmt: skip
    return Proposal(
        candidate=cand.id,
        initiative=init.id,
        score=score,
        reasons=reasons,
        explanation=_explain(score, reasons, init.preferred_languages),
    )


def _explain(score: float, reasons: dict[str, dict[str, Any]], wanted: tuple[str, ...]) -> str:
    parts = []
    spoken = reasons["preferred_language"]["languages"]
    if spoken:
        best = max(spoken, key=lambda code: LEVEL_RANK[spoken[code]])
        parts.append(f"speaks {best} ({spoken[best]}), a language the initiative prefers")
    elif wanted:
        parts.append(f"speaks none of the preferred languages ({', '.join(wanted)})")
    interests = reasons["interests"]
    common = interests["common"]
    if common:
        parts.append(f"shares {len(common)} of {interests['themes']} themes ({', '.join(common)})")
    slots = reasons["availability"]["common_slots"]
    first = slots[0]
    parts.append(
        f"{len(slots)} common time slot{'s' if len(slots) > 1 else ''} "
        f"({WEEKDAY_NAMES[first['weekday']]} {first['daypart']} first)"
    )
    near = reasons["nearness"]
    parts.append(f"{near['distance_km']:g} km away (limit {_g(near['limit_km'])} km)")
    days = reasons["waiting_time"]["waiting_days"]
    if days:
        parts.append(f"waiting for {_g(days)} days")
    return f"Score {score:.2f}: {'; '.join(parts)}."


@lru_cache(maxsize=65536)
def _g(number: float) -> str:
    """A number in the general format, remembered: limits and waiting days repeat a lot."""
    return f"{number:g}"
