"""The coordinator's matching cockpit: coordinators only, the run button, the reasons in words,
confirm and reject, and every page with names audited."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from portal.models import AuditEvent
from portal.permissions_setup import ADMIN_ACCESS, group_ensure
from taalhulp.pool.factories import HelpRequestFactory, VolunteerFactory
from taalhulp.pool.models import Exclusion, HelpRequest, MatchRun, Proposal
from taalhulp.pool.services import matching
from tests.taalhulp.pool.matching_support import coordinator, outbox

pytestmark = pytest.mark.django_db

URLS = ["overview", "proposals"]
POSTS = ["run", "confirm", "reject"]


@pytest.fixture
def editor(db):
    """An admin user who does not coordinate the pool."""
    user = get_user_model().objects.create_user("eddy", "eddy@example.org", "x" * 16)
    user.groups.add(group_ensure("Some editors", [ADMIN_ACCESS]))
    return user


@pytest.fixture
def proposal(db):
    VolunteerFactory(name="Olena Kovalenko", email="olena@example.org")
    HelpRequestFactory()
    matching.run()
    return Proposal.objects.get()


@pytest.mark.parametrize("name", URLS + POSTS)
def test_anonymous_visitors_go_to_the_login(client, name):
    url = reverse(f"taalhulpen_cockpit:{name}")
    response = client.post(url) if name in POSTS else client.get(url)
    assert response.status_code == 302 and "/admin/login/" in response.url


@pytest.mark.parametrize("name", URLS + POSTS)
def test_other_admin_users_are_refused(client, editor, proposal, name):
    client.force_login(editor)
    url = reverse(f"taalhulpen_cockpit:{name}")
    response = client.post(url, {"proposal": proposal.pk}) if name in POSTS else client.get(url)
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "/language-help/" not in response.url
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.PROPOSED
    assert MatchRun.objects.count() == 1
    assert not AuditEvent.objects.filter(action__startswith="taalhulp.").exists()


def test_overview_shows_figures_and_the_last_runs(client, proposal):
    HelpRequestFactory(language="ti")
    matching.run()
    client.force_login(coordinator())
    page = client.get(reverse("taalhulpen_cockpit:overview"))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Olena" not in html  # no names on the overview
    assert html.count("data-run-status=") == 2
    assert reverse("taalhulpen_cockpit:run") in html
    assert "no_language" not in html  # reasons in words, not codes


def test_the_run_button_runs_the_matching(client):
    VolunteerFactory()
    request = HelpRequestFactory()
    user = coordinator()
    client.force_login(user)
    assert client.get(reverse("taalhulpen_cockpit:run")).status_code == 405  # POST only
    response = client.post(reverse("taalhulpen_cockpit:run"))
    assert response.status_code == 302
    record = MatchRun.objects.get()
    assert record.started_by == user and record.answered == 1
    request.refresh_from_db()
    assert request.status == HelpRequest.Status.PROPOSED
    assert AuditEvent.objects.filter(action="taalhulp.matching_run", user=user).exists()


def test_proposals_show_reasons_in_words_and_are_audited(client, proposal):
    user = coordinator()
    client.force_login(user)
    page = client.get(reverse("taalhulpen_cockpit:proposals"))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Olena Kovalenko" in html
    assert "strongest language" in html or "sterkste taal" in html
    assert "No travel needed" in html or "Niet reizen" in html
    event = AuditEvent.objects.get(action="taalhulp.proposal_list")
    assert event.user == user and f"[{proposal.volunteer_id}]" in event.detail
    assert "Olena" not in event.detail + event.object_repr


def test_confirm_and_reject_from_the_list(client, proposal):
    user = coordinator()
    client.force_login(user)
    response = client.post(reverse("taalhulpen_cockpit:confirm"), {"proposal": proposal.pk})
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.SENT
    assert len(outbox("taalhulp-proposal-offer")) == 1
    assert AuditEvent.objects.filter(action="taalhulp.proposal_confirm").exists()
    # A second click (or an old page) changes nothing.
    client.post(reverse("taalhulpen_cockpit:reject"), {"proposal": proposal.pk})
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.SENT and not Exclusion.objects.exists()


def test_reject_from_the_list(client, proposal):
    client.force_login(coordinator())
    client.post(reverse("taalhulpen_cockpit:reject"), {"proposal": proposal.pk})
    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.WITHDRAWN
    assert Exclusion.objects.filter(request=proposal.request).exists()
    assert AuditEvent.objects.filter(action="taalhulp.proposal_reject").exists()
    refused = client.post(reverse("taalhulpen_cockpit:confirm"), {"proposal": "x"})
    assert refused.status_code in (302, 403)


def test_superusers_may_use_the_cockpit(client, admin_user):
    client.force_login(admin_user)
    assert client.get(reverse("taalhulpen_cockpit:overview")).status_code == 200


def test_the_proposals_list_filters_by_language(client, proposal):
    VolunteerFactory(name="Amina Haddad", languages=[{"code": "ar", "level": "native"}])
    HelpRequestFactory(language="ar")
    matching.run()
    client.force_login(coordinator())
    url = reverse("taalhulpen_cockpit:proposals")
    both = client.get(url).content.decode()
    assert "Olena Kovalenko" in both and "Amina Haddad" in both
    arabic = client.get(url, {"language": "ar"}).content.decode()
    assert "Amina Haddad" in arabic and "Olena Kovalenko" not in arabic
    # An unknown language shows every proposal instead of none.
    assert "Olena Kovalenko" in client.get(url, {"language": "xx"}).content.decode()
