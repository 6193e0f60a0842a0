"""The aanbodzoeker in a real browser: the newcomer journey by mouse and by keyboard, and axe."""

import re
from contextlib import contextmanager
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.e2e.axe_findings import findings

pytestmark = pytest.mark.e2e

ACTIVE = (
    "() => ({id: document.activeElement.id, tag: document.activeElement.tagName.toLowerCase(),"
    " cls: String(document.activeElement.className && document.activeElement.className.baseVal"
    " !== undefined ? document.activeElement.className.baseVal : document.activeElement.className),"
    " href: document.activeElement.getAttribute('href'),"
    " hreflang: document.activeElement.getAttribute('hreflang'),"
    " text: document.activeElement.textContent,"
    " card: !!document.activeElement.closest('.finder-card__title')})"
)


COUNT = "() => Number(document.getElementById('finder-form').dataset.finderUpdates || 0)"


@contextmanager
def finder_update(page):
    """Wait until the in-place update that the block starts has been swapped in."""
    before = page.evaluate(COUNT)
    yield
    page.wait_for_function(f"({COUNT})() > {before}")


def query(page) -> dict:
    return parse_qs(urlsplit(page.url).query)


def tab_until(page, predicate, limit=80):
    for _ in range(limit):
        page.keyboard.press("Tab")
        active = page.evaluate(ACTIVE)
        if predicate(active):
            return active
    pytest.fail("the element could not be reached with the Tab key")


def result_titles(page) -> list[str]:
    return page.locator("#finder-results .finder-card__title a").all_inner_texts()


def test_newcomer_journey_in_ukrainian(live_portal, page):
    page.goto(live_portal + "/uk/aanbodzoeker/")
    assert page.locator("html").get_attribute("lang") == "uk"
    assert page.locator("html.finder-js").count() == 1

    # Search near 9000, up to 25 km (within 10 km the demo has one evening offer for A1).
    with finder_update(page):
        page.select_option("#finder-radius", "25")
    page.fill("#finder-place", "9000")
    with finder_update(page):
        page.click(".finder-search__submit")
    assert query(page)["place"] == ["9000"] and query(page)["radius_km"] == ["25"]
    heading = page.locator("#finder-results-heading")
    assert page.evaluate("document.activeElement.id") == "finder-results-heading"

    # For A1, on an evening.
    page.click("#finder-filters-box summary")
    with finder_update(page):
        page.check("#finder-f-level-A1")
    with finder_update(page):
        page.check("#finder-f-daypart-evening")
    assert query(page)["level"] == ["A1"] and query(page)["daypart"] == ["evening"]
    found = int(re.search(r"\d+", heading.inner_text()).group(0))
    assert found >= 2, "the demo has A1 evening offers near Gent"
    assert page.locator(".finder-relaxed").count() == 0
    assert len(result_titles(page)) == found
    status = page.locator("#finder-status")
    status.filter(has_text="A1").wait_for()

    # Apply a facet: free offers only. The chip for it can take it away again.
    with finder_update(page):
        page.check("#finder-f-free")
    assert query(page)["free"] == ["1"]
    free = int(re.search(r"\d+", heading.inner_text()).group(0))
    assert 1 <= free < found and page.locator(".finder-relaxed").count() == 0
    assert page.locator(".finder-chip").count() >= 4  # place, A1, evening, free

    # Open an offer, then switch to Dutch.
    first = page.locator("#finder-results .finder-card__title a").first
    title = first.inner_text()
    with page.expect_navigation():
        first.click()
    assert "/uk/" in page.url and page.locator("h1").inner_text() == title
    with page.expect_navigation():
        page.click('.language-switcher__link[hreflang="nl"]')
    assert "/nl/" in page.url
    assert page.locator("html").get_attribute("lang") == "nl"
    assert page.locator("h1").inner_text().strip()


