"""`manage.py import_interpreters`: CSV and JSON Lines, idempotent, errors by line and field."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from taalhulp.register.models import Interpreter

pytestmark = pytest.mark.django_db

ROWS = [
    {
        "certificate_number": "ST-0001",
        "name": "Demo Tolk 1",
        "languages": ["ar", "fr"],
        "kind": "interpreter",
        "areas": ["antwerpen", "brussel"],
        "remote": True,
        "on_site": True,
        "email": "demo-tolk-1@example.org",
        "valid_from": "2024-01-01",
        "valid_until": "2029-12-31",
        "public": ["name", "email"],
    },
    {
        "certificate_number": "ST-0002",
        "name": "Demo Tolk 2",
        "languages": ["uk"],
        "kind": "translator",
        "remote": True,
        "on_site": False,
        "phone": "+32 9 555 00 02",
        "valid_from": "2023-05-01",
        "valid_until": "2027-04-30",
    },
]
CSV = (
    "certificate_number,name,languages,kind,areas,remote,on_site,email,phone,website,"
    "valid_from,valid_until,public,hidden\n"
    "ST-0001,Demo Tolk 1,ar;fr,interpreter,antwerpen;brussel,true,true,"
    "demo-tolk-1@example.org,,,2024-01-01,2029-12-31,name;email,false\n"
    "ST-0002,Demo Tolk 2,uk,translator,,true,false,,+32 9 555 00 02,,2023-05-01,2027-04-30,,\n"
)


def jsonl(rows) -> str:
    return "".join(json.dumps(row) + "\n" for row in rows)


def run(tmp_path, text: str, name: str = "register.jsonl", *options):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    if "--language" not in options:
        options = (*options, "--language", "en")  # the site's language (Dutch) is the default
    out = io.StringIO()
    try:
        call_command("import_interpreters", str(path), *options, stdout=out, stderr=io.StringIO())
    except CommandError as error:
        return error.returncode, out.getvalue() + str(error)
    return 0, out.getvalue()


def test_jsonl_import_creates_then_a_second_run_changes_nothing(tmp_path):
    code, out = run(tmp_path, jsonl(ROWS))
    assert code == 0
    assert "2 lines: 2 created, 0 updated, 0 unchanged, 0 rejected" in out
    first = Interpreter.objects.get(certificate_number="ST-0001")
    assert first.languages == ["ar", "fr"] and first.public_fields == ["name", "email"]
    code, out = run(tmp_path, jsonl(ROWS))
    assert (code, "2 lines: 0 created, 0 updated, 2 unchanged, 0 rejected" in out) == (0, True)


def test_csv_gives_the_same_entries_as_jsonl(tmp_path):
    run(tmp_path, jsonl(ROWS))
    code, out = run(tmp_path, CSV, "register.csv")
    assert code == 0 and "2 unchanged" in out


def test_a_changed_line_updates_its_entry(tmp_path):
    run(tmp_path, jsonl(ROWS))
    changed = [{**ROWS[0], "valid_until": "2030-06-30"}, ROWS[1]]
    code, out = run(tmp_path, jsonl(changed))
    assert code == 0 and "0 created, 1 updated, 1 unchanged" in out
    assert str(Interpreter.objects.get(certificate_number="ST-0001").valid_until) == "2030-06-30"


def test_without_an_extension_the_format_is_sniffed(tmp_path):
    assert run(tmp_path, jsonl(ROWS), "register.txt")[0] == 0
    assert "2 unchanged" in run(tmp_path, CSV, "register.export")[1]


def test_dry_run_saves_nothing(tmp_path):
    code, out = run(tmp_path, jsonl(ROWS), "register.jsonl", "--dry-run")
    assert code == 0
    assert "Dry run: nothing was saved." in out and "2 created" in out
    assert not Interpreter.objects.exists()


def test_errors_name_line_field_and_fix_and_exit_1(tmp_path):
    bad = [ROWS[0], {**ROWS[1], "languages": ["xx"], "valid_until": "30-04-2027"}, ROWS[0]]
    code, out = run(tmp_path, jsonl(bad) + "{oops\n")
    assert code == 1
    assert "line 2: languages: Unknown value “xx”. Use the codes in the format guide." in out
    assert "line 2: valid_until: This is not a date. Write it as YYYY-MM-DD" in out
    assert "line 3: certificate_number: The same certificate number was already on line 1" in out
    assert "line 4: -: This line is not valid JSON" in out
    assert "4 lines: 1 created, 0 updated, 0 unchanged, 3 rejected" in out
    assert "3 lines were rejected. Fix them and import the file again." in out
    assert Interpreter.objects.count() == 1  # the good line is saved


def test_the_report_speaks_the_chosen_language(tmp_path):
    code, out = run(tmp_path, jsonl([{**ROWS[0], "kind": "poet"}]), "r.jsonl", "--language", "nl")
    assert code == 1
    assert "regel 1: kind:" in out


def test_unreadable_file_exits_2(tmp_path):
    with pytest.raises(CommandError) as error:
        call_command("import_interpreters", str(tmp_path / "missing.csv"), stdout=io.StringIO())
    assert error.value.returncode == 2
    path = tmp_path / "latin1.csv"
    path.write_bytes("name\nJosé\n".encode("latin-1"))
    with pytest.raises(CommandError) as error:
        call_command("import_interpreters", str(path), stdout=io.StringIO())
    assert error.value.returncode == 2 and "UTF-8" in str(error.value)
