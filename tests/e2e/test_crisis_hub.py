"""The Ukrainian visitor's journey to a publication in Ukrainian; axe and print on the hub."""

import pytest

from tests.e2e.axe_findings import findings

pytestmark = pytest.mark.e2e

HUB = {"nl": "/nl/oekraine/", "uk": "/uk/ukraina/", "ar": "/ar/oekraine/"}
HUB_TITLE_UK = "Україна: допомога та інформація"
BROCHURE_UK = "Поганий сон, тривога та стрес"


def test_ukrainian_visitor_reaches_a_publication_in_ukrainian(live_portal, page, axe):
    page.goto(live_portal + "/uk/")
    assert page.locator("html").get_attribute("lang") == "uk"
    page.locator("main").get_by_role("link", name=HUB_TITLE_UK).click()
    page.wait_for_url(live_portal + HUB["uk"])
    assert page.locator("h1").inner_text() == HUB_TITLE_UK
    assert findings(axe(page), "crisis hub (journey)") == []

    publication = page.locator(".publication").filter(has_text="Поганий сон")
    download = publication.locator("a.publication__chosen")
    # The file in the visitor's language comes first, and its language is stated.
    assert download.get_attribute("hreflang") == "uk"
    assert download.locator("span[lang='uk']").inner_text() == "Українська"
    others = publication.locator(".publication__languages a")
    assert others.count() == 10
    assert sorted(others.evaluate_all("els => els.map(e => e.hreflang)")) == sorted(
        ["nl", "ru", "en", "fr", "ar", "fa", "ps", "ti", "so", "tr"]
    )
    href = download.get_attribute("href")
    response = page.request.get(live_portal + href)
    assert response.ok
    assert BROCHURE_UK in response.body().decode("utf-8-sig")
    with page.expect_download() as downloading:
        download.click()
    saved = downloading.value
    assert "-uk" in saved.suggested_filename
    with open(saved.path(), encoding="utf-8-sig") as brochure:
        assert BROCHURE_UK in brochure.read()


def test_visitor_picks_another_language_for_the_publications(live_portal, page):
    page.goto(live_portal + HUB["uk"])
    page.get_by_label("Показати публікації цією мовою").select_option("ro")
    page.locator(".language-picker button").click()
    page.wait_for_url("**lang=ro**")
    leaflet = page.locator(".publication").filter(has_text="Тимчасовий захист")
    assert leaflet.locator("a.publication__chosen").get_attribute("hreflang") == "ro"
    # A publication without a Romanian file says so and lists the languages it has.
    welcome = page.locator(".publication").filter(has_text="Ласкаво просимо")
    assert welcome.locator("a.publication__chosen").count() == 0
    assert welcome.locator(".notice").is_visible()
    assert welcome.locator("a[hreflang='uk']").count() == 1


@pytest.mark.parametrize("language", ["uk", "nl", "ar"])
@pytest.mark.parametrize("width", [390, 1280])
def test_hub_has_no_axe_violations(live_portal, page, axe, language, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(live_portal + HUB[language])
    assert page.locator("html").get_attribute("lang") == language
    page.locator("details.accordion__item").first.locator("summary").click()
    assert findings(axe(page), f"crisis hub/{language}/{width}") == []


def test_pictogram_sheet_prints_without_site_chrome(live_portal, page, axe):
    page.goto(live_portal + HUB["uk"] + "pictograms/")
    assert page.locator(".pictogram").count() == 12
    assert page.locator("[data-print]").is_visible()  # the print button appears with JS
    assert findings(axe(page), "pictogram sheet/uk") == []
    page.emulate_media(media="print")
    assert page.locator(".site-header").is_hidden()
    assert page.locator("[data-print]").is_hidden()
    assert page.locator(".pictogram").first.is_visible()
    pdf = page.pdf(format="A4", print_background=True)
    pages = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
    assert pages <= 2, f"the pictogram sheet prints on {pages} A4 pages"
