"""The data page: a single-use link by e-mail, then a JSON download and erasure of every kind."""

import json

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from buddy.models import Candidate
from portal.models import AuditEvent, OutboxEmail
from portal.privacy import holders, links
from portal.privacy.models import ErasureRecord, MailedLink
from search.alerts.models import SavedSearch
from tests.portal.gdpr_world import EMAIL, NAME, PHONE, link_in, person
from vreemdelingenrecht.nieuwsbrief.models import Subscriber

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def quick_forms(settings):
    settings.SPAM_MIN_SECONDS = 0
    cache.clear()
    yield
    cache.clear()


def _form_started(client) -> str:
    response = client.get(reverse("privacy:request"))
    return response.context["form"]["form_started"].initial


def _ask(client, email):
    data = {"email": email, "website": "", "form_started": _form_started(client)}
    return client.post(reverse("privacy:request"), data)


def _open(client, email=EMAIL):
    token = links.make_token(email)
    url = reverse("privacy:open", kwargs={"token": token})
    assert client.post(url).status_code == 302
    return url


def _no_personal_data_in_audit():
    for event in AuditEvent.objects.all():
        text = " ".join(
            [event.object_repr, event.detail, event.object_id, str(event.ip_address or "")]
        )
        assert EMAIL not in text and NAME not in text and PHONE not in text, event


def test_asking_for_a_link_mails_known_addresses_only_and_reveals_nobody(client):
    person()
    known = _ask(client, EMAIL.upper())
    unknown = _ask(client, "nobody@example.org")
    assert known.status_code == unknown.status_code == 200
    assert known.content == unknown.content
    [mail] = OutboxEmail.objects.filter(category="privacy-link")
    assert mail.to == EMAIL
    path = link_in(mail)
    page = client.get(path)  # a mail scanner opening the link uses nothing
    assert page.status_code == 200 and b'<form method="post"' in page.content
    assert client.post(path).url == reverse("privacy:overview")
    assert client.post(path).status_code == 410  # single use
    assert Client().post(path).status_code == 410  # also from another browser


def test_links_expire_and_tampered_links_are_refused(client, settings):
    person()
    settings.PRIVACY_LINK_MINUTES = -1  # the life is fixed when the link is made
    url = reverse("privacy:open", kwargs={"token": links.make_token(EMAIL)})
    settings.PRIVACY_LINK_MINUTES = 60
    response = client.post(url)
    assert response.status_code == 410 and response.context["code"] == "expired"
    token = links.make_token(EMAIL)
    bad = reverse("privacy:open", kwargs={"token": token[:-2] + "xx"})
    assert client.get(bad).status_code == 400
    assert MailedLink.objects.filter(used_at__isnull=False).count() == 0


def test_the_overview_needs_a_session(client):
    for name in ("privacy:overview", "privacy:download", "privacy:erase"):
        response = client.get(reverse(name))
        assert response.status_code == 302 and response.url == reverse("privacy:request")


def test_download_holds_every_kind_as_json_and_is_logged_without_the_address(client):
    someone = person()
    _open(client)
    overview = client.get(reverse("privacy:overview")).content.decode()
    for kind in holders.kinds():
        assert f'data-kind="{kind}"' in overview
    response = client.get(reverse("privacy:download"))
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    assert set(data) == {"email", *holders.kinds()}
    [volunteer] = data["volunteer"]
    assert volunteer["name"] == NAME and volunteer["phone"] == PHONE
    assert volunteer["reference"] == someone.candidate.reference
    [subscription] = data["newsletter"]
    assert subscription["email"] == EMAIL and subscription["status"] == "active"
    assert sorted(s["search"] for s in data["saved_searches"]) == ["q=sport&place=9000", "q=taal"]
    assert [e["subject"] for e in data["emails"]][0] == "Welkom"
    assert all("body" not in str(e.keys()) for e in data["emails"])
    event = AuditEvent.objects.get(action="privacy.export")
    assert event.object_type == "privacy.subject" and len(event.object_id) == 64
    _no_personal_data_in_audit()


def test_erasure_needs_post_with_csrf_and_a_tick():
    someone = person()
    client = Client(enforce_csrf_checks=True)
    _open_with_csrf(client)
    erase = reverse("privacy:erase")
    assert client.post(erase, {"kinds": holders.kinds(), "confirm": "on"}).status_code == 403
    token = client.cookies["csrftoken"].value
    page = client.post(erase, {"kinds": holders.kinds(), "csrfmiddlewaretoken": token})
    assert page.status_code == 200 and page.context["form"].errors["confirm"]
    assert Subscriber.objects.filter(pk=someone.subscriber.pk).exists()


def _open_with_csrf(client):
    token = links.make_token(EMAIL)
    url = reverse("privacy:open", kwargs={"token": token})
    client.get(url)
    response = client.post(url, {"csrfmiddlewaretoken": client.cookies["csrftoken"].value})
    assert response.status_code == 302


