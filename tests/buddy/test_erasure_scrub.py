"""Erasing a candidate also clears what they wrote in notes, the state log and the exclusions."""

import pytest

from buddy.models import Candidate, Exclusion, Proposal, Transition
from buddy.services import candidates as candidate_services
from buddy.services import proposals as proposal_services
from portal.models import AuditEvent
from portal.privacy.models import ErasureRecord

pytestmark = pytest.mark.django_db

NOTE = "Ik verhuis met mijn vrouw Amina naar Brugge"


def test_erasure_clears_free_text_everywhere(tree, gent_candidate, agency):
    proposal = Proposal.objects.create(candidate=gent_candidate, initiative=tree["gent"])
    proposal_services.send(proposal, actor=agency)
    proposal_services.volunteer_decline(proposal, reason="other", note=NOTE)
    withdrawn = Proposal.objects.create(candidate=gent_candidate, initiative=tree["leuven"])
    proposal_services.send(withdrawn, actor=agency)
    proposal_services.volunteer_accept(withdrawn)
    proposal_services.local_decline(withdrawn, actor=tree["lode"], reason=f"Sara zei: {NOTE}")
    assert Transition.objects.filter(reason__contains=NOTE).count() == 2
    candidate_services.anonymise(gent_candidate, reason="erased by volunteer")

    assert not Transition.objects.filter(reason__contains=NOTE).exists()
    assert not Exclusion.objects.filter(reason__contains=NOTE).exists()
    assert not Proposal.objects.filter(reason_note__contains=NOTE).exists()
    assert Exclusion.objects.filter(candidate=gent_candidate).count() == 2  # the no still counts
    assert Transition.objects.filter(entity="proposal", object_id=proposal.pk).count() >= 2
    assert Candidate.objects.get(pk=gent_candidate.pk).status == "anonymised"
    assert ErasureRecord.objects.filter(scope="volunteer").count() == 1
    for event in AuditEvent.objects.all():
        assert "Sara" not in event.object_repr and NOTE not in event.detail
