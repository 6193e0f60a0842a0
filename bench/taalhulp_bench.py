"""Benchmark of the taalhulp matching engine (CP-SAT) beside a greedy baseline, on one week.

Synthetic helpers and requests all over Flanders and Brussels (postcodes of the places CSV);
prints the time, status, answered count, total score and unanswered reasons of each method.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from taalhulp.matching import (  # noqa: E402
    DEFAULT_TIME_LIMIT,
    build_pair_table,
    components,
    csv_locate,
    greedy,
    parse_scenario,
    read_places,
    solve,
)
from taalhulp.matching.model import SCORE_QUANTUM  # noqa: E402

LANGUAGES = ["uk", "ar", "ru", "fa", "ti", "so", "ps", "tr", "ku", "es"]
LANGUAGE_WEIGHTS = [30, 20, 15, 8, 6, 5, 5, 5, 3, 3]
MODES = ["remote", "onsite", "phone"]
WEEK = ["2026-12-07", "2026-12-08", "2026-12-09", "2026-12-10", "2026-12-11", "2026-12-12",
        "2026-12-13"]  # fmt: skip
REASONS = ("certified_interpreter", "no_language", "no_mode", "too_far", "no_time", "excluded",
           "capacity")  # fmt: skip


def _languages(rng: random.Random) -> list[str]:
    chosen: list[str] = []
    while len(chosen) < rng.choices([1, 2, 3], [50, 35, 15])[0]:
        code = rng.choices(LANGUAGES, LANGUAGE_WEIGHTS)[0]
        if code not in chosen:
            chosen.append(code)
    return chosen


def helper(rng: random.Random, n: int, postcodes: list[str]) -> dict:
    kind = rng.choices(["taalhulp", "crisistolk"], [85, 15])[0]
    slots = []
    for day in sorted(rng.sample(WEEK, rng.randint(2, 4))):
        start = rng.randint(8, 16)
        end = min(22, start + rng.randint(2, 5))
        slots.append({"start": f"{day}T{start:02d}:00", "end": f"{day}T{end:02d}:00"})
    return {
        "id": f"h{n:05d}",
        "kind": kind,
        "languages": _languages(rng),
        "modes": rng.sample(MODES, rng.randint(1, 3)),
        "postcode": rng.choice(postcodes),
        "max_km": rng.choices([5, 10, 20, 40], [20, 35, 35, 10])[0],
        "trained": rng.random() < (0.8 if kind == "crisistolk" else 0.3),
        "max_per_week": rng.choices([1, 2, 3, 5], [30, 35, 25, 10])[0],
        "slots": slots,
    }


def request(rng: random.Random, n: int, postcodes: list[str]) -> dict:
    minute = rng.randrange(8 * 60, 19 * 60 + 31, 15)
    return {
        "id": f"r{n:05d}",
        "language": rng.choices(LANGUAGES, LANGUAGE_WEIGHTS)[0],
        "mode": rng.choices(MODES, [40, 40, 20])[0],
        "postcode": rng.choice(postcodes),
        "start": f"{rng.choice(WEEK[:6])}T{minute // 60:02d}:{minute % 60:02d}",
        "minutes": rng.choice([30, 45, 60, 90]),
        "difficulty": "heavy" if rng.random() < 0.08 else "routine",
        "kind": rng.choices(["any", "taalhulp", "crisistolk"], [80, 10, 10])[0],
    }


def scenario(n_requests: int, n_helpers: int, seed: int) -> dict:
    rng = random.Random(seed)  # noqa: S311 (seeded synthetic data, not secrets)
    postcodes = sorted(read_places())
    helpers = [helper(rng, n, postcodes) for n in range(n_helpers)]
    requests = [request(rng, n, postcodes) for n in range(n_requests)]
    exclusions = [
        [rng.choice(helpers)["id"], rng.choice(requests)["id"]] for _ in range(n_requests // 50)
    ]
    return {"helpers": helpers, "requests": requests, "exclusions": exclusions}


def row(name: str, seconds: float, result) -> str:
    counts = Counter(reason for _, reason in result.unanswered)
    reasons = ", ".join(f"{reason} {counts[reason]}" for reason in REASONS if counts[reason])
    return (
        f"{name} | {result.status} | {seconds:.1f} | {result.answered:,} | "
        f"{result.score_units / SCORE_QUANTUM:,.3f} | {reasons}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=5000)
    parser.add_argument("--helpers", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--time-limit", type=float, default=DEFAULT_TIME_LIMIT)
    args = parser.parse_args()
    data = scenario(args.requests, args.helpers, args.seed)
    start = time.perf_counter()
    parsed = parse_scenario(data, csv_locate())
    validate = time.perf_counter() - start
    start = time.perf_counter()
    table = build_pair_table(
        parsed.helpers, parsed.requests, parsed.exclusions, parsed.crisis_remote_only
    )
    pairs = time.perf_counter() - start
    parts = components(table)
    print(
        f"{args.requests:,} requests × {args.helpers:,} helpers, one week: "
        f"validate {validate:.1f} s, feasible pairs {len(table.pairs):,} in {pairs:.1f} s, "
        f"{len(parts)} independent parts (largest {max(map(len, parts), default=0):,} pairs)"
    )
    print("method | status | seconds | answered | total score | unanswered by reason")
    start = time.perf_counter()
    baseline = greedy(table)
    print(row("greedy", time.perf_counter() - start, baseline), flush=True)
    start = time.perf_counter()
    best = solve((), (), table=table, time_limit=args.time_limit)
    print(row("CP-SAT", time.perf_counter() - start, best), flush=True)
    print(f"CP-SAT's proven upper bound on answered requests: {best.answered_bound:,}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"peak RSS {peak:.0f} MiB; CP-SAT: one worker, deterministic time limit "
        f"{args.time_limit:g} shared out by part size; seed {args.seed}"
    )


if __name__ == "__main__":
    main()
