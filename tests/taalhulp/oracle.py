"""Test helpers: scenario builders, a made-up map, and a plain re-implementation of the rules.

The oracle checks feasibility and reasons with datetimes and math.* and searches every
assignment exhaustively; it shares no code with taalhulp.matching beyond the public API.
"""

from __future__ import annotations

import math
import random
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

BRUSSELS = ZoneInfo("Europe/Brussels")
KM_PER_DEGREE = 6371.0088 * math.pi / 180
# A made-up map: postcode "Kn" lies n km east of "K0" along the equator (1° = 111.19 km).
PLACES = {f"K{n}": (0.0, n / KM_PER_DEGREE) for n in range(0, 101)}
LANGUAGES = ["uk", "ru", "ar"]
MODES = ["remote", "onsite", "phone"]
REASON_ORDER = ["certified_interpreter", "no_language", "no_mode", "too_far", "no_time", "excluded"]


def locate(postcode: str):
    return PLACES.get(postcode)


def helper(id="h1", **fields) -> dict:
    data = {
        "id": id,
        "kind": "taalhulp",
        "languages": ["uk"],
        "modes": ["remote", "onsite", "phone"],
        "postcode": "K0",
        "max_km": 20,
        "trained": False,
        "max_per_week": 5,
        "slots": [{"start": "2026-12-08T09:00", "end": "2026-12-08T17:00"}],
    }
    return data | fields


def request(id="r1", **fields) -> dict:
    data = {
        "id": id,
        "language": "uk",
        "mode": "onsite",
        "postcode": "K0",
        "start": "2026-12-08T10:00",
        "minutes": 60,
        "difficulty": "routine",
        "kind": "any",
    }
    return data | fields


def scenario(helpers, requests, exclusions=(), **top) -> dict:
    return {
        "helpers": list(helpers),
        "requests": list(requests),
        "exclusions": list(exclusions),
    } | top


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=BRUSSELS).astimezone(ZoneInfo("UTC"))


def km(a: str, b: str) -> float:
    (lat1, lon1), (lat2, lon2) = PLACES[a], PLACES[b]
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, h)))


def stage(h: dict, r: dict, data: dict) -> int:
    """The index in REASON_ORDER of the first rule that rules h out for r (6: none does)."""
    remote_only = data.get("crisis_remote_only", True)
    if r.get("difficulty", "routine") == "heavy":
        return 0
    if r["language"] not in h["languages"]:
        return 1
    if r.get("kind", "any") not in ("any", h["kind"]):
        return 1
    if h["kind"] == "crisistolk" and not h.get("trained", False):
        return 1
    if r["mode"] not in h["modes"]:
        return 2
    if h["kind"] == "crisistolk" and remote_only and r["mode"] == "onsite":
        return 2
    if r["mode"] == "onsite" and not (
        "postcode" in h and km(h["postcode"], r["postcode"]) <= h["max_km"]
    ):
        return 3
    start = utc(r["start"])
    end = start + timedelta(minutes=r["minutes"])
    if not any(utc(s["start"]) <= start and end <= utc(s["end"]) for s in h["slots"]):
        return 4
    if [h["id"], r["id"]] in [list(e) for e in data.get("exclusions", [])]:
        return 5
    return 6


def feasible(data: dict) -> tuple[dict[str, set[str]], dict[str, str]]:
    """Feasible helpers per request id, and the reason of each request that has none."""
    options, reasons = {}, {}
    for r in data["requests"]:
        stages = {h["id"]: stage(h, r, data) for h in data["helpers"]}
        options[r["id"]] = {h for h, s in stages.items() if s == 6}
        if not options[r["id"]]:
            reasons[r["id"]] = (
                REASON_ORDER[max(stages.values(), default=1)]
                if r.get("difficulty", "routine") != "heavy"
                else "certified_interpreter"
            )
    return options, reasons


