"""Benchmark of the buddy matching engine against OR-Tools min-cost flow on the same graph.

Both sides run once unmeasured first (imports, caches, allocator); then each repeat times the
engine and OR-Tools alone on the same arcs, the one first in one repeat and the other in the
next, and checks that both found the same optimum.
"""

from __future__ import annotations

import argparse
import csv
import random
import resource
import statistics
import sys
import time
from pathlib import Path

import numpy as np
from ortools.graph.python import min_cost_flow

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from buddy.matching import build_pair_table, flow_arcs, parse_scenario, solve  # noqa: E402

MUNICIPALITIES = ROOT / "portal" / "data" / "municipalities.csv"
# Larger towns draw more people (rough weights; everything else weighs 1).
CITY_WEIGHT = {
    "Antwerpen": 40, "Gent": 25, "Brussel": 15, "Schaarbeek": 10, "Anderlecht": 10,
    "Molenbeek-Saint-Jean": 8, "Elsene": 6, "Leuven": 9, "Brugge": 9, "Mechelen": 7,
    "Aalst": 6, "Hasselt": 6, "Kortrijk": 6, "Sint-Niklaas": 6, "Genk": 6, "Oostende": 6,
}  # fmt: skip
NEWCOMER_LANGUAGES = ["ar", "uk", "ru", "fa", "ti", "so", "ps", "tr", "ku", "es"]
INTERESTS = ["conversation", "sport", "culture", "cooking", "nature", "work", "digital",
             "family", "games", "society"]  # fmt: skip
KINDS = ["language", "network", "job", "leisure"]
DAYPARTS = ["morning", "afternoon", "evening"]


def places() -> tuple[list[tuple[float, float]], list[float]]:
    with MUNICIPALITIES.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    points = [(float(r["latitude"]), float(r["longitude"])) for r in rows]
    weights = [CITY_WEIGHT.get(r["name_nl"], 1) for r in rows]
    return points, weights


def _point(rng: random.Random, points, weights, sigma_km: float) -> tuple[float, float]:
    lat, lon = rng.choices(points, weights)[0]
    return (
        round(lat + rng.gauss(0, sigma_km) / 111.2, 6),
        round(lon + rng.gauss(0, sigma_km) / 70.0, 6),  # 1° of longitude ≈ 70 km at 51° N
    )


def _slots(rng: random.Random, low: int, high: int) -> list[dict]:
    # Evenings and weekends are more popular with volunteers.
    all_slots = [(d, p) for d in range(7) for p in DAYPARTS]
    weights = [3 if p == "evening" or d >= 5 else 1 for d, p in all_slots]
    chosen = set()
    while len(chosen) < rng.randint(low, high):
        chosen.add(rng.choices(all_slots, weights)[0])
    return [{"weekday": d, "daypart": p} for d, p in sorted(chosen)]


def candidate(rng: random.Random, n: int, points, weights) -> dict:
    lat, lon = _point(rng, points, weights, 3.0)
    dutch = rng.choices(["native", "C2", "C1", "B2", "B1"], [70, 5, 10, 10, 5])[0]
    languages = {"nl": dutch}
    for code, share in (("en", 0.6), ("fr", 0.5), ("de", 0.1)):
        if rng.random() < share:
            languages[code] = rng.choice(["A2", "B1", "B2", "C1"])
    for code in NEWCOMER_LANGUAGES:
        if rng.random() < 0.04:
            languages[code] = rng.choice(["native", "B2", "C1", "A2"])
    return {
        "id": f"c{n:05d}",
        "lat": lat,
        "lon": lon,
        "max_km": rng.choices([5, 10, 20, 40], [25, 35, 30, 10])[0],
        "languages": languages,
        "interests": rng.sample(INTERESTS, rng.randint(1, 4)),
        "availability": _slots(rng, 2, 8),
        "capacity": rng.choices([1, 2, 3], [80, 15, 5])[0],
        "waiting_days": int(rng.expovariate(1 / 60)),
        "buddy_kinds": rng.sample(KINDS, rng.randint(1, 3)),
        "paused": rng.random() < 0.05,
    }


def initiative(rng: random.Random, n: int, points, weights) -> dict:
    lat, lon = _point(rng, points, weights, 1.0)
    kind = rng.choices(KINDS, [40, 30, 15, 15])[0]
    required = {"nl": rng.choice(["B1", "B2"])} if kind == "language" else {}
    if kind != "language" and rng.random() < 0.5:
        required = {"nl": "A2"}
    return {
        "id": f"i{n:04d}",
        "lat": lat,
        "lon": lon,
        "reach_km": rng.choices([None, 10, 15, 25], [60, 15, 15, 10])[0],
        "capacity": rng.choice([1, 2, 3, 5, 10]),
        "required_languages": required,
        "preferred_languages": rng.sample(NEWCOMER_LANGUAGES, rng.randint(0, 2)),
        "themes": rng.sample(INTERESTS, rng.randint(1, 3)),
        "availability": _slots(rng, 4, 10),
        "buddy_kind": kind,
    }


