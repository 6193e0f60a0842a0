"""The key figures page in a real browser: phone width in nl, uk and ar without axe violations,
and one chart's table read back against /api/v1/stats/."""

import pytest

from tests.e2e.axe_findings import findings

pytestmark = pytest.mark.e2e

PAGE_URLS = {"nl": "/nl/kerncijfers/", "uk": "/uk/kliuchovi-tsyfry/", "ar": "/ar/arqam-raisiya/"}
SMALL = {"nl": "minder dan 5", "uk": "менше ніж 5", "ar": "أقل من 5"}


def table_rows(page, key: str) -> dict[str, tuple[str, str]]:
    """code -> (label, number as shown) from a figure's data table."""
    rows = page.locator(f"#table-{key} tbody tr")
    return {
        rows.nth(i).get_attribute("data-code"): (
            rows.nth(i).locator("th").inner_text().strip(),
            rows.nth(i).locator("td").inner_text().strip(),
        )
        for i in range(rows.count())
    }


def api_rows(page, live_portal, key: str, quarter: str, language: str):
    response = page.request.get(
        f"{live_portal}/api/v1/stats/{key}/?quarter={quarter}",
        headers={"Accept-Language": language},
    )
    assert response.ok, response.text()
    return response.json()


@pytest.mark.parametrize("language", ["nl", "uk", "ar"])
def test_phone_width_without_axe_violations(live_portal, page, axe, language):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_portal + PAGE_URLS[language])
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    charts = page.locator("svg.chart[role='img']")
    assert charts.count() >= 5
    for i in range(charts.count()):
        chart = charts.nth(i)
        assert chart.locator("title").count() == 1 and chart.locator("desc").count() == 1
    # Nothing sticks out sideways on a phone.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    assert findings(axe(page), f"kerncijfers/{language}/390") == []


@pytest.mark.parametrize("language", ["nl", "ar"])
def test_a_charts_table_matches_the_api(live_portal, page, language):
    page.goto(live_portal + PAGE_URLS[language])
    # The quarter running now, where the demo data is: picked with the form, no script needed.
    select = page.locator("#id_quarter")
    current = select.locator("option").first.get_attribute("value")
    select.select_option(current)
    with page.expect_navigation():
        page.locator("#quarter-submit").click()
    assert f"quarter={current}" in page.url

    shown = table_rows(page, "offers_by_type")
    body = api_rows(page, live_portal, "offers_by_type", current, language)
    assert body["quarter"] == current
    expected = {
        row["code"]: (row["label"], SMALL[language] if row["suppressed"] else str(row["count"]))
        for row in body["rows"]
    }
    assert shown == expected
    assert any(not row["suppressed"] for row in body["rows"]), "the demo has offers to show"
    # The chart draws the same numbers: each published count is a label in the SVG.
    svg = page.locator("#chart-offers_by_type").inner_html()
    for row in body["rows"]:
        if not row["suppressed"]:
            assert f">{row['count']}</text>" in svg
