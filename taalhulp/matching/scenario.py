"""Run a scenario dict (the JSON contract) end to end: validate, solve, and format the output."""

from __future__ import annotations

from typing import Any

from .places import Locate, csv_locate
from .solver import DEFAULT_TIME_LIMIT, solve
from .validation import parse_scenario


def run_scenario(
    data: Any, locate: Locate | None = None, *, time_limit: float = DEFAULT_TIME_LIMIT
) -> dict[str, Any]:
    """Validate a scenario and return the output of the contract; raises ScenarioError.

    Output: {"status": "optimal" | "feasible", "objective": {"answered", "score"},
    "assignments": [{"request", "helper", "score", "why"}], "unanswered": [{"request",
    "reason"}]}, both lists in request id order. Without `locate`, postcodes are looked up in
    the places CSV.
    """
    scenario = parse_scenario(data, locate or csv_locate())
    result = solve(
        scenario.helpers,
        scenario.requests,
        scenario.exclusions,
        scenario.crisis_remote_only,
        time_limit=time_limit,
    )
    return result.to_dict()
