"""Matching runs of the pool: build the engine's input from the database, store its proposals."""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils import timezone

from taalhulp.matching import SCORE_VERSION, Helper, Request, Slot, solve
from taalhulp.pool import conf
from taalhulp.pool.models import Exclusion, HelpRequest, MatchRun, Proposal, Volunteer

logger = logging.getLogger(__name__)

BRUSSELS = ZoneInfo("Europe/Brussels")
# A volunteer is held for these proposals: they count against the weekly maximum and block
# the time of the conversation.
BUSY_PROPOSALS = (Proposal.Status.PROPOSED, Proposal.Status.SENT, Proposal.Status.ACCEPTED)
LIVE_REQUESTS = (
    HelpRequest.Status.PROPOSED,
    HelpRequest.Status.OFFERED,
    HelpRequest.Status.ACCEPTED,
)
Week = tuple[int, int]


@dataclass
class EngineInput:
    """What the engine gets, and how its ids map back to rows."""

    helpers: list[Helper] = field(default_factory=list)
    requests: list[Request] = field(default_factory=list)
    exclusions: list[tuple[str, str]] = field(default_factory=list)
    volunteer_of: dict[str, int] = field(default_factory=dict)  # helper id -> Volunteer pk
    request_of: dict[str, int] = field(default_factory=dict)  # request id -> HelpRequest pk


def epoch_minutes(moment: dt.datetime) -> int:
    """UTC minutes since the epoch, the engine's time unit."""
    return int(moment.timestamp()) // 60


def local_week(moment: dt.datetime) -> Week:
    """ISO (year, week) of the Brussels date of an aware moment."""
    year, week, _day = moment.astimezone(BRUSSELS).isocalendar()
    return year, week


def helper_id(volunteer_pk: int, week: Week) -> str:
    # One engine helper per volunteer and week: each week has its own capacity left.
    return f"v{volunteer_pk}@{week[0]}-{week[1]:02d}"


def request_id(request_pk: int) -> str:
    return f"r{request_pk}"


def open_requests(now: dt.datetime | None = None):
    """Requests the next run matches: open and still to come."""
    now = now or timezone.now()
    return HelpRequest.objects.filter(status=HelpRequest.Status.OPEN, starts_at__gt=now)


def matchable_volunteers(today: dt.date | None = None):
    """Active volunteers who are not paused."""
    today = today or timezone.localdate()
    return (
        Volunteer.objects.filter(status=Volunteer.Status.ACTIVE)
        .exclude(pause_until__gte=today)
        .prefetch_related("slots", "unavailabilities")
    )


def engine_request(row: HelpRequest) -> Request:
    location = None
    if row.latitude is not None and row.longitude is not None:
        location = (row.latitude, row.longitude)
    return Request(
        id=request_id(row.pk),
        language=row.language,
        mode=row.mode,
        location=location,
        start=epoch_minutes(row.starts_at),
        minutes=row.minutes,
        week=local_week(row.starts_at),
        difficulty=row.difficulty,
        kind=row.kind,
    )


def _local(day: dt.date, moment: dt.time) -> int:
    # Wall-clock time in Brussels (the first one when the clock goes back), as epoch minutes.
    return epoch_minutes(dt.datetime.combine(day, moment, tzinfo=BRUSSELS))


def week_slots(volunteer: Volunteer, week: Week) -> list[tuple[int, int]]:
    """The volunteer's weekly slots on the days of `week`, minus their days off."""
    days_off = [(u.first_day, u.last_day) for u in volunteer.unavailabilities.all()]
    found = []
    for slot in volunteer.slots.all():
        day = dt.date.fromisocalendar(week[0], week[1], slot.weekday + 1)
        if any(first <= day <= last for first, last in days_off):
            continue
        found.append((_local(day, slot.starts), _local(day, slot.ends)))
    return sorted(found)


