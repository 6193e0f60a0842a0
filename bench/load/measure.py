"""Side measurements of `make bench-load`: a static file of a page's size, and render times.

measure.py same-size DATA STATIC_ROOT   write static/bench/same-size.html, as long as the
                                        page that bench/load/ratio.py hammers (before the
                                        server starts, so WhiteNoise serves it)
measure.py render DATA BASE_URL OUT     per page type: time of an uncached render (a query
                                        string skips the page cache) and of a cached answer
"""

import json
import os
import statistics
import sys
import time
import urllib.request
from pathlib import Path

ROUNDS = int(os.environ.get("BENCH_RENDER_ROUNDS", "20"))


def ratio_page(data: dict) -> str:
    return data["legal_topics"][0]


def same_size(data_path: str, static_root: str) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    import django

    django.setup()
    from django.test import Client

    url = ratio_page(json.loads(Path(data_path).read_text()))
    body = Client(HTTP_HOST="127.0.0.1").get(url).content
    target = Path(static_root) / "bench" / "same-size.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(body)
    print(f"static file of {len(body)} bytes for {url} -> {target}")


def fetch(url: str) -> tuple[float, int, str | None, int]:
    request = urllib.request.Request(url, headers={"Accept-Encoding": "identity"})  # noqa: S310
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
        body = response.read()
        elapsed = (time.perf_counter() - start) * 1000
        return elapsed, response.status, response.headers.get("X-Page-Cache"), len(body)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))]


def render(data_path: str, base_url: str, out: str) -> None:
    data = json.loads(Path(data_path).read_text())
    results = {}
    for label, path in sorted(data["page_types"].items()):
        uncached = [fetch(f"{base_url}{path}?bench-render={n}")[0] for n in range(ROUNDS)]
        fetch(f"{base_url}{path}")  # store it
        cached, states = [], set()
        for _ in range(ROUNDS):
            elapsed, _status, state, size = fetch(f"{base_url}{path}")
            cached.append(elapsed)
            states.add(state)
        results[label] = {
            "path": path,
            "bytes": size,
            "uncached_p50": statistics.median(uncached),
            "uncached_p95": percentile(uncached, 0.95),
            "cached_p50": statistics.median(cached),
            "cached_p95": percentile(cached, 0.95),
            "cache_states": sorted(str(s) for s in states),
        }
        print(
            f"{label:40} uncached p50 {results[label]['uncached_p50']:7.1f} ms, "
            f"cached p50 {results[label]['cached_p50']:6.1f} ms {results[label]['cache_states']}"
        )
    Path(out).write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    {"same-size": same_size, "render": render}[command](*args)
