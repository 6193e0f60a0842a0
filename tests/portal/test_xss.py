"""Script payloads in every text input path come out escaped or stripped (HTML, JSON-LD, JSON)."""

from __future__ import annotations

import json
import re

import pytest
from django.core.management import call_command
from wagtail.admin.rich_text import DraftailRichTextArea

from aanbod.factories import OfferIndexPageFactory, OfferPageFactory, OrganisationPageFactory
from aanbod.interchange.checks import HTML_TAG_RE
from buddy.permissions import groups_ensure
from portal.models import OutboxEmail
from tests.buddy.forms_data import register_in_steps, registration

pytestmark = pytest.mark.django_db

PAYLOADS = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
    "<svg/onload=alert(1)>",
    "javascript:alert(1)",
    "</script><script>alert(1)</script>",
    "' onmouseover='alert(1)",
)
# What a browser would run: a live element with script, a handler attribute, a script URL.
LIVE = re.compile(
    r"<script>alert|<img[^>]*\sonerror=|<svg[^>]*onload=|<[a-z][^>]*\shref=[\"']?javascript:"
    r"|<[a-z][^>]*\sonmouseover=[\"']?alert",
    re.IGNORECASE,
)
LD_JSON = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


def assert_inert(body: str) -> None:
    match = LIVE.search(body)
    assert match is None, body[max(0, match.start() - 200) : match.end() + 200]
    for block in LD_JSON.findall(body):
        assert "<" not in block and ">" not in block
        json.loads(block)


def template_names(response) -> set[str]:
    return {template.name for template in response.templates}


