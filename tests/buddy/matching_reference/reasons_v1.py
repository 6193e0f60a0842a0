"""The score breakdown of a pair ("why this match"): facts per criterion and a plain sentence."""

# The engine as it was before issue 20 item 6, kept verbatim as the reference for its tests.

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from buddy.matching.model import (
    CRITERIA,
    LEVEL_RANK,
    SCORE_FLOOR,
    SCORE_QUANTUM,
    Proposal,
    slots_from_mask,
)

from .pairs_v1 import PairTable

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def proposals(table: PairTable, chosen: Sequence[int]) -> list[Proposal]:
    """The proposals for the chosen pairs of the table, each with its reasons."""
    weights = table.weights.normalised()
    rounded = [round(weight, 4) for weight in weights]
    shares = np.array([(1 - SCORE_FLOOR) * weight for weight in weights])
    rows = np.asarray(chosen, dtype=np.int64)
    components = table.components[rows]
    return [
        _proposal(table, c, i, units, km, values, points, rounded)
        for c, i, units, km, values, points in zip(
            table.cand[rows].tolist(),
            table.init[rows].tolist(),
            table.units[rows].tolist(),
            np.round(table.distance_km[rows], 2).tolist(),
            np.round(components, 4).tolist(),
            np.round(components * shares, 6).tolist(),
            strict=True,
        )
    ]


def proposal(table: PairTable, k: int) -> Proposal:
    """The proposal for pair k of the table, with its reasons."""
    return proposals(table, [k])[0]


def _proposal(table, c, i, units, km, values, points, weights) -> Proposal:
    cand, init = table.candidates[c], table.initiatives[i]
    score = units / SCORE_QUANTUM
    reasons: dict[str, dict[str, Any]] = {
        name: {"value": value, "weight": weight, "points": point}
        for name, weight, value, point in zip(CRITERIA, weights, values, points, strict=True)
    }
    preferred = {
        code: cand.languages[code] for code in init.preferred_languages if code in cand.languages
    }
    reasons["preferred_language"]["languages"] = preferred
    reasons["interests"]["common"] = sorted(cand.interests & init.themes)
    reasons["interests"]["themes"] = len(init.themes)
    common_slots = slots_from_mask(cand.slot_mask & init.slot_mask)
    reasons["availability"]["common_slots"] = [
        {"weekday": day, "daypart": part} for day, part in common_slots
    ]
    limit = cand.max_km if init.reach_km is None else min(cand.max_km, init.reach_km)
    reasons["nearness"]["distance_km"] = km
    reasons["nearness"]["limit_km"] = limit
    reasons["waiting_time"]["waiting_days"] = cand.waiting_days
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
    common = reasons["interests"]["common"]
    if common:
        themes = reasons["interests"]["themes"]
        parts.append(f"shares {len(common)} of {themes} themes ({', '.join(common)})")
    slots = reasons["availability"]["common_slots"]
    first = f"{WEEKDAY_NAMES[slots[0]['weekday']]} {slots[0]['daypart']}"
    parts.append(f"{len(slots)} common time slot{'s' if len(slots) > 1 else ''} ({first} first)")
    near = reasons["nearness"]
    parts.append(f"{near['distance_km']:g} km away (limit {near['limit_km']:g} km)")
    days = reasons["waiting_time"]["waiting_days"]
    if days:
        parts.append(f"waiting for {days:g} days")
    return f"Score {score:.2f}: " + "; ".join(parts) + "."
