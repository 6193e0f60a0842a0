"""axe-core on every page type in Dutch, Ukrainian and Arabic: no violations of any impact."""

import pytest

from tests.e2e.axe_findings import findings

pytestmark = pytest.mark.e2e

PAGE_TYPES = {
    "home": {"nl": "/nl/", "uk": "/uk/", "ar": "/ar/"},
    "standard": {
        "nl": "/nl/nederlands-oefenen/",
        "uk": "/uk/praktykuvaty-niderlandsku/",
        "ar": "/ar/nederlands-oefenen/",  # a Dutch address, Arabic content
    },
    "search": {
        "nl": "/nl/search/?q=buddy",
        "uk": "/uk/search/?q=%D0%B1%D0%B0%D0%B4%D0%B4%D1%96",
        "ar": "/ar/search/?q=buddy",  # Dutch results, labelled, inside an Arabic page
    },
    "offer_index": {"nl": "/nl/aanbod/", "uk": "/uk/propozytsii/", "ar": "/ar/aanbod/"},
    "offer": {
        "nl": "/nl/aanbod/gemeente-gent/praattafel-gent-0/",
        "uk": "/uk/propozytsii/gemeente-gent/praattafel-gent-0/",
        "ar": "/ar/aanbod/gemeente-gent/praattafel-gent-0/",
    },
    "offer_print": {
        "nl": "/nl/aanbod/gemeente-gent/praattafel-gent-0/print/",
        "uk": "/uk/propozytsii/gemeente-gent/praattafel-gent-0/print/",
        "ar": "/ar/aanbod/gemeente-gent/praattafel-gent-0/print/",
    },
    "not_found": {"nl": "/nl/bestaat-niet/", "uk": "/uk/ne-isnuye/", "ar": "/ar/ghayr-mawjud/"},
    "data_page": {
        "nl": "/nl/privacy/my-data/",
        "uk": "/uk/privacy/my-data/",
        "ar": "/ar/privacy/my-data/",
    },
}


@pytest.mark.parametrize("language", ["nl", "uk", "ar"])
@pytest.mark.parametrize("page_type", list(PAGE_TYPES))
@pytest.mark.parametrize("width", [390, 1280])
def test_no_axe_violations(live_portal, page, axe, page_type, language, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(live_portal + PAGE_TYPES[page_type][language])
    assert page.locator("html").get_attribute("lang") == language
    assert findings(axe(page), f"{page_type}/{language}/{width}") == []


def test_arabic_layout_mirrors(live_portal, page):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_portal + "/ar/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    brand = page.locator(".site-header__brand").bounding_box()
    switcher = page.locator(".language-switcher").bounding_box()
    assert brand["x"] > switcher["x"], "in RTL the site name sits on the right"
    page.goto(live_portal + "/nl/")
    brand = page.locator(".site-header__brand").bounding_box()
    switcher = page.locator(".language-switcher").bounding_box()
    assert brand["x"] < switcher["x"]


def test_pages_have_no_console_errors(live_portal, page):
    errors = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    for path in ("/nl/", "/uk/praktykuvaty-niderlandsku/", "/ar/"):
        page.goto(live_portal + path)
    assert errors == []


def test_offer_print_view_fits_one_a4_sheet(live_portal, page):
    page.goto(live_portal + PAGE_TYPES["offer_print"]["nl"])
    page.emulate_media(media="print")
    pdf = page.pdf(format="A4", print_background=True)
    assert pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages") == 1
