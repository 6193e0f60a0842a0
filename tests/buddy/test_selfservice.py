"""Magic links and the volunteer's own page: update, pause, withdraw, download, erase, answer."""

import json
import re

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from buddy.factories import CandidateFactory
from buddy.models import Candidate, Exclusion, Proposal
from buddy.services import links
from buddy.services import proposals as proposal_services
from portal.models import AuditEvent
from portal.selfservice_forms import LinkRequestForm
from tests.buddy.conftest import outbox
from tests.buddy.forms_data import registration

pytestmark = pytest.mark.django_db


def _open(client, candidate):
    response = client.post(links.magic_url(candidate))
    assert response.status_code == 302, response
    return response


def test_asking_for_a_link_reveals_nobody(client, gent_candidate):
    url = reverse("buddy:link_request")

    def data(email):  # each form has its own timer token, which counts once
        return {"website": "", "form_started": LinkRequestForm.new_timer_token(), "email": email}

    known = client.post(url, data("sara@example.org"))
    unknown = client.post(url, data("nobody@example.org"))
    assert known.status_code == unknown.status_code == 200
    assert "buddy/link_sent.html" in [t.name for t in known.templates]
    assert "buddy/link_sent.html" in [t.name for t in unknown.templates]
    [mail] = outbox("buddy-link")
    assert mail.to == "sara@example.org"
    path = re.search(r"https?://[^/]+(/\S+)", mail.body_text).group(1)
    assert client.post(path).status_code == 302
    assert client.post(path).status_code == 400  # single use


def test_an_old_link_has_expired(client, gent_candidate, settings):
    url = links.magic_url(gent_candidate)
    settings.BUDDY_LINK_HOURS = -1
    response = client.get(url)
    assert response.status_code == 400 and response.context["code"] == "expired"


def test_a_tampered_link_is_refused(client, gent_candidate):
    url = links.magic_url(gent_candidate)
    response = client.get(url.replace("/link/", "/link/x"))
    assert response.status_code == 400


def test_without_a_session_the_page_asks_for_a_link(client):
    response = client.get(reverse("buddy:me"))
    assert response.status_code == 302 and response.url.endswith("/buddy/link/")


def test_update_pause_and_resume(client, gent_candidate):
    _open(client, gent_candidate)
    data = registration(name="Sara P.", postcode="3000", max_km="20")
    response = client.post(reverse("buddy:edit"), data)
    assert response.status_code == 302
    gent_candidate.refresh_from_db()
    assert gent_candidate.name == "Sara P." and gent_candidate.municipality.name_nl == "Leuven"
    assert gent_candidate.languages == {"nl": "native", "ar": "B1"}
    past = client.post(reverse("buddy:pause"), {"until": "2001-01-01"})
    assert "Choose a date in the future." in past.content.decode() or past.status_code == 200
    until = (timezone.localdate() + timezone.timedelta(days=30)).isoformat()
    client.post(reverse("buddy:pause"), {"until": until})
    gent_candidate.refresh_from_db()
    assert gent_candidate.status == "paused" and gent_candidate.pause_until.isoformat() == until
    client.post(reverse("buddy:resume"))
    gent_candidate.refresh_from_db()
    assert gent_candidate.status == "available" and gent_candidate.pause_until is None


def test_download_has_all_my_data_and_is_audited(client, gent_candidate, tree):
    Proposal.objects.create(candidate=gent_candidate, initiative=tree["gent"], score=0.7)
    _open(client, gent_candidate)
    response = client.get(reverse("buddy:download"))
    assert response["Content-Type"] == "application/json"
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["email"] == "sara@example.org"
    assert data["consent"]["privacy_notice_version"] == "2026-11"
    assert data["proposals"][0]["initiative"] == "Buddy Gent"
    assert AuditEvent.objects.filter(action="buddy.candidate_download").exists()


def test_withdraw_closes_open_proposals(client, gent_candidate, tree):
    proposal = Proposal.objects.create(candidate=gent_candidate, initiative=tree["gent"], score=0.7)
    _open(client, gent_candidate)
    assert client.post(reverse("buddy:withdraw"), {}).status_code == 200  # must tick the box
    client.post(reverse("buddy:withdraw"), {"confirm": "on"})
    gent_candidate.refresh_from_db()
    proposal.refresh_from_db()
    assert gent_candidate.status == "withdrawn" and proposal.state == "withdrawn"


def test_erase_anonymises_in_place_and_ends_the_session(client, gent_candidate, tree):
    Proposal.objects.create(
        candidate=gent_candidate, initiative=tree["gent"], score=0.7, reason_note="private"
    )
    _open(client, gent_candidate)
    response = client.post(reverse("buddy:erase"), {"confirm": "on"})
    assert response.status_code == 200
    candidate = Candidate.objects.get(pk=gent_candidate.pk)
    assert candidate.status == "anonymised"
    assert (candidate.name, candidate.email, candidate.phone, candidate.motivation) == (
        "",
        "",
        "",
        "",
    )
    assert candidate.languages == {} and candidate.latitude is None and candidate.postcode == "9000"
    assert candidate.proposals.get().state == "withdrawn"
    assert candidate.proposals.get().reason_note == ""
    assert client.get(reverse("buddy:me")).status_code == 302


