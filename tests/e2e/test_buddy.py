"""Browser: a volunteer registers in Arabic, confirms, accepts a proposal and downloads their
data; a local coordinator sees only their own initiative's candidates; axe clean throughout."""

import json
import os
import re
import subprocess
import sys
import time

import psycopg
import pytest

from tests import demo_database
from tests.e2e.axe_findings import findings
from tests.e2e.conftest import ROOT

pytestmark = pytest.mark.e2e
EMAIL = "e2e.volunteer@example.org"


def _e2e_db() -> str:
    """The database the browser tests' portal serves (tests/demo_database.py names it)."""
    return demo_database.database_url(demo_database.e2e_name())


def _manage_shell(code: str) -> str:
    """Run Django code against the portal's own database (the one gunicorn serves)."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": _e2e_db(),
    }
    done = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "shell", "-c", code],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout.strip()


def _outbox_path(category: str, to: str) -> str:
    with psycopg.connect(_e2e_db()) as conn:
        row = conn.execute(
            "SELECT body_text FROM portal_outboxemail WHERE category = %s AND "
            '"to" = %s ORDER BY id DESC LIMIT 1',
            (category, to),
        ).fetchone()
    assert row, f"no {category} e-mail for {to}"
    return re.search(r"https?://[^/\s]+(/\S+)", row[0]).group(1)


def _axe_clean(axe, tab, where: str):
    assert findings(axe(tab), f"buddy {where}") == []


def test_volunteer_registers_in_arabic_confirms_accepts_and_downloads(live_portal, page, axe):
    page.goto(live_portal + "/ar/buddy/register/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    _axe_clean(axe, page, "register/ar")
    # Step 1: the name is missing; the error summary gets focus and links to the field.
    page.fill("#id_email", EMAIL)
    time.sleep(3.2)  # people take longer than the spam timer's minimum
    page.click("button[data-step-submit]")
    summary = page.locator(".error-summary")
    summary.wait_for()
    assert page.evaluate("document.activeElement.classList.contains('error-summary')")
    assert summary.locator("a[href='#id_name']").count() == 1
    _axe_clean(axe, page, "register-errors/ar")
    page.fill("#id_name", "سارة")
    page.click("button[data-step-submit]")
    # Step 2: where.
    page.wait_for_url("**/ar/buddy/register/?step=2")
    _axe_clean(axe, page, "register-step2/ar")
    page.fill("#id_postcode", "9000")
    page.check("#id_max_km_1")
    page.click("button[data-step-submit]")
    # Step 3: languages.
    page.wait_for_url("**?step=3")
    page.select_option("#id_language_1", "nl")
    page.select_option("#id_level_1", "B1")
    page.select_option("#id_language_2", "ar")
    page.select_option("#id_level_2", "native")
    page.click("button[data-step-submit]")
    # Step 4: interests and free moments.
    page.wait_for_url("**?step=4")
    _axe_clean(axe, page, "register-step4/ar")
    page.check("input[name=interests][value=conversation]")
    page.check("input[name=availability][value='1-evening']")
    page.check("input[name=availability][value='5-morning']")
    page.click("button[data-step-submit]")
    # Step 5: the buddy role, age and consent.
    page.wait_for_url("**?step=5")
    page.check("input[name=buddy_kinds][value=language]")
    page.check("#id_adult")
    page.check("#id_consent")
    _axe_clean(axe, page, "register-step5/ar")
    page.click("button[data-step-submit]")
    page.wait_for_url("**/ar/buddy/register/done/")
    _axe_clean(axe, page, "register-done/ar")

    page.goto(live_portal + _outbox_path("buddy-confirm", EMAIL))
    _axe_clean(axe, page, "confirm/ar")
    page.click("main form button[type=submit]")  # opening the link uses nothing; this does
    page.wait_for_url("**/ar/buddy/me/")
    _axe_clean(axe, page, "me/ar")

    _manage_shell(
        "from buddy.models import Candidate, InitiativePage, Proposal\n"
        "from buddy.services import proposals\n"
        f"c = Candidate.objects.get(email='{EMAIL}')\n"
        "i = InitiativePage.objects.filter(municipality__name_nl='Gent').first()\n"
        "p = Proposal.objects.create(candidate=c, initiative=i, score=0.81, "
        "reasons={'nearness': {'distance_km': 2.4}, 'interests': {'common': ['conversation']}})\n"
        "proposals.send(p, actor=None)\n"
    )
    page.goto(live_portal + "/ar/buddy/me/")
    proposal = page.locator("article.proposal")
    assert proposal.count() == 1
    page.locator("details.why summary").click()
    _axe_clean(axe, page, "me-proposal/ar")
    proposal.locator("button[type=submit]").click()
    page.locator("[role=status]").wait_for()
    _axe_clean(axe, page, "me-accepted/ar")

    with page.expect_download() as download_info:
        page.click("a[href$='/buddy/me/data.json']")
    data = json.loads(download_info.value.path().read_text(encoding="utf-8"))
    assert data["email"] == EMAIL and data["name"] == "سارة"
    assert data["language"] == "ar"
    assert [p["state"] for p in data["proposals"]] == ["volunteer_accepted"]


def test_local_coordinator_sees_only_their_own_initiatives_candidates(live_portal, page, axe):
    _manage_shell(
        "from django.contrib.auth import get_user_model\n"
        "u = get_user_model().objects.get(username='coordinator-gent')\n"
        "u.set_password('e2e-password-gent'); u.save()\n"
    )
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_portal + "/admin/login/")
    page.fill("#id_username", "coordinator-gent")
    page.fill("#id_password", "e2e-password-gent")
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    page.goto(live_portal + "/admin/buddy/proposals/")
    rows = page.locator("table.listing tbody tr")
    assert rows.count() > 0
    titles = set(page.locator("table.listing tbody tr td:nth-child(2)").all_inner_texts())
    assert titles and all("Gent" in title for title in titles), titles
    _axe_clean(axe, page, "admin-proposals")
    page.goto(live_portal + "/admin/buddy/candidates/")
    _axe_clean(axe, page, "admin-candidates")
    foreign = _manage_shell(
        "from buddy.models import Proposal\n"
        "print(Proposal.objects.exclude(initiative__municipality__name_nl='Gent')"
        ".exclude(state__in=['suggested','discarded']).values_list('pk', flat=True).first())"
    )
    response = page.goto(live_portal + f"/admin/buddy/proposals/{foreign}/")
    assert response.status == 404 or "/admin/buddy/proposals/" not in page.url
