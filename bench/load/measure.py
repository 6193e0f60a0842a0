"""Side measurements of `make bench-load`: a static file of a page's size, and render times.

measure.py same-size DATA STATIC_ROOT   write static/bench/same-size.html, as long as the
                                        page that bench/load/ratio.py hammers (before the
                                        server starts, so WhiteNoise serves it)
measure.py render DATA BASE_URL OUT     per page type: time of an uncached render (a query
                                        string skips the page cache) and of a cached answer,
                                        alternating; every answer must be 2xx, every cached
                                        one a page-cache hit
"""

import json
import os
import statistics
import sys
import time
import urllib.error
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
    """(ms, status, page-cache state, bytes) of one GET; stops unless it answers 2xx."""
    request = urllib.request.Request(url, headers={"Accept-Encoding": "identity"})  # noqa: S310
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            body = response.read()
            elapsed = (time.perf_counter() - start) * 1000
            status, state = response.status, response.headers.get("X-Page-Cache")
    except urllib.error.HTTPError as error:
        raise SystemExit(f"benchmark stopped: {url} answered {error.code}") from error
    if not 200 <= status < 300:
        raise SystemExit(f"benchmark stopped: {url} answered {status}")
    return elapsed, status, state, len(body)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))]


def render(data_path: str, base_url: str, out: str) -> None:
    data = json.loads(Path(data_path).read_text())
    results = {}
    for label, path in sorted(data["page_types"].items()):
        fetch(f"{base_url}{path}?bench-render=warm-up")
        fetch(f"{base_url}{path}")  # store it
        uncached, cached = [], []
        for n in range(ROUNDS):  # one of each per round, each side first in turn
            sides = [("uncached", f"{path}?bench-render={n}"), ("cached", path)]
            for side, url in sides[:: 1 if n % 2 else -1]:
                elapsed, _status, state, size = fetch(f"{base_url}{url}")
                if side == "cached" and state != "hit":
                    raise SystemExit(f"benchmark stopped: {url} was not a page-cache hit ({state})")
                (cached if side == "cached" else uncached).append(elapsed)
        results[label] = {
            "path": path,
            "bytes": size,
            "uncached_p50": statistics.median(uncached),
            "uncached_p95": percentile(uncached, 0.95),
            "cached_p50": statistics.median(cached),
            "cached_p95": percentile(cached, 0.95),
        }
        print(
            f"{label:40} uncached p50 {results[label]['uncached_p50']:7.1f} ms, "
            f"cached p50 {results[label]['cached_p50']:6.1f} ms (all page-cache hits)"
        )
    Path(out).write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    {"same-size": same_size, "render": render}[command](*args)
