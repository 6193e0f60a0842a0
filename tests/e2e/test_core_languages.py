"""The Arabic home page at phone width: right to left, both menus in Arabic, no axe violations."""

import re

import pytest

from tests.e2e.axe_findings import findings

pytestmark = pytest.mark.e2e

ARABIC = re.compile(r"[\u0600-\u06FF]")


def test_arabic_home_at_phone_width(live_portal, page, axe):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_portal + "/ar/")
    assert page.locator("html").get_attribute("lang") == "ar"
    assert page.locator("html").get_attribute("dir") == "rtl"
    for menu in (".site-nav", ".site-footer__nav"):
        links = page.locator(f"{menu} a")
        texts = [text.strip() for text in links.all_inner_texts()]
        assert texts, menu
        assert [text for text in texts if not ARABIC.search(text)] == [], menu
        assert links.first.is_visible(), menu
    # Nothing on the page falls back to Dutch (fallback text is marked lang="nl").
    assert page.locator('main [lang="nl"], .site-nav [lang="nl"]').count() == 0
    assert findings(axe(page), "home/ar/390") == []
