"""The interpreter register in a browser: axe clean in Dutch and Arabic, searchable without JS."""

import pytest

from tests.e2e.axe_findings import findings

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("language", ["nl", "ar"])
def test_register_search_is_axe_clean(live_portal, page, axe, language):
    page.goto(f"{live_portal}/{language}/interpreter-register/")
    assert page.locator("html").get_attribute("lang") == language
    assert findings(axe(page), f"interpreter register/{language}") == []
    page.goto(f"{live_portal}/{language}/interpreter-register/?language=ti&mode=remote")
    assert findings(axe(page), f"interpreter register results/{language}") == []
    page.goto(f"{live_portal}/{language}/interpreter-register/?language=klingon")
    assert findings(axe(page), f"interpreter register invalid choice/{language}") == []


def test_the_form_works_without_javascript(live_portal, browser):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    try:
        tab.goto(f"{live_portal}/en/interpreter-register/")
        tab.select_option("#id_language", "ti")
        tab.get_by_role("button", name="Show interpreters").click()
        tab.wait_for_url("**/en/interpreter-register/?language=ti*")
        assert "2 interpreters found" in tab.locator("[role=status]").inner_text()
        assert tab.locator(".card").count() == 2
    finally:
        context.close()
