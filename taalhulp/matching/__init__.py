"""Taalhulp matching engine: helpers × requests → optimal, explained assignments (no Django)."""

from .model import (
    CRITERIA,
    DIFFICULTIES,
    HELPER_KINDS,
    MODES,
    REQUEST_KINDS,
    SCORE_QUANTUM,
    SCORE_VERSION,
    WEIGHTS,
    Assignment,
    Helper,
    Request,
    Slot,
)
from .pairs import Pair, PairTable, build_pair_table
from .places import PLACES_CSV, csv_locate, read_places
from .scenario import run_scenario
from .solver import DEFAULT_TIME_LIMIT, MatchResult, components, greedy, solve
from .validation import Scenario, ScenarioError, local_minutes, parse_scenario

__all__ = [
    "CRITERIA",
    "DEFAULT_TIME_LIMIT",
    "DIFFICULTIES",
    "HELPER_KINDS",
    "MODES",
    "PLACES_CSV",
    "REQUEST_KINDS",
    "SCORE_QUANTUM",
    "SCORE_VERSION",
    "WEIGHTS",
    "Assignment",
    "Helper",
    "MatchResult",
    "Pair",
    "PairTable",
    "Request",
    "Scenario",
    "ScenarioError",
    "Slot",
    "build_pair_table",
    "components",
    "csv_locate",
    "greedy",
    "local_minutes",
    "parse_scenario",
    "read_places",
    "run_scenario",
    "solve",
]
