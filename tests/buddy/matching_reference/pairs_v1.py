"""Feasible pairs: hard constraints and scores for every candidate × initiative, vectorised."""

# The engine as it was before issue 20 item 6, kept verbatim as the reference for its tests.

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from buddy.matching.model import (
    BUDDY_KINDS,
    DEFAULT_WEIGHTS,
    LEVEL_RANK,
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
from portal.matching_shared.geo import EARTH_RADIUS_KM, haversine_km

PREFILTER_SLACK_KM = 0.05  # the coarse dot-product test keeps a margin; haversine decides
BLOCK_CELLS = 2_000_000  # candidate × initiative cells per vectorised block (memory bound)
BLOCK_CANDIDATES = 128  # small blocks keep each block's longitude band narrow


@dataclass(frozen=True)
class PairTable:
    """All feasible pairs as parallel arrays, ordered by candidate id, then initiative id."""

    candidates: tuple[Candidate, ...]  # sorted by id
    initiatives: tuple[Initiative, ...]  # sorted by id
    cand: np.ndarray  # index into candidates
    init: np.ndarray  # index into initiatives
    distance_km: np.ndarray
    components: np.ndarray  # shape (pairs, criteria), values in [0, 1]
    units: np.ndarray  # score × SCORE_QUANTUM, integers in [1, SCORE_QUANTUM]
    weights: Weights

    def __len__(self) -> int:
        return len(self.cand)

    def score(self, k: int) -> float:
        return int(self.units[k]) / SCORE_QUANTUM

    def pair(self, k: int) -> Pair:
        return Pair(
            candidate=self.candidates[self.cand[k]].id,
            initiative=self.initiatives[self.init[k]].id,
            score=self.score(k),
            distance_km=float(self.distance_km[k]),
            components=tuple(float(value) for value in self.components[k]),
        )

    def pairs(self) -> list[Pair]:
        return [self.pair(k) for k in range(len(self))]


def _unit_vectors(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    lat, lon = np.radians(lat), np.radians(lon)
    return np.stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)], axis=1)


def _cos_limit(km: np.ndarray) -> np.ndarray:
    """cos of the angle of a radius plus slack: dot products above it may be within reach."""
    return np.cos(np.minimum((km + PREFILTER_SLACK_KM) / EARTH_RADIUS_KM, np.pi))


