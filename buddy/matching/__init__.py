"""Buddy matching engine: candidates × initiatives → optimal, explained proposals (no Django)."""

from portal.matching_shared.geo import haversine_km

from .model import (
    BUDDY_KINDS,
    CRITERIA,
    DAYPARTS,
    DEFAULT_WEIGHTS,
    DEFAULT_WEIGHTS_VERSION,
    LEVELS,
    Candidate,
    Initiative,
    Pair,
    Proposal,
    Weights,
)
from .pairs import PairTable, build_pair_table
from .scenario import run_scenario
from .solver import MatchResult, flow_arcs, solve, solve_flow
from .validation import Scenario, ScenarioError, parse_scenario


def feasible_pairs(candidates, initiatives, exclusions=(), weights=DEFAULT_WEIGHTS) -> list[Pair]:
    """Every candidate × initiative pair that satisfies the hard constraints, with its score."""
    return build_pair_table(candidates, initiatives, exclusions, weights).pairs()


__all__ = [
    "BUDDY_KINDS",
    "CRITERIA",
    "DAYPARTS",
    "DEFAULT_WEIGHTS",
    "DEFAULT_WEIGHTS_VERSION",
    "LEVELS",
    "Candidate",
    "Initiative",
    "MatchResult",
    "Pair",
    "PairTable",
    "Proposal",
    "Scenario",
    "ScenarioError",
    "Weights",
    "build_pair_table",
    "feasible_pairs",
    "flow_arcs",
    "haversine_km",
    "parse_scenario",
    "run_scenario",
    "solve",
    "solve_flow",
]
