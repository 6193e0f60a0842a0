"""The language help decision aid in a real browser: keyboard only, advice and errors, axe."""

import pytest

from tests.e2e.axe_findings import findings

pytestmark = pytest.mark.e2e

AID_URLS = {"nl": "/nl/taalhulp/", "uk": "/uk/movna-dopomoha/", "ar": "/ar/musaada-lughawiya/"}
ADVICE = {
    "nl": "Ons advies: Vraag een taalhulp aan",
    "uk": "Наша порада: Попросити мовного помічника",
    "ar": "نصيحتنا: اطلب مساعدًا لغويًا",
}
ACTIVE = "() => ({id: document.activeElement.id, tag: document.activeElement.tagName})"


def tab_to(page, element_id: str, limit: int = 120) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(ACTIVE)["id"] == element_id:
            return
    pytest.fail(f"#{element_id} could not be reached with the Tab key")


def answer_by_keyboard(page, skip: str = "") -> None:
    """Administration, not much at stake, can wait, face to face, no Dutch, Arabic."""
    picks = {"kind": 4, "stakes": 1, "timing": 1, "mode": 0, "dutch": 0}
    for group, position in picks.items():
        if group == skip:
            continue
        tab_to(page, f"aid-{group}_0")
        for _ in range(position):
            page.keyboard.press("ArrowDown")  # arrow keys move and choose within a radio group
        page.keyboard.press("Space")
    tab_to(page, "aid-language")
    page.keyboard.press("ArrowDown")  # the first language in the list: Arabic
    tab_to(page, "aid-submit")
    with page.expect_navigation():
        page.keyboard.press("Enter")


@pytest.mark.parametrize("language", ["nl", "uk", "ar"])
@pytest.mark.parametrize("width", [390, 1280])
def test_keyboard_only_advice_without_axe_violations(live_portal, page, axe, language, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(live_portal + AID_URLS[language])
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    assert findings(axe(page), f"taalhulp/{language}/{width}") == []

    answer_by_keyboard(page)
    assert "kind=administrative" in page.url and page.url.endswith("#aid-result")
    assert ADVICE[language] in page.locator(".aid-result h3").inner_text()
    assert findings(axe(page), f"taalhulp advice/{language}/{width}") == []


@pytest.mark.parametrize("language", ["nl", "uk", "ar"])
def test_a_missing_answer_is_shown_and_reachable(live_portal, page, axe, language):
    page.goto(live_portal + AID_URLS[language])
    answer_by_keyboard(page, skip="timing")
    summary = page.locator(".error-summary")
    assert summary.count() == 1 and page.locator(".aid-result").count() == 0
    link = summary.locator('a[href="#aid-timing_group"]')
    assert link.count() == 1
    link.focus()
    page.keyboard.press("Enter")
    assert page.url.endswith("#aid-timing_group")
    assert findings(axe(page), f"taalhulp errors/{language}") == []
