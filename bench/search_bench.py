"""Offer search speed, side by side: the API end to end, the same body sent raw to the engine,
and the database implementation. `make bench-search`; BENCH_SIZES=10000,100000 by default.

Synthetic offers go straight into a bench index (alias `<prefix>-offers`, prefix `bench-<pid>`)
for the engine figures; the API runs through Django's full stack (middleware, parsing, place
lookup, best bets, the query builder, the engine, JSON) against that alias. The database
implementation searches the offers in the configured database (BENCH_DB_QUERIES=0 skips it).
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.test import Client, override_settings  # noqa: E402

from search.client import Document, EngineConfig, SearchClient  # noqa: E402
from search.offers import params as vocab  # noqa: E402
from search.offers.mapping import offers_index_body  # noqa: E402
from search.offers.params import parse_params  # noqa: E402
from search.offers.query import offer_search  # noqa: E402
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


def percentiles(samples: list[float]) -> tuple[float, float, float]:
    ordered = sorted(samples)
    cut = statistics.quantiles(ordered, n=100, method="inclusive")
    return cut[49], cut[94], cut[98]


def timed(function) -> float:
    started = time.perf_counter()
    function()
    return (time.perf_counter() - started) * 1000


def main():
    sizes = [int(size) for size in os.environ.get("BENCH_SIZES", "10000,100000").split(",")]
    url = settings.SEARCH["URL"] or "http://127.0.0.1:59200"
    prefix = f"bench-{os.getpid()}"
    client = SearchClient(EngineConfig(url, settings.SEARCH["ENGINE"], prefix, 10.0))
    web = Client()
    rng = random.Random(42)  # noqa: S311 (synthetic data)
    rows = []
    for size in sizes:
        name = f"{prefix}-offers-{size}"
        client.create_index(name, offers_index_body({}))
        print(f"indexing {size} offers ...", flush=True)
        for start in range(0, size, 2000):
            client.bulk(
                name,
                (
                    Document(str(n), 1, synthetic(n, rng))
                    for n in range(start, min(size, start + 2000))
                ),
            )
        client.refresh(name)
        client.swap_alias(f"{prefix}-offers", name)
        bodies = []
        for raw in MIX:
            params, _ = parse_params({key: [value] for key, value in raw.items()})
            point = place_point(params)  # as the API resolves it
            # The body the API's first attempt sends, "did you mean" included.
            body = offer_search(SearchPlan(params), language=params.lang, point=point, suggest=True)
            bodies.append(body)
        for body in bodies:  # warm up
            client.search(f"{prefix}-offers", body)
        raw_ms, api_ms, db_ms = [], [], []
        search_settings = {**settings.SEARCH, "URL": url, "INDEX_PREFIX": prefix}
        with override_settings(SEARCH=search_settings, ALLOWED_HOSTS=["*"]):
            for _ in range(ROUNDS):
                for raw, body in zip(MIX, bodies, strict=True):
                    raw_ms.append(timed(lambda b=body: client.search(f"{prefix}-offers", b)))
                    api_ms.append(timed(lambda r=raw: web.get("/api/v1/offers/search", r)))
        if os.environ.get("BENCH_DB_QUERIES", "1") == "1":
            with override_settings(SEARCH={**settings.SEARCH, "URL": ""}, ALLOWED_HOSTS=["*"]):
                for _ in range(max(ROUNDS // 4, 2)):
                    for raw in MIX:
                        db_ms.append(timed(lambda r=raw: web.get("/api/v1/offers/search", r)))
        rows.append(
            (size, percentiles(api_ms), percentiles(raw_ms), percentiles(db_ms) if db_ms else None)
        )
        client.delete_index(name)
        api, raw = rows[-1][1], rows[-1][2]
        print(f"{size} offers: API p95 {api[1]:.1f} ms, raw p95 {raw[1]:.1f} ms", flush=True)
    print("\noffers | API p50/p95/p99 ms | raw engine p50/p95/p99 | API/raw p95 | database")
    for size, api, raw, db in rows:
        db_text = "/".join(f"{v:.1f}" for v in db) if db else "-"
        print(
            f"{size:>8} | {api[0]:.1f}/{api[1]:.1f}/{api[2]:.1f}"
            f" | {raw[0]:.1f}/{raw[1]:.1f}/{raw[2]:.1f} | {api[1] / raw[1]:.2f}x | {db_text}"
        )
    print("Targets at 100,000: API p95 <= 1.3x raw p95 and < 50 ms.")


if __name__ == "__main__":
    main()
