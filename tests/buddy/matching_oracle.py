"""Independent reference code for the matching tests: scenario builders, constraints, optimum."""

from __future__ import annotations

import math
import random
from itertools import product

from hypothesis import strategies as st
from ortools.linear_solver import pywraplp

LEVELS = ["A0", "A1", "A2", "B1", "B2", "C1", "C2", "native"]
KINDS = ["language", "network", "job", "leisure"]
DAYPARTS = ["morning", "afternoon", "evening"]
SLOT_POOL = [(0, "morning"), (2, "evening"), (5, "afternoon"), (6, "morning")]
WORDS = ["sport", "culture", "cooking", "games"]
GENT = (51.05, 3.72)


def cand(id="c1", **fields) -> dict:
    base = {
        "id": id,
        "lat": GENT[0],
        "lon": GENT[1],
        "max_km": 10,
        "languages": {"nl": "native"},
        "interests": ["sport"],
        "availability": [{"weekday": 2, "daypart": "evening"}],
        "capacity": 1,
        "waiting_days": 30,
        "buddy_kinds": ["language"],
        "paused": False,
    }
    return base | fields


def init(id="i1", **fields) -> dict:
    base = {
        "id": id,
        "lat": GENT[0],
        "lon": GENT[1],
        "reach_km": None,
        "capacity": 1,
        "required_languages": {"nl": "B1"},
        "preferred_languages": ["ar"],
        "themes": ["sport"],
        "availability": [{"weekday": 2, "daypart": "evening"}],
        "buddy_kind": "language",
    }
    return base | fields


def km_east(km: float) -> float:
    """Longitude shift near Gent for a distance of about `km` to the east."""
    return GENT[1] + km / (111.195 * math.cos(math.radians(GENT[0])))


def haversine(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, a)))


def slots(person: dict) -> set[tuple[int, str]]:
    return {(s["weekday"], s["daypart"]) for s in person["availability"]}


def check_pair(c: dict, i: dict, excluded: set) -> tuple[bool, bool]:
    """(feasible, ambiguous): ambiguous when the distance sits within 1e-9 km of the limit."""
    d = haversine(c["lat"], c["lon"], i["lat"], i["lon"])
    limit = c["max_km"] if i["reach_km"] is None else min(c["max_km"], i["reach_km"])
    rules = [
        not c.get("paused", False),
        c["capacity"] > 0 and i["capacity"] > 0,
        i["buddy_kind"] in c["buddy_kinds"],
        bool(slots(c) & slots(i)),
        (c["id"], i["id"]) not in excluded,
        all(
            code in c["languages"] and LEVELS.index(c["languages"][code]) >= LEVELS.index(level)
            for code, level in i.get("required_languages", {}).items()
        ),
    ]
    unsure = abs(d - limit) < 1e-9 and not d == limit == 0  # same place, radius 0 is exact
    return all(rules) and d <= limit, all(rules) and unsure


def oracle_pairs(data: dict) -> tuple[set, set]:
    """(feasible pairs, ambiguous pairs) of a scenario dict, by plain Python."""
    excluded = {tuple(pair) for pair in data.get("exclusions", [])}
    feasible, ambiguous = set(), set()
    for c, i in product(data["candidates"], data["initiatives"]):
        ok, unsure = check_pair(c, i, excluded)
        if unsure:
            ambiguous.add((c["id"], i["id"]))
        elif ok:
            feasible.add((c["id"], i["id"]))
    return feasible, ambiguous


def oracle_score(c: dict, i: dict, weights=(0.25, 0.25, 0.15, 0.20, 0.15)) -> float:
    """The documented score formula, written out for one pair."""
    spoken = [
        LEVELS.index(c["languages"][code]) / 7
        for code in i["preferred_languages"]
        if code in c["languages"]
    ]
    lang = (max(spoken) if spoken else 0.0) if i["preferred_languages"] else 0.5
    themes = {t.casefold() for t in i["themes"]}
    common = len(themes & {w.casefold() for w in c["interests"]})
    interests = min(1.0, common / min(len(themes), 3)) if themes else 0.5
    availability = min(1.0, len(slots(c) & slots(i)) / 3)
    d = haversine(c["lat"], c["lon"], i["lat"], i["lon"])
    limit = c["max_km"] if i["reach_km"] is None else min(c["max_km"], i["reach_km"])
    nearness = 1.0 - d / limit if limit > 0 else 1.0
    waiting = min(1.0, c.get("waiting_days", 0) / 180)
    total = sum(weights)
    values = (lang, interests, availability, nearness, waiting)
    return 0.01 + 0.99 * sum(w / total * v for w, v in zip(weights, values, strict=True))


