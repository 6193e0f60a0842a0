"""The database search against the engine on the 150 demo offers: `make bench-dbsearch`.

Issue 20 item 3: the database path (text table, typo corrections, glossary) stays within 3x the
engine path's time. Both answer the same API searches through `search_offers`, alternating per
query and taking turns going first; the queries are the judged sets' (Dutch, cross-language and
misspelt). Prints a table per query kind and the overall p50/p95 with the ratio."""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import percentiles, setup_django, stop  # noqa: E402

setup_django()

from django.conf import settings  # noqa: E402
from django.test import override_settings  # noqa: E402

from search import lifecycle  # noqa: E402
from search.client import get_client  # noqa: E402
from search.offers.documents import OFFERS  # noqa: E402
from search.offers.params import parse_params  # noqa: E402
from search.offers.service import search_offers  # noqa: E402
from tests.search.judged_cross_language import CROSS_LANGUAGE_QUERIES  # noqa: E402
from tests.search.judged_offers import QUERIES  # noqa: E402
from tests.search.judged_typos import TYPO_QUERIES  # noqa: E402

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))
KINDS = {"dutch and more": QUERIES, "cross-language": CROSS_LANGUAGE_QUERIES, "typo": TYPO_QUERIES}


def timed_search(raw: dict, engine_url: str, prefix: str, backend: str) -> float:
    query = {name: [value] for name, value in {**raw, "page_size": "10"}.items()}
    query = {k: v for k, v in query.items() if not k.startswith("date_")}
    params, errors = parse_params(query)
    if errors:
        stop(f"bad judged query {raw}: {errors}")
    url = engine_url if backend == "opensearch" else ""
    with override_settings(SEARCH={**settings.SEARCH, "URL": url, "INDEX_PREFIX": prefix}):
        started = time.perf_counter()
        result = search_offers(params, language=params.lang)
        elapsed = (time.perf_counter() - started) * 1000
    if result.engine != backend:
        stop(f"{backend} was asked for {raw} but {result.engine} answered")
    return elapsed


def main():
    logging.getLogger("opensearch").setLevel(logging.ERROR)
    engine_url = os.environ.get("BENCH_SEARCH_URL")
    if not engine_url:
        stop("no engine: run `make bench-dbsearch`, which starts one")
    prefix = f"bench-{os.getpid()}"
    with override_settings(SEARCH={**settings.SEARCH, "URL": engine_url, "INDEX_PREFIX": prefix}):
        client = get_client()
        lifecycle.rebuild(client, OFFERS)
    print(f"database {settings.DATABASES['default']['ENGINE']}; engine {engine_url}; DEBUG off")
    totals = {"opensearch": [], "database": []}
    print("\nqueries | engine p50/p95 ms | database p50/p95 ms | database/engine p95")
    try:
        for kind, queries in KINDS.items():
            samples = {"opensearch": [], "database": []}
            for round_ in range(ROUNDS + 1):
                for n, (_name, raw, _grades) in enumerate(queries):
                    order = ["opensearch", "database"]
                    if (n + round_) % 2:
                        order.reverse()
                    for backend in order:
                        ms = timed_search(raw, engine_url, prefix, backend)
                        if round_:  # the first round warms caches up
                            samples[backend].append(ms)
            engine, database = percentiles(samples["opensearch"]), percentiles(samples["database"])
            print(
                f"{kind} ({len(queries)}) | {engine[0]:.1f}/{engine[1]:.1f} | "
                f"{database[0]:.1f}/{database[1]:.1f} | {database[1] / engine[1]:.2f}x",
                flush=True,
            )
            for backend in totals:
                totals[backend] += samples[backend]
    finally:
        for name in client.indices(f"{prefix}-*"):
            client.delete_index(name)
    engine, database = percentiles(totals["opensearch"]), percentiles(totals["database"])
    print(
        f"all | {engine[0]:.1f}/{engine[1]:.1f} | {database[0]:.1f}/{database[1]:.1f} | "
        f"{database[1] / engine[1]:.2f}x"
    )
    print(f"{ROUNDS} rounds after one warm-up round, backends alternating. Target: <= 3x.")


if __name__ == "__main__":
    main()
