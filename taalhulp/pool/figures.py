"""The pool's figures from the database: requests per language and month, and per crisis wave.

Only counts leave this module: no names, no descriptions. Requests are kept 24 months
(taalhulp.pool.retention_conf), so the table covers at most that period; see docs/taalhulp-pool.md.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from django.utils import timezone

from taalhulp.pool import figures_math
from taalhulp.pool.models import HelpRequest, Volunteer, Wave

CSV_HEADER = [
    "month",
    "language",
    "total",
    "answered",
    "completed",
    "cancelled",
    "unanswered",
    "median_wait_hours",
    "unanswered_reasons",
]


def _asked(requests) -> list[figures_math.Asked]:
    fields = ("language", "created_at", "status", "unanswered_reason", "answered_at")
    return [
        figures_math.Asked(
            language=language,
            month=figures_math.month_of(timezone.localtime(created_at)),
            status=status,
            reason=reason,
            wait_hours=figures_math.hours_between(created_at, answered_at),
        )
        for language, created_at, status, reason, answered_at in requests.values_list(*fields)
    ]


def request_table(since: dt.date | None = None, language: str = "") -> list[figures_math.Row]:
    """Requests per language and month (the month they were asked in)."""
    requests = HelpRequest.objects.all()
    if since:
        requests = requests.filter(created_at__date__gte=since)
    if language:
        requests = requests.filter(language=language)
    return figures_math.table(_asked(requests))


def csv_rows(rows: list[figures_math.Row]):
    """The table as CSV rows (header first), the reasons as "reason=count; ..."."""
    yield CSV_HEADER
    for row in rows:
        yield [
            f"{row.month:%Y-%m}",
            row.language,
            row.total,
            row.answered,
            row.completed,
            row.cancelled,
            row.unanswered,
            "" if row.median_wait_hours is None else row.median_wait_hours,
            "; ".join(f"{reason}={count}" for reason, count in sorted(row.reasons.items())),
        ]


@dataclass
class WaveFigures:
    wave: Wave
    registered: int
    confirmed: int
    trained: int
    requests: int
    answered: int
    unanswered: int
    reasons: Counter


def wave_figures(wave: Wave) -> WaveFigures:
    """The volunteers a wave brought in, and the requests in its language since it opened."""
    volunteers = Volunteer.objects.filter(wave=wave)
    requests = HelpRequest.objects.filter(language=wave.language, created_at__gte=wave.opened_at)
    if wave.closed_at:
        requests = requests.filter(created_at__lte=wave.closed_at)
    unanswered = requests.filter(status=HelpRequest.Status.UNANSWERED)
    reasons = Counter(
        reason or "unknown" for reason in unanswered.values_list("unanswered_reason", flat=True)
    )
    return WaveFigures(
        wave=wave,
        registered=volunteers.count(),
        confirmed=volunteers.filter(confirmed_at__isnull=False).count(),
        trained=volunteers.filter(trained_at__isnull=False).count(),
        requests=requests.count(),
        answered=requests.filter(answered_at__isnull=False).count(),
        unanswered=sum(reasons.values()),
        reasons=reasons,
    )


def all_wave_figures() -> list[WaveFigures]:
    return [wave_figures(wave) for wave in Wave.objects.order_by("-opened_at")]