def scenario(n_candidates: int, n_initiatives: int, seed: int) -> dict:
    rng = random.Random(seed)  # noqa: S311 (seeded synthetic data, not secrets)
    points, weights = places()
    cands = [candidate(rng, n, points, weights) for n in range(n_candidates)]
    inits = [initiative(rng, n, points, weights) for n in range(n_initiatives)]
    exclusions = [
        [rng.choice(cands)["id"], rng.choice(inits)["id"]] for _ in range(n_candidates // 20)
    ]
    return {"candidates": cands, "initiatives": inits, "exclusions": exclusions}


def ortools_direct(arcs) -> tuple[float, float, int]:
    """The same network, handed straight to SimpleMinCostFlow: (seconds, CPU s, optimal cost)."""
    start, cpu = time.perf_counter(), time.process_time()
    flow = min_cost_flow.SimpleMinCostFlow()
    flow.add_arcs_with_capacity_and_unit_cost(arcs.tails, arcs.heads, arcs.capacities, arcs.costs)
    flow.set_nodes_supplies(np.arange(len(arcs.supplies), dtype=np.int32), arcs.supplies)
    status = flow.solve()
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    assert status == flow.OPTIMAL, status
    return seconds, cpu, flow.optimal_cost()


def _ours(data: dict) -> dict:
    """The engine end to end: validation, feasible pairs and flow; then the proposals' reasons.

    `solve` builds the reasons on first use of `result.proposals`, so they are timed apart
    ("reasons"), and are always built here: the buddy app stores them for every proposal.
    """
    start = time.perf_counter()
    parsed = parse_scenario(data)
    validate = time.perf_counter() - start
    start, cpu = time.perf_counter(), time.process_time()
    table = build_pair_table(
        parsed.candidates, parsed.initiatives, parsed.exclusions, parsed.weights
    )
    pairs = time.perf_counter() - start
    start = time.perf_counter()
    result = solve((), (), pairs=table)  # flow network, OR-Tools, the chosen pairs
    solved, ours_cpu = time.perf_counter() - start, time.process_time() - cpu
    cpu = time.process_time()
    made = len(result.proposals)  # the proposals with their reasons, built now at the latest
    return {
        "validate": validate,
        "pairs": pairs,
        "solve": solved,
        "ours_cpu": ours_cpu,
        "reasons_cpu": time.process_time() - cpu,
        "made": made,
        "table": table,
        "result": result,
    }


def run(n_candidates: int, n_initiatives: int, repeat: int, seed: int) -> dict:
    data = scenario(n_candidates, n_initiatives, seed)
    names = ("validate", "pairs", "solve", "raw", "ours_cpu", "raw_cpu", "reasons_cpu")
    times: dict[str, list[float]] = {name: [] for name in names}
    warm = _ours(data)  # warm-up of both sides, not timed
    ortools_direct(flow_arcs(warm["table"]))
    for number in range(repeat):
        arcs = flow_arcs(warm["table"])  # the same arcs as the engine builds (checked below)
        if number % 2:  # OR-Tools first in every other repeat
            seconds, cpu_seconds, cost = ortools_direct(arcs)
            ours = _ours(data)
        else:
            ours = _ours(data)
            seconds, cpu_seconds, cost = ortools_direct(arcs)
        for name in ("validate", "pairs", "solve", "ours_cpu", "reasons_cpu"):
            times[name].append(ours[name])
        times["raw"].append(seconds)
        times["raw_cpu"].append(cpu_seconds)
        table, result = ours["table"], ours["result"]
        if len(table) != len(warm["table"]):
            raise SystemExit("benchmark stopped: the engine found other pairs than in the warm-up")
        if -cost != round(result.objective * 1_000_000):
            raise SystemExit("benchmark stopped: the engine and OR-Tools found different optima")
    row = {name: statistics.median(values) for name, values in times.items()}
    ours_total = [p + s for p, s in zip(times["pairs"], times["solve"], strict=True)]
    row["ours"] = statistics.median(ours_total)
    with_reasons = [o + r for o, r in zip(times["ours_cpu"], times["reasons_cpu"], strict=True)]
    row["with_reasons_cpu"] = statistics.median(with_reasons)
    row |= {
        "size": f"{n_candidates:,} × {n_initiatives:,}",
        "pairs_found": len(table),
        "matched": len(result.proposals),
        "objective": result.objective,
    }
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3, help="runs per size (median is shown)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--sizes", default="1000x200,10000x2000", help="e.g. 1000x200,10000x2000")
    args = parser.parse_args()
    print(
        "size (cand × init) | feasible pairs | matched | objective | validate s | "
        "pairs s | solve s | ours (pairs + solve) s | OR-Tools direct s | ratio | "
        "CPU: ours s | OR-Tools s | ratio | reasons s | ratio with reasons"
    )
    for size in args.sizes.split(","):
        n_c, n_i = (int(part) for part in size.split("x"))
        row = run(n_c, n_i, args.repeat, args.seed)
        print(
            f"{row['size']} | {row['pairs_found']:,} | {row['matched']:,} | "
            f"{row['objective']:,.3f} | {row['validate']:.3f} | {row['pairs']:.3f} | "
            f"{row['solve']:.3f} | {row['ours']:.3f} | {row['raw']:.3f} | "
            f"{row['ours'] / row['raw']:.1f}× | {row['ours_cpu']:.3f} | {row['raw_cpu']:.3f} | "
            f"{row['ours_cpu'] / row['raw_cpu']:.2f}× | {row['reasons_cpu']:.3f} | "
            f"{row['with_reasons_cpu'] / row['raw_cpu']:.2f}×",
            flush=True,
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"peak RSS {peak:.0f} MiB; median of {args.repeat} runs after one warm-up run, the two "
        "sides alternating which goes first; same optimum checked each run"
    )


if __name__ == "__main__":
    main()
