"""The guide's "where to go": a postcode finds the office through portal's local-services
registry (vreemdelingenrecht's front-line services), and a bad postcode is named."""

import re
from urllib.parse import urlencode

import pytest
from django.utils.html import escape

from inburgering.demo import guide as demo_guide
from portal import local_services
from portal.models import Municipality
from tests.inburgering.conftest import page_url
from vreemdelingenrecht.factories import FrontLineServiceFactory

pytestmark = pytest.mark.django_db


def find(client, page, postcode, language="nl", **variant):
    query = urlencode({**variant, "postcode": postcode})
    response = client.get(page_url(page, language) + "?" + query)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def brussels_office():
    service = FrontLineServiceFactory(
        name="Onthaalbureau Brussel (test)",
        kind="integration",
        address="Onthaalplein 7, 1000 Brussel",
        phone="+32 2 000 20 20",
    )
    service.municipalities.set(Municipality.objects.filter(region="brussels"))
    return service


def test_the_directory_is_registered_by_the_app_that_keeps_the_services():
    assert "front_line_services" in local_services.registries.local_services


def test_a_postcode_finds_the_integration_office(client, guide_page, brussels_office):
    legal_aid = FrontLineServiceFactory(name="Juridisch Loket (test)", kind="legal_aid")
    legal_aid.municipalities.set(Municipality.objects.filter(region="brussels"))
    html = find(client, guide_page, "1000", "en")
    result = html.split('class="aid-result guide-office__result"', 1)[1].split("</div>", 1)[0]
    assert "Onthaalbureau Brussel (test)" in result
    assert "Onthaalplein 7, 1000 Brussel" in result
    assert 'href="tel:+3220002020"' in result
    assert "Juridisch Loket (test)" not in result  # only offices for the path
    assert "This place is in Brussels." in result
    assert escape(demo_guide.PAGE["office_brussels"]["en"]) in result
    assert "error-summary" not in html


def test_without_a_known_office_the_regions_office_is_shown(client, guide_page):
    html = find(client, guide_page, "9000", "uk")
    result = html.split('class="aid-result guide-office__result"', 1)[1]
    assert "9000 Gent" in result
    assert escape(demo_guide.PAGE["office_flanders"]["uk"]) in result


def test_the_office_offers_the_steps_for_its_region(client, guide_page, brussels_office):
    html = find(client, guide_page, "1000", "en", region="flanders", status="obliged")
    link = re.search(r'<a href="([^"]+)" id="guide-switch">Show the steps for Brussels</a>', html)
    assert link is not None
    assert (
        link.group(1)
        .replace("&amp;", "&")
        .endswith("?region=brussels&status=obliged&postcode=1000#guide-steps")
    )
    same = find(client, guide_page, "1000", "en", region="brussels")
    assert 'id="guide-switch"' not in same


@pytest.mark.parametrize(
    ("language", "postcode", "message"),
    [
        ("en", "1234", "We do not know the postcode 1234 in Flanders or Brussels."),
        ("en", "123", "A Belgian postcode has four digits, for example 9000. Check your postcode."),
        ("en", "Gent", "A Belgian postcode has four digits, for example 9000."),
        ("en", "", "Fill in your postcode: four digits, for example 9000."),
        ("nl", "1234", "We kennen de postcode 1234 niet in Vlaanderen of Brussel."),
        ("uk", "1234", "Ми не знаємо поштового індексу 1234 у Фландрії чи Брюсселі."),
        ("ar", "1234", "لا نعرف الرمز البريدي 1234 في فلاندرن أو بروكسل."),
    ],
)
def test_a_bad_postcode_is_named_with_how_to_fix_it(
    client, guide_page, language, postcode, message
):
    html = find(client, guide_page, postcode, language)
    summary = html.split('class="error-summary"', 1)[1].split("</div>", 1)[0]
    assert 'href="#guide-postcode"' in summary
    assert message in summary
    assert html.count("field__error") == 1
    assert 'aria-invalid="true"' in html
    assert "guide-office__result" not in html


def test_a_dutch_only_office_text_is_marked_as_dutch(client, guide_page):
    service = FrontLineServiceFactory(
        name="Kantoor Gent (test)",
        kind="integration",
        description_nl="Hulp bij inburgering.",
        description_ar="",
    )
    service.municipalities.set(Municipality.objects.filter(postcodes__code="9000"))
    html = find(client, guide_page, "9000", "ar")
    assert '<p lang="nl" dir="ltr">Hulp bij inburgering.</p>' in html
    service.description_ar = "مساعدة في الاندماج."
    service.save()
    html = find(client, guide_page, "9000", "ar")
    assert "<p>مساعدة في الاندماج.</p>" in html
