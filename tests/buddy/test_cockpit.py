"""The cockpit for the agency and a local coordinator: funnel, matching run, review, decisions."""

import pytest
from django.contrib.messages import SUCCESS
from django.urls import reverse

from buddy import selectors
from buddy.models import Candidate, Proposal, Tombstone, Transition, email_digest
from buddy.services import candidates as candidate_services
from buddy.services import proposals as proposal_services
from portal.models import AuditEvent
from tests.buddy.conftest import outbox

pytestmark = pytest.mark.django_db


def test_agency_runs_the_matching_previews_then_sends(
    client, tree, gent_candidate, leuven_candidate, agency
):
    client.force_login(agency)
    preview = client.post(reverse("buddy_admin:matching"), {"action": "preview"})
    assert preview.status_code == 200
    assert len(preview.context["assignments"]) == 2
    assert not Proposal.objects.exists()  # a preview stores nothing
    created = client.post(reverse("buddy_admin:matching"), {"action": "create"})
    assert created.status_code == 302 and "state=suggested" in created.url
    suggested = list(Proposal.objects.filter(state="suggested"))
    assert len(suggested) == 2
    review = client.get(created.url)
    assert review.status_code == 200
    assert 'name="action" value="send"' in review.content.decode()  # the send button
    client.post(reverse("buddy_admin:proposal_bulk"), {"action": "send", "ids": [suggested[0].pk]})
    assert Proposal.objects.filter(state="proposed").count() == 1
    assert len(outbox("buddy-proposal")) == 1
    assert AuditEvent.objects.filter(action="buddy.matching_run").exists()


def test_local_coordinator_accepts_through_the_cockpit(client, tree, gent_candidate):
    proposal = Proposal.objects.create(
        candidate=gent_candidate, initiative=tree["gent"], score=0.5, state="volunteer_accepted"
    )
    client.force_login(tree["griet"])
    page = client.get(reverse("buddy_admin:proposal", args=[proposal.pk]))
    assert page.status_code == 200
    accept = reverse("buddy_admin:proposal_action", args=[proposal.pk, "local_accept"])
    assert f'action="{accept}"' in page.content.decode()  # the accept button
    client.post(reverse("buddy_admin:proposal_action", args=[proposal.pk, "local_accept"]))
    proposal.refresh_from_db()
    assert proposal.state == "active"
    client.post(
        reverse("buddy_admin:proposal_action", args=[proposal.pk, "end"]), {"reason": "moved"}
    )
    proposal.refresh_from_db()
    assert proposal.state == "ended" and proposal.end_reason == "moved"


def test_a_local_coordinator_cannot_send_suggestions(client, tree, gent_candidate):
    proposal = Proposal.objects.create(candidate=gent_candidate, initiative=tree["gent"], score=0.5)
    client.force_login(tree["griet"])
    client.post(reverse("buddy_admin:proposal_action", args=[proposal.pk, "send"]))
    proposal.refresh_from_db()
    assert proposal.state == "suggested"


def test_funnel_counts_and_waiting_times(client, tree, gent_candidate, leuven_candidate, agency):
    Proposal.objects.create(
        candidate=gent_candidate,
        initiative=tree["gent"],
        score=0.5,
        state="active",
        sent_at=gent_candidate.created_at,
    )
    funnel = selectors.funnel(agency)
    assert funnel["registered"] == 2 and funnel["confirmed"] == 2
    assert funnel["proposed"] == 1 and funnel["accepted"] == 1 and funnel["active"] == 1
    local = selectors.funnel(tree["lode"])
    assert local["registered"] is None and local["active"] == 0
    waiting = selectors.waiting_times(agency)
    assert waiting["without_proposal"]["count"] == 1
    client.force_login(agency)
    page = client.get(reverse("buddy_admin:overview")).content.decode()
    assert 'data-funnel="active">1<' in page


def test_the_agency_erases_a_candidate_from_the_cockpit(client, tree, gent_candidate, agency):
    Candidate.objects.filter(pk=gent_candidate.pk).update(postcode="9030")
    proposal = Proposal.objects.create(candidate=gent_candidate, initiative=tree["gent"])
    proposal_services.send(proposal, actor=agency)
    erase = reverse("buddy_admin:candidate_erase", args=[gent_candidate.pk])
    detail = reverse("buddy_admin:candidate", args=[gent_candidate.pk])
    client.force_login(agency)
    assert f'action="{erase}"' in client.get(detail).content.decode()  # the agency's button
    assert client.get(erase).status_code == 405  # a link or a prefetch erases nothing

    response = client.post(erase, follow=True)

    assert response.redirect_chain == [(detail, 302)]
    assert [m.level for m in response.context["messages"]] == [SUCCESS]
    page = response.content.decode()
    assert "Sara Gent" not in page and "sara@example.org" not in page
    assert f'action="{erase}"' not in page  # nothing left to erase
    candidate = Candidate.objects.get(pk=gent_candidate.pk)
    assert candidate.status == "anonymised" and candidate.anonymised_at is not None
    assert (candidate.name, candidate.email, candidate.phone) == ("", "", "")
    assert candidate.latitude is None and candidate.postcode == "9000"  # the region only
    assert Tombstone.objects.filter(email_hash=email_digest("sara@example.org")).exists()
    proposal.refresh_from_db()
    assert proposal.state == "withdrawn"  # the open proposal is closed
    step = Transition.objects.get(entity="candidate", object_id=candidate.pk, name="anonymise")
    assert (step.actor, step.actor_role, step.reason) == (agency, "coordinator", "erased by agency")
    event = AuditEvent.objects.get(action="buddy.candidate_erased")
    assert event.username == "agnes" and "Sara" not in event.object_repr
    # The address may not come back through an import.
    with pytest.raises(candidate_services.Refused):
        candidate_services.import_candidate({"email": "Sara@Example.org", "name": "Sara"})


def test_a_local_coordinator_cannot_erase_a_candidate(client, tree, gent_candidate):
    # She sees the candidate once they accepted her initiative's proposal.
    proposal = Proposal.objects.create(
        candidate=gent_candidate, initiative=tree["gent"], state="volunteer_accepted"
    )
    client.force_login(tree["griet"])
    erase = reverse("buddy_admin:candidate_erase", args=[gent_candidate.pk])
    page = client.get(reverse("buddy_admin:candidate", args=[gent_candidate.pk]))
    assert page.status_code == 200 and erase not in page.content.decode()
    refused = client.post(erase)
    assert (refused.status_code, refused.url) == (302, "/admin/")  # Wagtail's "no permission"
    gent_candidate.refresh_from_db()
    assert gent_candidate.status != "anonymised" and gent_candidate.email == "sara@example.org"
    assert not Tombstone.objects.exists()
    assert Proposal.objects.get(pk=proposal.pk).state == "volunteer_accepted"
