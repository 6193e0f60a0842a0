"""`manage.py import_rulings`: idempotent upserts, dry run, errors per line, CSV and JSON Lines."""

import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from vreemdelingenrecht.models import RulingPage


@pytest.fixture(autouse=True)
def english_output():
    with translation.override("en"):
        yield


def _line(**changes) -> str:
    row = {
        "ecli": "ecli:be:rvv:2025:arr.demo.0100",
        "court": "rvv",
        "date": "2025-04-01",
        "outcome": "annulled",
        "title": {"nl": "Visum gezinshereniging geweigerd", "en": "Family visa refused"},
        "summary": {"nl": "De Raad vernietigt de weigering."},
        "topics": ["gezinshereniging"],
        "related_pages": ["gezinshereniging"],
    }
    row.update(changes)
    return json.dumps({k: v for k, v in row.items() if v is not None})


def _run(tmp_path, lines, *args, name="rulings.jsonl", language="en"):
    """Run the command (its report in `language`; None: the default) -> (exit code, stdout)."""
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    if language is not None:
        args = (*args, "--language", language)
    try:
        call_command("import_rulings", str(path), *args, stdout=out, stderr=err)
        code = 0
    except CommandError as error:
        code = error.returncode
    return code, out.getvalue()


def test_import_creates_publishes_and_links(tmp_path, legal_tree):
    code, out = _run(tmp_path, [_line(), _line(ecli=None, role_number="AR 24/1/A", court="labour")])
    assert code == 0, out
    assert "2 lines: 2 created, 0 updated, 0 unchanged, 0 rejected" in out
    ruling = RulingPage.objects.get(ecli="ECLI:BE:RVV:2025:ARR.DEMO.0100")
    assert ruling.live and ruling.title_nl == "Visum gezinshereniging geweigerd"
    assert ruling.title_en == "Family visa refused"
    assert list(ruling.related_pages.all()) == [legal_tree["page"]]
    assert [t.slug for t in ruling.topics.all()] == ["gezinshereniging"]
    assert ruling.get_parent().pk == legal_tree["case_law"].pk
    assert RulingPage.objects.filter(role_number="AR 24/1/A", court="labour").exists()


def test_import_is_idempotent_and_updates_in_place(tmp_path, legal_tree):
    lines = [_line()]
    _run(tmp_path, lines)
    ruling = RulingPage.objects.get(ecli="ECLI:BE:RVV:2025:ARR.DEMO.0100")
    revisions = ruling.revisions.count()
    code, out = _run(tmp_path, lines)
    assert code == 0
    assert "1 lines: 0 created, 0 updated, 1 unchanged, 0 rejected" in out
    assert ruling.revisions.count() == revisions
    code, out = _run(tmp_path, [_line(outcome="rejected")])
    assert "0 created, 1 updated" in out
    ruling.refresh_from_db()
    assert ruling.outcome == "rejected"
    assert RulingPage.objects.filter(ecli=ruling.ecli).count() == 1


def test_dry_run_saves_nothing(tmp_path, legal_tree):
    before = RulingPage.objects.count()
    code, out = _run(tmp_path, [_line()], "--dry-run")
    assert code == 0
    assert "Dry run: nothing was saved." in out
    assert "1 created" in out
    assert RulingPage.objects.count() == before


def test_bad_lines_are_reported_with_line_field_and_reason(tmp_path, legal_tree):
    lines = [
        _line(),
        "{not json",
        _line(ecli="ECLI:BE:RVV:23:1"),
        _line(ecli="ECLI:BE:RVV:2025:ARR.X2", court="moon", date="01/04/2025"),
        _line(ecli="ECLI:BE:RVV:2025:ARR.X3", topics=["onbekend"]),
        _line(),
    ]
    code, out = _run(tmp_path, lines)
    assert code == 1
    assert "line 2: -: This line is not valid JSON" in out
    assert "line 3: ecli: The year 23 is not valid" in out
    assert "line 4: court: “moon” is not allowed. Use one of: rvv" in out
    assert "line 4: date: “01/04/2025” is not a date. Write it as YYYY-MM-DD" in out
    assert "line 5: topics: Unknown topic code “onbekend”" in out
    assert "line 6: -: The same ruling was already on line 1" in out
    assert "6 lines: 1 created, 0 updated, 0 unchanged, 5 rejected" in out
    assert RulingPage.objects.filter(ecli="ECLI:BE:RVV:2025:ARR.DEMO.0100").exists()


def test_csv_import(tmp_path, legal_tree):
    lines = [
        "ecli,role_number,court,date,outcome,title_nl,title_fr,summary_nl,topics,related_pages",
        "ECLI:BE:RVSCE:2024:ARR.9,,rvs,2024-02-02,rejected,Beroep verworpen,Recours rejeté,"
        "Kort.,gezinshereniging;werk,",
        ",,rvs,2024-02-02,rejected,Zonder nummer,,,,",
    ]
    code, out = _run(tmp_path, lines, name="rulings.csv")
    assert code == 1
    assert "line 3: ecli: Give the ECLI or the role number" in out
    ruling = RulingPage.objects.get(ecli="ECLI:BE:RVSCE:2024:ARR.9")
    assert ruling.title_fr == "Recours rejeté"
    assert sorted(t.slug for t in ruling.topics.all()) == ["gezinshereniging", "werk"]


def test_unknown_file_type_and_missing_file(tmp_path, legal_tree):
    code, out = _run(tmp_path, ["x"], name="rulings.xml")
    assert code == 2
    with pytest.raises(CommandError, match="Cannot read the file"):
        call_command("import_rulings", str(tmp_path / "missing.jsonl"), "--language", "en")


def test_report_is_in_dutch_by_default(tmp_path, legal_tree):
    code, out = _run(tmp_path, [_line(), _line(court="moon")], language=None)
    assert code == 1
    assert "regel 2: court: “moon” is niet toegelaten. Gebruik een van deze: rvv" in out
    assert "(unknown_choice)" in out
    assert "Samenvatting: 2 regels: 1 nieuw, 0 bijgewerkt, 0 ongewijzigd, 1 geweigerd." in out


def test_report_is_in_english_with_language_en(tmp_path, legal_tree):
    code, out = _run(tmp_path, [_line(), _line(court="moon")], "--dry-run", language="en")
    assert code == 1
    assert "line 2: court: “moon” is not allowed. Use one of: rvv" in out
    assert "(unknown_choice)" in out
    assert "Dry run: nothing was saved." in out
    assert "Summary: 2 lines: 1 created, 0 updated, 0 unchanged, 1 rejected." in out


@pytest.mark.parametrize("language", ["nl", "en"])
def test_exit_codes(tmp_path, legal_tree, language):
    assert _run(tmp_path, [_line()], language=language)[0] == 0
    assert _run(tmp_path, [_line(), "{"], language=language)[0] == 1
    assert _run(tmp_path, [_line()], name="rulings.xml", language=language)[0] == 2
    with pytest.raises(CommandError) as raised:
        call_command("import_rulings", str(tmp_path / "missing.jsonl"), "--language", language)
    assert raised.value.returncode == 2