@pytest.fixture
def places(db):
    call_command("load_places", verbosity=0, stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.fixture
def hostile_offer(demo_site, places):
    """An offer whose every editor-written text is a payload (any editor can type these)."""
    index = OfferIndexPageFactory(parent=demo_site)
    organisation = OrganisationPageFactory(parent=index, title=PAYLOADS[2], slug="org-x")
    offer = OfferPageFactory.build(
        title=" ".join(PAYLOADS[:3]),
        slug="hostile",
        summary=" ".join(PAYLOADS),
        description="\n\n".join(PAYLOADS),
        search_description=PAYLOADS[2] + PAYLOADS[6],
        location_name=PAYLOADS[1],
        cost_note=PAYLOADS[3],
        postcode="9000",
    )
    organisation.add_child(instance=offer)
    offer.save_revision().publish()
    return offer


@pytest.mark.parametrize("payload", PAYLOADS)
def test_site_search_query_is_escaped(client, demo_site, payload):
    response = client.get("/nl/search/", {"q": payload})
    assert response.status_code == 200
    assert_inert(response.content.decode())


@pytest.mark.parametrize("payload", PAYLOADS)
def test_offer_finder_parameters_are_escaped(client, demo_site, places, payload):
    params = {"q": payload, "municipality": payload, "theme": payload, "sort": payload}
    response = client.get("/nl/aanbodzoeker/", params)
    assert response.status_code in (200, 400)
    assert_inert(response.content.decode())
    suggest = client.get("/nl/aanbodzoeker/suggest", {"q": payload})
    assert suggest.status_code == 200
    # JSON echoes the text as data; a browser never renders it as HTML.
    assert suggest["Content-Type"].startswith("application/json")
    assert suggest["X-Content-Type-Options"] == "nosniff"
    assert suggest.json()["q"] == " ".join(payload.split())
    feed = client.get("/nl/aanbodzoeker/feed/", {"q": payload})
    assert feed.status_code in (200, 400)
    assert_inert(feed.content.decode())


@pytest.mark.parametrize("payload", PAYLOADS)
def test_api_answers_json_that_is_never_sniffed_as_html(client, hostile_offer, payload):
    for url in ("/api/v1/offers/search", "/api/v1/offers/"):
        response = client.get(url, {"q": payload})
        assert response.status_code in (200, 422), url
        assert response["Content-Type"].startswith("application/json"), url
        assert response["X-Content-Type-Options"] == "nosniff", url
        json.loads(response.content)
    detail = client.get(f"/api/v1/offers/{hostile_offer.pk}/")
    assert detail["Content-Type"].startswith("application/json")
    assert PAYLOADS[0] in detail.json()["title"]["nl"]  # data stays data; clients escape it


def test_offer_page_escapes_every_field_in_html_json_ld_and_meta(client, hostile_offer):
    response = client.get(hostile_offer.url)
    assert response.status_code == 200
    body = response.content.decode()
    assert_inert(body)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body  # shown as text, not dropped
    assert LD_JSON.search(body), "the offer page carries JSON-LD"
    description = re.search(r'<meta name="description" content="([^"]*)"', body)
    assert description and "&quot;&gt;&lt;svg" in description.group(1)


def test_listings_and_print_view_escape_offer_texts(client, hostile_offer):
    organisation = hostile_offer.get_parent()
    for url in (organisation.url, hostile_offer.get_parent().get_parent().url):
        response = client.get(url)
        assert response.status_code == 200, url
        assert_inert(response.content.decode())
    printed = client.get(hostile_offer.url + "print/")
    assert printed.status_code == 200
    assert "aanbod/offer_page_print.html" in template_names(printed)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in printed.content.decode()
    assert_inert(printed.content.decode())
    short = client.get(f"/o/{hostile_offer.pk}/nl/")
    assert short.status_code in (301, 302)
    assert "javascript:" not in short["Location"] and "<" not in short["Location"]


def test_the_admin_shows_hostile_texts_as_text(client, hostile_offer, django_user_model):
    admin = django_user_model.objects.create_superuser("admin", "a@example.org", "x" * 16)
    client.force_login(admin)
    for url in (
        f"/admin/pages/{hostile_offer.pk}/edit/",
        f"/admin/pages/{hostile_offer.get_parent().pk}/",
        "/admin/pages/search/?q=alert",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert_inert(response.content.decode())


def test_the_detector_sees_live_payloads():
    for payload in PAYLOADS[:4] + (
        '<a href="javascript:alert(1)">x</a>',
        "<p ' onmouseover='alert(1)'>",
    ):
        assert LIVE.search(f"<p>{payload}</p>"), payload
    assert not LIVE.search("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>")


@pytest.mark.parametrize("payload", PAYLOADS[:4])
def test_import_lines_refuse_html_in_text(payload):
    assert HTML_TAG_RE.search(f"Praattafel {payload}"), payload


def test_import_refuses_html_and_script_urls(places, demo_site):
    from aanbod.interchange.importing import offers_import
    from tests.aanbod.import_lines import dumps, offer

    hostile = [
        offer("x1", title={"nl": "Praattafel <svg/onload=alert(1)>"}),
        offer("x2", summary={"nl": 'Samen "><img src=x onerror=alert(1)>'}),
        offer("x3", contact={"email": "a@example.be", "url": "javascript:alert(1)"}),
    ]
    report = offers_import([dumps(item) for item in hostile], dry_run=True)
    assert report.rejected == 3, report


def test_rich_text_drops_script_urls_and_escapes_markup():
    widget = DraftailRichTextArea(features=["bold", "link"])
    state = {
        "blocks": [
            {
                "key": "a",
                "type": "unstyled",
                "text": "click <script>alert(1)</script>",
                "entityRanges": [{"offset": 0, "length": 5, "key": 0}],
                "inlineStyleRanges": [],
            }
        ],
        "entityMap": {
            "0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": "JavaScript:alert(1)"}}
        },
    }
    html = widget.value_from_datadict({"body": json.dumps(state)}, {}, "body")
    assert "javascript" not in html.lower()
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_registration_texts_are_escaped_in_the_cockpit_mail_and_self_service(
    client, places, settings
):
    from django.core.cache import cache

    from buddy.models import Candidate

    settings.SPAM_MIN_SECONDS = 0  # the timing check is tested on its own
    cache.clear()
    data = registration(name='Sara "><svg onload=alert(1)>', motivation=" ".join(PAYLOADS))
    response = register_in_steps(client, "/nl/buddy/register/", data)
    assert response.status_code == 302
    candidate = Candidate.objects.get(email="sara.peeters@example.org")
    assert candidate.name.startswith("Sara")  # stored as typed, escaped on output
    for mail in OutboxEmail.objects.all():
        assert_inert(mail.body_html)
    agency_group, _local = groups_ensure()
    from django.contrib.auth import get_user_model

    agnes = get_user_model().objects.create_user("agnes", "agnes@example.org", "x" * 16)
    agnes.groups.add(agency_group)
    client.force_login(agnes)
    for url in ("/admin/buddy/candidates/", f"/admin/buddy/candidates/{candidate.pk}/"):
        page = client.get(url)
        assert page.status_code == 200, url
        assert_inert(page.content.decode())
    client.logout()
    from buddy.views.session import KEY as VOLUNTEER_SESSION_KEY  # the magic-link session

    session = client.session
    session[VOLUNTEER_SESSION_KEY] = {"pk": candidate.pk, "until": 4102444800}
    session.save()
    me = client.get("/nl/buddy/me/")
    assert me.status_code == 200
    assert_inert(me.content.decode())


@pytest.mark.parametrize("payload", PAYLOADS)
def test_newsletter_form_echoes_input_escaped(client, demo_site, payload):
    from django.core.cache import cache

    cache.clear()  # five posts a minute per address: the form, not the rate-limit page
    response = client.post("/nl/newsletter/", {"email": payload, "language": payload})
    assert response.status_code == 200  # not an address: the form again, with its error
    assert template_names(response) >= {"nieuwsbrief/subscribe.html"}
    assert "nieuwsbrief/rate_limited.html" not in template_names(response)
    assert 'name="email"' in response.content.decode()
    assert_inert(response.content.decode())


@pytest.mark.parametrize("payload", PAYLOADS)
def test_saved_search_form_echoes_input_escaped(client, demo_site, payload, settings):
    from django.core.cache import cache

    cache.clear()  # the form's rate limit counts per address
    settings.SPAM_MIN_SECONDS = 0
    response = client.post("/nl/aanbodzoeker/alert/", {"email": payload, "query": f"q={payload}"})
    assert response.status_code == 400  # not an address: the form again, with its error
    assert template_names(response) >= {"search_alerts/subscribe.html"}
    assert "search_alerts/rate_limited.html" not in template_names(response)
    assert 'name="email"' in response.content.decode()
    assert_inert(response.content.decode())
