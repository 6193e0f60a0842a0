"""The shared vocabularies: one source each, translated where shown, importable without Django."""

import subprocess
import sys
from pathlib import Path

from django.conf import settings
from django.utils import translation

from portal.i18n import WEEKDAYS
from portal.vocabulary import ISO_639_1, OFFER_LEVELS, SITE_LANGUAGES, SPEAKER_LEVELS

ROOT = Path(__file__).resolve().parents[2]


def test_site_languages_are_the_settings_languages_in_order():
    assert [code for code, _name in settings.LANGUAGES] == list(SITE_LANGUAGES)


def test_levels_run_from_a0_and_speakers_add_c2_and_native():
    assert OFFER_LEVELS == ("A0", "A1", "A2", "B1", "B2", "C1")
    assert SPEAKER_LEVELS[: len(OFFER_LEVELS)] == OFFER_LEVELS
    assert SPEAKER_LEVELS[len(OFFER_LEVELS) :] == ("C2", "native")


def test_weekdays_are_numbered_from_monday_and_translated():
    assert [number for number, _name in WEEKDAYS] == list(range(7))
    with translation.override("en"):
        assert [str(name) for _number, name in WEEKDAYS][:2] == ["Monday", "Tuesday"]
    with translation.override("nl"):
        assert [str(name) for _number, name in WEEKDAYS][0] == "maandag"
        assert [str(name) for _number, name in WEEKDAYS][6] == "zondag"


def test_iso_639_1_has_the_184_codes():
    assert len(ISO_639_1) == 184
    assert {"nl", "uk", "ti", "ps"} <= ISO_639_1 and "sh" not in ISO_639_1


def test_vocabulary_imports_neither_django_nor_celery():
    code = (
        "import sys, portal.vocabulary\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('django', 'celery')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
