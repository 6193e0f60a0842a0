"""Optimal assignment with CP-SAT: most requests answered first, then the best total score."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ortools.sat.python import cp_model

from .model import CRITERIA, SCORE_FLOOR, SCORE_QUANTUM, WEIGHTS, Assignment, Helper, Request
from .pairs import Pair, PairTable, build_pair_table

# CP-SAT's deterministic time (its own work units, roughly seconds on a fast core): unlike a
# wall-clock limit it makes the same input give the same answer on a busy or an idle machine.
DEFAULT_TIME_LIMIT = 60.0
MIN_COMPONENT_TIME = 0.5  # the least any independent part of the problem gets
RANDOM_SEED = 2026


@dataclass(frozen=True)
class MatchResult:
    """The assignments of one run, the requests left without a helper (and why), the status."""

    status: str  # "optimal" or "feasible"
    assignments: tuple[Assignment, ...]
    unanswered: tuple[tuple[str, str], ...]  # (request id, reason)
    score_units: int
    components: int = 0
    answered_bound: int | None = None  # CP-SAT's proven upper bound on the answered count
    table: PairTable | None = field(default=None, compare=False, repr=False)

    @property
    def answered(self) -> int:
        return len(self.assignments)

    @property
    def score(self) -> float:
        return self.score_units / SCORE_QUANTUM

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "objective": {"answered": self.answered, "score": self.score},
            "assignments": [a.to_dict() for a in self.assignments],
            "unanswered": [{"request": r, "reason": why} for r, why in self.unanswered],
        }


def solve(
    helpers: Iterable[Helper],
    requests: Iterable[Request],
    exclusions: Iterable[tuple[str, str]] = (),
    crisis_remote_only: bool = True,
    *,
    time_limit: float = DEFAULT_TIME_LIMIT,
    table: PairTable | None = None,
) -> MatchResult:
    """The best assignment: the most requests answered, then the highest total score.

    The problem splits into independent parts (connected components of the pair graph); each
    is one CP-SAT model, built in id order and solved by one worker with a fixed seed and a
    deterministic time limit shared out by size, starting from the greedy answer as a hint.
    """
    if table is None:
        table = build_pair_table(helpers, requests, exclusions, crisis_remote_only)
    parts = components(table)
    total_pairs = max(1, len(table.pairs))
    chosen: list[int] = []
    optimal, bound = True, 0
    for part in parts:
        budget = max(min(MIN_COMPONENT_TIME, time_limit), time_limit * len(part) / total_pairs)
        picked, proven, part_bound = solve_component(table, part, budget)
        chosen.extend(picked)
        optimal &= proven
        bound += part_bound
    result = _result(table, chosen, "optimal" if optimal else "feasible", len(parts))
    return replace(result, answered_bound=bound)


def greedy(table: PairTable) -> MatchResult:
    """The baseline: requests by start time, each to its best helper still free (no search)."""
    chosen = _greedy(table, range(len(table.pairs)))
    return _result(table, chosen, "feasible", 0)


def components(table: PairTable) -> list[list[int]]:
    """Pair indices of each connected part (pairs sharing a request or a helper), in order."""
    n_r = len(table.requests)
    parent = list(range(n_r + len(table.helpers)))

    def find(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for pair in table.pairs:
        a, b = find(pair.request), find(n_r + pair.helper)
        if a != b:
            parent[max(a, b)] = min(a, b)
    parts: dict[int, list[int]] = {}
    for k, pair in enumerate(table.pairs):
        parts.setdefault(find(pair.request), []).append(k)
    return [parts[root] for root in sorted(parts)]


def solve_component(
    table: PairTable, part: Sequence[int], budget: float
) -> tuple[list[int], bool, int]:
    """The chosen pair indices of one part, whether CP-SAT proved them optimal, and an upper
    bound on the number of requests of the part that any assignment can answer."""
    pairs = table.pairs
    hint = set(_greedy(table, part))
    model = cp_model.CpModel()
    x = {k: model.new_bool_var(f"x{k}") for k in part}
    by_request: dict[int, list[int]] = {}
    by_helper: dict[int, list[int]] = {}
    for k in part:
        by_request.setdefault(pairs[k].request, []).append(k)
        by_helper.setdefault(pairs[k].helper, []).append(k)
    for ks in by_request.values():
        if len(ks) > 1:
            model.add_at_most_one(x[k] for k in ks)
    for h, ks in by_helper.items():
        _helper_constraints(model, x, table, table.helpers[h].max_per_week, ks)
    # Lexicographic: one more answered request outweighs any possible gain in total score.
    answered_weight = SCORE_QUANTUM * len(by_request) + 1
    model.maximize(sum((answered_weight + pairs[k].units) * x[k] for k in part))
    for k in part:
        model.add_hint(x[k], k in hint)
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1  # one worker: the search, and so the answer, is repeatable
    solver.parameters.random_seed = RANDOM_SEED
    solver.parameters.max_deterministic_time = budget
    # The full LP relaxation (interval cliques, weekly sums) proves these optima in a fraction
    # of a second where the default level searches for minutes (measured on the benchmark).
    solver.parameters.linearization_level = 2
    status = solver.solve(model)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        # No solution within the limit: the greedy one is feasible.
        return sorted(hint), False, len(by_request)
    bound = min(len(by_request), int(solver.best_objective_bound) // answered_weight)
    found = [k for k in part if solver.boolean_value(x[k])]
    if _value(table, hint) > _value(table, found):
        return sorted(hint), False, bound
    return found, status == cp_model.OPTIMAL, bound


def _helper_constraints(model, x, table: PairTable, max_per_week: int, ks: list[int]) -> None:
    """Weekly maximum per ISO week, and no two conversations of the helper at the same time."""
    requests = [table.requests[table.pairs[k].request] for k in ks]
    weeks: dict[tuple[int, int], list[int]] = {}
    for k, request in zip(ks, requests, strict=True):
        weeks.setdefault(request.week, []).append(k)
    for week_ks in weeks.values():
        if len(week_ks) > max_per_week:
            model.add(sum(x[k] for k in week_ks) <= max_per_week)
    # Interval cliques: each largest set of overlapping conversations holds at most one.
    events = sorted(zip(requests, ks, strict=True), key=lambda e: (e[0].start, e[0].end, e[1]))
    active: list[tuple[Request, int]] = []
    pending = False
    for request, k in events:
        still = [(r, j) for r, j in active if r.end > request.start]
        if pending and len(still) < len(active) and len(active) > 1:
            model.add_at_most_one(x[j] for _, j in active)
        pending = True
        active = [*still, (request, k)]
    if pending and len(active) > 1:
        model.add_at_most_one(x[j] for _, j in active)


def _greedy(table: PairTable, part: Iterable[int]) -> list[int]:
    """Requests by (start, id), each to its highest-scoring helper with room (id breaks ties)."""
    pairs = table.pairs
    options: dict[int, list[int]] = {}
    for k in part:
        options.setdefault(pairs[k].request, []).append(k)
    busy: dict[int, list[Request]] = {}
    per_week: dict[tuple[int, tuple[int, int]], int] = {}
    chosen = []
    order = sorted(options, key=lambda r: (table.requests[r].start, table.requests[r].id))
    for r in order:
        request = table.requests[r]
        for k in sorted(options[r], key=lambda k: (-pairs[k].units, pairs[k].helper)):
            h = pairs[k].helper
            used = per_week.get((h, request.week), 0)
            if used >= table.helpers[h].max_per_week:
                continue
            if any(o.start < request.end and request.start < o.end for o in busy.get(h, ())):
                continue
            busy.setdefault(h, []).append(request)
            per_week[h, request.week] = used + 1
            chosen.append(k)
            break
    return sorted(chosen)


def _value(table: PairTable, chosen: Iterable[int]) -> tuple[int, int]:
    ks = list(chosen)
    return len(ks), sum(table.pairs[k].units for k in ks)


def _result(table: PairTable, chosen: Iterable[int], status: str, parts: int) -> MatchResult:
    picked = sorted(chosen, key=lambda k: table.pairs[k].request)
    answered = {table.pairs[k].request for k in picked}
    unanswered = tuple(
        (request.id, table.no_pair_reason.get(r, "capacity"))
        for r, request in enumerate(table.requests)
        if r not in answered
    )
    return MatchResult(
        status=status,
        assignments=tuple(assignment(table, table.pairs[k]) for k in picked),
        unanswered=unanswered,
        score_units=sum(table.pairs[k].units for k in picked),
        components=parts,
        table=table,
    )


def assignment(table: PairTable, pair: Pair) -> Assignment:
    """The assignment of a pair with its score breakdown ("why this helper")."""
    helper, request = table.helpers[pair.helper], table.requests[pair.request]
    why: dict[str, Any] = {}
    for name, value in zip(CRITERIA, pair.components, strict=True):
        weight = WEIGHTS[name]
        points = round((1 - SCORE_FLOOR) * weight * value, 4)
        why[name] = {"value": round(value, 4), "weight": weight, "points": points}
    why["language"]["rank"] = helper.languages.index(request.language) + 1
    why["mode"]["rank"] = helper.modes.index(request.mode) + 1
    km = None if pair.distance_km is None else round(pair.distance_km, 2)
    why["nearness"] |= {"distance_km": km, "max_km": helper.max_km}
    why["kind"] |= {"helper": helper.kind, "request": request.kind}
    why["capacity"]["max_per_week"] = helper.max_per_week
    return Assignment(
        request=request.id, helper=helper.id, score=pair.units / SCORE_QUANTUM, why=why
    )
