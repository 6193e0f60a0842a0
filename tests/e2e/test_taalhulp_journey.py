"""Browser: a local service asks for a volunteer in the admin; the coordinator runs the matching
and confirms; the volunteer opens the e-mailed link and accepts; the service sees it accepted."""

import os
import re
import subprocess
import sys

import psycopg
import pytest

from tests import demo_database
from tests.e2e.axe_findings import findings
from tests.e2e.conftest import ROOT

pytestmark = pytest.mark.e2e
VOLUNTEER_EMAIL = "e2e.taalhulp@example.org"
# A language no demo volunteer speaks: this journey's volunteer is the only one who fits.
LANGUAGE = "am"
DESCRIPTION = "E2E: uitleg over de afvalkalender"

SETUP = f"""
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from taalhulp.pool.factories import LocalServiceFactory, VolunteerFactory, next_weekday
from taalhulp.pool.permissions import COORDINATORS_GROUP, coordinators_ensure
coordinators_ensure()
User = get_user_model()
cora = User.objects.create_user("e2e-cora", "cora@example.org", "e2e-password-cora")
cora.groups.add(Group.objects.get(name=COORDINATORS_GROUP))
service = LocalServiceFactory(name="Sociaal Huis E2E", contact_email="dienst.e2e@example.org")
member = User.objects.create_user("e2e-member", "member@example.org", "e2e-password-member")
member.groups.add(service.members)
VolunteerFactory(
    name="Sigrun", email="{VOLUNTEER_EMAIL}", language="uk",
    languages=[{{"code": "{LANGUAGE}", "level": "native"}}],
)
# The day the service asks for: a Wednesday in two weeks (the volunteer works Mon-Fri 9-17).
print(next_weekday(2, 10, weeks_ahead=2).date().isoformat())
"""


def _e2e_db() -> str:
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
    return done.stdout.strip().splitlines()[-1]


def _query(sql: str, *params):
    with psycopg.connect(_e2e_db()) as conn:
        return conn.execute(sql, params).fetchone()


def _sign_in(page, live_portal, username: str, password: str) -> None:
    page.context.clear_cookies()
    page.goto(live_portal + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")


def _ask(page, live_portal, axe, day: str) -> int:
    """The service member fills in the request form: a routine, remote conversation."""
    _sign_in(page, live_portal, "e2e-member", "e2e-password-member")
    page.goto(live_portal + "/admin/language-help/requests/new/")
    assert page.locator("select[name=service]").count() == 0  # a member of one service
    page.select_option("select[name=language]", LANGUAGE)
    page.check("input[name=kind][value=any]")
    page.check("input[name=mode][value=remote]")
    page.fill("input[name=date]", day)
    page.fill("input[name=start]", "10:00")
    page.select_option("select[name=minutes]", "60")
    page.check("input[name=conversation_kind][value=practical]")
    page.check("input[name=stakes][value=low]")
    page.check("input[name=timing][value=can_wait]")
    page.check("input[name=dutch][value=a_little]")
    page.fill("textarea[name=description]", DESCRIPTION)
    assert findings(axe(page), "taalhulp request form") == []
    with page.expect_navigation():
        page.locator("main form button[type=submit]").first.click()
    row = _query(
        "SELECT id, status, created_by_id FROM taalhulpen_helprequest WHERE description = %s",
        DESCRIPTION,
    )
    assert row is not None and row[1] == "open" and row[2] is not None
    return row[0]


def test_request_matched_confirmed_and_accepted(live_portal, page, axe):
    day = _manage_shell(SETUP)
    page.set_viewport_size({"width": 1280, "height": 900})
    request_pk = _ask(page, live_portal, axe, day)
    _sign_in(page, live_portal, "e2e-cora", "e2e-password-cora")

    page.goto(live_portal + "/admin/language-help/matching/")
    with page.expect_navigation():
        page.click("form[action$='/matching/run/'] button[type=submit]")
    assert page.locator("[data-run-status]").count() >= 1
    proposal_pk = _query(
        "SELECT id FROM taalhulpen_proposal WHERE request_id = %s AND status = 'proposed'",
        request_pk,
    )[0]

    page.goto(live_portal + f"/admin/language-help/matching/proposals/?language={LANGUAGE}")
    row = page.locator(f"tr[data-proposal='{proposal_pk}']")
    assert "Sigrun" in row.inner_text()
    assert findings(axe(page), "taalhulp cockpit proposals") == []
    with page.expect_navigation():
        row.locator("form[action$='/confirm/'] button[type=submit]").click()
    assert _query("SELECT status FROM taalhulpen_helprequest WHERE id = %s", request_pk)[0] == (
        "offered"
    )

    body = _query(
        'SELECT body_text FROM portal_outboxemail WHERE category = %s AND "to" = %s '
        "ORDER BY id DESC LIMIT 1",
        "taalhulp-proposal-offer",
        VOLUNTEER_EMAIL,
    )[0]
    path = re.search(r"https?://[^/\s]+(/\S+)", body).group(1)
    assert path.startswith("/uk/")  # the volunteer's own language
    page.goto(live_portal + path)
    assert page.locator("html").get_attribute("lang") == "uk"
    assert page.locator("button[value=accept]").is_visible()
    assert findings(axe(page), "taalhulp proposal answer") == []
    with page.expect_navigation():
        page.click("button[value=accept]")
    assert page.locator("h1").count() == 1

    status = _query("SELECT status FROM taalhulpen_helprequest WHERE id = %s", request_pk)[0]
    assert status == "accepted"
    # The link works once: opened again, it says so.
    again = page.goto(live_portal + path)
    assert again.status == 400 and page.locator("button[value=accept]").count() == 0
    assert (
        _query(
            'SELECT count(*) FROM portal_outboxemail WHERE category = %s AND "to" = %s',
            "taalhulp-proposal-accepted",
            "dienst.e2e@example.org",
        )[0]
        == 1
    )
    # The service sees its request answered, with the volunteer's first name only.
    _sign_in(page, live_portal, "e2e-member", "e2e-password-member")
    page.goto(live_portal + f"/admin/language-help/requests/{request_pk}/")
    assert "Sigrun" in page.locator("main").inner_text()
