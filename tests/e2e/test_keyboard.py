"""Keyboard only: reach the main content, switch the language and follow the menu."""

import pytest

pytestmark = pytest.mark.e2e

ACTIVE = (
    "() => ({id: document.activeElement.id, cls: document.activeElement.className, "
    "hreflang: document.activeElement.getAttribute('hreflang'), "
    "href: document.activeElement.getAttribute('href'), text: document.activeElement.textContent})"
)


def tab_until(page, predicate, limit=40):
    for _ in range(limit):
        page.keyboard.press("Tab")
        active = page.evaluate(ACTIVE)
        if predicate(active):
            return active
    pytest.fail("the element could not be reached with the Tab key")


def test_skip_link_moves_focus_to_main_content(live_portal, page):
    page.goto(live_portal + "/nl/")
    page.keyboard.press("Tab")
    active = page.evaluate(ACTIVE)
    assert "skip-link" in active["cls"]
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate(ACTIVE)["id"] == "main-content"


def test_switch_language_and_follow_the_menu(live_portal, page):
    page.goto(live_portal + "/nl/nederlands-oefenen/")
    tab_until(page, lambda a: a["hreflang"] == "uk")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == live_portal + "/uk/praktykuvaty-niderlandsku/"
    assert page.locator("html").get_attribute("lang") == "uk"
    assert page.locator("h1").inner_text() == "Практикувати нідерландську"

    link = tab_until(
        page, lambda a: "site-nav__link" in (a["cls"] or "") and a["text"].strip() == "Стати бадді"
    )
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == live_portal + link["href"]
    assert page.locator("h1").inner_text() == "Стати бадді"