def valid(data: dict, chosen: dict[str, str]) -> bool:
    """Whether request id → helper id respects overlaps and weekly maxima."""
    helpers = {h["id"]: h for h in data["helpers"]}
    requests = {r["id"]: r for r in data["requests"]}
    per_helper: dict[str, list[dict]] = {}
    for r, h in chosen.items():
        per_helper.setdefault(h, []).append(requests[r])
    for h, taken in per_helper.items():
        weeks: dict = {}
        for r in taken:
            week = datetime.fromisoformat(r["start"]).isocalendar()[:2]
            weeks[week] = weeks.get(week, 0) + 1
        if any(count > helpers[h]["max_per_week"] for count in weeks.values()):
            return False
        spans = sorted(
            (utc(r["start"]), utc(r["start"]) + timedelta(minutes=r["minutes"])) for r in taken
        )
        if any(a[1] > b[0] for a, b in zip(spans, spans[1:], strict=False)):
            return False
    return True


def brute_force(data: dict, units: dict[tuple[str, str], int]) -> tuple[int, int]:
    """The best (answered, total score units) over every assignment, by exhaustive search."""
    options, _ = feasible(data)
    order = sorted(options)
    best = (0, 0)

    def walk(i: int, chosen: dict[str, str], answered: int, score: int) -> None:
        nonlocal best
        if i == len(order):
            if (answered, score) > best and valid(data, chosen):
                best = (answered, score)
            return
        r = order[i]
        walk(i + 1, chosen, answered, score)
        for h in sorted(options[r]):
            chosen[r] = h
            if valid(data, chosen):
                walk(i + 1, chosen, answered + 1, score + units[h, r])
            del chosen[r]

    walk(0, {}, 0, 0)
    return best


def random_scenario(seed: int, n_helpers: int = 3, n_requests: int = 6) -> dict:
    """A small scenario where the rules interact: two days across an ISO week boundary."""
    rng = random.Random(seed)  # noqa: S311 (seeded test data)
    days = ["2026-12-13", "2026-12-14"]  # a Sunday and the Monday of the next ISO week
    helpers = []
    for n in range(n_helpers):
        slots = []
        for _ in range(rng.randint(1, 2)):
            day, start = rng.choice(days), rng.randint(8, 14)
            end = start + rng.randint(2, 5)
            slots.append({"start": f"{day}T{start:02d}:00", "end": f"{day}T{end:02d}:00"})
        helpers.append(
            helper(
                f"h{n}",
                kind=rng.choices(["taalhulp", "crisistolk"], [3, 1])[0],
                languages=rng.sample(LANGUAGES, rng.randint(1, 2)),
                modes=rng.sample(MODES, rng.randint(1, 3)),
                postcode=f"K{rng.randint(0, 30)}",
                max_km=rng.choice([5.5, 10.5, 25.5]),  # postcodes lie whole km apart: no ties
                trained=rng.random() < 0.7,
                max_per_week=rng.choice([0, 1, 2, 2, 3]),
                slots=slots,
            )
        )
    requests = []
    for n in range(n_requests):
        day, hour, minute = rng.choice(days), rng.randint(8, 17), rng.choice([0, 30])
        requests.append(
            request(
                f"r{n}",
                language=rng.choice(LANGUAGES[:2]),
                mode=rng.choice(MODES),
                postcode=f"K{rng.randint(0, 30)}",
                start=f"{day}T{hour:02d}:{minute:02d}",
                minutes=rng.choice([30, 60, 90]),
                difficulty="heavy" if rng.random() < 0.08 else "routine",
                kind=rng.choices(["any", "taalhulp", "crisistolk"], [6, 2, 2])[0],
            )
        )
    exclusions = [
        [rng.choice(helpers)["id"], rng.choice(requests)["id"]] for _ in range(rng.randint(0, 2))
    ]
    return scenario(helpers, requests, exclusions, crisis_remote_only=rng.random() < 0.7)
