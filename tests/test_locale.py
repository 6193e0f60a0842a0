"""Interface strings: every .po file is complete, compiled, and in step with the code."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ["nl", "en", "fr", "uk", "ru", "ar"]
APPS_WITH_STRINGS = [
    "portal", "aanbod", "buddy", "vreemdelingenrecht", "search", "crisis", "taalhulp",
    "inburgering", "kerncijfers", "vorming",
    "vreemdelingenrecht/nieuwsbrief", "search/alerts", "taalhulp/register", "taalhulp/pool",
    "search/demand",
]  # fmt: skip
# A nested app keeps its own catalogue; its parent's extraction leaves it out.
NESTED = {
    "vreemdelingenrecht": ["nieuwsbrief"],
    "search": ["alerts", "demand"],
    "taalhulp": ["register", "pool"],
}


def _po_files():
    for app in APPS_WITH_STRINGS:
        for language in LANGUAGES:
            yield app, language, ROOT / app / "locale" / language / "LC_MESSAGES" / "django.po"


@pytest.mark.parametrize(("app", "language", "path"), list(_po_files()))
def test_po_file_is_complete(app, language, path):
    assert path.exists(), f"{path} is missing; run `make messages`"
    catalog = polib.pofile(str(path))
    untranslated = [e.msgid for e in catalog.untranslated_entries()]
    fuzzy = [e.msgid for e in catalog.fuzzy_entries()]
    assert not untranslated, f"{path}: untranslated {untranslated}"
    assert not fuzzy, f"{path}: fuzzy {fuzzy}"


@pytest.mark.parametrize(("app", "language", "path"), list(_po_files()))
def test_mo_file_matches_po_file(app, language, path):
    mo_path = path.with_suffix(".mo")
    assert mo_path.exists(), f"{mo_path} is missing; run `make messages`"
    compiled = {
        (e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural for e in polib.mofile(str(mo_path))
    }
    source = {
        (e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural
        for e in polib.pofile(str(path)).translated_entries()
    }
    assert compiled == source, f"{mo_path} is out of date; run `make messages`"


def test_po_files_list_every_string_in_the_code(tmp_path):
    """Extracting strings afresh adds nothing that the committed Dutch catalogue lacks."""
    if shutil.which("xgettext") is None:
        pytest.fail("gettext is not installed (apt-get install gettext); `make test` installs it")
    for app in APPS_WITH_STRINGS:
        copy = tmp_path / app.replace("/", "__")  # a nested app is also inside its parent
        shutil.copytree(ROOT / app, copy, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
        ignore = [f"--ignore={name}/*" for name in NESTED.get(app, [])]
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "manage.py"),
                "makemessages",
                "-l",
                "nl",
                "--no-location",
                *ignore,
            ],  # fmt: skip
            cwd=copy,
            check=True,
            capture_output=True,
            env={"DJANGO_SETTINGS_MODULE": "portal.settings.dev", "PATH": "/usr/bin:/bin"},
        )
        fresh = {e.msgid for e in polib.pofile(str(copy / "locale/nl/LC_MESSAGES/django.po"))}
        committed = {
            e.msgid for e in polib.pofile(str(ROOT / app / "locale/nl/LC_MESSAGES/django.po"))
        }
        assert fresh - committed == set(), f"{app}: new strings; run `make messages` and translate"
