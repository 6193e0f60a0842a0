"""The training calendar in a real browser at phone width: nl, uk and ar without axe violations,
and the filters by keyboard without JavaScript."""

import pytest

from tests.e2e.axe_findings import findings

pytestmark = pytest.mark.e2e

PHONE = {"width": 375, "height": 740}
CALENDAR_URLS = {
    "nl": "/nl/vormingskalender/",
    "uk": "/uk/kalendar-navchan/",
    "ar": "/ar/taqwim-aldawrat/",
}
TITLES = {
    "nl": "Vormingskalender",
    "uk": "Календар навчань і подій",
    "ar": "تقويم الدورات والفعاليات",
}
ACTIVE = "() => document.activeElement.id"


def tab_to(page, element_id: str, limit: int = 120) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(ACTIVE) == element_id:
            return
    pytest.fail(f"#{element_id} could not be reached with the Tab key")


@pytest.mark.parametrize("language", ["nl", "uk", "ar"])
def test_listing_and_an_event_at_phone_width_without_axe_violations(
    live_portal, page, axe, language
):
    page.set_viewport_size(PHONE)
    page.goto(live_portal + CALENDAR_URLS[language])
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    assert page.locator("h1").inner_text() == TITLES[language]
    assert page.locator(".event-card").count() >= 4
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= PHONE["width"], "the listing scrolls sideways on a phone"
    assert findings(axe(page), f"vorming/{language}") == []

    page.goto(live_portal + CALENDAR_URLS[language] + "?when=past")
    assert page.locator(".event-card[data-state='recorded']").count() >= 1
    assert findings(axe(page), f"vorming past/{language}") == []

    with page.expect_navigation():
        page.locator(".event-card[data-state='recorded'] h3 a").first.click()
    assert page.locator(".event-documents, a[href*='video.example.org']").count() >= 1
    assert findings(axe(page), f"vorming event/{language}") == []


@pytest.mark.parametrize("language", ["nl", "ar"])
def test_filter_by_keyboard_without_javascript(live_portal, browser, language):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(live_portal + CALENDAR_URLS[language])
        tab_to(page, "id_audience")
        page.keyboard.press("ArrowDown")  # the first audience: professionals
        page.keyboard.press("ArrowDown")  # the second: volunteers
        tab_to(page, "id_format")
        page.keyboard.press("ArrowDown")  # on site
        tab_to(page, "event-filter-submit")
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert "audience=volunteers" in page.url and "format=on_site" in page.url
        cards = page.locator(".event-card")
        assert cards.count() == 1
        assert page.locator("#id_audience").input_value() == "volunteers"
        feed = page.locator("a[href*='ical/?']").get_attribute("href")
        assert "audience=volunteers" in feed and "format=on_site" in feed
    finally:
        context.close()
