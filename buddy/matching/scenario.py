"""Run a scenario dict (the JSON contract) end to end: validate, solve, and format the output."""

from __future__ import annotations

from typing import Any

from .solver import solve
from .validation import parse_scenario


def run_scenario(data: dict, *, dump_pairs: bool = False) -> dict[str, Any]:
    """Validate a scenario and return the output of the contract; raises ScenarioError.

    Output: {"assignments": [{"candidate", "initiative", "score", "reasons", "explanation"}],
    "unassigned_candidates": [...], "objective": total score, "weights_version": "..."} and,
    with dump_pairs, "feasible_pairs": [{"candidate", "initiative", "score"}] for every pair that
    satisfies the hard constraints.
    """
    scenario = parse_scenario(data)
    result = solve(scenario.candidates, scenario.initiatives, scenario.exclusions, scenario.weights)
    return result.to_dict(dump_pairs=dump_pairs)
