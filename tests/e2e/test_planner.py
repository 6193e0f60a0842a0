"""My 40 hours in a real browser at phone width: add two participation offers from the finder,
see the hours add up, share the plan as a link that opens in a fresh browser, check that the
server never saw the plan, and the no-JS list from the query string; axe on each view."""

import json
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from tests.e2e.axe_findings import findings

pytestmark = pytest.mark.e2e

PHONE = {"width": 375, "height": 740}
PLANNER = {
    "nl": "/nl/mijn-40-uur/",
    "uk": "/uk/moi-40-hodyn/",
    "ar": "/ar/saati-al-arbaun/",
}
TOTAL = {"nl": "{} van 40 uur", "uk": "{} з 40 годин", "ar": "{} من 40 ساعة"}


def number(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def watch_requests(tab) -> list[str]:
    """Every URL and body the browser sends to the portal."""
    seen: list[str] = []
    tab.on("request", lambda request: seen.append(f"{request.url} {request.post_data or ''}"))
    return seen


def csp_errors(tab) -> list[str]:
    """Script errors and CSP refusals (a missing favicon is no concern here)."""
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.on(
        "console",
        lambda msg: (
            errors.append(msg.text)
            if msg.type == "error" and "Failed to load resource" not in msg.text
            else None
        ),
    )
    return errors


@pytest.mark.parametrize("language", ["nl", "uk", "ar"])
def test_add_two_offers_share_the_plan_and_the_server_never_sees_it(
    live_portal, browser, axe, language
):
    # The site's own CSP is on here (no bypass): the scripts must run under it.
    context = browser.new_context(viewport=PHONE)
    tab = context.new_page()
    errors = csp_errors(tab)
    sent = watch_requests(tab)
    tab.goto(live_portal + f"/{language}/aanbodzoeker/?participation=1")
    buttons = tab.locator("button.plan-add__button")
    buttons.first.wait_for()
    assert buttons.count() >= 2
    boxes = tab.locator(".plan-add[data-plan-ready]")
    facts = [json.loads(boxes.nth(i).get_attribute("data-plan-offer")) for i in range(2)]
    for index in range(2):
        buttons.nth(index).focus()
        buttons.nth(index).press("Enter")  # keyboard works
        assert buttons.nth(index).get_attribute("aria-pressed") == "true"
    status = tab.locator('[role="status"]').last
    status.filter(has_text=facts[1]["title"]).wait_for()
    hours = sum(item["hours"] or 0 for item in facts)

    tab.goto(live_portal + PLANNER[language])
    assert tab.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    tab.locator("#plan-offers li").nth(1).wait_for()
    assert tab.locator("#plan-offers li").count() == 2
    total = TOTAL[language].format(number(hours))
    assert tab.locator("#plan-total").inner_text() == total
    assert tab.locator("#plan-tools").is_visible()

    tab.click("#plan-share")
    link = tab.locator("#plan-link").input_value()
    assert "#plan=" in link
    assert tab.locator("#plan-qr").get_attribute("width") != "1"  # the QR code is drawn
    assert tab.evaluate("document.activeElement.id") == "plan-link"

    with tab.expect_download() as download:
        tab.click("#plan-ics")
    calendar = Path(download.value.path()).read_bytes().decode()
    assert calendar.startswith("BEGIN:VCALENDAR\r\n") and calendar.endswith("END:VCALENDAR\r\n")
    assert calendar.count("BEGIN:VEVENT") == calendar.count("END:VEVENT") >= 1
    context.close()
    assert errors == []

    # A fresh browser: nothing stored; the link alone carries the plan.
    fresh = browser.new_context(viewport=PHONE, bypass_csp=True)
    other = fresh.new_page()
    sent_fresh = watch_requests(other)
    other.goto(link)
    other.locator("#plan-offers li").nth(1).wait_for()
    assert other.locator("#plan-total").inner_text() == total
    titles = other.locator("#plan-offers li > a").all_inner_texts()
    assert titles == [item["title"] for item in facts]
    assert other.locator("#plan-shared").is_visible()
    assert findings(axe(other), f"planner shared/{language}") == []
    other.click("#plan-keep")
    assert other.evaluate("window.localStorage.length") == 1
    assert "#" not in other.url
    fresh.close()

    # The portal never received the plan: no fragment, no offer ids, no plan in any request.
    encoded = link.split("#plan=", 1)[1]
    for request in sent + sent_fresh:
        text = unquote(request)
        assert "plan=" not in text and encoded[:20] not in text
        assert "offer=" not in text
        if urlsplit(request.split(" ")[0]).path.startswith(("/api/", PLANNER[language])):
            assert not re.search(r"\?", request.split(" ")[0]), request


@pytest.mark.parametrize("language", ["nl", "uk", "ar"])
def test_the_planner_with_javascript_has_no_axe_violations(live_portal, page, axe, language):
    page.set_viewport_size(PHONE)
    page.goto(live_portal + f"/{language}/aanbodzoeker/?participation=1")
    page.locator("button.plan-add__button").first.click()
    assert findings(axe(page), f"finder with add/{language}") == []
    page.goto(live_portal + PLANNER[language])
    page.locator("#plan-offers li").first.wait_for()
    page.click("#plan-share")
    assert findings(axe(page), f"planner/{language}") == []


@pytest.mark.parametrize("language", ["nl", "uk", "ar"])
def test_without_javascript_the_list_comes_from_the_query_string(live_portal, browser, language):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    tab = context.new_page()
    try:
        tab.goto(live_portal + f"/{language}/aanbodzoeker/?participation=1")
        links = tab.locator("a.plan-add__link")
        ids = [re.search(r"offer=(\d+)", links.nth(i).get_attribute("href"))[1] for i in range(2)]
        with tab.expect_navigation():
            links.first.click()
        assert tab.url.endswith(f"?offer={ids[0]}")
        tab.goto(live_portal + PLANNER[language] + f"?offer={ids[0]}&offer={ids[1]}")
        assert tab.locator("#plan-offers li").count() == 2
        assert (
            tab.locator("#plan-nojs-link").input_value().endswith(f"?offer={ids[0]}&offer={ids[1]}")
        )
        with tab.expect_navigation():
            tab.locator(".planner__remove").first.click()
        assert tab.locator("#plan-offers li").count() == 1
    finally:
        context.close()


@pytest.mark.parametrize("language", ["nl", "uk", "ar"])
def test_the_no_javascript_views_have_no_axe_violations(live_portal, page, axe, language):
    # The page's own scripts are blocked, so axe sees what a browser without JavaScript shows.
    page.route("**/static/**/*.js", lambda route: route.abort())
    page.set_viewport_size(PHONE)
    page.goto(live_portal + f"/{language}/aanbodzoeker/?participation=1")
    links = page.locator("a.plan-add__link")
    assert links.count() >= 2
    ids = [re.search(r"offer=(\d+)", links.nth(i).get_attribute("href"))[1] for i in range(2)]
    found = findings(axe(page), f"finder no-JS/{language}")
    page.goto(live_portal + PLANNER[language] + f"?offer={ids[0]}&offer={ids[1]}")
    assert page.locator("#plan-offers li").count() == 2
    found += findings(axe(page), f"planner no-JS/{language}")
    page.goto(live_portal + PLANNER[language])
    found += findings(axe(page), f"empty planner no-JS/{language}")
    assert found == []