def _bits(sets: Sequence[Iterable[str]], vocabulary: list[str]) -> np.ndarray:
    """Rows of 64-bit words marking which vocabulary words each set holds."""
    index = {word: i for i, word in enumerate(vocabulary)}
    n_words = max(1, -(-len(vocabulary) // 64))
    words = np.zeros((len(sets), n_words), dtype=np.uint64)
    for row, items in enumerate(sets):
        mask = sum(1 << index[word] for word in set(items) if word in index)
        for col in range(n_words):
            words[row, col] = (mask >> (64 * col)) & 0xFFFFFFFFFFFFFFFF
    return words


def _level_matrix(maps: Sequence[dict[str, str]], languages: list[str]) -> np.ndarray:
    """Level ranks (0 = A0 .. 7 = native) per language column; -1 where absent."""
    matrix = np.full((len(maps), len(languages)), -1, dtype=np.int8)
    for row, levels in enumerate(maps):
        for col, code in enumerate(languages):
            if code in levels:
                matrix[row, col] = LEVEL_RANK[levels[code]]
    return matrix


class _Side:
    """Column arrays of one side (candidates or initiatives) for vectorised checks."""

    def __init__(self, people, limit_km, kind_bits, languages, level_maps, themes, theme_sets):
        self.lat = np.array([p.lat for p in people], dtype=np.float64)
        self.lon = np.array([p.lon for p in people], dtype=np.float64)
        self.xyz = _unit_vectors(self.lat, self.lon).reshape(len(people), 3)
        self.limit = np.array(limit_km, dtype=np.float64)
        self.cos_limit = _cos_limit(self.limit)
        self.kinds = np.array(kind_bits, dtype=np.int64)
        self.slots = np.array([p.slot_mask for p in people], dtype=np.int64)
        self.levels = _level_matrix(level_maps, languages)
        self.themes = _bits(theme_sets, themes)


def build_pair_table(
    candidates: Iterable[Candidate],
    initiatives: Iterable[Initiative],
    exclusions: Iterable[tuple[str, str]] = (),
    weights: Weights = DEFAULT_WEIGHTS,
) -> PairTable:
    """Every pair that satisfies the hard constraints, with its score components and score."""
    cands = tuple(sorted(candidates, key=lambda c: c.id))
    inits = tuple(sorted(initiatives, key=lambda i: i.id))
    kind_bit = {kind: 1 << n for n, kind in enumerate(BUDDY_KINDS)}
    required = sorted({code for i in inits for code in i.required_languages})
    preferred = sorted({code for i in inits for code in i.preferred_languages})
    languages = sorted(set(required) | set(preferred))
    themes = sorted({theme for i in inits for theme in i.themes})
    cs = _Side(
        cands,
        [c.max_km for c in cands],
        [sum(kind_bit[k] for k in c.buddy_kinds) for c in cands],
        languages,
        [c.languages for c in cands],
        themes,
        [c.interests for c in cands],
    )
    ins = _Side(
        inits,
        [np.inf if i.reach_km is None else i.reach_km for i in inits],
        [kind_bit[i.buddy_kind] for i in inits],
        languages,
        [i.required_languages for i in inits],
        themes,
        [i.themes for i in inits],
    )
    active_c = np.array([c.capacity > 0 and not c.paused for c in cands], dtype=bool)
    active_i = np.array([i.capacity > 0 for i in inits], dtype=bool)
    ci, ii = _candidate_pairs(cs, ins, active_c, active_i)

    # Required languages at the required level (-1 = not required / not spoken).
    ok = np.ones(len(ci), dtype=bool)
    for col, code in enumerate(languages):
        if code in required:
            ok &= cs.levels[ci, col] >= ins.levels[ii, col]
    # Exact distance limits, on the great circle.
    distance = haversine_km(cs.lat[ci], cs.lon[ci], ins.lat[ii], ins.lon[ii])
    limit = np.minimum(cs.limit[ci], ins.limit[ii])
    ok &= distance <= limit
    excluded = _excluded_keys(cands, inits, exclusions)
    if excluded.size:
        ok &= ~np.isin(ci.astype(np.int64) * max(1, len(inits)) + ii, excluded)
    ci, ii, distance, limit = ci[ok], ii[ok], distance[ok], limit[ok]
    order = np.lexsort((ii, ci))  # by candidate id, then initiative id
    ci, ii, distance, limit = ci[order], ii[order], distance[order], limit[order]

    components = _components(cands, inits, cs, ins, languages, preferred, ci, ii, distance, limit)
    return PairTable(
        candidates=cands,
        initiatives=inits,
        cand=ci,
        init=ii,
        distance_km=distance,
        components=components,
        units=_units(components, weights),
        weights=weights,
    )


def _candidate_pairs(cs: _Side, ins: _Side, active_c, active_i) -> tuple[np.ndarray, np.ndarray]:
    """Pairs passing the cheap checks (coarse distance, kind, slot), in no particular order.

    Initiatives are sorted by longitude and candidates by radius, then longitude, so each small
    block of candidates only meets the initiatives in its longitude band (spatial bucketing).
    """
    live_i, live_c = np.flatnonzero(active_i), np.flatnonzero(active_c)
    if not live_i.size or not live_c.size:
        return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.int32)
    order_i = live_i[np.argsort(ins.lon[live_i], kind="stable")]
    lon_i = ins.lon[order_i]
    order_c = live_c[np.lexsort((cs.lon[live_c], cs.limit[live_c]))]
    # sin(d / 2R) ≥ cos(φmax) · sin(Δλ / 2): a bound on Δλ for pairs within a radius.
    cos_max = np.cos(np.radians(max(np.abs(cs.lat[live_c]).max(), np.abs(ins.lat[live_i]).max())))
    block = max(1, min(BLOCK_CANDIDATES, BLOCK_CELLS // live_i.size))
    found_c, found_i = [], []
    for start in range(0, order_c.size, block):
        rows = order_c[start : start + block]
        cols = order_i[_band(cs.lon[rows], cs.limit[rows].max(), cos_max, lon_i)]
        dot = cs.xyz[rows] @ ins.xyz[cols].T
        mask = dot >= cs.cos_limit[rows, None]
        mask &= dot >= ins.cos_limit[None, cols]
        r, c = np.nonzero(mask)
        r, c = rows[r], cols[c]
        # Kind and time-slot checks on the (far fewer) pairs within reach.
        keep = (cs.kinds[r] & ins.kinds[c]) != 0
        keep &= (cs.slots[r] & ins.slots[c]) != 0
        found_c.append(r[keep])
        found_i.append(c[keep])
    return (
        np.concatenate(found_c).astype(np.int32),
        np.concatenate(found_i).astype(np.int32),
    )


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


def _excluded_keys(cands, inits, exclusions) -> np.ndarray:
    """Exclusions as candidate-index × n + initiative-index keys; unknown ids are ignored."""
    c_index = {c.id: n for n, c in enumerate(cands)}
    i_index = {i.id: n for n, i in enumerate(inits)}
    keys = [
        c_index[c] * max(1, len(inits)) + i_index[i]
        for c, i in exclusions
        if c in c_index and i in i_index
    ]
    return np.array(sorted(set(keys)), dtype=np.int64)


def _components(cands, inits, cs, ins, languages, preferred, ci, ii, distance, limit):
    """Criterion values in [0, 1] for each pair, in CRITERIA order."""
    n = len(ci)
    # Preferred-language fit: the best level the candidate has in a preferred language.
    lang_fit = np.zeros(n)
    values = np.array([rank / (len(LEVELS) - 1) for rank in range(len(LEVELS))] + [0.0])
    spoken = values[cs.levels]  # -1 (not spoken) picks the trailing 0.0
    for code in preferred:
        col = languages.index(code)
        wants = np.array([code in i.preferred_languages for i in inits], dtype=bool)
        lang_fit = np.maximum(lang_fit, np.where(wants[ii], spoken[ci, col], 0.0))
    has_pref = np.array([bool(i.preferred_languages) for i in inits], dtype=bool)
    lang_fit = np.where(has_pref[ii], lang_fit, NEUTRAL)

    # Interests that match the initiative's themes, full marks at THEMES_FOR_FULL_MARKS.
    common = np.zeros(n, dtype=np.int64)
    for word in range(cs.themes.shape[1]):
        common += np.bitwise_count(cs.themes[ci, word] & ins.themes[ii, word])
    n_themes = np.array([len(i.themes) for i in inits], dtype=np.int64)
    wanted = np.minimum(n_themes[ii], THEMES_FOR_FULL_MARKS)
    interests = np.where(wanted > 0, np.minimum(1.0, common / np.maximum(wanted, 1)), NEUTRAL)

    slots = np.bitwise_count(cs.slots[ci] & ins.slots[ii])
    availability = np.minimum(1.0, slots / SLOTS_FOR_FULL_MARKS)

    with np.errstate(divide="ignore", invalid="ignore"):
        nearness = np.where(limit > 0, 1.0 - distance / limit, 1.0)
    nearness = np.clip(nearness, 0.0, 1.0)

    waiting_days = np.array([c.waiting_days for c in cands], dtype=np.float64)
    waiting = np.minimum(1.0, waiting_days / WAITING_DAYS_FOR_FULL_MARKS)[ci]
    return np.stack([lang_fit, interests, availability, nearness, waiting], axis=1).reshape(n, 5)


def _units(components: np.ndarray, weights: Weights) -> np.ndarray:
    """Integer scores: SCORE_QUANTUM × (floor + (1 − floor) × weighted mean)."""
    total = np.zeros(len(components))
    for col, weight in enumerate(weights.normalised()):
        total = total + weight * components[:, col]  # fixed order: same bits on every run
    score = SCORE_FLOOR + (1 - SCORE_FLOOR) * total
    return np.clip(np.rint(score * SCORE_QUANTUM), 1, SCORE_QUANTUM).astype(np.int64)