def test_newcomer_journey_with_the_keyboard_only(live_portal, page):
    page.goto(live_portal + "/uk/aanbodzoeker/")
    tab_until(page, lambda a: a["id"] == "finder-place")
    page.keyboard.type("9000")
    with finder_update(page):
        page.keyboard.press("Enter")
    assert page.evaluate(ACTIVE)["id"] == "finder-results-heading"

    # Open the filters and tick A1 with the space bar; focus stays on the box after the update.
    tab_until(page, lambda a: a["tag"] == "summary")
    page.keyboard.press("Enter")
    tab_until(page, lambda a: a["id"] == "finder-f-level-A1")
    with finder_update(page):
        page.keyboard.press("Space")
    assert page.evaluate(ACTIVE)["id"] == "finder-f-level-A1"
    assert page.locator("#finder-f-level-A1").is_checked()

    # The day part is a radio group: arrow keys choose, the results follow.
    tab_until(page, lambda a: a["id"].startswith("finder-f-daypart-"))
    for _ in range(6):
        if page.evaluate(ACTIVE)["id"] == "finder-f-daypart-evening":
            break
        page.keyboard.press("ArrowDown")
    page.wait_for_function("location.search.includes('daypart=evening')")
    page.locator("#finder-f-daypart-evening:checked").wait_for()
    page.locator("#finder-status").filter(has_text="A1").wait_for()

    # A chip is removed with Enter; focus goes to the result count.
    tab_until(page, lambda a: "finder-chip" in a["cls"] and "A1" in a["text"])
    with finder_update(page):
        page.keyboard.press("Enter")
    assert "level" not in query(page)
    assert page.evaluate(ACTIVE)["id"] == "finder-results-heading"
    page.go_back()
    page.wait_for_function("location.search.includes('level=A1')")
    page.locator("#finder-f-level-A1:checked").wait_for()

    # Open an offer and switch to Dutch, still with the keyboard.
    page.focus("#finder-results-heading")
    link = tab_until(page, lambda a: a["card"])
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert urlsplit(page.url).path == urlsplit(link["href"]).path
    tab_until(page, lambda a: a["hreflang"] == "nl")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("html").get_attribute("lang") == "nl"


def test_map_markers_are_shown_and_reachable_with_the_keyboard(live_portal, page):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_portal + "/nl/aanbodzoeker/?place=9000&radius_km=25&view=map")
    markers = page.locator(".finder-map__marker")
    assert markers.count() >= 2
    box = markers.first.bounding_box()
    assert box and box["width"] > 10, "markers show without any map tiles"
    numbers = page.locator(".finder-card__number").all_inner_texts()
    assert len(numbers) == page.locator("#finder-results .finder-card").count()
    active = tab_until(page, lambda a: "finder-map__marker" in a["cls"])
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert urlsplit(page.url).path == urlsplit(active["href"]).path


def test_finder_runs_under_the_sites_content_security_policy(live_portal, browser):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    tab = context.new_page()
    errors = []
    tab.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    tab.goto(live_portal + "/nl/aanbodzoeker/?place=9000")
    assert tab.locator("html.finder-js").count() == 1
    tab.fill("#finder-q", "praat")
    tab.locator("#finder-suggestions option").first.wait_for(state="attached")
    context.close()
    assert errors == []


@pytest.mark.parametrize("language", ["nl", "uk", "ar"])
@pytest.mark.parametrize("width", [390, 1280])
def test_finder_has_no_axe_violations(live_portal, page, axe, language, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(
        live_portal + f"/{language}/aanbodzoeker/?place=9000&level=A1&daypart=evening&radius_km=25"
    )
    page.click("#finder-filters-box summary") if width == 390 else None
    found = findings(axe(page), f"finder/{language}/{width}")
    page.goto(live_portal + f"/{language}/aanbodzoeker/?place=9000&view=map")
    found += findings(axe(page), f"finder map/{language}/{width}")
    assert found == []
