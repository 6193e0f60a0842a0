"""Tests for aanbod.interchange.format.parse_line: decoding raw JSON Lines lines safely."""

import json
from decimal import Decimal

import pytest

from aanbod.interchange.format import MAX_LINE_BYTES, parse_line
from tests.aanbod.offers import FakeResolver, full_offer, minimal_offer


def dumps(offer: dict) -> str:
    def default(value):
        if isinstance(value, Decimal):
            return float(value)
        raise TypeError(value)

    return json.dumps(offer, ensure_ascii=False, default=default)


VALID_LINE = dumps(full_offer())
# A partner file saved as Latin-1 (Windows-1252) instead of UTF-8.
LATIN1_BYTES = dumps(
    {**minimal_offer(), "organisation": {"name": "Bibliothèque Gand", "kind": "agency"}}
).encode("latin-1")


def parse(line, line_number=7):
    return parse_line(line, line_number, resolve_postcode=FakeResolver())


def codes(line) -> list[tuple[str, str]]:
    record, errors = parse(line)
    assert record is None
    return [(error.field, error.code) for error in errors]


def test_valid_line():
    record, errors = parse(VALID_LINE)
    assert errors == []
    assert record.external_id == "krook-praattafel-woensdag"


@pytest.mark.parametrize("suffix", ["\n", "\r\n", "  \n"])
def test_line_endings_are_ignored(suffix):
    assert parse(VALID_LINE + suffix)[1] == []


def test_byte_order_mark_is_ignored():
    assert parse("\ufeff" + VALID_LINE)[1] == []
    assert parse(("\ufeff" + VALID_LINE).encode("utf-8"))[1] == []


@pytest.mark.parametrize("line", ["", "\n", "   \r\n", "\ufeff\n", b"", b"\n"])
def test_blank_lines_are_skipped(line):
    assert parse(line) == (None, [])


def test_errors_carry_the_line_number():
    _, errors = parse(dumps({**full_offer(), "format": "hybrid"}), line_number=42)
    assert [(e.line, e.field, e.code) for e in errors] == [(42, "format", "invalid_choice")]


def test_numbers_are_decoded_exactly():
    line = VALID_LINE.replace('"amount_eur": 12.5', '"amount_eur": 12.10')
    assert parse(line)[0].cost.amount_eur == Decimal("12.10")


@pytest.mark.parametrize(
    "line",
    [
        "not json",
        "{'external_id': '1'}",  # single quotes
        '{"external_id": "1",}',  # trailing comma
        '{"a": 1}{"b": 2}',  # two offers on one line
        '{"a": 1} trailing',
        '{"a": NaN}',
        '{"a": Infinity}',
        '{"a": -Infinity}',
        '{"a": 0x10}',
        '{"a": 1' + "0" * 5000 + "}",  # longer than Python's int digit limit
        '{"a": "tab\tinside"}',  # raw control character in a string
        "[" * 100_000,
        "{" + '"a":[' * 50_000,
    ],
)
def test_invalid_json_is_reported_not_raised(line):
    [(field, code)] = codes(line)
    assert field == ""
    assert code in {"invalid_json", "truncated_json"}


@pytest.mark.parametrize("line", ["{", '{"a":', '{"title": {"nl": "Praat', '{"a": tr', "{" * 3])
def test_truncated_json(line):
    assert codes(line) == [("", "truncated_json")]


def test_every_cut_of_a_valid_line_is_reported_as_truncated():
    for end in range(1, len(VALID_LINE) - 1):
        record, errors = parse(VALID_LINE[:end])
        assert [error.code for error in errors] == ["truncated_json"], VALID_LINE[:end]


def test_invalid_json_message_is_helpful():
    _, errors = parse('{"external_id": "1" "source": "x"}')
    assert errors[0].code == "invalid_json"
    assert errors[0].params["column"] == 21
    assert "Expecting ',' delimiter" in errors[0].message
    assert errors[0].message.startswith("This line is not valid JSON")


