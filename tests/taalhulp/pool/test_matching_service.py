"""The matching service: database → engine input (slots, time zone, days off, exclusions, used
capacity), and a run that stores proposals and the reasons of the rest."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from portal.queueing import enqueue
from taalhulp.pool import choices
from taalhulp.pool.factories import (
    CrisisInterpreterFactory,
    HelpRequestFactory,
    VolunteerFactory,
    next_weekday,
)
from taalhulp.pool.models import Exclusion, HelpRequest, MatchRun, Proposal, Unavailability
from taalhulp.pool.services import matching

pytestmark = pytest.mark.django_db
BRUSSELS = ZoneInfo("Europe/Brussels")


def _minutes(day: dt.date, hour: int) -> int:
    return int(dt.datetime.combine(day, dt.time(hour), tzinfo=BRUSSELS).timestamp()) // 60


def _helper(data, volunteer):
    return next(h for h in data.helpers if data.volunteer_of[h.id] == volunteer.pk)


def test_weekly_slots_become_concrete_slots_in_brussels_time_across_summer_time():
    # 28 March 2027 the clocks go forward: 9:00 is 8:00 UTC before, 7:00 UTC after.
    volunteer = VolunteerFactory(weekdays=[(1, 9, 12)])  # Tuesdays 9–12
    before = HelpRequestFactory(starts_at=dt.datetime(2027, 3, 23, 10, tzinfo=BRUSSELS))
    after = HelpRequestFactory(starts_at=dt.datetime(2027, 3, 30, 10, tzinfo=BRUSSELS))
    data = matching.build_input([before, after], today=dt.date(2027, 3, 1))
    helpers = [h for h in data.helpers if data.volunteer_of[h.id] == volunteer.pk]
    assert len(helpers) == 2  # one per ISO week of the open requests
    first, second = sorted(helpers, key=lambda h: h.id)
    assert [(s.start, s.end) for s in first.slots] == [
        (_minutes(dt.date(2027, 3, 23), 9), _minutes(dt.date(2027, 3, 23), 12))
    ]
    utc_start = dt.datetime.fromtimestamp(second.slots[0].start * 60, dt.UTC)
    assert utc_start.hour == 7  # summer time: 9:00 in Brussels
    assert dt.datetime.fromtimestamp(first.slots[0].start * 60, dt.UTC).hour == 8
    request = next(r for r in data.requests if data.request_of[r.id] == after.pk)
    assert request.week == (2027, 13) and request.minutes == 60
    assert request.start == _minutes(dt.date(2027, 3, 30), 10)


def test_days_off_remove_the_slots_of_those_days():
    volunteer = VolunteerFactory()  # Monday to Friday 9–17
    request = HelpRequestFactory()
    tuesday = timezone.localtime(request.starts_at).date()
    Unavailability.objects.create(volunteer=volunteer, first_day=tuesday, last_day=tuesday)
    helper = _helper(matching.build_input([request]), volunteer)
    days = {dt.datetime.fromtimestamp(s.start * 60, BRUSSELS).date() for s in helper.slots}
    assert tuesday not in days and len(days) == 4


def test_profile_fields_reach_the_engine():
    volunteer = VolunteerFactory(
        languages=[{"code": "ru", "level": "native"}, {"code": "uk", "level": "C1"}],
        modes=["onsite", "remote"],
        remote_only=True,
        max_km=15,
        trained_at=None,
    )
    helper = _helper(matching.build_input([HelpRequestFactory()]), volunteer)
    assert helper.languages == ("ru", "uk")
    assert helper.modes == ("remote",)  # remote only: never on site
    assert helper.location == (volunteer.latitude, volunteer.longitude)
    assert helper.max_km == 15 and helper.trained is False and helper.max_per_week == 3


def test_only_active_unpaused_volunteers_are_matched():
    active = VolunteerFactory()
    VolunteerFactory(status="paused")
    VolunteerFactory(status="unconfirmed")
    VolunteerFactory(pause_until=timezone.localdate() + dt.timedelta(days=30))
    data = matching.build_input([HelpRequestFactory()])
    assert set(data.volunteer_of.values()) == {active.pk}


def test_exclusions_name_every_week_of_the_volunteer():
    volunteer = VolunteerFactory()
    request = HelpRequestFactory()
    Exclusion.objects.create(volunteer=volunteer, request=request)
    data = matching.build_input(
        [request, HelpRequestFactory(starts_at=next_weekday(1, 10, weeks_ahead=2))]
    )
    excluded = {(data.volunteer_of[h], data.request_of[r]) for h, r in data.exclusions}
    assert excluded == {(volunteer.pk, request.pk)}
    assert len(data.exclusions) == 2  # both of the volunteer's weeks


def test_used_capacity_and_busy_times_count():
    volunteer = VolunteerFactory(max_per_week=2)
    held = HelpRequestFactory(status=HelpRequest.Status.ACCEPTED, starts_at=next_weekday(1, 10))
    Proposal.objects.create(request=held, volunteer=volunteer, status=Proposal.Status.ACCEPTED)
    cancelled = HelpRequestFactory(
        status=HelpRequest.Status.CANCELLED, starts_at=next_weekday(2, 10)
    )
    Proposal.objects.create(request=cancelled, volunteer=volunteer, status=Proposal.Status.ACCEPTED)
    request = HelpRequestFactory(starts_at=next_weekday(1, 13))
    helper = _helper(matching.build_input([request]), volunteer)
    assert helper.max_per_week == 1  # one conversation already this week (the cancelled one not)
    held_start = matching.epoch_minutes(held.starts_at)
    assert not any(s.start < held_start + 60 and held_start < s.end for s in helper.slots)
    tuesday = timezone.localtime(held.starts_at).date()
    assert (_minutes(tuesday, 9), held_start) in [(s.start, s.end) for s in helper.slots]
    assert (held_start + 60, _minutes(tuesday, 17)) in [(s.start, s.end) for s in helper.slots]


def test_a_run_creates_proposals_and_keeps_the_rest_open_with_a_reason():
    volunteer = VolunteerFactory()
    matched = HelpRequestFactory()
    nobody = HelpRequestFactory(language="ti")
    record = matching.run()
    assert record.status == "optimal" and record.requests == 2 and record.answered == 1
    assert record.unanswered == {"no_language": 1} and record.score_version
    proposal = Proposal.objects.get()
    assert (proposal.request, proposal.volunteer, proposal.run) == (matched, volunteer, record)
    assert proposal.status == Proposal.Status.PROPOSED and 0 < proposal.score <= 1
    assert proposal.why["language"]["rank"] == 1
    matched.refresh_from_db()
    nobody.refresh_from_db()
    assert matched.status == HelpRequest.Status.PROPOSED
    assert nobody.status == HelpRequest.Status.OPEN and nobody.unanswered_reason == "no_language"


def test_a_proposed_request_is_not_matched_twice_and_capacity_counts():
    VolunteerFactory(max_per_week=1)
    HelpRequestFactory()
    matching.run()
    second = HelpRequestFactory(starts_at=next_weekday(3, 10))
    record = matching.run()
    assert record.requests == 1 and record.answered == 0
    assert record.unanswered == {"capacity": 1}
    second.refresh_from_db()
    assert second.unanswered_reason == "capacity" and Proposal.objects.count() == 1


def test_an_untrained_crisis_interpreter_is_never_proposed():
    CrisisInterpreterFactory(trained_at=None)
    request = HelpRequestFactory(kind=choices.RequestKind.CRISISTOLK)
    record = matching.run()
    assert record.answered == 0 and not Proposal.objects.exists()
    request.refresh_from_db()
    assert request.unanswered_reason == "no_language"


def test_a_crisis_interpreter_stays_remote_unless_allowed_on_site():
    interpreter = CrisisInterpreterFactory(modes=["remote", "onsite"])
    request = HelpRequestFactory(mode=choices.Mode.ONSITE)
    assert matching.run().answered == 0
    interpreter.remote_only = False
    interpreter.save()
    request.refresh_from_db()
    assert matching.run().answered == 1


def test_a_heavy_conversation_is_never_proposed():
    VolunteerFactory()
    CrisisInterpreterFactory()
    request = HelpRequestFactory(difficulty=choices.Difficulty.HEAVY)
    record = matching.run()
    assert record.answered == 0 and record.unanswered == {"certified_interpreter": 1}
    request.refresh_from_db()
    assert request.unanswered_reason == "certified_interpreter"
    assert request.status == HelpRequest.Status.OPEN


def test_past_requests_are_not_matched_and_the_task_runs_through_the_queue():
    VolunteerFactory()
    past = HelpRequestFactory(starts_at=timezone.now() - dt.timedelta(hours=1))
    HelpRequestFactory()
    assert enqueue("taalhulp.pool.tasks.matching_run") is True  # eager in tests
    record = MatchRun.objects.get()
    assert record.requests == 1 and record.answered == 1
    past.refresh_from_db()
    assert past.status == HelpRequest.Status.UNANSWERED and past.unanswered_reason == "no_time"
