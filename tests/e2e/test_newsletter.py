"""The newsletter form in a browser: labelled errors, axe clean, and the check-your-mail step."""

import pytest

from tests.e2e.axe_findings import findings

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("language", ["nl", "ar"])
def test_subscribe_form_errors_then_success(live_portal, page, axe, language):
    page.goto(f"{live_portal}/{language}/newsletter/")
    assert page.locator("html").get_attribute("lang") == language
    assert findings(axe(page), f"newsletter form/{language}") == []
    page.wait_for_timeout(3200)  # the spam timer refuses forms sent within 3 seconds
    page.locator("#id_email").fill("not-an-address")
    page.locator("form.newsletter-form button[type=submit]").click()
    summary = page.locator("#error-summary")
    assert summary.is_visible()
    assert page.locator("#id_email").get_attribute("aria-invalid") == "true"
    assert summary.locator("a").count() == 2  # the address and the topics
    assert findings(axe(page), f"newsletter form errors/{language}") == []
    page.locator("#id_email").fill(f"e2e-{language}@example.org")
    page.locator("input[name=topics]").first.check()
    page.wait_for_timeout(3200)
    page.locator("form.newsletter-form button[type=submit]").click()
    page.wait_for_url(f"**/{language}/newsletter/check-your-mail/")
    assert page.locator("[role=status]").is_visible()
