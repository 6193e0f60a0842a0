"""Offer search speed, side by side: the API end to end, the same body sent raw to the engine,
and the database implementation. `make bench-search`; BENCH_SIZES=10000,100000 by default.

Synthetic offers go straight into a bench index (alias `<prefix>-offers`, prefix `bench-<pid>`)
on the engine at BENCH_SEARCH_URL (scripts/bench.sh starts one unless SEARCH_URL is set); the
API runs through Django's full stack (middleware, rate limit, parsing, place lookup, best bets,
the query builder, the engine, JSON) against that alias. API and raw engine are warmed up and
alternate per query, each going first in turn. Every answer is checked: a non-2xx, an engine
error or a fallback to the database stops the run. The database implementation searches the
demo offers in the configured database (BENCH_DB_QUERIES=0 skips it).
"""

from __future__ import annotations

import logging
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import check_status, percentiles, setup_django, stop  # noqa: E402

setup_django()

from django.conf import settings  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from prometheus_client import REGISTRY  # noqa: E402

from search.client import Document, EngineConfig, SearchClient  # noqa: E402
from search.offers import params as vocab  # noqa: E402
from search.offers.mapping import offers_index_body  # noqa: E402
from search.offers.params import parse_params  # noqa: E402
from search.offers.query_body import offer_query_body  # noqa: E402
from search.offers.relax import SearchPlan  # noqa: E402
from search.offers.service import place_point  # noqa: E402

WORDS = ["Praattafel", "Taalcafé", "Buddyproject", "Wandelclub", "Samen koken", "Sportclub"]
PLACES = [
    ("Gent", 51.054, 3.717),
    ("Antwerpen", 51.219, 4.402),
    ("Leuven", 50.879, 4.700),
    ("Brugge", 51.209, 3.224),
    ("Hasselt", 50.930, 5.338),
    ("Brussel", 50.846, 4.352),
]
MIX = [
    {"q": "praattafel"},
    {"q": "taalcafe", "postcode": "9000"},
    {"q": "praatafel gent"},
    {"postcode": "9000", "level": "A1", "daypart": "evening"},
    {"q": "buddy", "free": "1", "sort": "distance", "postcode": "2000"},
    {"type": "practice", "weekday": "1"},
    {"q": "koken", "childcare": "true", "wheelchair": "1"},
    {"municipality": "Leuven", "radius_km": "25", "sort": "next_date"},
    {"q": "розмовний клуб", "lang": "uk"},
    {"q": "conversation table", "lang": "en", "level": "A2"},
]
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "20"))
WARMUP = int(os.environ.get("BENCH_WARMUP", "2"))


def synthetic(n: int, rng: random.Random) -> dict:
    place, lat, lon = rng.choice(PLACES)
    fmt = rng.choice(["in_person"] * 8 + ["online", "blended"])
    word = rng.choice(WORDS)
    body = {
        "page_id": n, "external_id": f"bench-{n}", "source": "bench",
        "offer_type": rng.choice(vocab.TYPES),
        "levels": rng.choice([["all"], ["A1", "A2"], ["B1"]]),
        "format": fmt, "weekdays": [n % 7], "day_parts": [rng.choice(vocab.DAYPARTS[:3])],
        "next_dates": [], "occurrence_dates": [], "has_schedule": False,
        "free": n % 5 != 0, "childcare": n % 6 == 0, "wheelchair": n % 3 != 0,
        "language_friendly": n % 7 == 0, "low_literacy": n % 4 == 0, "participation": n % 2 == 0,
        "support_languages": ["en"], "target_groups": ["newcomers"], "themes": ["conversation"],
        "last_checked": "2026-10-01", "valid_until": "2027-06-01", "municipality_name": place,
        "place_text": place, "title_exact": f"{word} {place}".lower(), "languages": ["nl"],
        "title_nl": f"{word} {place} {n}", "summary_nl": "Samen Nederlands oefenen in een groep.",
        "title_en": f"Conversation table {place}", "title_uk": "Розмовний клуб",
        "url_nl": f"/nl/aanbod/{n}/", "suggest": {"input": [f"{word} {place}"]},
    }  # fmt: skip
    if fmt != "online":
        body["location"] = {
            "lat": lat + rng.uniform(-0.05, 0.05),
            "lon": lon + rng.uniform(-0.05, 0.05),
        }
    return body


def timed(function) -> float:
    started = time.perf_counter()
    function()
    return (time.perf_counter() - started) * 1000


def fallbacks() -> float:
    """Searches the database answered because the engine failed (portal.metrics)."""
    value = REGISTRY.get_sample_value("wegwijs_search_fallbacks_total", {"kind": "offers"})
    return value or 0.0


def api_search(web: Client, raw: dict, backend: str) -> int:
    """One API search, checked: 2xx, and answered by `backend`; returns its count."""
    before = fallbacks()
    response = web.get("/api/v1/offers/search", raw)
    check_status(response, f"the API ({backend}) for {raw}")
    if backend == "engine" and fallbacks() != before:
        stop(f"the engine failed for {raw} and the database answered instead")
    return response.json()["count"]


def raw_search(client: SearchClient, alias: str, body: dict) -> int:
    """One raw engine search; an engine error raises SearchFailed, which stops the run."""
    result = client.search(alias, body)
    if result.get("timed_out") or result.get("_shards", {}).get("failed"):
        stop(f"the engine answered with failed shards or a time-out: {result.get('_shards')}")
    return result["hits"]["total"]["value"]