def cut(slots: list[tuple[int, int]], busy: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of the slots outside every busy period (all half-open intervals)."""
    for b_start, b_end in busy:
        kept = []
        for start, end in slots:
            if b_end <= start or end <= b_start:
                kept.append((start, end))
                continue
            if start < b_start:
                kept.append((start, b_start))
            if b_end < end:
                kept.append((b_end, end))
        slots = kept
    return slots


def _busy(volunteer_pks: list[int]) -> dict[int, list[HelpRequest]]:
    """The conversations each volunteer is already held for (proposed, sent or accepted)."""
    held: dict[int, list[HelpRequest]] = defaultdict(list)
    rows = Proposal.objects.filter(
        volunteer_id__in=volunteer_pks,
        status__in=BUSY_PROPOSALS,
        request__status__in=LIVE_REQUESTS,
    ).select_related("request")
    for proposal in rows:
        held[proposal.volunteer_id].append(proposal.request)
    return held


def engine_helper(volunteer: Volunteer, week: Week, held: list[HelpRequest]) -> Helper:
    languages = tuple(dict.fromkeys(volunteer.language_codes))
    modes = tuple(volunteer.modes or ())
    if volunteer.remote_only:  # the engine knows no per-helper flag: drop "on site"
        modes = tuple(mode for mode in modes if mode != "onsite")
    location = None
    if volunteer.latitude is not None and volunteer.longitude is not None:
        location = (volunteer.latitude, volunteer.longitude)
    in_week = [r for r in held if local_week(r.starts_at) == week]
    busy = [(epoch_minutes(r.starts_at), epoch_minutes(r.starts_at) + r.minutes) for r in held]
    slots = cut(week_slots(volunteer, week), busy)
    return Helper(
        id=helper_id(volunteer.pk, week),
        kind=volunteer.kind,
        languages=languages,
        modes=modes,
        location=location,
        max_km=float(volunteer.max_km),
        trained=volunteer.trained_at is not None,
        max_per_week=max(0, volunteer.max_per_week - len(in_week)),
        slots=tuple(Slot(start, end) for start, end in slots),
    )


def build_input(rows: list[HelpRequest], today: dt.date | None = None) -> EngineInput:
    """The engine's helpers, requests and exclusions for these requests."""
    data = EngineInput()
    for row in rows:
        request = engine_request(row)
        data.requests.append(request)
        data.request_of[request.id] = row.pk
    weeks = sorted({r.week for r in data.requests})
    volunteers = list(matchable_volunteers(today))
    held = _busy([v.pk for v in volunteers])
    helpers_of: dict[int, list[str]] = defaultdict(list)
    for volunteer in volunteers:
        for week in weeks:
            helper = engine_helper(volunteer, week, held.get(volunteer.pk, []))
            data.helpers.append(helper)
            data.volunteer_of[helper.id] = volunteer.pk
            helpers_of[volunteer.pk].append(helper.id)
    pairs = Exclusion.objects.filter(request_id__in=[r.pk for r in rows]).values_list(
        "volunteer_id", "request_id"
    )
    for volunteer_pk, request_pk in pairs:
        for hid in helpers_of.get(volunteer_pk, []):
            data.exclusions.append((hid, request_id(request_pk)))
    return data


def run(*, actor=None) -> MatchRun:
    """Match the open requests: store the run, its proposals, and why the rest stays open."""
    with transaction.atomic():
        # Locked rows: a second run at the same time skips them instead of proposing twice.
        rows = list(open_requests().select_for_update(skip_locked=True).order_by("pk"))
        data = build_input(rows)
        started = time.perf_counter()
        record = MatchRun(
            started_by=actor if getattr(actor, "is_authenticated", False) else None,
            score_version=SCORE_VERSION,
            requests=len(rows),
        )
        try:
            result = solve(
                data.helpers,
                data.requests,
                data.exclusions,
                # Per-helper: a crisis interpreter is remote only unless the coordinator
                # unticked `remote_only` (engine_helper drops "on site" for them).
                crisis_remote_only=False,
                time_limit=float(conf.get("TAALHULP_MATCHING_TIME_LIMIT")),
            )
        except Exception:
            logger.exception("taalhulp matching run failed")
            record.status = "failed"
            record.seconds = round(time.perf_counter() - started, 3)
            record.save()
            return record
        record.status = result.status
        record.answered = result.answered
        record.score = result.score
        record.seconds = round(time.perf_counter() - started, 3)
        record.unanswered = dict(Counter(reason for _rid, reason in result.unanswered))
        record.save()
        _store(record, data, result)
    return record


def _store(record: MatchRun, data: EngineInput, result) -> None:
    Proposal.objects.bulk_create(
        Proposal(
            run=record,
            request_id=data.request_of[a.request],
            volunteer_id=data.volunteer_of[a.helper],
            score=a.score,
            why=a.why,
        )
        for a in result.assignments
    )
    answered = [data.request_of[a.request] for a in result.assignments]
    HelpRequest.objects.filter(pk__in=answered).update(
        status=HelpRequest.Status.PROPOSED, unanswered_reason=""
    )
    by_reason: dict[str, list[int]] = defaultdict(list)
    for rid, reason in result.unanswered:
        by_reason[reason].append(data.request_of[rid])
    for reason, pks in by_reason.items():
        # They stay open for the next run; the reason shows in the cockpit meanwhile.
        HelpRequest.objects.filter(pk__in=pks).update(unanswered_reason=reason)
