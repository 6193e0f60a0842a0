"""Page render benchmark: each page type against a static file of the same stack, side by side.

Run with `make bench` (SQLite dev database, demo content). Prints per-URL p50/p95 in
milliseconds, requests per second and SQL queries per request.
"""

import logging
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

URLS = {
    "static file (baseline)": "/static/css/wegwijs.css",
    "home nl": "/nl/",
    "home ar": "/ar/",
    "standard page uk": "/uk/praktykuvaty-niderlandsku/",
    "standard page fr (fallback)": "/fr/nederlands-oefenen/",
    "not found": "/nl/bestaat-niet/",
    "healthz": "/healthz",
}
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "200"))


def measure(client, url):
    client.get(url)  # warm up
    timings = []
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    query_count = len(queries)  # read now: DEBUG's query log is a bounded deque
    for _ in range(ROUNDS):
        start = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
        if hasattr(response, "streaming_content"):
            b"".join(response.streaming_content)
    timings.sort()
    return {
        "p50": statistics.median(timings),
        "p95": timings[int(len(timings) * 0.95) - 1],
        "rps": 1000 / statistics.mean(timings),
        "queries": query_count,
        "status": response.status_code,
    }


def main():
    logging.disable(logging.WARNING)  # 404s are expected here
    call_command("migrate", "--noinput", verbosity=0)
    call_command("seed_demo", "--no-index", stdout=open(os.devnull, "w"))  # noqa: SIM115
    client = Client(HTTP_HOST="127.0.0.1")
    print(f"{'url':32} {'status':>6} {'p50 ms':>8} {'p95 ms':>8} {'req/s':>8} {'SQL':>5}")
    for label, url in URLS.items():
        result = measure(client, url)
        print(
            f"{label:32} {result['status']:>6} {result['p50']:>8.2f} {result['p95']:>8.2f} "
            f"{result['rps']:>8.0f} {result['queries']:>5}"
        )
    print(f"({ROUNDS} requests per URL, in-process Django test client, uncached)")


if __name__ == "__main__":
    main()
