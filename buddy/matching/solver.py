"""Optimal assignment: maximum-score capacitated b-matching by min-cost flow (OR-Tools)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from operator import attrgetter
from typing import Any

import numpy as np
from ortools.graph.python import min_cost_flow

from .model import DEFAULT_WEIGHTS, SCORE_QUANTUM, Candidate, Initiative, Proposal, Weights
from .pairs import PairTable, build_pair_table
from .reasons import proposals


@dataclass(frozen=True)
class FlowArcs:
    """The flow network of a pair table; pair k is arc `first_pair_arc + k`."""

    tails: np.ndarray
    heads: np.ndarray
    capacities: np.ndarray
    costs: np.ndarray
    supplies: np.ndarray
    first_pair_arc: int


@dataclass(frozen=True)
class MatchResult:
    """The proposals of one run, the candidates left without one, and the objective.

    `proposals` (with their reasons) are built on first use, for the chosen pairs only.
    """

    chosen: np.ndarray  # rows of `pairs` the solver chose, in table order
    unassigned_candidates: tuple[str, ...]
    objective: float
    weights_version: str
    pairs: PairTable

    @cached_property
    def proposals(self) -> tuple[Proposal, ...]:
        return tuple(proposals(self.pairs, self.chosen))

    def to_dict(self, *, dump_pairs: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "assignments": [p.to_dict() for p in self.proposals],
            "unassigned_candidates": list(self.unassigned_candidates),
            "objective": self.objective,
            "weights_version": self.weights_version,
        }
        if dump_pairs:
            table = self.pairs
            out["feasible_pairs"] = [
                {
                    "candidate": table.candidates[c].id,
                    "initiative": table.initiatives[i].id,
                    "score": int(u) / SCORE_QUANTUM,
                }
                for c, i, u in zip(
                    table.cand.tolist(), table.init.tolist(), table.units.tolist(), strict=True
                )
            ]
        return out


def _capacities(people) -> np.ndarray:
    return np.fromiter(map(attrgetter("capacity"), people), dtype=np.int64, count=len(people))


def flow_arcs(table: PairTable) -> FlowArcs:
    """Source → candidates → initiatives → sink, plus a zero-cost source → sink bypass.

    Nodes: 0 source, 1 sink, 2.. candidates, then initiatives. Pair arcs carry one unit at cost
    −score, so a minimum-cost flow is a maximum-score set of pairs. The bypass absorbs the supply
    nobody needs: the solver is free to leave a candidate or slot unused, so the optimum is the
    maximum-*score* b-matching, not the maximum-cardinality one.
    """
    n_c, n_i = len(table.candidates), len(table.initiatives)
    pairs_per_c = np.bincount(table.cand, minlength=n_c)
    pairs_per_i = np.bincount(table.init, minlength=n_i)
    # A side never needs more capacity than it has pairs; this also keeps the numbers small.
    cap_c = np.minimum(_capacities(table.candidates), pairs_per_c)
    cap_i = np.minimum(_capacities(table.initiatives), pairs_per_i)
    supply = int(cap_c.sum())
    c_nodes = 2 + np.arange(n_c, dtype=np.int64)
    i_nodes = 2 + n_c + np.arange(n_i, dtype=np.int64)
    n_pairs = len(table)
    tails = np.concatenate([[0], np.zeros(n_c, np.int64), c_nodes[table.cand], i_nodes])
    heads = np.concatenate([[1], c_nodes, i_nodes[table.init], np.ones(n_i, np.int64)])
    capacities = np.concatenate([[supply], cap_c, np.ones(n_pairs, np.int64), cap_i])
    costs = np.concatenate([[0], np.zeros(n_c, np.int64), -table.units, np.zeros(n_i, np.int64)])
    supplies = np.zeros(2 + n_c + n_i, dtype=np.int64)
    supplies[0], supplies[1] = supply, -supply
    return FlowArcs(
        tails=tails.astype(np.int32),
        heads=heads.astype(np.int32),
        capacities=capacities.astype(np.int64, copy=False),
        costs=costs.astype(np.int64, copy=False),
        supplies=supplies,
        first_pair_arc=1 + n_c,
    )


def _min_cost_flow(arcs: FlowArcs) -> min_cost_flow.SimpleMinCostFlow:
    flow = min_cost_flow.SimpleMinCostFlow()
    flow.add_arcs_with_capacity_and_unit_cost(arcs.tails, arcs.heads, arcs.capacities, arcs.costs)
    flow.set_nodes_supplies(np.arange(len(arcs.supplies), dtype=np.int32), arcs.supplies)
    status = flow.solve()
    if status != flow.OPTIMAL:
        raise RuntimeError(f"min-cost flow did not reach an optimum (status {status})")
    return flow


def solve_flow(arcs: FlowArcs) -> np.ndarray:
    """Solve the network with OR-Tools; returns the flow on every arc."""
    return _min_cost_flow(arcs).flows(np.arange(len(arcs.tails), dtype=np.int32))


def solve(
    candidates: Iterable[Candidate],
    initiatives: Iterable[Initiative],
    exclusions: Iterable[tuple[str, str]] = (),
    weights: Weights = DEFAULT_WEIGHTS,
    *,
    pairs: PairTable | None = None,
) -> MatchResult:
    """The maximum-score assignment under both sides' capacities, with reasons per proposal.

    Pass `pairs` (from `build_pair_table`) to reuse feasible pairs already computed.
    Candidates and initiatives are handled in id order, so the same input (in any order) gives
    the same result.
    """
    table = pairs if pairs is not None else build_pair_table(
        candidates, initiatives, exclusions, weights
    )  # fmt: skip
    chosen = np.zeros(0, dtype=np.int64)
    if len(table):
        arcs = flow_arcs(table)
        first = arcs.first_pair_arc  # only the pair arcs' flows are needed
        flows = _min_cost_flow(arcs).flows(np.arange(first, first + len(table), dtype=np.int32))
        chosen = np.flatnonzero(flows)
    matched = np.zeros(len(table.candidates), dtype=bool)
    matched[table.cand[chosen]] = True
    total = int(table.units[chosen].sum())
    return MatchResult(
        chosen=chosen,
        unassigned_candidates=tuple(
            c.id for c, done in zip(table.candidates, matched.tolist(), strict=True) if not done
        ),
        objective=total / SCORE_QUANTUM,
        weights_version=table.weights.version,
        pairs=table,
    )
