"""One line of the import format: every field checked, each error names its field."""

import datetime as dt

from portal.vocabulary import ISO_639_1
from taalhulp.register.records import (
    looks_like_jsonl,
    parse_row,
    rows_from_csv,
    rows_from_jsonl,
)
from taalhulp.register.vocabulary import AREA_CODES, LANGUAGE_CODES, LANGUAGES

GOOD = {
    "certificate_number": "st-2023-0412",
    "name": "Demo Tolk",
    "languages": ["ar", "fr"],
    "kind": "both",
    "areas": ["antwerpen"],
    "remote": True,
    "on_site": True,
    "email": "Demo@Example.org",
    "phone": "+32 3 555 12 34",
    "valid_from": "2024-01-01",
    "valid_until": "2028-12-31",
    "public": ["name", "phone"],
}


def codes(row):
    record, errors = parse_row(row)
    return record, {(error.field, error.code) for error in errors}


def test_a_good_line_becomes_a_record():
    record, errors = parse_row(GOOD)
    assert errors == []
    assert record.certificate_number == "ST-2023-0412"  # one spelling, so re-imports match
    assert record.languages == ("ar", "fr")
    assert record.email == "demo@example.org"
    assert record.valid_until == dt.date(2028, 12, 31)
    assert record.public_fields == ("name", "phone")
    assert record.hidden is False


def test_csv_lists_and_flags_are_text():
    row = {**GOOD, "languages": "ar; fr", "areas": "antwerpen", "remote": "ja", "on_site": "0",
           "public": "name;email", "hidden": "false"}  # fmt: skip
    record, errors = parse_row(row)
    assert errors == []
    assert (record.languages, record.remote, record.on_site) == (("ar", "fr"), True, False)


def test_every_problem_is_named_by_field():
    row = {
        "certificate_number": "",
        "languages": ["xx"],
        "kind": "poet",
        "remote": "maybe",
        "email": "not-an-address",
        "phone": "call me",
        "website": "ftp://x",
        "valid_from": "2024-13-01",
        "public": ["shoe_size"],
    }
    record, found = codes(row)
    assert record is None
    assert found == {
        ("certificate_number", "required"),
        ("name", "required"),
        ("languages", "unknown_value"),
        ("kind", "unknown_value"),
        ("remote", "not_a_flag"),
        ("email", "bad_email"),
        ("phone", "bad_phone"),
        ("website", "bad_url"),
        ("valid_from", "not_a_date"),
        ("valid_until", "required"),
        ("public", "unknown_value"),
    }


def test_dates_in_the_wrong_order_and_no_way_of_working():
    row = {**GOOD, "valid_until": "2023-01-01", "remote": False, "on_site": False}
    assert codes(row)[1] == {("valid_until", "ends_before_start"), ("on_site", "no_way_of_working")}


def test_on_site_needs_an_area():
    assert codes({**GOOD, "areas": []})[1] == {("areas", "on_site_needs_area")}
    assert codes({**GOOD, "areas": [], "on_site": False})[1] == set()


def test_jsonl_and_csv_rows_carry_their_line_numbers():
    rows = list(rows_from_jsonl(['{"a": 1}', "", "[1]", "{broken"]))
    assert [(n, code.code if code else None) for n, _row, code in rows] == [
        (1, None), (3, "not_an_object"), (4, "invalid_json"),
    ]  # fmt: skip
    csv_rows = list(rows_from_csv("name,kind\nA,both\n\nB,both,extra\n"))
    assert [(n, row, error and error.code) for n, row, error in csv_rows] == [
        (2, {"name": "A", "kind": "both"}, None),
        (4, None, "too_many_columns"),
    ]
    assert looks_like_jsonl('\n {"name": "A"}') and not looks_like_jsonl("name,kind\n")


def test_the_vocabulary_names_the_reports_languages_with_iso_families():
    # The annual report names 41 languages (it speaks of 42); each is paired with Dutch.
    assert len(LANGUAGES) == len(LANGUAGE_CODES) == 41
    assert "nl" not in LANGUAGE_CODES
    assert {family for _code, family, _name in LANGUAGES} - {""} <= ISO_639_1
    assert len(AREA_CODES) == 6
