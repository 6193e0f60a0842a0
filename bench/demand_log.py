"""Search latency with the demand log on and off, in the same run. `make bench-demand`.

The open data API's offer search runs through Django's full stack on the database path over
the demo offers, BENCH_ROUNDS (200) times per query of the mix, once with the log on and once
off, alternating which goes first. With the log on the search appends to the bounded buffer and
the writer thread stores batches in the background, as in production. Every answer is checked,
and at the end every recorded search must be in the database (none dropped). Target: the p50
with the log on within 5% of the p50 with it off (bench/README.md).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import check_status, percentiles, setup_django, stop  # noqa: E402

setup_django()

from django.conf import settings  # noqa: E402
from django.test import Client  # noqa: E402

from search.demand import buffer, wiring  # noqa: E402
from search.demand.models import SearchEvent  # noqa: E402
from search.offers.params import parse_params  # noqa: E402
from search.offers.results import OfferSearchResult  # noqa: E402

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "200"))
MIX = [
    {"q": "praattafel"},
    {"postcode": "9000", "level": "A1", "daypart": "evening"},
    {"municipality": "Leuven", "type": "practice"},
    {"q": "taalcafe", "postcode": "2000", "radius_km": "25"},
    {"type": "course_nt2", "free": "1"},
]


def search(client: Client, query: dict) -> float:
    started = time.perf_counter()
    response = client.get("/api/v1/offers/search", query, HTTP_HOST="127.0.0.1")
    elapsed = time.perf_counter() - started
    check_status(response, f"search {query}")
    return elapsed


def hook_cost() -> float:
    """Microseconds the search pays for the log: the hook alone, log on, nothing written."""
    params, _errors = parse_params({"postcode": "9000", "q": "praattafel"})
    result = OfferSearchResult(count=3, hits=[], facets={})
    settings.SEARCH_DEMAND["FLUSH"] = "manual"
    calls = 20_000
    started = time.perf_counter()
    for _call in range(calls):
        wiring.record(None, params=params, result=result, language="nl", origin="api")
    elapsed = time.perf_counter() - started
    buffer.clear()
    settings.SEARCH_DEMAND["FLUSH"] = "thread"
    return elapsed / calls * 1e6


def main() -> None:
    settings.SEARCH_DEMAND.update(ENABLED=True, FLUSH="thread")
    client = Client()
    before = SearchEvent.objects.count()
    for query in MIX:  # warm up: places, glossary, caches, the writer thread
        search(client, query)
    samples = {True: [], False: []}
    recorded = 0
    for round_number in range(ROUNDS):
        for query in MIX:
            order = (True, False) if round_number % 2 == 0 else (False, True)
            for log_on in order:
                settings.SEARCH_DEMAND["ENABLED"] = log_on
                samples[log_on].append(search(client, query))
                recorded += log_on
    settings.SEARCH_DEMAND["ENABLED"] = True
    buffer.flush()
    written = SearchEvent.objects.count() - before - len(MIX)
    stats = buffer.stats()
    if stats["dropped"] or written != recorded:
        stop(f"the log lost events: {recorded} searched, {written} written, {stats}")
    on, off = percentiles(samples[True]), percentiles(samples[False])
    ratio = on[0] / off[0]
    print(f"demand log bench: {ROUNDS} rounds x {len(MIX)} queries, API on the database path")
    print(f"{'':10} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
    for label, values in (("log off", off), ("log on", on)):
        print(f"{label:10} " + " ".join(f"{value * 1000:8.2f}" for value in values))
    print(f"p50 on / off: {ratio:.3f} ({(ratio - 1) * 100:+.1f}%; target within 5%)")
    print(f"the hook alone: {hook_cost():.1f} µs a search; events written: {written}, dropped: 0")
    print("within target" if ratio <= 1.05 else "OVER TARGET")


if __name__ == "__main__":
    main()
