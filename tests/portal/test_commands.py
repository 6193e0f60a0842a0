"""Management commands: the development admin and the demo seed."""

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db


def test_dev_admin_refuses_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="createsuperuser"):
        call_command("dev_admin")


def test_dev_admin_prints_working_credentials(settings, client):
    settings.DEBUG = True
    out = io.StringIO()
    call_command("dev_admin", stdout=out)
    password = out.getvalue().split("password: ")[1].strip()
    assert get_user_model().objects.get(username="admin").is_superuser
    assert client.login(username="admin", password=password)
    assert client.get("/admin/").status_code == 200


def test_seed_demo_reports_progress_and_summary():
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    text = out.getvalue()
    steps = re.findall(r"^\[(\d+)/(\d+)\] (\w+)", text, flags=re.MULTILINE)
    assert [int(number) for number, _total, _app in steps] == list(range(1, len(steps) + 1))
    assert {app for *_numbers, app in steps} >= {
        "portal", "aanbod", "buddy", "vreemdelingenrecht", "crisis", "taalhulp", "nieuwsbrief"
    }  # fmt: skip
    live = int(text.split("Demo content ready: ")[1].split()[0])
    assert live >= 9 + 150 + 30 + 12  # portal, offers, buddy initiatives, legal topics