@pytest.mark.parametrize(
    ("line", "actual"),
    [("[]", "array"), ("[" + VALID_LINE + "]", "array"), ('"x"', "string"), ("12", "number"),
     ("null", "null"), ("true", "boolean")],
)  # fmt: skip
def test_json_that_is_not_an_object(line, actual):
    _, errors = parse(line)
    assert [(e.field, e.code, e.params) for e in errors] == [
        ("", "not_an_object", {"actual": actual})
    ]


def test_huge_str_line_is_rejected_without_parsing():
    _, errors = parse("{" + " " * MAX_LINE_BYTES + "}")
    assert [(e.code, e.params["max"]) for e in errors] == [("line_too_long", MAX_LINE_BYTES)]


def test_line_size_counts_utf8_bytes():
    # Under the limit in characters, over it in bytes: "é" is two bytes.
    line = '{"x": "' + "é" * (MAX_LINE_BYTES // 2) + '"}'
    assert len(line) < MAX_LINE_BYTES
    _, errors = parse(line)
    assert errors[0].code == "line_too_long"
    assert errors[0].params["size"] > MAX_LINE_BYTES
    assert codes(line.encode("utf-8")) == [("", "line_too_long")]


def test_line_just_under_the_limit_is_parsed_and_its_texts_checked():
    offer = full_offer()
    offer["description"]["nl"] = "x" * (MAX_LINE_BYTES - len(VALID_LINE) - 100)
    line = dumps(offer)
    assert len(line.encode("utf-8")) <= MAX_LINE_BYTES
    assert codes(line) == [("description.nl", "too_long")]


def test_bytes_in_another_encoding_are_reported():
    [error] = parse(LATIN1_BYTES)[1]
    assert (error.field, error.code) == ("", "bad_encoding")
    assert error.params["position"] > 0
    assert error.message.startswith("This line contains text that is not UTF-8")


def test_replacement_characters_from_a_wrong_decoding_are_reported_per_field():
    line = LATIN1_BYTES.decode("utf-8", errors="replace")  # what a careless reader passes on
    assert codes(line) == [("organisation.name", "bad_encoding")]


def test_lone_surrogates_from_surrogateescape_are_reported():
    line = LATIN1_BYTES.decode("utf-8", errors="surrogateescape")
    assert codes(line) == [("organisation.name", "invalid_character")]


def test_escaped_nul_is_reported():
    line = VALID_LINE.replace("Praattafel Nederlands", "Praattafel\\u0000")
    assert codes(line) == [("title.nl", "invalid_character")]


def test_mojibake_without_replacement_characters_is_accepted_as_text():
    # "cafÃ©" is what UTF-8 read as Latin-1 looks like; it cannot be told from real text.
    line = VALID_LINE.replace("Bibliotheek Gent", "CafÃ© Gent")
    assert parse(line)[0].organisation.name == "CafÃ© Gent"


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ('"source": "bibliotheek-gent"', '"source": "a", "source": "bibliotheek-gent"', "source"),
        ('"name": "De Krook"', '"name": "A", "name": "De Krook"', "location.name"),
        ('"nl": "Praattafel Nederlands"', '"nl": "A", "nl": "Praattafel Nederlands"', "title.nl"),
    ],
)
def test_duplicate_keys_are_reported_where_they_are(old, new, field):
    assert old in VALID_LINE
    assert codes(VALID_LINE.replace(old, new)) == [(field, "duplicate_key")]


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ('"hours_total": 1.5', '"hours_total": true', "hours_total"),
        ('"amount_eur": 12.5', '"amount_eur": false', "cost.amount_eur"),
        ('"weekday": 2', '"weekday": true', "schedule.weekly[0].weekday"),
        ('"lat": 51.0479', '"lat": true', "location.lat"),
        ('"childcare": true', '"childcare": 1', "childcare"),
        ('"free": false', '"free": 0', "cost.free"),
    ],
)
def test_json_booleans_and_numbers_are_not_interchangeable(old, new, field):
    assert old in VALID_LINE
    assert codes(VALID_LINE.replace(old, new)) == [(field, "type")]
