"""Browser: a language helper registers without JavaScript in Dutch, Ukrainian and Arabic, and
confirms by the e-mailed link; axe finds nothing on the form, its errors and the own page."""

import re
import time

import psycopg
import pytest

from tests import demo_database
from tests.e2e.axe_findings import findings

pytestmark = pytest.mark.e2e


def _outbox_path(category: str, to: str) -> str:
    url = demo_database.database_url(demo_database.e2e_name())
    with psycopg.connect(url) as conn:
        row = conn.execute(
            "SELECT body_text FROM portal_outboxemail WHERE category = %s AND "
            '"to" = %s ORDER BY id DESC LIMIT 1',
            (category, to),
        ).fetchone()
    assert row, f"no {category} e-mail for {to}"
    return re.search(r"https?://[^/\s]+(/\S+)", row[0]).group(1)


@pytest.fixture
def no_js_page(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, java_script_enabled=False)
    tab = context.new_page()
    yield tab
    context.close()


def _fill(tab, email: str):
    tab.fill("#id_name", "Olena Koval")
    tab.fill("#id_email", email)
    tab.check("input[name=kind][value=taalhulp]")
    tab.select_option("#id_language_1", "uk")
    tab.select_option("#id_level_1", "native")
    tab.select_option("#id_dutch_level", "B1")
    tab.check("input[name=modes][value=remote]")
    tab.fill("#id_postcode", "9000")
    tab.select_option("#id_day_1", "2")
    tab.fill("#id_from_1", "18:00")
    tab.fill("#id_until_1", "21:00")
    tab.check("#id_adult")
    tab.check("#id_consent")


@pytest.mark.parametrize("language", ["nl", "uk", "ar"])
def test_registration_without_javascript_and_axe_clean(
    live_portal, page, no_js_page, axe, language
):
    url = f"{live_portal}/{language}/language-helpers/register/"
    # axe needs JavaScript: it checks the form and its error page in a normal tab.
    page.goto(url)
    assert page.locator("html").get_attribute("lang") == language
    if language == "ar":
        assert page.locator("html").get_attribute("dir") == "rtl"
    assert findings(axe(page), f"volunteer register/{language}") == []
    page.click("form.pool-form button[type=submit]")
    page.locator(".error-summary").wait_for()
    assert page.locator(".error-summary a[href='#id_name']").count() == 1
    assert findings(axe(page), f"volunteer register errors/{language}") == []
    # The registration itself: no JavaScript at all.
    email = f"e2e.helper.{language}@example.org"
    no_js_page.goto(url)
    _fill(no_js_page, email)
    time.sleep(3.2)  # people take longer than the spam timer's minimum
    no_js_page.click("form.pool-form button[type=submit]")
    no_js_page.wait_for_url(f"**/{language}/language-helpers/register/done/")
    path = _outbox_path("taalhulpen-volunteer-confirm", email)
    assert path.startswith(f"/{language}/language-helpers/confirm/")


def test_the_confirmation_link_opens_the_own_page(live_portal, page, no_js_page, axe):
    email = "e2e.helper.confirm@example.org"
    no_js_page.goto(f"{live_portal}/nl/language-helpers/register/")
    _fill(no_js_page, email)
    time.sleep(3.2)
    no_js_page.click("form.pool-form button[type=submit]")
    no_js_page.wait_for_url("**/register/done/")
    path = _outbox_path("taalhulpen-volunteer-confirm", email)
    page.goto(live_portal + path)  # the link shows a button; a mail scanner uses nothing
    assert findings(axe(page), "volunteer confirm") == []
    page.click(".pool form button[type=submit]")
    page.wait_for_url("**/nl/language-helpers/me/")
    assert "Olena Koval" in page.content() and email in page.content()
    assert findings(axe(page), "volunteer me") == []
    # The link worked once: now it says so and offers a new one.
    response = page.goto(live_portal + path)
    assert response.status == 400
    assert page.locator(".pool a[href$='/language-helpers/link/']").count() == 1
