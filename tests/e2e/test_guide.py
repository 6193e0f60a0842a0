"""The civic integration guide in a real browser at phone width, in nl, uk and ar: axe finds
nothing (any impact), the variant form works by keyboard and without JavaScript, and a postcode
finds the office or is named as wrong."""

import pytest

from tests.e2e.axe_findings import findings

pytestmark = pytest.mark.e2e

PHONE = {"width": 390, "height": 844}
PAGE_URLS = {
    "nl": "/nl/inburgering-stap-voor-stap/",
    "uk": "/uk/inburgering-krok-za-krokom/",
    "ar": "/ar/al-indimaj-khutwa-bi-khutwa/",
}
VDAB = {"nl": "Schrijf je in bij VDAB", "uk": "Зареєструйтеся у VDAB", "ar": "سجّل في VDAB"}
BRUSSELS_CHOICE = {
    "nl": "Kies je taal: Nederlands of Frans",
    "uk": "Виберіть мову: нідерландська чи французька",
    "ar": "اختر لغتك: الهولندية أو الفرنسية",
}
STEPS = ".guide-steps__list > li.guide-step"
ACTIVE_ID = "() => document.activeElement.id"


def headings(page) -> str:
    return " | ".join(page.locator(".guide-step__heading").all_inner_texts())


@pytest.mark.parametrize("language", ["nl", "uk", "ar"])
def test_phone_variant_by_keyboard_and_office_without_axe_violations(
    live_portal, page, axe, language
):
    page.set_viewport_size(PHONE)
    page.goto(live_portal + PAGE_URLS[language])
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    every_step = page.locator(STEPS).count()
    assert every_step >= 8
    assert findings(axe(page), f"guide/{language}") == []

    # Keyboard only: Flanders (first region), entitled (second status), then send.
    page.focus("#guide-region_0")
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    assert page.evaluate(ACTIVE_ID) == "guide-status_0"
    page.keyboard.press("ArrowDown")
    assert page.evaluate(ACTIVE_ID) == "guide-status_1"
    page.keyboard.press("Tab")
    assert page.evaluate(ACTIVE_ID) == "guide-variant-submit"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "region=flanders" in page.url and "status=entitled" in page.url
    assert page.url.endswith("#guide-steps")
    assert page.locator("#guide-region_0").is_checked()
    assert page.locator("#guide-status_1").is_checked()
    assert 0 < page.locator(STEPS).count() < every_step
    assert VDAB[language] in headings(page)
    assert BRUSSELS_CHOICE[language] not in headings(page)
    assert findings(axe(page), f"guide flanders entitled/{language}") == []

    # The shared address opens the same variant in a fresh tab.
    shared = page.context.new_page()
    shared.goto(page.url)
    assert headings(shared) == headings(page)
    shared.close()

    # Where to go: a Brussels postcode finds the office and offers the Brussels steps.
    page.fill("#guide-postcode", "1000")
    with page.expect_navigation():
        page.press("#guide-postcode", "Enter")
    result = page.locator(".guide-office__result")
    assert result.count() == 1
    assert "Onthaalbureau Brussel" in result.inner_text()
    assert findings(axe(page), f"guide office/{language}") == []
    with page.expect_navigation():
        page.click("#guide-switch")
    assert "region=brussels" in page.url and "status=entitled" in page.url
    assert BRUSSELS_CHOICE[language] in headings(page)
    assert VDAB[language] not in headings(page)

    # An unknown postcode is named in an error summary that links to the field.
    page.fill("#guide-postcode", "1234")
    with page.expect_navigation():
        page.click("#guide-office-submit")
    summary = page.locator(".error-summary")
    assert summary.count() == 1 and "1234" in summary.inner_text()
    assert summary.locator('a[href="#guide-postcode"]').count() == 1
    assert findings(axe(page), f"guide postcode error/{language}") == []


@pytest.mark.parametrize("language", ["nl", "uk", "ar"])
def test_the_guide_works_without_javascript(live_portal, browser, axe, language):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False, bypass_csp=True)
    page = context.new_page()
    try:
        page.goto(live_portal + PAGE_URLS[language])
        page.check("#guide-region_1")  # Brussels
        page.check("#guide-status_0")  # obliged
        with page.expect_navigation():
            page.click("#guide-variant-submit")
        assert "region=brussels" in page.url and "status=obliged" in page.url
        assert BRUSSELS_CHOICE[language] in headings(page)
        assert VDAB[language] not in headings(page)
        page.fill("#guide-postcode", "9000")
        with page.expect_navigation():
            page.click("#guide-office-submit")
        assert "9000" in page.locator(".guide-office__result").inner_text()
        assert "region=brussels" in page.url  # the variant travels with the postcode
        html = page.content()
    finally:
        context.close()
    # axe needs JavaScript: it checks the page exactly as the browser without it received it.
    checker = browser.new_context(viewport=PHONE, bypass_csp=True)
    try:
        tab = checker.new_page()
        tab.goto(live_portal + PAGE_URLS[language])
        tab.set_content(html)
        assert findings(axe(tab), f"guide without JavaScript/{language}") == []
    finally:
        checker.close()
