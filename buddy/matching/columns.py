"""Column arrays of candidates and initiatives (positions, masks, levels), built once per run."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from itertools import chain
from operator import attrgetter, methodcaller

import numpy as np

from portal.matching_shared.geo import EARTH_RADIUS_KM

from .model import BUDDY_KINDS, LEVEL_RANK, SLOT_BITS, Candidate, Initiative

PREFILTER_SLACK_KM = 0.05  # the coarse dot-product test keeps a margin; haversine decides
KIND_BIT = {kind: 1 << n for n, kind in enumerate(BUDDY_KINDS)}
WORD_BITS = 64


def _floats(people, name: str) -> np.ndarray:
    return np.fromiter(map(attrgetter(name), people), dtype=np.float64, count=len(people))


def _unit_vectors(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    lat, lon = np.radians(lat), np.radians(lon)
    return np.stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)], axis=1)


def _cos_limit(km: np.ndarray) -> np.ndarray:
    """cos of the angle of a radius plus slack: dot products above it may be within reach."""
    return np.cos(np.minimum((km + PREFILTER_SLACK_KM) / EARTH_RADIUS_KM, np.pi))


def _flatten(groups: Sequence) -> tuple[np.ndarray, list]:
    """(row of each item, the items) of a sequence of collections, without a Python loop."""
    sizes = np.fromiter(map(len, groups), dtype=np.int64, count=len(groups))
    return np.repeat(np.arange(len(groups)), sizes), list(chain.from_iterable(groups))


def _lookup(table: dict, missing: int):
    """`table[key]`, or `missing` for keys not in it, as a fast C-level callable for map()."""
    return defaultdict(lambda: missing, table).__getitem__


def _word_columns(sets: Sequence[frozenset[str]], bit_of: dict[str, int]) -> list[np.ndarray]:
    """Each set as a bit mask over the vocabulary: one contiguous uint64 array per 64 words."""
    n_words = max(1, -(-len(bit_of) // WORD_BITS))
    rows, items = _flatten(sets)
    index = np.fromiter(map(_lookup(bit_of, -1), items), dtype=np.int64, count=len(items))
    known = index >= 0
    rows, index = rows[known], index[known]
    columns = []
    for word in range(n_words):
        here = index // WORD_BITS == word
        bits = np.left_shift(np.uint64(1), (index[here] % WORD_BITS).astype(np.uint64))
        column = np.zeros(len(sets), dtype=np.uint64)
        np.bitwise_or.at(column, rows[here], bits)
        columns.append(column)
    return columns


def _slot_masks(people) -> np.ndarray:
    rows, slots = _flatten([p.availability for p in people])
    bits = np.fromiter(map(SLOT_BITS.__getitem__, slots), dtype=np.int64, count=len(slots))
    masks = np.zeros(len(people), dtype=np.int64)
    np.bitwise_or.at(masks, rows, bits)
    return masks


def _levels(maps: Sequence, index: dict[str, int]) -> np.ndarray:
    """Level ranks (0 = A0 .. 7 = native) per language column; -1 where absent."""
    rows, codes = _flatten(maps)
    cols = np.fromiter(map(_lookup(index, -1), codes), dtype=np.int64, count=len(codes))
    levels = chain.from_iterable(map(methodcaller("values"), maps))
    ranks = np.fromiter(map(LEVEL_RANK.__getitem__, levels), dtype=np.int8, count=len(codes))
    known = cols >= 0
    matrix = np.full((len(maps), len(index)), -1, dtype=np.int8)
    matrix[rows[known], cols[known]] = ranks[known]
    return matrix


class Vocabulary:
    """The languages and themes the initiatives mention, each with its column or bit."""

    def __init__(self, inits: Sequence[Initiative]) -> None:
        required, preferred, themes = set(), set(), set()
        for i in inits:
            required.update(i.required_languages)
            preferred.update(i.preferred_languages)
            themes.update(i.themes)
        self.required = sorted(required)
        self.preferred = sorted(preferred)
        self.languages = sorted(required | preferred)
        self.language_col = {code: n for n, code in enumerate(self.languages)}
        self.themes = sorted(themes)
        self.theme_index = {word: n for n, word in enumerate(self.themes)}


class Side:
    """What both sides share: positions, radii, kinds, slots, levels and theme words."""

    def __init__(self, people, limit_km: np.ndarray, kinds: list[int], levels, themes):
        self.n = len(people)
        self.lat = _floats(people, "lat")
        self.lon = _floats(people, "lon")
        self.xyz = _unit_vectors(self.lat, self.lon).reshape(self.n, 3)
        # For the exact distance: radians and cos(latitude) once per person, not per pair.
        self.lat_rad, self.lon_rad = np.radians(self.lat), np.radians(self.lon)
        self.cos_lat = np.cos(self.lat_rad)
        self.limit = limit_km
        self.cos_limit = _cos_limit(limit_km)
        self.kinds = np.array(kinds, dtype=np.int64).reshape(self.n)
        self.slots = _slot_masks(people)
        self.levels = levels
        self.themes = themes


class Candidates(Side):
    """Candidate columns, plus what only candidates have (waiting days, active)."""

    def __init__(self, cands: Sequence[Candidate], vocab: Vocabulary) -> None:
        kind_cache: dict[frozenset[str], int] = {}
        kinds = []
        for c in cands:
            bits = kind_cache.get(c.buddy_kinds)
            if bits is None:
                bits = kind_cache[c.buddy_kinds] = sum(KIND_BIT[k] for k in c.buddy_kinds)
            kinds.append(bits)
        super().__init__(
            cands,
            _floats(cands, "max_km"),
            kinds,
            _levels([c.languages for c in cands], vocab.language_col),
            _word_columns([c.interests for c in cands], vocab.theme_index),
        )
        self.waiting_days = _floats(cands, "waiting_days")
        self.active = np.array([c.capacity > 0 and not c.paused for c in cands], dtype=bool)
        self.active = self.active.reshape(self.n)


class Initiatives(Side):
    """Initiative columns, plus their preferred languages and number of themes."""

    def __init__(self, inits: Sequence[Initiative], vocab: Vocabulary) -> None:
        reach = [np.inf if i.reach_km is None else i.reach_km for i in inits]
        super().__init__(
            inits,
            np.array(reach, dtype=np.float64).reshape(len(inits)),
            [KIND_BIT[i.buddy_kind] for i in inits],
            _levels([i.required_languages for i in inits], vocab.language_col),
            _word_columns([i.themes for i in inits], vocab.theme_index),
        )
        self.active = np.array([i.capacity > 0 for i in inits], dtype=bool).reshape(self.n)
        self.n_themes = np.array([len(i.themes) for i in inits], dtype=np.int64).reshape(self.n)
        # Preferred-language columns, one row per rank of preference. Two extra columns:
        # NOTHING ("no language at this rank", scores 0) and NO_WISH (the initiative prefers no
        # language at all, scores NEUTRAL), so the fit is a plain maximum over the ranks.
        nothing, no_wish = len(vocab.languages), len(vocab.languages) + 1
        width = max([len(i.preferred_languages) for i in inits], default=0)
        self.preferred = np.full((max(1, width), self.n), nothing, dtype=np.int64)
        for row, i in enumerate(inits):
            if not i.preferred_languages:
                self.preferred[0, row] = no_wish
            for rank, code in enumerate(i.preferred_languages):
                self.preferred[rank, row] = vocab.language_col[code]
