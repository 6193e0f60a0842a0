"""Feasible pairs: hard constraints and scores for every candidate × initiative, vectorised."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from operator import attrgetter

import numpy as np

from portal.matching_shared.geo import EARTH_RADIUS_KM

from .columns import PREFILTER_SLACK_KM, Candidates, Initiatives, Vocabulary
from .model import (
    BUDDY_KINDS,
    DEFAULT_WEIGHTS,
    LEVELS,
    NEUTRAL,
    SCORE_FLOOR,
    SCORE_QUANTUM,
    SLOTS_FOR_FULL_MARKS,
    THEMES_FOR_FULL_MARKS,
    WAITING_DAYS_FOR_FULL_MARKS,
    Candidate,
    Initiative,
    Pair,
    Weights,
)

BLOCK_CELLS = 2_000_000  # candidate × initiative cells per vectorised block (memory bound)
BLOCK_CANDIDATES = 128  # small blocks keep each block's longitude band narrow
LEVEL_VALUES = np.array([rank / (len(LEVELS) - 1) for rank in range(len(LEVELS))] + [0.0])
BY_ID = attrgetter("id")
take = np.take  # gathers: several times faster than fancy indexing, same values


@dataclass(frozen=True)
class PairTable:
    """All feasible pairs as parallel arrays, ordered by candidate id, then initiative id.

    Scores are computed for every pair; the criterion values behind them (`components`) only
    when asked for, usually for the few pairs the solver proposes (`components_of`).
    """

    candidates: tuple[Candidate, ...]  # sorted by id
    initiatives: tuple[Initiative, ...]  # sorted by id
    cand: np.ndarray  # index into candidates
    init: np.ndarray  # index into initiatives
    distance_km: np.ndarray
    units: np.ndarray  # score × SCORE_QUANTUM, integers in [1, SCORE_QUANTUM]
    weights: Weights
    columns: tuple[Candidates, Initiatives] = field(repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.cand)

    def components_of(self, rows) -> np.ndarray:
        """Criterion values in [0, 1] of the given pairs, shape (rows, criteria)."""
        rows = np.asarray(rows, dtype=np.int64).reshape(-1)
        cs, ins = self.columns
        values = _criteria(cs, ins, self.cand[rows], self.init[rows], self.distance_km[rows])
        return np.stack(values, axis=1).reshape(len(rows), len(values))

    @cached_property
    def components(self) -> np.ndarray:
        """Criterion values of every pair, shape (pairs, criteria), in CRITERIA order."""
        return self.components_of(np.arange(len(self)))

    def score(self, k: int) -> float:
        return int(self.units[k]) / SCORE_QUANTUM

    def pair(self, k: int, components: np.ndarray | None = None) -> Pair:
        values = self.components_of([k])[0] if components is None else components[k]
        return Pair(
            candidate=self.candidates[self.cand[k]].id,
            initiative=self.initiatives[self.init[k]].id,
            score=self.score(k),
            distance_km=float(self.distance_km[k]),
            components=tuple(float(value) for value in values),
        )

    def pairs(self) -> list[Pair]:
        return [self.pair(k, self.components) for k in range(len(self))]


def build_pair_table(
    candidates: Iterable[Candidate],
    initiatives: Iterable[Initiative],
    exclusions: Iterable[tuple[str, str]] = (),
    weights: Weights = DEFAULT_WEIGHTS,
) -> PairTable:
    """Every pair that satisfies the hard constraints, with its score."""
    cands, inits = _by_id(candidates), _by_id(initiatives)
    vocab = Vocabulary(inits)
    cs, ins = Candidates(cands, vocab), Initiatives(inits, vocab)
    keys = _near_pairs(cs, ins, vocab)
    # One sort of the keys puts the pairs in candidate-id, then initiative-id order.
    keys.sort()
    n_i = max(1, ins.n)
    ci, ii = np.divmod(keys, n_i)
    distance = _distance_km(cs, ins, ci, ii)
    limit = np.minimum(take(cs.limit, ci), take(ins.limit, ii))
    ok = distance <= limit  # on the great circle
    ok[_excluded_rows(keys, cands, inits, exclusions)] = False
    ci, ii, distance, limit = ci[ok], ii[ok], distance[ok], limit[ok]
    return PairTable(
        candidates=cands,
        initiatives=inits,
        cand=ci.astype(np.int32),
        init=ii.astype(np.int32),
        distance_km=distance,
        units=_units(_criteria(cs, ins, ci, ii, distance, limit), weights),
        weights=weights,
        columns=(cs, ins),
    )


def _by_id(people: Iterable) -> tuple:
    """The people sorted by id; a scenario usually comes sorted already, which is cheap to see."""
    people = tuple(people)
    ids = list(map(BY_ID, people))
    return people if ids == sorted(ids) else tuple(sorted(people, key=BY_ID))


def _near_pairs(cs: Candidates, ins: Initiatives, vocab: Vocabulary) -> np.ndarray:
    """Keys (candidate × n + initiative) of the pairs passing every check but the exact distance.

    Kinds split the work: an initiative has one kind, so per kind only the candidates of that kind
    meet its initiatives. Within a kind, initiatives are sorted by longitude and candidates by
    radius, then longitude, so each small block of candidates only meets the initiatives in its
    longitude band (spatial bucketing). A dot product of unit vectors per cell is the coarse
    distance test; the far fewer pairs within reach then get the slot and language checks.
    """
    live_c, live_i = np.flatnonzero(cs.active), np.flatnonzero(ins.active)
    if not live_i.size or not live_c.size:
        return np.zeros(0, dtype=np.int64)
    # sin(d / 2R) ≥ cos(φmax) · sin(Δλ / 2): a bound on Δλ for pairs within a radius.
    cos_max = np.cos(np.radians(max(np.abs(cs.lat[live_c]).max(), np.abs(ins.lat[live_i]).max())))
    required = [vocab.language_col[code] for code in vocab.required]
    n_i, found = max(1, ins.n), []
    for bit in (1 << n for n in range(len(BUDDY_KINDS))):
        kind_i = live_i[(ins.kinds[live_i] & bit) != 0]
        kind_c = live_c[(cs.kinds[live_c] & bit) != 0]
        if not kind_i.size or not kind_c.size:
            continue
        order_i = kind_i[np.argsort(ins.lon[kind_i], kind="stable")]
        lon_i, xyz_t, cos_i = ins.lon[order_i], ins.xyz[order_i].T.copy(), ins.cos_limit[order_i]
        slots_i, levels_i = ins.slots[order_i], ins.levels[order_i][:, required].T.copy()
        order_c = kind_c[np.lexsort((cs.lon[kind_c], cs.limit[kind_c]))]
        block = max(1, min(BLOCK_CANDIDATES, BLOCK_CELLS // order_i.size))
        for start in range(0, order_c.size, block):
            rows = order_c[start : start + block]
            band = _band(cs.lon[rows], cs.limit[rows[-1]], cos_max, lon_i)
            dot = cs.xyz[rows] @ xyz_t[:, band]
            mask = dot >= cs.cos_limit[rows, None]
            mask &= dot >= cos_i[None, band]
            r, c = np.nonzero(mask)
            # Slots and required languages on the far fewer pairs within reach, while this
            # block's few rows and columns are still in the cache.
            ok = (take(cs.slots[rows], r) & take(slots_i[band], c)) != 0
            for n, col in enumerate(required):  # -1: not spoken / not required
                ok &= take(cs.levels[rows, col], r) >= take(levels_i[n, band], c)
            found.append((take(rows * n_i, r) + take(order_i[band], c))[ok])
    return np.concatenate(found) if found else np.zeros(0, dtype=np.int64)


def _band(lons: np.ndarray, radius_km: float, cos_max: float, sorted_lons: np.ndarray) -> slice:
    """The slice of longitude-sorted initiatives that candidates at `lons` might reach."""
    half_angle = min((radius_km + PREFILTER_SLACK_KM) / (2 * EARTH_RADIUS_KM), np.pi / 2)
    ratio = np.sin(half_angle) / cos_max if cos_max > 1e-9 else 2.0
    if ratio >= 1:
        return slice(0, sorted_lons.size)
    width = np.degrees(2 * np.arcsin(ratio)) + 1e-9
    low, high = lons.min() - width, lons.max() + width
    if low < -180 or high > 180:  # the band wraps around the antimeridian: take everyone
        return slice(0, sorted_lons.size)
    start = np.searchsorted(sorted_lons, low, side="left")
    return slice(start, np.searchsorted(sorted_lons, high, side="right"))


def _distance_km(cs: Candidates, ins: Initiatives, ci, ii) -> np.ndarray:
    """Great-circle km: `portal.matching_shared.geo.haversine_km` step for step (same bits),
    on radians and cosines computed once per person instead of once per pair."""
    lat1, lat2 = take(cs.lat_rad, ci), take(ins.lat_rad, ii)
    dlon = take(ins.lon_rad, ii) - take(cs.lon_rad, ci)
    a = np.sin((lat2 - lat1) / 2) ** 2
    a = a + take(cs.cos_lat, ci) * take(ins.cos_lat, ii) * np.sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.minimum(a, 1.0)))


def _excluded_rows(keys: np.ndarray, cands, inits, exclusions) -> np.ndarray:
    """Positions in the sorted `keys` of the excluded pairs; unknown ids are ignored."""
    c_ids, i_ids = [c.id for c in cands], [i.id for i in inits]  # both sorted
    found = []
    for c, i in exclusions:
        row, col = bisect_left(c_ids, c), bisect_left(i_ids, i)
        if row < len(c_ids) and c_ids[row] == c and col < len(i_ids) and i_ids[col] == i:
            found.append(row * max(1, len(inits)) + col)
    wanted = np.array(found, dtype=np.int64)
    where = np.searchsorted(keys, wanted).clip(0, max(0, len(keys) - 1))
    return where[keys[where] == wanted] if len(keys) else where[:0]


def _criteria(cs: Candidates, ins: Initiatives, ci, ii, distance, limit=None) -> list:
    """Criterion values in [0, 1] for each pair, in CRITERIA order."""
    ci, ii = ci.astype(np.intp, copy=False), ii.astype(np.intp, copy=False)
    # Preferred-language fit: the best level the candidate has in a preferred language, 0 when
    # none, NEUTRAL when the initiative prefers none (the two extra columns, see Initiatives).
    n_cols = cs.levels.shape[1] + 2
    spoken = np.zeros((cs.n, n_cols))
    spoken[:, :-2] = LEVEL_VALUES[cs.levels]  # -1 (not spoken) picks the trailing 0.0
    spoken[:, -1] = NEUTRAL
    spoken = spoken.reshape(-1)
    base = ci * n_cols
    lang_fit = take(spoken, base + take(ins.preferred[0], ii))
    for rank in range(1, ins.preferred.shape[0]):
        np.maximum(lang_fit, take(spoken, base + take(ins.preferred[rank], ii)), out=lang_fit)

    # Interests that match the initiative's themes, full marks at THEMES_FOR_FULL_MARKS:
    # a table indexed by (themes wanted, themes in common), filled with the same formula.
    common = np.bitwise_count(take(cs.themes[0], ci) & take(ins.themes[0], ii)).astype(np.int64)
    for word in range(1, len(cs.themes)):
        common += np.bitwise_count(take(cs.themes[word], ci) & take(ins.themes[word], ii))
    most = 64 * len(cs.themes) + 1
    wanted = np.repeat(np.arange(THEMES_FOR_FULL_MARKS + 1), most)
    shared = np.tile(np.arange(most), THEMES_FOR_FULL_MARKS + 1)
    interest_table = np.where(wanted > 0, np.minimum(1.0, shared / np.maximum(wanted, 1)), NEUTRAL)
    row = np.minimum(ins.n_themes, THEMES_FOR_FULL_MARKS) * most
    interests = take(interest_table, take(row, ii) + common)

    slot_table = np.minimum(1.0, np.arange(22, dtype=np.uint8) / SLOTS_FOR_FULL_MARKS)
    availability = take(slot_table, np.bitwise_count(take(cs.slots, ci) & take(ins.slots, ii)))

    if limit is None:
        limit = np.minimum(take(cs.limit, ci), take(ins.limit, ii))
    with np.errstate(divide="ignore", invalid="ignore"):
        nearness = np.where(limit > 0, 1.0 - distance / limit, 1.0)
    nearness = np.clip(nearness, 0.0, 1.0)

    waiting = take(np.minimum(1.0, cs.waiting_days / WAITING_DAYS_FOR_FULL_MARKS), ci)
    return [lang_fit, interests, availability, nearness, waiting]


def _units(values: list[np.ndarray], weights: Weights) -> np.ndarray:
    """Integer scores: SCORE_QUANTUM × (floor + (1 − floor) × weighted mean)."""
    total = np.zeros(len(values[0]))
    for value, weight in zip(values, weights.normalised(), strict=True):
        total += weight * value  # fixed order: same bits on every run
    score = SCORE_FLOOR + (1 - SCORE_FLOOR) * total
    return np.clip(np.rint(score * SCORE_QUANTUM), 1, SCORE_QUANTUM).astype(np.int64)
