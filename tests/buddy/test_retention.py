"""Time rules: reminders at 2 and 7 days, expiry at 14, "still interested?", retention jobs."""

import datetime as dt

import pytest
from django.utils import timezone

from buddy.models import Candidate, Proposal, Tombstone
from buddy.services import proposals as proposal_services
from buddy.services import retention
from buddy.tasks import retention_daily
from portal.models import AuditEvent
from tests.buddy.conftest import outbox

pytestmark = pytest.mark.django_db
DAY = dt.timedelta(days=1)


def _sent(candidate, initiative, agency):
    proposal = Proposal.objects.create(candidate=candidate, initiative=initiative, score=0.5)
    return proposal_services.send(proposal, actor=agency)


def test_reminders_at_two_and_seven_days_then_expiry(gent_candidate, tree, agency):
    proposal = _sent(gent_candidate, tree["gent"], agency)
    start = proposal.sent_at
    assert retention.proposal_reminders(start + DAY)["reminded"] == 0
    assert retention.proposal_reminders(start + 2 * DAY + dt.timedelta(minutes=1))["reminded"] == 1
    assert retention.proposal_reminders(start + 3 * DAY)["reminded"] == 0  # not twice
    assert retention.proposal_reminders(start + 7 * DAY + dt.timedelta(minutes=1))["reminded"] == 1
    assert len(outbox("buddy-reminder")) == 2
    assert retention.proposal_reminders(start + 14 * DAY + dt.timedelta(minutes=1))["expired"] == 1
    proposal.refresh_from_db()
    assert proposal.state == "expired"


def test_two_expired_proposals_ask_still_interested_once(gent_candidate, tree, agency):
    gent_candidate.capacity = 2
    gent_candidate.save()
    first = _sent(gent_candidate, tree["gent"], agency)
    _sent(gent_candidate, tree["leuven"], agency)
    later = first.sent_at + 15 * DAY
    counts = retention.proposal_reminders(later)
    assert counts["expired"] == 2 and counts["asked"] == 1
    assert len(outbox("buddy-still_interested")) == 1
    assert retention.proposal_reminders(later + DAY)["asked"] == 0


def test_unconfirmed_registrations_expire_after_14_days(places):
    from buddy.factories import CandidateFactory

    old = CandidateFactory(status="unconfirmed", confirmed_at=None)
    Candidate.objects.filter(pk=old.pk).update(created_at=timezone.now() - 15 * DAY)
    fresh = CandidateFactory(status="unconfirmed", confirmed_at=None)
    assert retention.unconfirmed_expire() == 1
    assert list(Candidate.objects.values_list("pk", flat=True)) == [fresh.pk]


def test_a_pause_ends_by_itself(gent_candidate):
    gent_candidate.status = "paused"
    gent_candidate.pause_until = timezone.localdate() - DAY
    gent_candidate.save()
    assert retention.pauses_end() == 1
    gent_candidate.refresh_from_db()
    assert gent_candidate.status == "available"


def test_dormant_candidates_are_warned_then_anonymised_30_days_later(
    gent_candidate, leuven_candidate
):
    now = timezone.now()
    Candidate.objects.filter(pk=gent_candidate.pk).update(last_activity_at=now - 370 * DAY)
    assert retention.dormant_warn(now) == 1
    gent_candidate.refresh_from_db()
    assert gent_candidate.status == "dormant"
    assert [m.to for m in outbox("buddy-dormant_warning")] == ["sara@example.org"]
    assert retention.dormant_anonymise(now + 29 * DAY) == 0
    assert retention.dormant_anonymise(now + 31 * DAY) == 1
    gent_candidate.refresh_from_db()
    assert gent_candidate.status == "anonymised" and gent_candidate.email == ""
    assert Tombstone.objects.count() == 1
    leuven_candidate.refresh_from_db()
    assert leuven_candidate.status == "available"


def test_a_dormant_candidate_who_uses_the_link_is_kept(client, gent_candidate):
    from buddy.services import links

    now = timezone.now()
    Candidate.objects.filter(pk=gent_candidate.pk).update(last_activity_at=now - 370 * DAY)
    retention.dormant_warn(now)
    gent_candidate.refresh_from_db()
    client.post(links.magic_url(gent_candidate))
    gent_candidate.refresh_from_db()
    assert gent_candidate.status == "available" and gent_candidate.dormant_warned_at is None
    assert retention.dormant_anonymise(now + 31 * DAY) == 0


def test_ended_engagements_keep_only_aggregates(gent_candidate, tree, settings):
    settings.BUDDY_ENDED_RETENTION_DAYS = 30
    proposal = Proposal.objects.create(
        candidate=gent_candidate,
        initiative=tree["gent"],
        score=0.7,
        state="ended",
        end_reason="completed",
        reason_note="Fijne samenwerking met Sara",
        ended_at=timezone.now() - 31 * DAY,
    )
    assert retention.ended_anonymise() == 1
    proposal.refresh_from_db()
    assert proposal.candidate is None and proposal.reason_note == ""
    assert (proposal.state, proposal.end_reason, proposal.initiative_id) == (
        "ended",
        "completed",
        tree["gent"].pk,
    )
    assert AuditEvent.objects.filter(action="buddy.engagements_anonymised").exists()
    assert retention.ended_anonymise() == 0


@pytest.mark.celery
def test_the_retention_job_runs_on_a_real_worker(celery_worker, gent_candidate):
    Candidate.objects.filter(pk=gent_candidate.pk).update(
        last_activity_at=timezone.now() - 400 * DAY
    )
    result = retention_daily.delay().get(timeout=60)
    assert result["dormant_warned"] == 1
    gent_candidate.refresh_from_db()
    assert gent_candidate.status == "dormant"
