"""The language help page: the question form (GET, nothing stored), one route per answer set,
errors in the visitor's language, the communication fan, and where each route leads."""

import re
from urllib.parse import urlencode

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

from taalhulp import decision as d
from taalhulp.models import DecisionRule, LanguageHelpSettings
from tests.taalhulp.conftest import page_url

pytestmark = pytest.mark.django_db

ROUTINE = {
    "kind": d.PRACTICAL,
    "stakes": d.LOW,
    "timing": d.CAN_WAIT,
    "mode": d.ON_SITE,
    "dutch": d.NO_DUTCH,
    "language": "ar",
}


def site_links() -> LanguageHelpSettings:
    return LanguageHelpSettings.for_site(Site.objects.get(is_default_site=True))


def ask(client, page, site_language="nl", **changes):
    answers = {**ROUTINE, **changes}
    response = client.get(page_url(page, site_language) + "?" + urlencode(answers))
    assert response.status_code == 200
    return response.content.decode()


def advice(html: str) -> str:
    found = re.search(r'<div class="aid-result aid-result--([a-z_]+)"', html)
    return found.group(1) if found else ""


@pytest.mark.parametrize(
    ("language", "direction", "question"),
    [
        ("nl", "ltr", "Waarover gaat het gesprek?"),
        ("uk", "ltr", "Про що розмова?"),
        ("ar", "rtl", "عن ماذا تدور المحادثة؟"),
    ],
)
def test_form_speaks_the_visitors_language(client, aid_page, language, direction, question):
    html = client.get(page_url(aid_page, language)).content.decode()
    assert f'<html lang="{language}" dir="{direction}"' in html
    assert question in html
    assert '<form method="get"' in html
    assert advice(html) == ""  # nothing sent, no advice and no errors
    assert "error-summary" not in html


@pytest.mark.parametrize(
    ("changes", "route"),
    [
        ({"kind": d.MEDICAL}, d.INTERPRETER),
        ({"kind": d.CHILD_PROTECTION, "dutch": d.SIMPLE_DUTCH_OK}, d.INTERPRETER),
        ({"stakes": d.HIGH}, d.INTERPRETER),
        ({"kind": d.ADMINISTRATIVE}, d.HELPER),
        ({"language": "uk", "mode": d.REMOTE}, d.HELPER),
        ({"language": "uk", "mode": d.REMOTE, "timing": d.URGENT}, d.PICTOGRAMS),
        ({"timing": d.URGENT}, d.PICTOGRAMS),
        ({"dutch": d.SIMPLE_DUTCH_OK}, d.SIMPLE_DUTCH),
    ],
)
def test_answers_get_one_route(client, aid_page, changes, route):
    html = ask(client, aid_page, **changes)
    assert advice(html) == route
    assert html.count('class="aid-result ') == 1


def test_interpreter_route_links_to_the_booking_portal(client, aid_page):
    html = ask(client, aid_page, "en", kind=d.LEGAL)
    assert "Our advice: Book a certified social interpreter" in html
    assert "A certified social interpreter knows the special words" in html  # the rule's reason
    assert 'href="https://www.integratie-inburgering.be/">Go to the booking portal' in html
    assert 'href="#way-interpreter"' in html and 'id="way-interpreter"' in html


def test_helper_route_says_the_form_is_coming_until_its_address_is_set(client, aid_page):
    html = ask(client, aid_page, "en", kind=d.ADMINISTRATIVE)
    assert "Soon you can ask for a language helper on this site" in html
    links = site_links()
    links.helper_request_url = "/en/language-help/request/"
    links.save()
    html = ask(client, aid_page, "en", kind=d.ADMINISTRATIVE)
    assert 'href="/en/language-help/request/">Ask for a language helper</a>' in html
    assert "Soon you can ask" not in html


def test_pictograms_route_links_to_the_chosen_page(client, aid_page, demo_site):
    pictograms = demo_site.get_children().live().first()
    links = site_links()
    links.pictograms_page = pictograms
    links.save()
    html = ask(client, aid_page, "nl", timing=d.URGENT)
    assert advice(html) == d.PICTOGRAMS
    assert f'href="{pictograms.specific.url}">Open de pictogrammen</a>' in html