def _sent(candidate, initiative, agency):
    proposal = Proposal.objects.create(
        candidate=candidate,
        initiative=initiative,
        score=0.8,
        reasons={"nearness": {"distance_km": 3.2}},
    )
    return proposal_services.send(proposal, actor=agency)


def test_volunteer_accepts_and_the_local_coordinator_is_told(client, gent_candidate, tree, agency):
    proposal = _sent(gent_candidate, tree["gent"], agency)
    _open(client, gent_candidate)
    page = client.get(reverse("buddy:me")).content.decode()
    assert "Buddy Gent" in page and "3 km" in page
    client.post(reverse("buddy:accept", kwargs={"pk": proposal.pk}))
    proposal.refresh_from_db()
    assert proposal.state == "volunteer_accepted"
    assert [m.to for m in outbox("buddy-local_review")] == ["griet@gent.example"]


def test_volunteer_declines_with_a_reason_and_the_pair_is_excluded(
    client, gent_candidate, tree, agency
):
    proposal = _sent(gent_candidate, tree["gent"], agency)
    _open(client, gent_candidate)
    url = reverse("buddy:decline", kwargs={"pk": proposal.pk})
    assert client.post(url, {}).status_code == 200  # a reason is required
    client.post(url, {"reason": "too_far", "note": "Te ver met de bus"})
    proposal.refresh_from_db()
    assert proposal.state == "volunteer_declined" and proposal.decline_reason == "too_far"
    assert Exclusion.objects.filter(candidate=gent_candidate, initiative=tree["gent"]).exists()


def test_someone_elses_proposal_cannot_be_answered(
    client, gent_candidate, leuven_candidate, tree, agency
):
    proposal = _sent(leuven_candidate, tree["leuven"], agency)
    _open(client, gent_candidate)
    assert client.post(reverse("buddy:accept", kwargs={"pk": proposal.pk})).status_code == 404


def test_pages_in_arabic(client, gent_candidate):
    with translation.override("ar"):
        url = links.magic_url(gent_candidate)
    gent_candidate.language = "ar"
    response = client.post(url)
    assert response.url == "/ar/buddy/me/" or response.url.endswith("/buddy/me/")


def test_opening_a_link_uses_nothing_until_the_button_is_pressed(client, gent_candidate):
    """Mail scanners open every link in a message; only the person presses the button."""
    url = links.magic_url(gent_candidate)
    for _ in range(2):
        page = client.get(url)
        assert page.status_code == 200
        assert 'method="post"' in page.content.decode()
    assert client.get(reverse("buddy:me")).status_code == 302  # no session from a GET
    assert client.post(url).status_code == 302
    assert client.get(reverse("buddy:me")).status_code == 200
    assert client.get(url).status_code == 400  # now it is used


def test_a_confirmation_link_confirms_only_on_the_button(client):
    candidate = CandidateFactory(status=Candidate.Status.UNCONFIRMED, confirmed_at=None)
    url = links.confirm_url(candidate)
    assert client.get(url).status_code == 200
    assert Candidate.objects.get(pk=candidate.pk).status == Candidate.Status.UNCONFIRMED
    assert client.post(url).status_code == 302
    assert Candidate.objects.get(pk=candidate.pk).status != Candidate.Status.UNCONFIRMED


def test_closing_the_page_ends_the_volunteer_session(client, gent_candidate):
    from django.test import Client

    from buddy.views.session import KEY

    _open(client, gent_candidate)
    leave = reverse("buddy:leave")
    me = client.get(reverse("buddy:me"))
    assert me.status_code == 200 and f'action="{leave}"' in me.content.decode()
    assert client.get(leave).status_code == 405  # a prefetch or a link does not sign out
    assert client.get(reverse("buddy:me")).status_code == 200
    cookie = client.cookies["sessionid"].value

    response = client.post(leave)

    assert response.status_code == 302 and response.url == reverse("buddy:link_request")
    assert KEY not in client.session
    for name in ("buddy:me", "buddy:edit", "buddy:download", "buddy:erase"):
        page = client.get(reverse(name))
        assert page.status_code == 302 and page.url == reverse("buddy:link_request"), name
    # Ended on the server: a copy of the old cookie opens nothing either.
    copy = Client()
    copy.cookies["sessionid"] = cookie
    assert copy.get(reverse("buddy:me")).status_code == 302
    assert Candidate.objects.get(pk=gent_candidate.pk).status == gent_candidate.status
