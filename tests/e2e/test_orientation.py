"""The Dutch course orientation in a real browser at phone width: the GET form, axe, the
advice, and the finder link that opens the finder already filtered."""

import pytest

from tests.e2e.axe_findings import findings

pytestmark = pytest.mark.e2e

PHONE = {"width": 375, "height": 740}
PAGE_URLS = {
    "nl": "/nl/welke-cursus-nederlands/",
    "uk": "/uk/yakyi-kurs-niderlandskoi/",
    "ar": "/ar/ay-dawrat-hulandiya/",
}
ADVICE = {
    "nl": "Ons advies: Een cursus Nederlands in een CVO",
    "uk": "Наша порада: Курс нідерландської в CVO",
    "ar": "نصيحتنا: دورة هولندية في مركز CVO",
}
# Latin script, secondary school, daily life, during the day, 6 hours, a little Dutch (A1).
PICKS = ("#nt2-script_0", "#nt2-schooling_1", "#nt2-goal_0", "#nt2-time_0", "#nt2-dutch_1")


def answer(page) -> None:
    for radio in PICKS:
        page.check(radio)
    page.fill("#nt2-hours", "6")
    with page.expect_navigation():
        page.click("#nt2-submit")


@pytest.mark.parametrize("language", ["nl", "uk", "ar"])
def test_phone_advice_and_filtered_finder_without_axe_violations(live_portal, page, axe, language):
    page.set_viewport_size(PHONE)
    page.goto(live_portal + PAGE_URLS[language])
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    assert findings(axe(page), f"orientation/{language}") == []

    answer(page)
    assert "script=latin" in page.url and page.url.endswith("#nt2-result")
    assert ADVICE[language] in page.locator(".nt2-advice h3").inner_text()
    assert page.locator("#nt2-intake").count() == 1
    assert findings(axe(page), f"orientation advice/{language}") == []

    with page.expect_navigation():
        page.click("#nt2-finder")
    assert f"/{language}/aanbodzoeker/?type=course_nt2&level=A1" in page.url
    assert page.locator('input[name="type"][value="course_nt2"]').first.is_checked()
    assert page.locator('input[name="level"][value="A1"]').first.is_checked()
    assert page.locator("#finder-results .finder-card__title a").count() >= 1


def test_the_form_works_without_javascript(live_portal, browser):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(live_portal + PAGE_URLS["nl"])
        page.check("#nt2-script_2")  # did not learn to read and write
        page.check("#nt2-schooling_0")
        page.check("#nt2-goal_0")
        page.check("#nt2-time_1")
        page.check("#nt2-dutch_0")
        with page.expect_navigation():
            page.click("#nt2-submit")  # the hours are missing
        summary = page.locator(".error-summary").inner_text()
        assert "Hoeveel uur per week kun je leren?" in summary
        page.fill("#nt2-hours", "4")
        with page.expect_navigation():
            page.click("#nt2-submit")
        heading = page.locator(".nt2-advice h3").inner_text()
        assert "Eerst lezen en schrijven leren in het Latijnse alfabet" in heading
    finally:
        context.close()


def test_errors_at_phone_width_in_arabic_without_axe_violations(live_portal, page, axe):
    page.set_viewport_size(PHONE)
    page.goto(live_portal + PAGE_URLS["ar"])
    with page.expect_navigation():
        page.click("#nt2-submit")  # nothing answered
    assert page.locator(".error-summary li").count() == 6
    assert page.locator(".field__error").count() == 6
    assert findings(axe(page), "orientation errors/ar") == []
