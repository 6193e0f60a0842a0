"""The professional's journey through the legal section, with axe on every page it visits."""

import re

import pytest

from tests.e2e.axe_findings import findings

pytestmark = pytest.mark.e2e


def _assert_axe_clean(tab, axe, name):
    assert findings(axe(tab), name) == []


def test_professional_journey(live_portal, page, axe):
    # 1. Search "gezinshereniging" with the site search.
    page.goto(f"{live_portal}/nl/search/")
    page.locator("#search-input").fill("gezinshereniging")
    page.locator("#search-input").press("Enter")
    page.wait_for_url(re.compile(r"q=gezinshereniging"))
    _assert_axe_clean(page, axe, "search")
    # 2. Open the topic.
    page.get_by_role("link", name="Gezinshereniging", exact=True).first.click()
    page.wait_for_url(re.compile(r"/gezinshereniging/$"))
    assert page.locator("h1").inner_text() == "Gezinshereniging"
    assert page.locator(".review-note").is_visible()
    assert page.locator('script[type="application/ld+json"]').count() == 1
    _assert_axe_clean(page, axe, "legal topic")
    # 3. Find local help for a postcode (a plain GET form, no JavaScript needed).
    page.locator("#local-help-place").fill("9000")
    page.locator(".local-help-form button[type=submit]").click()
    page.wait_for_url(re.compile(r"place=9000"))
    results = page.locator(".local-help-results")
    assert "Sociaal Huis Gent (demo)" in results.inner_text()
    assert "Juridisch Advies Oost-Vlaanderen (demo)" in results.inner_text()
    _assert_axe_clean(page, axe, "legal topic with local help")
    # An unknown place gets a clear error next to the field.
    page.locator("#local-help-place").fill("Atlantis")
    page.locator(".local-help-form button[type=submit]").click()
    page.wait_for_url(re.compile(r"place=Atlantis"))
    assert page.locator("#local-help-place").get_attribute("aria-invalid") == "true"
    assert "Atlantis" in page.locator("#local-help-error").inner_text()
    _assert_axe_clean(page, axe, "legal topic with local help error")
    # 4. Open a linked ruling.
    page.locator(".legal-refs a").first.click()
    page.wait_for_url(re.compile(r"/rechtspraak/"))
    assert page.locator(".ruling-ecli").inner_text().startswith("ECLI:BE:")
    assert page.get_by_role("link", name="Gezinshereniging").count() >= 1
    _assert_axe_clean(page, axe, "ruling")


@pytest.mark.parametrize(
    "path",
    [
        "/nl/vreemdelingenrecht/",
        "/nl/vreemdelingenrecht/rechtspraak/?court=rvv&year=2024",
        "/nl/vreemdelingenrecht/rechtspraak/?year=abc",
        "/nl/vreemdelingenrecht/nieuws/?topic=gezinshereniging",
        "/nl/vreemdelingenrecht/nieuws/tijdelijke-bescherming-verlengd/",
        "/uk/vreemdelingenrecht/tymchasovyi-zakhyst/",
        "/ar/vreemdelingenrecht/verblijf/gezinshereniging/",
    ],
)
def test_legal_pages_are_axe_clean(live_portal, page, axe, path):
    page.set_viewport_size({"width": 1280, "height": 900})
    response = page.goto(live_portal + path)
    assert response.status == 200
    _assert_axe_clean(page, axe, path)


def test_case_law_filters_work_in_the_browser(live_portal, page):
    page.goto(f"{live_portal}/nl/vreemdelingenrecht/rechtspraak/")
    page.locator("#ruling-topic").select_option("gezinshereniging")
    page.locator("#ruling-year").select_option("2024")
    page.get_by_role("button", name=re.compile("rulings|uitspraken|arresten", re.I)).click()
    page.wait_for_url(re.compile(r"topic=gezinshereniging"))
    cards = page.locator(".ruling-card")
    assert cards.count() == 1
    assert "DEMO.0001" in cards.first.inner_text()
