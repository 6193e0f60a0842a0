"""Browser: a local service's request is matched; the coordinator runs the matching and confirms
in the admin; the volunteer opens the e-mailed link and accepts; the request is accepted."""

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
LANGUAGE = "is"

SETUP = f"""
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from taalhulp.pool.factories import (
    HelpRequestFactory, LocalServiceFactory, VolunteerFactory, next_weekday,
)
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
# The service's own form comes from another part of issue 18; until then, the factory.
request = HelpRequestFactory(
    service=service, created_by=member, language="{LANGUAGE}",
    starts_at=next_weekday(2, 10, weeks_ahead=2),
)
print(request.pk)
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


def test_request_matched_confirmed_and_accepted(live_portal, page, axe):
    request_pk = int(_manage_shell(SETUP))
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_portal + "/admin/login/")
    page.fill("#id_username", "e2e-cora")
    page.fill("#id_password", "e2e-password-cora")
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")

    page.goto(live_portal + "/admin/language-help/matching/")
    with page.expect_navigation():
        page.click("form[action$='/matching/run/'] button[type=submit]")
    assert page.locator("[data-run-status]").count() >= 1
    proposal_pk = _query(
        "SELECT id FROM taalhulpen_proposal WHERE request_id = %s AND status = 'proposed'",
        request_pk,
    )[0]

    page.goto(live_portal + "/admin/language-help/matching/proposals/")
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
