"""Offer import benchmark: dry run, first import and a repeat import of one file, side by side.

Generates BENCH_OFFERS lines (default 100,000; about 3% invalid, plus one 3 MiB line) with a
seeded RNG into a temp file and imports it into a throw-away database, with the production
settings (`make bench-import`, scripts/bench.sh):

- by default SQLite in a temp folder (no server needed);
- with DATABASE_URL set (e.g. `DATABASE_URL=$(bash scripts/postgres.sh url)`), a new database
  `wegwijs_bench` on that server, dropped at the end.

Each phase's rate counts what the phase does: lines validated per second (dry run), offers
created per second (first import), offers found unchanged per second (repeat import). The
report of each phase is checked against the file: every valid line created, then unchanged,
every invalid line rejected; a mismatch stops the run. Peak RSS is the process's high-water
mark so far (it never goes down); BENCH_TRACEMALLOC=1 adds the Python heap peak per phase,
which slows every phase down. BENCH_PHASES=dry runs the validation only.
"""

import contextlib
import datetime as dt
import io
import json
import os
import random
import resource
import shutil
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
USE_POSTGRES = bool(os.environ.get("DATABASE_URL"))
WORKDIR = Path(tempfile.mkdtemp(prefix="wegwijs-bench-"))
if not USE_POSTGRES:
    os.environ["DATABASE_URL"] = f"sqlite:///{WORKDIR / 'bench.sqlite3'}"

from common import setup_django, stop  # noqa: E402

setup_django()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.utils import translation  # noqa: E402

COUNT = int(os.environ.get("BENCH_OFFERS", "100000"))
SEED = int(os.environ.get("BENCH_SEED", "42"))
TRACE = os.environ.get("BENCH_TRACEMALLOC") == "1"
# "unchanged" needs "create" first; "dry" alone measures validation of a big file quickly.
PHASES = os.environ.get("BENCH_PHASES", "dry,create,unchanged").split(",")
SOURCES = ["atlas-antwerpen", "amal-gent", "uit-vlaanderen", "huis-nederlands"]
THEMES = [f"thema-{n}" for n in range(40)]
GROUPS = ["adults", "newcomers", "seniors", "youth", "parents", "women", "refugees", "students"]
LEVELS = ["A0", "A1", "A2", "B1", "B2", "C1"]
KINDS = ["local_authority", "organisation", "agency"]
UNKNOWN_PLACE = {"name": "Zaal", "street": "Dorp 1", "postcode": "9999", "municipality": "Nergens"}
WORDS = [
    "praattafel",
    "taalcafé",
    "wandeling",
    "koken",
    "lezen",
    "samen",
    "buurt",
    "vrijwilliger",
    "sport",
    "muziek",
    "moestuin",
    "bibliotheek",
    "gesprek",
    "oefenen",
    "spel",
    "film",
    "fietsen",
    "breien",
    "theater",
    "naailes",
    "computer",
]


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def _offer(rng: random.Random, number: int, places: list, organisations: list) -> dict:
    code, name_nl, name_fr, lat, lon = rng.choice(places)
    title = f"{_text(rng, 3)[:-1]} {name_nl} {number}"
    fmt = rng.choices(["in_person", "online", "blended"], weights=[70, 15, 15])[0]
    offer = {
        "external_id": f"{number:07d}",
        "source": SOURCES[number % len(SOURCES)],
        "organisation": organisations[number % len(organisations)],
        "offer_type": rng.choice(["practice", "participation", "course_nt2", "leisure"]),
        "title": {"nl": title},
        "summary": {"nl": _text(rng, rng.randint(5, 25))},
        "description": {"nl": "\n\n".join(_text(rng, 40) for _ in range(rng.randint(1, 6)))},
        "themes": rng.sample(THEMES, rng.randint(1, 3)),
        "dutch_levels": sorted(rng.sample(LEVELS, rng.randint(0, 3))),
        "format": fmt,
        "cost": {"free": True},
        "target_groups": rng.sample(GROUPS, rng.randint(0, 2)),
        "contact": {"email": f"info{number}@example.be", "url": "https://www.example.be/aanbod"},
        "valid_until": (dt.date.today() + dt.timedelta(days=rng.randint(30, 700))).isoformat(),
    }
    if rng.random() < 0.4:
        offer["title"].update(en=f"Dutch practice {number}", uk=f"Практика {number}")
        offer["summary"]["en"] = "Practise Dutch in a small group."
    if fmt != "online":
        location = {
            "name": f"Ontmoetingscentrum {name_nl}",
            "street": f"Kerkstraat {rng.randint(1, 200)}",
            "postcode": code,
            "municipality": name_fr if rng.random() < 0.1 else name_nl,
        }
        if rng.random() < 0.5:  # the other half is placed through the postcode table
            location.update(lat=round(lat + rng.uniform(-0.01, 0.01), 5), lon=round(lon, 5))
        offer["location"] = location
    if rng.random() < 0.8:
        start = rng.choice(["09:30", "14:00", "19:00"])
        end = {"09:30": "11:30", "14:00": "16:00", "19:00": "21:00"}[start]
        offer["schedule"] = {
            "weekly": [{"weekday": rng.randint(0, 6), "start": start, "end": end}],
            "dates": [(dt.date.today() + dt.timedelta(days=rng.randint(1, 90))).isoformat()],
        }
    if rng.random() < 0.3:
        offer["cost"] = {"free": False, "amount_eur": rng.randint(1, 80), "note": {"nl": "UiTPAS"}}
    return offer


