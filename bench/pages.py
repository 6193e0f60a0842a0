"""Page render benchmark: each page, rendered and from the page cache, next to a static file.

Run with `make bench` (scripts/bench.sh: production settings, PostgreSQL with the demo content,
Redis as cache). Every URL is asked BENCH_ROUNDS times (200) after a warm-up; the rounds
interleave all URLs, in a rotating order, so a busy moment of the machine hits every row alike.
"Rendered" adds a query string, which the page cache skips; "cached" must be a page-cache hit.
Every answer's status is checked: 2xx, or 404 for the one row that measures the not-found page.
"""

from __future__ import annotations

import logging
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import check_status, percentiles, setup_django, stop  # noqa: E402

setup_django()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from portal.page_cache import HIT_HEADER  # noqa: E402

# label: (path, expected status or None for 2xx, is a Wagtail page the page cache may keep)
URLS = {
    "static file (baseline)": ("/static/css/wegwijs.css", None, False),
    "home nl": ("/nl/", None, True),
    "home ar": ("/ar/", None, True),
    "standard page uk": ("/uk/praktykuvaty-niderlandsku/", None, True),
    "standard page fr (fallback)": ("/fr/nederlands-oefenen/", None, True),
    "not found": ("/nl/bestaat-niet/", 404, False),
    "healthz": ("/healthz", None, False),
}
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "200"))
WARMUP = int(os.environ.get("BENCH_WARMUP", "3"))


def request(client: Client, label: str, path: str, expected: int | None):
    """(milliseconds, response, body bytes) of one checked GET."""
    start = time.perf_counter()
    response = client.get(path)
    # A static file streams: read it, as a server sends it.
    body = b"".join(response.streaming_content) if response.streaming else response.content
    elapsed = (time.perf_counter() - start) * 1000
    check_status(response, f"{label} ({path})", expected)
    return elapsed, response, len(body)


def variants() -> list[tuple[str, str, str, int | None]]:
    """(row label, variant, path, expected): rendered for every URL, cached for pages."""
    found = []
    for label, (path, expected, cacheable) in URLS.items():
        if cacheable:
            found.append((label, "rendered", f"{path}?bench=render", expected))
            found.append((label, "cached", path, expected))
        else:
            found.append((label, "rendered", path, expected))
    return found


def sql_queries(client: Client, path: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    return len(queries)


def main():
    logging.disable(logging.WARNING)  # the 404 row logs a warning each time
    client = Client(HTTP_HOST="127.0.0.1")
    plan = variants()
    for _ in range(WARMUP):
        for label, _variant, path, expected in plan:
            request(client, label, path, expected)
    timings = {(label, variant): [] for label, variant, _path, _expected in plan}
    for round_number in range(ROUNDS):
        shift = round_number % len(plan)
        for label, variant, path, expected in plan[shift:] + plan[:shift]:
            elapsed, response, _size = request(client, label, path, expected)
            state = response.get(HIT_HEADER)
            if variant == "cached" and state != "hit":
                stop(f"{label} ({path}) did not come from the page cache ({state})")
            timings[(label, variant)].append(elapsed)
    print(
        f"{'url':30} {'status':>6} {'bytes':>7} {'rendered p50/p95 ms':>20} {'req/s':>6} "
        f"{'SQL':>4} {'cached p50/p95 ms':>18} {'SQL':>4}"
    )
    for label, (path, expected, cacheable) in URLS.items():
        rendered = timings[(label, "rendered")]
        p50, p95, _p99 = percentiles(rendered)
        path_rendered = f"{path}?bench=render" if cacheable else path
        _elapsed, response, size = request(client, label, path_rendered, expected)
        line = (
            f"{label:30} {response.status_code:>6} {size:>7} {p50:>9.2f} / {p95:>7.2f} "
            f"{1000 / statistics.mean(rendered):>6.0f} {sql_queries(client, path_rendered):>4}"
        )
        if cacheable:
            c50, c95, _c99 = percentiles(timings[(label, "cached")])
            line += f" {c50:>8.2f} / {c95:>7.2f} {sql_queries(client, path):>4}"
        print(line)
    print(
        f"({ROUNDS} requests per row after {WARMUP} warm-up rounds, interleaved; in-process "
        "Django test client, production settings; every status checked)"
    )


if __name__ == "__main__":
    main()