def test_erasing_everything_leaves_no_personal_data(client):
    someone = person()
    other = person("other@example.org", "Other Person")
    _open(client)
    client.get(reverse("privacy:download"))
    response = client.post(reverse("privacy:erase"), {"kinds": holders.kinds(), "confirm": "on"})
    assert response.status_code == 200
    assert response.context["counts"] == {
        "volunteer": 1,
        "newsletter": 1,
        "saved_searches": 2,
        "interpreter_register": 1,
        "language_helper": 1,
        "emails": 1,
    }
    candidate = Candidate.objects.get(pk=someone.candidate.pk)
    assert candidate.status == "anonymised"
    assert (candidate.name, candidate.email, candidate.phone, candidate.motivation) == ("",) * 4
    assert not Subscriber.objects.filter(email=EMAIL).exists()
    assert not SavedSearch.objects.filter(email=EMAIL).exists()
    assert not OutboxEmail.objects.filter(to=EMAIL).exists()
    assert holders.summary(EMAIL) == dict.fromkeys(holders.kinds(), 0)
    assert set(ErasureRecord.objects.values_list("scope", flat=True)) >= {"all", "volunteer"}
    event = AuditEvent.objects.get(action="privacy.erased")
    assert "volunteer=1" in event.detail and "saved_searches=2" in event.detail
    _no_personal_data_in_audit()
    # The other person keeps everything.
    assert holders.summary(other.email) == {
        "volunteer": 1,
        "newsletter": 1,
        "saved_searches": 2,
        "interpreter_register": 1,
        "language_helper": 1,
        "emails": 1,
    }
    # With nothing left, the session closes.
    assert client.get(reverse("privacy:overview")).status_code == 302


def test_erasing_one_kind_keeps_the_others(client):
    someone = person()
    _open(client)
    client.post(reverse("privacy:erase"), {"kinds": ["saved_searches"], "confirm": "on"})
    assert not SavedSearch.objects.filter(email=EMAIL).exists()
    assert Subscriber.objects.filter(pk=someone.subscriber.pk).exists()
    assert Candidate.objects.get(pk=someone.candidate.pk).name == NAME
    assert client.get(reverse("privacy:overview")).status_code == 200


def test_the_unsubscribe_pages_lead_to_the_data_page(client):
    from search.alerts import tokens
    from vreemdelingenrecht.nieuwsbrief import subscriptions

    someone = person()
    data_page = reverse("privacy:request")
    newsletter = reverse(
        "newsletter_unsubscribe",
        kwargs={"token": subscriptions.unsubscribe_token(someone.subscriber)},
    )
    alert = reverse(
        "search_alerts:unsubscribe",
        kwargs={"token": tokens.unsubscribe_token(someone.searches[0].pk)},
    )
    for url in (newsletter, alert, reverse("buddy:privacy")):
        assert f'href="{data_page}"' in client.get(url).content.decode(), url


def test_an_unconfirmed_registration_can_be_seen_and_erased_too():
    from buddy.factories import CandidateFactory

    candidate = CandidateFactory(
        email="new@example.org", status=Candidate.Status.UNCONFIRMED, confirmed_at=None
    )
    assert holders.summary("New@Example.org")["volunteer"] == 1
    assert holders.export("new@example.org")["volunteer"][0]["status"] == "unconfirmed"
    assert holders.erase("new@example.org", ["volunteer"]) == {"volunteer": 1}
    candidate.refresh_from_db()
    assert candidate.status == "anonymised" and candidate.email == ""


def test_closing_the_data_page_ends_its_session_and_only_that_one(client):
    from buddy.services import links as buddy_links
    from portal.privacy.views import SESSION_KEY

    someone = person()
    _open(client)
    assert client.post(buddy_links.magic_url(someone.candidate)).status_code == 302
    leave = reverse("privacy:leave")
    overview = client.get(reverse("privacy:overview"))
    assert overview.status_code == 200 and f'action="{leave}"' in overview.content.decode()
    assert client.get(leave).status_code == 405  # a prefetch or a link does not sign out
    cookie = client.cookies["sessionid"].value

    response = client.post(leave)

    assert response.status_code == 302 and response.url == reverse("privacy:request")
    assert SESSION_KEY not in client.session
    for name in ("privacy:overview", "privacy:download", "privacy:erase"):
        page = client.get(reverse(name))
        assert page.status_code == 302 and page.url == reverse("privacy:request"), name
    copy = Client()
    copy.cookies["sessionid"] = cookie  # ended on the server, not only in this browser
    assert copy.get(reverse("privacy:overview")).status_code == 302
    # The volunteer's own page in the same browser is a session of its own and stays open.
    assert client.get(reverse("buddy:me")).status_code == 200
    assert Candidate.objects.filter(email=EMAIL).exists()  # signing out erases nothing
