"""The proposal workflow, exclusions, the certificate check and matching runs on the database."""

import pytest
from django.core.exceptions import ValidationError

from buddy import selectors
from buddy.models import Exclusion, MatchingRun, Proposal, Transition
from buddy.services import proposals as proposal_services
from buddy.services import runs, transitions
from buddy.states import TransitionError
from tests.buddy.conftest import outbox

pytestmark = pytest.mark.django_db


def _proposal(candidate, initiative, state="suggested"):
    return Proposal.objects.create(
        candidate=candidate, initiative=initiative, score=0.5, state=state
    )


def test_full_path_logs_who_when_and_why(gent_candidate, tree, agency):
    proposal = _proposal(gent_candidate, tree["gent"])
    proposal_services.send(proposal, actor=agency)
    assert proposal.expires_at and outbox("buddy-proposal")
    proposal_services.volunteer_accept(proposal)
    proposal_services.local_accept(proposal, actor=tree["griet"])
    proposal_services.end(proposal, actor=tree["griet"], reason="completed", note="40 uur samen")
    log = list(transitions.history(proposal))
    assert [t.target for t in log] == ["proposed", "volunteer_accepted", "active", "ended"]
    assert (
        log[0].actor == agency
        and log[1].actor_role == "volunteer"
        and log[2].actor == tree["griet"]
    )
    assert "completed" in log[3].reason and log[3].at
    assert outbox("buddy-active")


def test_steps_out_of_order_are_refused(gent_candidate, tree, agency):
    proposal = _proposal(gent_candidate, tree["gent"])
    with pytest.raises(TransitionError):
        proposal_services.volunteer_accept(proposal)
    proposal.refresh_from_db()
    assert proposal.state == "suggested"
    assert not Transition.objects.exists()


def test_local_decline_needs_a_reason_and_writes_an_exclusion(gent_candidate, tree, agency):
    proposal = _proposal(gent_candidate, tree["gent"], state="volunteer_accepted")
    with pytest.raises(ValidationError):
        proposal_services.local_decline(proposal, actor=tree["griet"], reason=" ")
    proposal_services.local_decline(proposal, actor=tree["griet"], reason="Geen plaats meer")
    assert Exclusion.objects.get().reason.startswith("local coordinator")
    assert outbox("buddy-local_declined")


def test_certificate_must_be_checked_before_accepting(gent_candidate, tree):
    gent = tree["gent"]
    gent.requires_conduct_certificate = True
    gent.save()
    proposal = _proposal(gent_candidate, gent, state="volunteer_accepted")
    with pytest.raises(ValidationError):
        proposal_services.local_accept(proposal, actor=tree["griet"])
    proposal_services.record_conduct_check(
        proposal, actor=tree["griet"], checked_on="2026-11-20", result="ok"
    )
    proposal_services.local_accept(proposal, actor=tree["griet"])
    assert proposal.state == "active"
    field_names = {f.name for f in Proposal._meta.get_fields()}
    assert not any("document" in name or "file" in name for name in field_names)


def test_scenario_follows_the_contract_and_respects_exclusions(
    gent_candidate, leuven_candidate, tree
):
    Exclusion.objects.create(candidate=gent_candidate, initiative=tree["gent"], reason="test")
    scenario = selectors.scenario_build()
    ids = {c["id"] for c in scenario["candidates"]}
    assert ids == {f"c{gent_candidate.pk}", f"c{leuven_candidate.pk}"}
    first = scenario["candidates"][0]
    assert set(first) == {
        "id",
        "lat",
        "lon",
        "max_km",
        "languages",
        "interests",
        "availability",
        "capacity",
        "waiting_days",
        "buddy_kinds",
        "paused",
    }
    assert first["availability"][0] == {"weekday": 1, "daypart": "evening"}
    assert [f"c{gent_candidate.pk}", f"i{tree['gent'].pk}"] in scenario["exclusions"]


def test_paused_and_unconfirmed_candidates_are_not_in_the_scenario(
    gent_candidate, leuven_candidate, tree
):
    gent_candidate.status = "paused"
    gent_candidate.save()
    leuven_candidate.status = "unconfirmed"
    leuven_candidate.save()
    assert selectors.scenario_build()["candidates"] == []


def test_a_matching_run_creates_suggestions_and_never_reproposes_a_declined_pair(
    gent_candidate, leuven_candidate, tree, agency
):
    run = runs.create_suggestions(actor=agency)
    pairs = {(p.candidate_id, p.initiative_id) for p in run.proposals.all()}
    assert pairs == {(gent_candidate.pk, tree["gent"].pk), (leuven_candidate.pk, tree["leuven"].pk)}
    assert all(
        p.state == "suggested" and p.reasons and 0 < p.score <= 1 for p in run.proposals.all()
    )
    gent = run.proposals.get(candidate=gent_candidate)
    proposal_services.send(gent, actor=agency)
    proposal_services.volunteer_decline(gent, reason="no_time")
    second = runs.create_suggestions(actor=agency)
    assert not second.proposals.filter(candidate=gent_candidate, initiative=tree["gent"]).exists()
    assert MatchingRun.objects.count() == 2


def test_an_override_lets_the_pair_come_back(gent_candidate, tree, agency):
    exclusion = Exclusion.objects.create(
        candidate=gent_candidate, initiative=tree["gent"], reason="x"
    )
    proposal_services.override_exclusion(exclusion, actor=agency)
    assert selectors.scenario_build()["exclusions"] == []


def test_capacity_taken_by_open_proposals_is_subtracted(gent_candidate, tree):
    _proposal(gent_candidate, tree["gent"], state="active")
    scenario = selectors.scenario_build()
    assert scenario["candidates"] == []  # capacity 1, already active
    gent = next(i for i in scenario["initiatives"] if i["id"] == f"i{tree['gent'].pk}")
    assert gent["capacity"] == 2
