"""Feasible pairs: the hard constraints and scores of every helper × request, and why not."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from portal.matching_shared.geo import haversine_km
from portal.matching_shared.reasons import REASON_CODES

from .model import (
    CAPACITY_FOR_FULL_MARKS,
    CRISIS_KIND,
    CRITERIA,
    RANK_VALUES,
    REMOTE_MODES,
    SCORE_FLOOR,
    SCORE_QUANTUM,
    VOLUNTEER_KINDS,
    WEIGHTS,
    Helper,
    Request,
)

# The stage at which a helper drops out for a request, in the order of precedence of the
# reasons; a helper that passes every stage reaches PASSED.
STAGES = REASON_CODES[:-1]  # every reason but "capacity", which is not a property of a pair
PASSED = len(STAGES)
assert STAGES == (
    "certified_interpreter",
    "no_language",
    "no_mode",
    "too_far",
    "no_time",
    "excluded",
)


@dataclass(frozen=True)
class Pair:
    """A helper × request pair that satisfies every hard constraint, with its score."""

    request: int  # index into PairTable.requests
    helper: int  # index into PairTable.helpers
    units: int  # score × SCORE_QUANTUM
    components: tuple[float, ...]  # one value in [0, 1] per criterion, in CRITERIA order
    distance_km: float | None  # on-site requests only


@dataclass(frozen=True)
class PairTable:
    """Helpers and requests in id order, their feasible pairs, and why a request has none."""

    helpers: tuple[Helper, ...]
    requests: tuple[Request, ...]
    pairs: tuple[Pair, ...]  # by request index, then helper index
    no_pair_reason: dict[int, str]  # request index → reason, for requests without any pair

    def by_request(self) -> list[list[int]]:
        """Pair indices per request index."""
        out: list[list[int]] = [[] for _ in self.requests]
        for k, pair in enumerate(self.pairs):
            out[pair.request].append(k)
        return out


class _LanguageGroup:
    """Column arrays of the helpers who speak one language, for vectorised checks."""

    def __init__(self, language: str, members: Sequence[tuple[int, Helper]]):
        self.index = np.array([n for n, _ in members], dtype=np.int64)
        helpers = [h for _, h in members]
        self.kind = np.array([h.kind for h in helpers], dtype=object)
        self.trained = np.array([h.trained for h in helpers], dtype=bool)
        self.volunteer = np.array([h.kind in VOLUNTEER_KINDS for h in helpers], dtype=bool)
        located = [h.location or (0.0, 0.0) for h in helpers]
        self.lat = np.array([p[0] for p in located], dtype=np.float64)
        self.lon = np.array([p[1] for p in located], dtype=np.float64)
        self.has_location = np.array([h.location is not None for h in helpers], dtype=bool)
        self.max_km = np.array([h.max_km for h in helpers], dtype=np.float64)
        self.language_rank = np.array([h.languages.index(language) for h in helpers])
        self.modes = [h.modes for h in helpers]
        self.capacity = np.array(
            [min(1.0, h.max_per_week / CAPACITY_FOR_FULL_MARKS) for h in helpers]
        )
        slot_rows = [(row, s.start, s.end) for row, h in enumerate(helpers) for s in h.slots]
        self.slot_row = np.array([r for r, _, _ in slot_rows], dtype=np.int64)
        self.slot_start = np.array([s for _, s, _ in slot_rows], dtype=np.int64)
        self.slot_end = np.array([e for _, _, e in slot_rows], dtype=np.int64)

    def __len__(self) -> int:
        return len(self.index)


def build_pair_table(
    helpers: Iterable[Helper],
    requests: Iterable[Request],
    exclusions: Iterable[tuple[str, str]] = (),
    crisis_remote_only: bool = True,
) -> PairTable:
    """Every pair that satisfies the hard constraints, and a reason for each request without."""
    hs = tuple(sorted(helpers, key=lambda h: h.id))
    rs = tuple(sorted(requests, key=lambda r: r.id))
    excluded = {(h, r) for h, r in exclusions}
    members: dict[str, list[tuple[int, Helper]]] = {}
    for n, helper in enumerate(hs):
        for code in dict.fromkeys(helper.languages):
            members.setdefault(code, []).append((n, helper))
    groups = {code: _LanguageGroup(code, group) for code, group in members.items()}
    pairs: list[Pair] = []
    reasons: dict[int, str] = {}
    for r, request in enumerate(rs):
        group = groups.get(request.language)
        found = _request_pairs(r, request, group, hs, excluded, crisis_remote_only)
        if isinstance(found, str):
            reasons[r] = found
        else:
            pairs.extend(found)
    return PairTable(helpers=hs, requests=rs, pairs=tuple(pairs), no_pair_reason=reasons)


def _request_pairs(r, request, group, helpers, excluded, crisis_remote_only) -> list[Pair] | str:
    """The feasible pairs of one request, or the reason it has none."""
    if group is None or not len(group):
        return "certified_interpreter" if request.difficulty == "heavy" else "no_language"
    fails = _failures(request, group, helpers, excluded, crisis_remote_only)
    stage = np.full(len(group), PASSED)
    for number in range(len(STAGES) - 1, -1, -1):  # the earliest failing stage wins
        stage[fails[number]] = number
    best = int(stage.max())
    if best < PASSED:
        return STAGES[best]
    rows = np.flatnonzero(stage == PASSED)
    distance = _distance(request, group, rows)
    return [
        _pair(r, request, group, int(row), None if distance is None else float(distance[k]))
        for k, row in enumerate(rows.tolist())
    ]


def _failures(request, group, helpers, excluded, crisis_remote_only) -> list[np.ndarray]:
    """One boolean mask per stage: which helpers of the group that stage rules out."""
    n = len(group)
    heavy = np.full(n, request.difficulty == "heavy") & group.volunteer
    # Kind and training: the pool of helpers who may take the request at all.
    not_allowed = np.zeros(n, dtype=bool)
    if request.kind != "any":
        not_allowed |= group.kind != request.kind
    not_allowed |= (group.kind == CRISIS_KIND) & ~group.trained
    no_mode = np.array([request.mode not in modes for modes in group.modes], dtype=bool)
    if crisis_remote_only and request.mode not in REMOTE_MODES:
        no_mode |= group.kind == CRISIS_KIND
    too_far = np.zeros(n, dtype=bool)
    if request.mode == "onsite":
        distance = _distance(request, group, np.arange(n))
        if distance is None:  # validation asks a postcode of on-site requests; be safe anyway
            too_far = np.ones(n, dtype=bool)
        else:
            too_far = ~group.has_location | ~(distance <= group.max_km)
    inside = (group.slot_start <= request.start) & (request.end <= group.slot_end)
    no_time = np.ones(n, dtype=bool)
    no_time[group.slot_row[inside]] = False
    is_excluded = np.array(
        [(helpers[i].id, request.id) in excluded for i in group.index.tolist()], dtype=bool
    )
    return [heavy, not_allowed, no_mode, too_far, no_time, is_excluded]


def _distance(request: Request, group: _LanguageGroup, rows: np.ndarray) -> np.ndarray | None:
    if request.mode != "onsite" or request.location is None:
        return None
    lat, lon = request.location
    return haversine_km(group.lat[rows], group.lon[rows], lat, lon)


def _pair(r: int, request: Request, group: _LanguageGroup, row: int, km: float | None) -> Pair:
    modes = group.modes[row]
    limit = float(group.max_km[row])
    nearness = 1.0  # remote and phone conversations need no travel
    if km is not None and limit > 0:
        nearness = max(0.0, 1.0 - km / limit)
    kind = 1.0
    if request.kind == "any" and group.kind[row] == CRISIS_KIND:
        kind = 0.5  # an open request goes to a volunteer first: crisis interpreters stay free
    components = (
        _rank_value(int(group.language_rank[row])),
        _rank_value(modes.index(request.mode)),
        nearness,
        kind,
        float(group.capacity[row]),
    )
    return Pair(
        request=r,
        helper=int(group.index[row]),
        units=score_units(components),
        components=components,
        distance_km=km,
    )


def _rank_value(rank: int) -> float:
    return RANK_VALUES[min(rank, len(RANK_VALUES) - 1)]


def score_units(components: Sequence[float]) -> int:
    """SCORE_QUANTUM × (floor + (1 − floor) × weighted mean), as a whole number."""
    total = 0.0
    for name, value in zip(CRITERIA, components, strict=True):
        total += WEIGHTS[name] * value  # fixed order: the same bits on every run
    score = SCORE_FLOOR + (1 - SCORE_FLOOR) * total
    return min(SCORE_QUANTUM, max(1, round(score * SCORE_QUANTUM)))