def _invalid(rng: random.Random, offer: dict, kind: int) -> bytes:
    text = json.dumps(offer, ensure_ascii=False)
    broken = {
        0: lambda: text[: len(text) // 2],  # truncated
        1: lambda: json.dumps({**offer, "colour": "red"}),  # unknown field
        2: lambda: json.dumps({**offer, "format": "teleport"}),  # bad enum
        3: lambda: json.dumps({**offer, "valid_until": "2027-02-30"}),  # bad date
        4: lambda: json.dumps({**offer, "childcare": "yes"}),  # wrong type
        5: lambda: json.dumps({**offer, "cost": {"free": False}}),  # paid, no amount
        6: lambda: json.dumps({**offer, "format": "in_person", "location": UNKNOWN_PLACE}),
        7: lambda: "[1, 2, 3]",  # not an object
    }
    if kind == 8:  # a file saved as Latin-1
        return json.dumps({**offer, "title": {"nl": "Café à la carte"}}, ensure_ascii=False).encode(
            "latin-1"
        )
    return broken[kind]().encode()


def generate(path: Path) -> tuple[int, int]:
    """Write COUNT lines to `path`; returns (valid, invalid)."""
    from portal.models import Postcode

    rng = random.Random(SEED)  # noqa: S311 - reproducible test data, not secrets
    places = [
        (p.code, p.municipality.name_nl, p.municipality.name_fr, p.latitude, p.longitude)
        for p in Postcode.objects.select_related("municipality").order_by("pk")
    ]
    organisations = [
        {"name": f"Organisatie {n:03d}", "kind": KINDS[n % 3]} for n in range(max(10, COUNT // 500))
    ]
    invalid = 0
    with path.open("wb") as handle:
        for number in range(COUNT):
            offer = _offer(rng, number, places, organisations)
            if number == COUNT // 2:
                line = json.dumps({**offer, "description": {"nl": "x" * 3_000_000}}).encode()
                invalid += 1
            elif rng.random() < 0.03:
                line = _invalid(rng, offer, invalid % 9)
                invalid += 1
            else:
                line = json.dumps(offer, ensure_ascii=False).encode()
            handle.write(line + b"\n")
    return COUNT - invalid, invalid


def check_report(key: str, report, valid: int, invalid: int) -> None:
    """Stop when a phase did not do what the file asks: then its rate would count nothing."""
    expected = {
        "dry": {"lines": valid + invalid, "rejected": invalid},
        "create": {"created": valid, "updated": 0, "unchanged": 0, "rejected": invalid},
        "unchanged": {"created": 0, "updated": 0, "unchanged": valid, "rejected": invalid},
    }[key]
    wrong = {
        name: (getattr(report, name), count)
        for name, count in expected.items()
        if getattr(report, name) != count
    }
    if wrong:
        found = ", ".join(f"{name} {got:,} (not {want:,})" for name, (got, want) in wrong.items())
        example = f"; first rejection: {report.rejections[0]}" if report.rejections else ""
        stop(f"the {key} phase did not do what the file asks: {found}{example}")


def run_phase(label: str, path: Path, dry_run: bool) -> dict:
    from aanbod.interchange.format import MAX_LINE_BYTES
    from aanbod.interchange.importing import offers_import
    from portal.importing import lines_from_stream

    if TRACE:
        tracemalloc.start()
    started = time.perf_counter()
    with path.open("rb") as stream:
        report = offers_import(
            lines_from_stream(stream, MAX_LINE_BYTES), dry_run=dry_run, progress=_progress
        )
    seconds = time.perf_counter() - started
    heap = tracemalloc.get_traced_memory()[1] if TRACE else None
    if TRACE:
        tracemalloc.stop()
    if sys.stderr.isatty():
        print("\r\x1b[K", end="", file=sys.stderr)
    # The rate counts what the phase does (check_report makes sure it did it).
    if dry_run:
        counted, unit = report.lines, "lines validated"
    elif report.created:
        counted, unit = report.created, "offers created"
    else:
        counted, unit = report.unchanged, "offers unchanged"
    return {
        "phase": label,
        "seconds": seconds,
        "rate": counted / seconds,
        "unit": unit,
        "report": report,
        "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "heap": heap / 2**20 if heap is not None else None,
    }


def _progress(report):
    if sys.stderr.isatty():
        print(f"\r  {report.lines:,} lines", end="", file=sys.stderr, flush=True)


def main() -> None:
    database = "SQLite " + str(WORKDIR / "bench.sqlite3")
    original_name = settings.DATABASES["default"]["NAME"]
    if USE_POSTGRES:
        connection.settings_dict["TEST"]["NAME"] = "wegwijs_bench"
        with contextlib.redirect_stdout(io.StringIO()):
            name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
        database = f"PostgreSQL database {name} (dropped afterwards)"
    else:
        with contextlib.redirect_stdout(io.StringIO()):
            call_command("migrate", interactive=False, verbosity=0)
    try:
        call_command("load_places", verbosity=0, stdout=io.StringIO())
        from portal import factories

        with translation.override("nl"):
            factories.generate(seed=SEED)
        path = WORKDIR / "offers.jsonl"
        valid, invalid = generate(path)
        size = path.stat().st_size / 2**20
        baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"Offer import benchmark: {COUNT:,} lines ({valid:,} valid, {invalid:,} invalid)")
        print(f"file {size:,.0f} MiB; {database}; RSS before the phases {baseline:,.0f} MiB")
        phases = [
            ("dry", "validation only (dry run)", True),
            ("create", "first import (creates)", False),
            ("unchanged", "second import (unchanged)", False),
        ]
        results = []
        for key, label, dry in phases:
            if key in PHASES:
                results.append(run_phase(label, path, dry))
                check_report(key, results[-1]["report"], valid, invalid)
        _print(results)
    finally:
        if USE_POSTGRES:
            connection.creation.destroy_test_db(original_name, verbosity=0)
        shutil.rmtree(WORKDIR, ignore_errors=True)


def _print(phases: list[dict]) -> None:
    head = (
        f"{'phase':<27}{'seconds':>9}{'rate (per second)':>28}{'created':>9}{'updated':>9}"
        f"{'unchanged':>10}{'rejected':>9}{'peak RSS':>10}"
    )
    print(head + ("  heap peak" if TRACE else ""))
    for row in phases:
        report = row["report"]
        rate = f"{row['rate']:,.0f} {row['unit']}/s"
        line = (
            f"{row['phase']:<27}{row['seconds']:>9.1f}{rate:>28}{report.created:>9,}"
            f"{report.updated:>9,}{report.unchanged:>10,}{report.rejected:>9,}"
            f"{row['rss']:>6,.0f} MiB"
        )
        print(line + (f"{row['heap']:>7,.0f} MiB" if row["heap"] is not None else ""))


if __name__ == "__main__":
    main()