def brute_force(pairs: list[tuple[str, str, int]], cap_c: dict, cap_i: dict) -> int:
    """Best total of integer scores over every subset of pairs within the capacities."""
    pairs = sorted(pairs, key=lambda p: -p[2])
    suffix = [0] * (len(pairs) + 1)
    for k in range(len(pairs) - 1, -1, -1):
        suffix[k] = suffix[k + 1] + pairs[k][2]
    best = 0
    left_c, left_i = dict(cap_c), dict(cap_i)

    def visit(k: int, total: int) -> None:
        nonlocal best
        best = max(best, total)
        if k == len(pairs) or total + suffix[k] <= best:
            return
        c, i, units = pairs[k]
        if left_c[c] and left_i[i]:
            left_c[c] -= 1
            left_i[i] -= 1
            visit(k + 1, total + units)
            left_c[c] += 1
            left_i[i] += 1
        visit(k + 1, total)

    visit(0, 0)
    return best


def lp_optimum(pairs: list[tuple[str, str, int]], cap_c: dict, cap_i: dict) -> float:
    """The LP relaxation's optimum (GLOP); integral for bipartite b-matching (TU matrix)."""
    solver = pywraplp.Solver.CreateSolver("GLOP")
    x = [solver.NumVar(0, 1, f"x{k}") for k in range(len(pairs))]
    for side, caps in ((0, cap_c), (1, cap_i)):
        for key, cap in caps.items():
            solver.Add(sum(x[k] for k, p in enumerate(pairs) if p[side] == key) <= cap)
    solver.Maximize(sum(p[2] * x[k] for k, p in enumerate(pairs)))
    assert solver.Solve() == pywraplp.Solver.OPTIMAL
    return solver.Objective().Value()


def _slot_list(chosen) -> list[dict]:
    return [{"weekday": d, "daypart": p} for d, p in chosen]


def seeded(seed: int) -> random.Random:
    """A seeded generator for reproducible test data."""
    return random.Random(seed)  # noqa: S311 (test data, not secrets)


def random_scenario(
    rng: random.Random, n_c: int, n_i: int, spread_km: float = 15, loose: bool = False
) -> dict:
    """A seeded random scenario around Gent with every constraint in play.

    `loose` makes most pairs feasible, so optimality tests have many pairs to choose from.
    """
    deg = spread_km / 111.0

    def subset(items, low=0):
        return rng.sample(items, rng.randint(low, len(items)))

    cands = [
        cand(
            f"c{n:02d}",
            lat=GENT[0] + rng.uniform(-deg, deg),
            lon=GENT[1] + rng.uniform(-deg, deg) * 1.6,
            max_km=rng.choice([0, 3, 5, 10, 20, 40]),
            languages={code: rng.choice(LEVELS) for code in subset(["nl", "fr", "ar"])},
            interests=subset(WORDS),
            availability=_slot_list(subset(SLOT_POOL, 1)),
            capacity=rng.choice([0, 1, 1, 1, 2, 3]),
            waiting_days=rng.randint(0, 400),
            buddy_kinds=subset(KINDS, 1),
            paused=rng.random() < 0.1,
        )
        for n in range(n_c)
    ]
    inits = [
        init(
            f"i{n:02d}",
            lat=GENT[0] + rng.uniform(-deg, deg),
            lon=GENT[1] + rng.uniform(-deg, deg) * 1.6,
            reach_km=rng.choice([None, None, 5, 10, 25]),
            capacity=rng.choice([0, 1, 2, 3, 5]),
            required_languages={code: rng.choice(LEVELS) for code in subset(["nl", "fr"])},
            preferred_languages=subset(["ar", "fr", "nl"]),
            themes=subset(WORDS),
            availability=_slot_list(subset(SLOT_POOL, 1)),
            buddy_kind=rng.choice(KINDS),
        )
        for n in range(n_i)
    ]
    if loose:
        for c in cands:
            c.update(max_km=rng.choice([10, 20, 40]), paused=False, buddy_kinds=KINDS)
            c["availability"].append({"weekday": 2, "daypart": "evening"})
            c["languages"].setdefault("nl", "B1")
        for i in inits:
            i.update(required_languages={"nl": "A2"}, reach_km=None)
    exclusions = [[c["id"], i["id"]] for c in cands for i in inits if rng.random() < 0.08]
    data = {"candidates": cands, "initiatives": inits, "exclusions": exclusions}
    if loose and rng.random() < 0.7:
        # Skewed weights spread scores over (0, 1]: weak pairs then really are weak.
        names = ["preferred_language", "interests", "availability", "nearness", "waiting_time"]
        data["weights"] = {name: rng.choice([0, 0, 0.1, 1, 5]) for name in names}
        data["weights"]["waiting_time"] += 0.5
    return data


@st.composite
def scenarios(draw, max_candidates=5, max_initiatives=4, loose=False) -> dict:
    """Hypothesis strategy: a small random scenario (a seed plus sizes, so shrinking helps)."""
    seed = draw(st.integers(0, 2**32 - 1))
    n_c = draw(st.integers(0, max_candidates))
    n_i = draw(st.integers(0, max_initiatives))
    spread = draw(st.sampled_from([0.0, 2.0, 10.0, 30.0]))
    return random_scenario(seeded(seed), n_c, n_i, spread, loose)


def capacities(data: dict) -> tuple[dict, dict]:
    return (
        {c["id"]: c["capacity"] for c in data["candidates"]},
        {i["id"]: i["capacity"] for i in data["initiatives"]},
    )