def build_index(client: SearchClient, name: str, size: int, rng: random.Random) -> None:
    client.create_index(name, offers_index_body({}))
    print(f"indexing {size:,} offers ...", flush=True)
    for start in range(0, size, 2000):
        documents = (
            Document(str(n), 1, synthetic(n, rng)) for n in range(start, min(size, start + 2000))
        )
        _indexed, errors = client.bulk(name, documents)
        if errors:
            stop(f"{len(errors)} offers were not indexed, e.g. {errors[0]}")
    client.refresh(name)
    if client.count(name) != size:
        stop(f"the bench index holds {client.count(name):,} offers, not {size:,}")


def engine_bodies() -> list[dict]:
    bodies = []
    for raw in MIX:
        params, errors = parse_params({key: [value] for key, value in raw.items()})
        if errors:
            stop(f"the query {raw} is not valid: {errors}")
        # The body the API's first attempt sends, "did you mean" included.
        point = place_point(params)
        plan = SearchPlan(params)
        bodies.append(offer_query_body(plan, language=params.lang, point=point, suggest=True))
    return bodies


def measure_engine(client, web, alias: str) -> tuple[list[float], list[float]]:
    """API and raw engine, warmed up, then per query one of each, each side first in turn."""
    bodies = engine_bodies()
    raw_ms, api_ms = [], []
    for _ in range(WARMUP):
        for raw, body in zip(MIX, bodies, strict=True):
            raw_search(client, alias, body)
            api_search(web, raw, "engine")
    for round_number in range(ROUNDS):
        for position, (raw, body) in enumerate(zip(MIX, bodies, strict=True)):
            sides = [
                (raw_ms, lambda b=body: raw_search(client, alias, b)),
                (api_ms, lambda r=raw: api_search(web, r, "engine")),
            ]
            if (round_number + position) % 2:
                sides.reverse()
            for samples, call in sides:
                samples.append(timed(call))
    return api_ms, raw_ms


def measure_database(web) -> list[float]:
    samples, found = [], 0
    with override_settings(SEARCH={**settings.SEARCH, "URL": ""}):
        for raw in MIX:  # warm up
            found += api_search(web, raw, "database")
        for _ in range(max(ROUNDS // 4, 2)):
            for raw in MIX:
                samples.append(timed(lambda r=raw: api_search(web, r, "database")))
    if not found:
        stop("the database implementation found no offer at all: is the demo content there?")
    return samples


def main():
    logging.getLogger("opensearch").setLevel(logging.ERROR)  # swap_alias asks for a missing alias
    sizes = [int(size) for size in os.environ.get("BENCH_SIZES", "10000,100000").split(",")]
    url = os.environ.get("BENCH_SEARCH_URL") or settings.SEARCH["URL"]
    if not url:
        stop("no engine: set BENCH_SEARCH_URL, or run `make bench-search`, which starts one")
    prefix = f"bench-{os.getpid()}"
    alias = f"{prefix}-offers"
    client = SearchClient(EngineConfig(url, settings.SEARCH["ENGINE"], prefix, 10.0))
    web = Client(HTTP_HOST="127.0.0.1")
    rng = random.Random(42)  # noqa: S311 (synthetic data)
    print(f"engine {url}; search rate limit {settings.RATE_LIMITS['search']}; DEBUG off")
    rows = []
    for size in sizes:
        name = f"{prefix}-offers-{size}"
        try:
            build_index(client, name, size, rng)
            client.swap_alias(alias, name)
            search_settings = {**settings.SEARCH, "URL": url, "INDEX_PREFIX": prefix}
            with override_settings(SEARCH=search_settings):
                api_ms, raw_ms = measure_engine(client, web, alias)
        finally:
            client.delete_index(name)
        db_ms = measure_database(web) if os.environ.get("BENCH_DB_QUERIES", "1") == "1" else []
        rows.append((size, percentiles(api_ms), percentiles(raw_ms), db_ms and percentiles(db_ms)))
        api, raw = rows[-1][1], rows[-1][2]
        print(f"{size:,} offers: API p95 {api[1]:.1f} ms, raw p95 {raw[1]:.1f} ms", flush=True)
    print("\noffers | API p50/p95/p99 ms | raw engine p50/p95/p99 | API/raw p95 | database")
    for size, api, raw, db in rows:
        db_text = "/".join(f"{v:.1f}" for v in db) if db else "-"
        print(
            f"{size:>8} | {api[0]:.1f}/{api[1]:.1f}/{api[2]:.1f}"
            f" | {raw[0]:.1f}/{raw[1]:.1f}/{raw[2]:.1f} | {api[1] / raw[1]:.2f}x | {db_text}"
        )
    checked = len(sizes) * (ROUNDS + WARMUP) * len(MIX)
    print(
        f"{ROUNDS} rounds of {len(MIX)} queries per size after {WARMUP} warm-up rounds, API and "
        f"raw engine alternating; all {checked:,} API answers on the engine were 2xx and came "
        "from the engine (no database fallback); the database answers were 2xx too"
    )
    print("Targets at 100,000: API p95 <= 1.3x raw p95 and < 50 ms.")


if __name__ == "__main__":
    main()
