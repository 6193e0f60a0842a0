"""Cross-language expansion, query time against index time, on the engine: `make bench-glossary`.

Two indices of the same synthetic offers (BENCH_SIZES, default 10000; titles and summaries use
the glossary's Dutch words): one expands a visitor's words to the Dutch words at search time
(synonym_graph in the Dutch texts' search analyzer, what the site does), the other adds every
language's words to the Dutch texts when indexing (a flat synonym filter, Dutch index analyzer).
It measures the build (seconds, index size), and per query the raw engine time of the body the
API sends, both indices alternating, each going first in turn; and checks that both find offers.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import percentiles, setup_django, stop  # noqa: E402

setup_django()

from django.conf import settings  # noqa: E402

from search.client import Document, EngineConfig, SearchClient  # noqa: E402
from search.glossary import (  # noqa: E402
    GLOSSARY_FILE,
    index_time_rules,
    query_time_rules,
    read_glossary,
)
from search.offers.mapping import offers_index_body  # noqa: E402
from search.offers.params import parse_params  # noqa: E402
from search.offers.query_body import offer_query_body  # noqa: E402
from search.offers.relax import SearchPlan  # noqa: E402

MIX = [
    {"q": "розмовний клуб", "lang": "uk"},
    {"q": "conversation table", "lang": "en", "level": "A2"},
    {"q": "cuisine", "lang": "fr"},
    {"q": "كرة القدم", "lang": "ar"},
    {"q": "кулинария", "lang": "ru"},
    {"q": "walking", "lang": "en"},
    {"q": "cours de néerlandais", "lang": "fr"},
    {"q": "волонтерство", "lang": "uk"},
    {"q": "مكتبة", "lang": "ar"},
    {"q": "дом престарелых", "lang": "ru"},
    {"q": "homework help", "lang": "en"},
    {"q": "koken"},
    {"q": "praattafel gent"},
]
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "20"))
WARMUP = int(os.environ.get("BENCH_WARMUP", "2"))
PLACES = ["Gent", "Antwerpen", "Leuven", "Brugge", "Hasselt", "Brussel"]


def synthetic(n: int, rng: random.Random, dutch_words: list[str]) -> dict:
    place = rng.choice(PLACES)
    word, other = rng.choice(dutch_words), rng.choice(dutch_words)
    return {
        "page_id": n, "external_id": f"bench-{n}", "source": "bench",
        "offer_type": "leisure", "levels": ["all"], "format": "in_person",
        "weekdays": [n % 7], "day_parts": ["morning"], "has_schedule": False,
        "last_checked": "2026-10-01", "municipality_name": place, "place_text": place,
        "title_exact": f"{word} {place}".lower(), "languages": ["nl"],
        "title_nl": f"{word.capitalize()} in {place}",
        "summary_nl": f"Elke week {other} en Nederlands oefenen in een kleine groep.",
        "description_nl": "Iedereen is welkom. Breng gerust een vriend of buur mee.",
        "title_en": f"Activity in {place}", "url_nl": f"/nl/aanbod/{n}/",
        "suggest": {"input": [f"{word} {place}"]},
    }  # fmt: skip


def index_size(url: str, name: str) -> int:
    address = f"{url.rstrip('/')}/_cat/indices/{name}?format=json&bytes=b"
    with urllib.request.urlopen(address, timeout=30) as answer:  # noqa: S310 (the bench engine)
        return int(json.load(answer)[0]["store.size"])


def build(client, url: str, name: str, body: dict, size: int, words: list[str]) -> tuple:
    rng = random.Random(42)  # noqa: S311 (synthetic data; the same offers in both indices)
    started = time.perf_counter()
    client.create_index(name, body)
    created = time.perf_counter() - started
    for start in range(0, size, 2000):
        batch = (
            Document(str(n), 1, synthetic(n, rng, words))
            for n in range(start, min(size, start + 2000))
        )
        _indexed, errors = client.bulk(name, batch)
        if errors:
            stop(f"{len(errors)} offers were not indexed in {name}, e.g. {errors[0]}")
    client.refresh(name)
    seconds = time.perf_counter() - started
    if client.count(name) != size:
        stop(f"{name} holds {client.count(name):,} offers, not {size:,}")
    return created, seconds, index_size(url, name)


def bodies() -> list[dict]:
    found = []
    for raw in MIX:
        params, errors = parse_params({key: [value] for key, value in raw.items()})
        if errors:
            stop(f"the query {raw} is not valid: {errors}")
        found.append(offer_query_body(SearchPlan(params), language=params.lang, suggest=True))
    return found


def search(client, name: str, body: dict) -> tuple[float, int]:
    started = time.perf_counter()
    result = client.search(name, body)
    elapsed = (time.perf_counter() - started) * 1000
    if result.get("timed_out") or result.get("_shards", {}).get("failed"):
        stop(f"the engine answered with failed shards or a time-out: {result.get('_shards')}")
    return elapsed, result["hits"]["total"]["value"]


def measure(client, names: dict[str, str]) -> tuple[dict, dict]:
    """Per mode and query: times (ms) and hits; the modes alternate, each first in turn."""
    queries = bodies()
    times = {mode: [[] for _ in MIX] for mode in names}
    hits = {mode: [0] * len(MIX) for mode in names}
    for round_number in range(WARMUP + ROUNDS):
        for position, body in enumerate(queries):
            order = list(names)
            if (round_number + position) % 2:
                order.reverse()
            for mode in order:
                elapsed, count = search(client, names[mode], body)
                hits[mode][position] = count
                if round_number >= WARMUP:
                    times[mode][position].append(elapsed)
    return times, hits


def main():
    url = os.environ.get("BENCH_SEARCH_URL") or settings.SEARCH["URL"]
    if not url:
        stop("no engine: set BENCH_SEARCH_URL, or run `make bench-glossary`, which starts one")
    concepts = read_glossary(GLOSSARY_FILE.read_text(encoding="utf-8"))
    words = [word for concept in concepts for word in concept.dutch]
    modes = {
        "query time": offers_index_body({"nl": query_time_rules(concepts)}),
        "index time": offers_index_body({}, index_rules=index_time_rules(concepts)),
    }
    prefix = f"bench-glossary-{os.getpid()}"
    client = SearchClient(EngineConfig(url, settings.SEARCH["ENGINE"], prefix, 30.0))
    print(f"engine {url}; {len(concepts)} concepts; {ROUNDS} rounds after {WARMUP} warm-up")
    for size in [int(value) for value in os.environ.get("BENCH_SIZES", "10000").split(",")]:
        names = {mode: f"{prefix}-{mode.split()[0]}-{size}" for mode in modes}
        try:
            for mode, body in modes.items():
                created, seconds, stored = build(client, url, names[mode], body, size, words)
                print(
                    f"{size:,} offers, {mode}: index created in {created:.2f} s, filled in "
                    f"{seconds:.1f} s, {stored / 1e6:.1f} MB",
                    flush=True,
                )
            times, hits = measure(client, names)
        finally:
            for name in names.values():
                client.delete_index(name)
        print(f"\n{size:,} offers | query | " + " | ".join(f"{m} p50/p95 ms (hits)" for m in modes))
        for position, raw in enumerate(MIX):
            cells = []
            for mode in modes:
                p50, p95, _p99 = percentiles(times[mode][position])
                cells.append(f"{p50:.1f}/{p95:.1f} ({hits[mode][position]})")
            print(f"  {raw['q']} ({raw.get('lang', 'nl')}) | " + " | ".join(cells))
        for mode in modes:
            p50, p95, p99 = percentiles([t for series in times[mode] for t in series])
            print(f"  all queries, {mode}: p50 {p50:.1f} ms, p95 {p95:.1f} ms, p99 {p99:.1f} ms")
        for mode in modes:
            empty = [raw["q"] for raw, count in zip(MIX, hits[mode], strict=True) if not count]
            if empty:
                print(f"  {mode} found nothing for: {', '.join(empty)}")
        print()


if __name__ == "__main__":
    main()
