"""Print the results of `make bench-load` as Markdown tables (the form of bench/README.md).

report.py RESULTS_DIR   reads load_stats.csv, states.json, page-N_stats.csv, static-N_stats.csv
                        (the timed slices) and render.json from a run of scripts/bench-load.sh
"""

import csv
import json
import os
import statistics
import sys
from pathlib import Path

TARGETS = {  # endpoint name: p95 target in ms (issue 8)
    "legal topic page": 100,
    "ruling page": 100,
    "hub page": 100,
    "finder search": 300,
    "case-law search": 300,
    "API offer search": 300,
}


def rows(path: Path) -> list[dict]:
    with path.open() as handle:
        return list(csv.DictReader(handle))


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)] if ordered else float("nan")


def load_table(results: Path, seconds: float) -> list[str]:
    stats = rows(results / "load_stats.csv")
    extra = json.loads((results / "states.json").read_text())
    statuses, states = extra["statuses"], extra["cache"]
    lines = [
        "| endpoint | requests | req/s | p50 ms | p95 ms | p99 ms | 5xx | other errors "
        "| cached p95 ms (hits) | target p95 |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for row in stats:
        name = row["Name"]
        count = int(row["Request Count"])
        codes = statuses.get(name, {})
        server_errors = sum(n for code, n in codes.items() if code.startswith("5"))
        other = int(row["Failure Count"]) - server_errors
        hits = states.get(name, {}).get("hit", [])
        hit_p95 = f"{p95(hits):.0f} ({len(hits)})" if hits else "–"
        target = TARGETS.get(name)
        label = "**all**" if name == "Aggregated" else name
        if name == "Aggregated":
            server_errors = sum(
                n for counts in statuses.values() for code, n in counts.items() if code[0] == "5"
            )
            other = int(row["Failure Count"]) - server_errors
        lines.append(
            f"| {label} | {count:,} | {count / seconds:.1f} | {row['50%']} | {row['95%']} "
            f"| {row['99%']} | {server_errors} | {other} | {hit_p95} "
            f"| {f'< {target}' if target else ''} |"
        )
    return lines


def _slices(results: Path, kind: str) -> list[dict]:
    """The Aggregated row of each timed slice of `kind` (page or static), in order."""
    found = sorted(results.glob(f"{kind}-*_stats.csv"))
    return [next(r for r in rows(path) if r["Name"] == "Aggregated") for path in found]


def ratio_table(results: Path) -> list[str]:
    lines = ["| served | req/s (all slices) | p50 ms per slice | p95 ms per slice | failures |"]
    lines.append("|---|---|---|---|---|")
    rates = {}
    for kind, label in (("page", "cached page"), ("static", "static file, same size")):
        found = _slices(results, kind)
        count = sum(int(r["Request Count"]) for r in found)
        seconds = sum(int(r["Request Count"]) / float(r["Requests/s"]) for r in found)
        rates[kind] = count / seconds
        p50s = ", ".join(r["50%"] for r in found)
        p95s = ", ".join(r["95%"] for r in found)
        failures = sum(int(r["Failure Count"]) for r in found)
        lines.append(f"| {label} | {rates[kind]:.0f} | {p50s} | {p95s} | {failures} |")
    lines.append(f"| **cached ÷ static** | **{rates['page'] / rates['static']:.2f}** | | | |")
    return lines


def render_table(results: Path) -> list[str]:
    data = json.loads((results / "render.json").read_text())
    lines = [
        "| page type | bytes | uncached p50 / p95 ms | cached p50 / p95 ms |",
        "|---|---|---|---|",
    ]
    for label, row in data.items():
        lines.append(
            f"| {label} | {row['bytes']:,} | {row['uncached_p50']:.0f} / {row['uncached_p95']:.0f} "
            f"| {row['cached_p50']:.1f} / {row['cached_p95']:.1f} |"
        )
    medians = [row["uncached_p50"] for row in data.values()]
    lines.append(f"| median of the types | | {statistics.median(medians):.0f} | |")
    return lines


def main(directory: str) -> None:
    results = Path(directory)
    seconds = float(os.environ.get("BENCH_SECONDS", "300"))
    out = [
        f"Load: {os.environ.get('BENCH_USERS', '?')} users for {seconds:.0f} s",
        "",
        *load_table(results, seconds),
        "",
        "Cached page against a static file of the same size (same server, no think time):",
        "",
        *ratio_table(results),
        "",
        "Render time per page type (one request at a time, after the load):",
        "",
        *render_table(results),
    ]
    text = "\n".join(out)
    (results / "report.md").write_text(text + "\n")
    print(text)


if __name__ == "__main__":
    main(sys.argv[1])
