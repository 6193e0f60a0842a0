"""The newcomer's journey of issue 19 in Arabic at phone width: answer "Which Dutch course fits
me?", open the finder it filters, add two activities that count for the 40 hours to "My 40
hours", open the shared link in a fresh browser and see the same plan; the server's access log
never holds the plan."""

import json
from urllib.parse import unquote

import pytest

from tests.e2e.axe_findings import findings
from tests.e2e.test_orientation import PAGE_URLS, answer
from tests.e2e.test_planner import PHONE, PLANNER

pytestmark = pytest.mark.e2e


def test_an_arabic_newcomer_plans_40_hours_and_shares_them(live_portal, browser, axe, access_log):
    # Other tests use the same server (the no-JS planner sends ?offer=): read only this test's.
    start = access_log.stat().st_size if access_log.exists() else 0
    context = browser.new_context(viewport=PHONE, bypass_csp=True)  # axe is injected
    tab = context.new_page()
    tab.goto(live_portal + PAGE_URLS["ar"])
    assert tab.locator("html").get_attribute("dir") == "rtl"
    answer(tab)
    assert tab.locator(".nt2-advice h3").is_visible()
    assert findings(axe(tab), "journey: orientation advice/ar") == []

    with tab.expect_navigation():
        tab.click("#nt2-finder")
    assert "/ar/aanbodzoeker/?type=course_nt2" in tab.url
    assert tab.locator("#finder-results .finder-card__title a").count() >= 1

    # From the finder: the activities that count for the participation trajectory.
    with tab.expect_navigation():
        tab.goto(live_portal + "/ar/aanbodzoeker/?participation=1")
    buttons = tab.locator("button.plan-add__button")
    buttons.nth(1).wait_for()
    boxes = tab.locator(".plan-add[data-plan-ready]")
    chosen = [json.loads(boxes.nth(i).get_attribute("data-plan-offer")) for i in range(2)]
    for index in range(2):
        buttons.nth(index).click()
    tab.locator('[role="status"]').last.filter(has_text=chosen[1]["title"]).wait_for()
    assert findings(axe(tab), "journey: finder with two added/ar") == []

    tab.goto(live_portal + PLANNER["ar"])
    tab.locator("#plan-offers li").nth(1).wait_for()
    mine = tab.locator("#plan-offers li > a").all_inner_texts()
    assert mine == [item["title"] for item in chosen]
    total = tab.locator("#plan-total").inner_text()
    tab.click("#plan-share")
    link = tab.locator("#plan-link").input_value()
    assert findings(axe(tab), "journey: planner/ar") == []
    context.close()

    fresh = browser.new_context(viewport=PHONE)
    other = fresh.new_page()
    other.goto(link)
    other.locator("#plan-offers li").nth(1).wait_for()
    assert other.locator("#plan-offers li > a").all_inner_texts() == mine
    assert other.locator("#plan-total").inner_text() == total
    fresh.close()

    # What the server received: the pages, never the plan (it sits after the #).
    encoded = link.split("#plan=", 1)[1]
    with access_log.open("rb") as log:
        log.seek(start)
        received = unquote(log.read().decode("utf-8"))
    assert "/ar/aanbodzoeker/?participation=1" in received  # the log is the live one
    assert "plan=" not in received
    assert encoded[:24] not in received
    assert "offer=" not in received
