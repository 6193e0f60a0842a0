"""Pages and downloads with personal data tell browsers and proxies never to store them."""

import pytest
from django.urls import reverse

from buddy.models import Proposal
from buddy.services import links
from buddy.services import proposals as proposal_services
from portal.privacy import links as privacy_links
from tests.portal.gdpr_world import EMAIL, person

pytestmark = pytest.mark.django_db


def _assert_not_stored(response, what):
    directives = {part.strip() for part in response.get("Cache-Control", "").split(",")}
    assert {"no-store", "private"} <= directives, (what, response.get("Cache-Control"))


def test_every_buddy_self_service_answer_is_no_store(client, gent_candidate, tree, agency):
    proposal = Proposal.objects.create(candidate=gent_candidate, initiative=tree["gent"], score=1)
    proposal = proposal_services.send(proposal, actor=agency)
    assert client.post(links.magic_url(gent_candidate)).status_code == 302
    pages = ["me", "edit", "pause", "withdraw", "erase", "download"]
    for name in pages:
        response = client.get(reverse(f"buddy:{name}"))
        assert response.status_code == 200, name
        _assert_not_stored(response, name)
    decline = client.get(reverse("buddy:decline", kwargs={"pk": proposal.pk}))
    assert decline.status_code == 200
    _assert_not_stored(decline, "decline")
    for name, kwargs in [("resume", {}), ("accept", {"pk": proposal.pk}), ("leave", {})]:
        response = client.post(reverse(f"buddy:{name}", kwargs=kwargs))
        assert response.status_code == 302, name
        _assert_not_stored(response, name)


def test_the_buddy_json_download_is_no_store(client, gent_candidate):
    assert client.post(links.magic_url(gent_candidate)).status_code == 302
    response = client.get(reverse("buddy:download"))
    assert response["Content-Type"] == "application/json"
    _assert_not_stored(response, "download")


def test_every_data_page_answer_with_personal_data_is_no_store(client):
    person()
    url = reverse("privacy:open", kwargs={"token": privacy_links.make_token(EMAIL)})
    assert client.post(url).status_code == 302
    for name in ("privacy:overview", "privacy:download", "privacy:erase"):
        response = client.get(reverse(name))
        assert response.status_code == 200, name
        _assert_not_stored(response, name)


def test_pages_that_show_an_address_after_a_form_or_link_are_no_store(client):
    from django.utils import translation

    from search.alerts.forms import AlertForm
    from vreemdelingenrecht.nieuwsbrief.factories import SubscriberFactory
    from vreemdelingenrecht.nieuwsbrief.subscriptions import unsubscribe_url

    subscriber = SubscriberFactory(email="cleo@example.org", language="en")
    path = "/" + unsubscribe_url(subscriber).split("://", 1)[1].split("/", 1)[1]
    page = client.get(path)
    assert "cleo@example.org" in page.content.decode()
    _assert_not_stored(page, "newsletter unsubscribe")
    form = {"email": "ana@example.org", "query": "", "website": ""}
    form["form_started"] = AlertForm().fields["form_started"].initial
    with translation.override("en"):
        saved = client.post(reverse("search_alerts:subscribe"), form)
    assert saved.status_code == 200 and "ana@example.org" in saved.content.decode()
    _assert_not_stored(saved, "saved search: check your mailbox")
