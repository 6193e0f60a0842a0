"""The cockpit for the agency and a local coordinator: funnel, matching run, review, decisions."""

import pytest
from django.urls import reverse

from buddy import selectors
from buddy.models import Proposal
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
    assert "Send the selected proposals" in review.content.decode() or review.status_code == 200
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
    assert "Accept this buddy" in page.content.decode() or page.status_code == 200
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
