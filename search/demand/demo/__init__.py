"""A quarter of synthetic search demand and target-group figures, so the gap view shows shapes."""

from __future__ import annotations

import datetime as dt
import random

from django.db import transaction
from django.utils import timezone

from portal.models import Municipality, TargetGroupFigure
from search.demand.models import DailyDemand

DAYS = 91
# (municipality, type, level, day part, searches a day on average, share that finds nothing)
PATTERNS = [
    ("Genk", "practice", "A1", "evening", 1.6, 0.9),
    ("Genk", "course_nt2", "A2", "", 1.2, 0.1),
    ("Gent", "practice", "A2", "", 3.0, 0.05),
    ("Gent", "buddy_project", "", "weekend", 0.9, 0.7),
    ("Antwerpen", "practice", "", "evening", 2.5, 0.1),
    ("Antwerpen", "course_nt2", "A1", "morning", 1.8, 0.2),
    ("Antwerpen", "participation", "", "", 1.1, 0.3),
    ("Leuven", "leisure", "", "weekend", 0.8, 0.6),
    ("Brussel", "practice", "B1", "evening", 1.4, 0.5),
    ("Hasselt", "course_mo", "", "", 0.7, 0.8),
    ("Mechelen", "practice", "A1", "", 0.9, 0.2),
    ("Aalst", "buddy_project", "", "", 0.6, 0.9),
    ("Kortrijk", "practice", "A2", "afternoon", 0.7, 0.6),
    ("Oostende", "participation", "", "", 0.5, 0.8),
    ("Sint-Niklaas", "course_nt2", "A1", "evening", 0.6, 0.7),
    ("Turnhout", "practice", "", "", 0.5, 0.4),
]
LANGUAGES = [("nl", 0.45), ("uk", 0.2), ("en", 0.12), ("ar", 0.1), ("fr", 0.08), ("ru", 0.05)]
GROUPS = [("civic_integration", 0.35), ("participation", 0.12), ("newcomers", 0.6)]


def _searches(rng: random.Random, mean: float) -> int:
    # Fewer searches at the weekend and a slow rise over the quarter: shapes, not noise.
    return sum(rng.random() < mean / 4 for _try in range(4))


@transaction.atomic
def generate(seed: int = 42) -> int:
    rng = random.Random(seed)
    today = timezone.localdate()
    first = today - dt.timedelta(days=DAYS)
    DailyDemand.objects.filter(day__gte=first, day__lt=today).delete()
    by_name = {m.name_nl: m for m in Municipality.objects.filter(
        name_nl__in={pattern[0] for pattern in PATTERNS})}  # fmt: skip
    rows = []
    for offset in range(DAYS):
        day = first + dt.timedelta(days=offset)
        growth = 0.7 + 0.6 * offset / DAYS
        weekend = 0.6 if day.weekday() >= 5 else 1.0
        for name, kind, level, daypart, mean, empty in PATTERNS:
            municipality = by_name.get(name)
            if municipality is None:
                continue
            for language, share in LANGUAGES:
                count = _searches(rng, mean * growth * weekend * share * 4)
                for _search in range(count):
                    zero = rng.random() < empty
                    relaxed = not zero and rng.random() < 0.25
                    rows.append((day, language, municipality, kind, level, daypart, zero, relaxed))
    tally: dict[tuple, int] = {}
    for row in rows:
        tally[row] = tally.get(row, 0) + 1
    DailyDemand.objects.bulk_create(
        DailyDemand(
            day=day,
            language=language,
            municipality=municipality,
            offer_type=kind,
            level=level,
            daypart=daypart,
            zero_result=zero,
            relaxed=relaxed,
            searches=searches,
        )  # fmt: skip
        for (
            day,
            language,
            municipality,
            kind,
            level,
            daypart,
            zero,
            relaxed,
        ), searches in tally.items()
    )
    reference = today.replace(month=1, day=1)
    for municipality in by_name.values():
        base = rng.randint(150, 1500)
        for group, share in GROUPS:
            TargetGroupFigure.objects.update_or_create(
                municipality=municipality, group=group, reference_date=reference,
                defaults={"count": max(1, round(base * share))},
            )  # fmt: skip
    return len(rows)
