"""Models and migrations agree, and every migration applies on the embedded SQLite too."""

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.django_db
def test_no_missing_migrations():
    out = io.StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=out, stderr=out)
    except SystemExit:
        pytest.fail(f"models changed without a migration:\n{out.getvalue()}")


# What `make run` does first, on its embedded SQLite: every migration applies, the JSON list
# lookups the register and the pool use work there too (no PostgreSQL-only field or lookup), and
# the database search's FTS5 text table finds words and corrects typos.
SQLITE_CHECK = """
import datetime as dt
from portal.json_fields import holds, holds_entry
from taalhulp.register.models import Interpreter
from taalhulp.pool.factories import VolunteerFactory
from search.offers import text_table
text_table.write([(7, "praattafel gent", "", "", "", "", "", "9000")], extra_words={"koken"})
print(
    text_table.matching_ids([("praatafel", "praattafel")], ["nl", "place"], every=True),
    text_table.matching_ids([("tafel",), ("9000",)], ["nl", "place"], every=True),
    sorted(text_table.corrections("praatafel kokn gent").items()),
)
day = dt.date.today()
Interpreter.objects.create(certificate_number="T-1", name="A", languages=["ar-eg", "uk"],
    areas=["brussel"], valid_from=day, valid_until=day)
Interpreter.objects.create(certificate_number="T-2", name="B", languages=["ar"],
    valid_from=day, valid_until=day)
VolunteerFactory(languages=[{"code": "ti", "level": "native"}])
print(
    sorted(Interpreter.objects.speaking("ar").values_list("certificate_number", flat=True)),
    Interpreter.objects.filter(holds("areas", "brussel")).count(),
    Interpreter.objects.speaking("uk").count(),
    VolunteerFactory._meta.model.objects.filter(holds_entry("languages", "code", "ti")).count(),
)
"""


def test_migrations_apply_on_sqlite_and_json_lookups_work_there(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    manage = [sys.executable, str(ROOT / "manage.py")]
    migrate = subprocess.run(
        [*manage, "migrate", "--noinput", "-v", "0"], env=env, capture_output=True, text=True
    )
    assert migrate.returncode == 0, migrate.stderr[-2000:]
    check = subprocess.run(
        [*manage, "shell", "-c", SQLITE_CHECK], env=env, capture_output=True, text=True
    )
    assert check.returncode == 0, check.stderr[-2000:]
    lines = check.stdout.strip().splitlines()
    assert lines[-1] == "['T-2'] 1 1 1"
    assert lines[-2] == "[7] [7] [('kokn', ('koken',)), ('praatafel', ('praattafel',))]"