def test_pictograms_route_has_no_link_to_an_unpublished_page(client, aid_page, demo_site):
    pictograms = demo_site.get_children().live().first()
    pictograms.unpublish()
    links = site_links()
    links.pictograms_page = Page.objects.get(pk=pictograms.pk)
    links.save()
    html = ask(client, aid_page, "nl", timing=d.URGENT)
    assert advice(html) == d.PICTOGRAMS and "Open de pictogrammen" not in html


def test_simple_dutch_route_links_to_practice_in_the_offer_finder(client, aid_page):
    html = ask(client, aid_page, "uk", dutch=d.SIMPLE_DUTCH_OK)
    assert 'href="/uk/aanbodzoeker/?type=practice"' in html


def test_an_editors_volunteer_rule_never_reaches_a_heavy_conversation(client, aid_page):
    DecisionRule.objects.filter(page=aid_page).delete()
    DecisionRule.objects.create(page=aid_page, route=d.HELPER, reason_nl="Altijd een vrijwilliger.")
    assert advice(ask(client, aid_page, kind=d.ADMINISTRATIVE)) == d.HELPER
    html = ask(client, aid_page, kind=d.PSYCHOLOGICAL)
    assert advice(html) == d.INTERPRETER
    assert "Een vrijwilliger mag dit niet tolken." in html
    assert "Altijd een vrijwilliger." not in html


def test_rules_are_read_in_their_order(client, aid_page):
    DecisionRule.objects.filter(page=aid_page).delete()
    DecisionRule.objects.create(page=aid_page, sort_order=1, route=d.HELPER, reason_nl="Tweede.")
    DecisionRule.objects.create(
        page=aid_page, sort_order=0, route=d.PICTOGRAMS, kinds=[d.PRACTICAL], reason_nl="Eerste."
    )
    html = ask(client, aid_page)
    assert advice(html) == d.PICTOGRAMS and "Eerste." in html


@pytest.mark.parametrize(
    ("language", "summary", "error"),
    [
        ("nl", "Kijk deze antwoorden na", "Kies of het gesprek kan wachten."),
        ("uk", "Перевірте ці відповіді", "Виберіть, чи може розмова почекати."),
        ("ar", "يُرجى مراجعة هذه الإجابات", "اختر هل يمكن أن تنتظر المحادثة."),
    ],
)
def test_a_missing_answer_is_named_with_how_to_fix_it(client, aid_page, language, summary, error):
    answers = {**ROUTINE}
    del answers["timing"]
    url = page_url(aid_page, language) + "?" + urlencode(answers)
    html = client.get(url).content.decode()
    assert summary in html
    assert html.count("field__error") == 1
    assert re.search(r'<a href="#aid-timing_group">[^<]+ ' + re.escape(error) + "</a>", html)
    assert 'id="aid-timing_group"' in html
    assert advice(html) == ""
    # What was answered stays chosen.
    assert re.search(r'value="practical"[^>]*checked', html)


def test_an_unknown_language_is_an_error_on_the_language_field(client, aid_page):
    html = ask(client, aid_page, "en", language="xx")
    assert 'href="#aid-language"' in html
    assert "Choose a language from the list, or choose: another language." in html


def test_sending_the_form_stores_nothing(client, aid_page):
    url = page_url(aid_page, "nl") + "?" + urlencode(ROUTINE)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200 and advice(response.content.decode())
    writes = [q["sql"] for q in queries if not q["sql"].lstrip().upper().startswith("SELECT")]
    assert writes == []
    assert "Set-Cookie" not in response.headers


@pytest.mark.parametrize("language", ["nl", "en", "fr", "uk", "ru", "ar"])
def test_the_communication_fan_has_every_way_in_each_language(client, aid_page, language):
    html = client.get(page_url(aid_page, language)).content.decode()
    ways = re.findall(r'<section class="way" id="way-([a-z_]+)"', html)
    assert ways == ["interpreter", "helper", "pictograms", "apps", "simple_dutch", "practice"]
    assert html.count('class="way__facts"') == 6
    assert 'class="notice"' in html  # marked as demo
