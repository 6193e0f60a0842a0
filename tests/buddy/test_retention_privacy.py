"""Buddy retention leaves no free text behind and writes an audit entry with a count only."""

import datetime as dt

import pytest
from django.utils import timezone

from buddy.factories import CandidateFactory
from buddy.models import Candidate, Proposal, Transition
from buddy.services import proposals as proposal_services
from buddy.services import retention
from portal.models import AuditEvent

pytestmark = pytest.mark.django_db
DAY = dt.timedelta(days=1)


def _only_counts(action: str, count: int) -> None:
    event = AuditEvent.objects.get(action=action)
    assert event.detail.startswith(f"{count} ") and event.object_repr == ""


def test_unconfirmed_deletion_is_audited(places):
    old = CandidateFactory(name="Oud Persoon", status="unconfirmed", confirmed_at=None)
    Candidate.objects.filter(pk=old.pk).update(created_at=timezone.now() - 15 * DAY)
    CandidateFactory(status="unconfirmed", confirmed_at=None)
    assert retention.unconfirmed_expire() == 1
    _only_counts("buddy.unconfirmed_deleted", 1)
    assert "Oud Persoon" not in AuditEvent.objects.get().detail


def test_dormant_anonymisation_is_audited(gent_candidate, leuven_candidate):
    now = timezone.now()
    Candidate.objects.filter(pk=gent_candidate.pk).update(last_activity_at=now - 370 * DAY)
    retention.dormant_warn(now)
    assert retention.dormant_anonymise(now + 31 * DAY) == 1
    _only_counts("buddy.dormant_anonymised", 1)
    assert Candidate.objects.get(pk=leuven_candidate.pk).name == "Lars Leuven"


def test_ended_engagements_lose_the_note_in_the_state_log_too(gent_candidate, tree, agency):
    proposal = Proposal.objects.create(candidate=gent_candidate, initiative=tree["gent"])
    proposal_services.send(proposal, actor=agency)
    proposal_services.volunteer_accept(proposal)
    proposal_services.local_accept(proposal, actor=tree["griet"])
    proposal_services.end(
        proposal, actor=tree["griet"], reason="completed", note="Fijne tijd met Sara"
    )
    Proposal.objects.filter(pk=proposal.pk).update(ended_at=timezone.now() - 400 * DAY)
    assert Transition.objects.filter(reason__contains="Sara").exists()
    assert retention.ended_anonymise() == 1
    assert not Transition.objects.filter(reason__contains="Sara").exists()
    assert Transition.objects.filter(entity="proposal", object_id=proposal.pk, name="end").exists()
    _only_counts("buddy.engagements_anonymised", 1)
