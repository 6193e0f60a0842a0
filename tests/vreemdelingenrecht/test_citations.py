"""The pure citations module: ECLI parsing/formatting and article references."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vreemdelingenrecht.citations import (
    COUNTRIES,
    CitationError,
    format_article,
    format_ecli,
    is_valid_ecli,
    parse_article,
    parse_ecli,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ECLI:BE:RVV:2023:ARR.290123", "ECLI:BE:RVV:2023:ARR.290123"),
        (" ecli:be:rvv:2023:arr.290123 ", "ECLI:BE:RVV:2023:ARR.290123"),
        ("BE:GHCC:2022:ARR.045", "ECLI:BE:GHCC:2022:ARR.045"),
        ("ECLI : EU : C : 2019 : 123", "ECLI:EU:C:2019:123"),
        ("ECLI:CE:ECHR:2021:DEMO0005", "ECLI:CE:ECHR:2021:DEMO0005"),
    ],
)
def test_ecli_is_formatted(text, expected):
    assert format_ecli(text) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "empty"),
        ("ECLI:BE:RVV:2023", "parts"),
        ("ECLI:XX:RVV:2023:1", "country"),
        ("ECLI:BE:RAADVOORV:2023:1", "court"),
        ("ECLI:BE:RVV:23:1", "year"),
        ("ECLI:BE:RVV:1700:1", "year"),
        ("ECLI:BE:RVV:2023:.123", "ordinal"),
        ("ECLI:BE:RVV:2023:A_1", "ordinal"),
        ("ECLI:BE:RVV:2023:" + "1" * 26, "ordinal"),
    ],
)
def test_bad_ecli_names_the_wrong_part(text, code):
    with pytest.raises(CitationError) as error:
        parse_ecli(text)
    assert error.value.code == code


def test_ecli_in_the_future_is_refused_when_a_limit_is_given():
    assert is_valid_ecli("ECLI:BE:RVV:2031:1")
    with pytest.raises(CitationError) as error:
        parse_ecli("ECLI:BE:RVV:2031:1", max_year=2026)
    assert error.value.code == "future_year"


ECLIS = st.builds(
    lambda country, court, year, ordinal: f"ECLI:{country}:{court}:{year}:{ordinal}",
    st.sampled_from(sorted(COUNTRIES)),
    st.from_regex(r"[A-Z0-9]{1,7}", fullmatch=True),
    st.integers(1800, 9999),
    st.from_regex(r"[A-Z0-9]([A-Z0-9.]{0,23}[A-Z0-9])?", fullmatch=True),
)


@given(ECLIS)
def test_formatting_a_valid_ecli_is_stable(ecli):
    assert format_ecli(ecli) == ecli
    assert format_ecli(ecli.lower()) == ecli
    assert format_ecli(format_ecli(ecli)) == ecli


@given(st.text(max_size=60))
def test_any_text_is_either_a_valid_ecli_or_a_citation_error(text):
    try:
        formatted = format_ecli(text)
    except CitationError:
        return
    assert is_valid_ecli(formatted)
    assert formatted == format_ecli(formatted)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("art. 10, §1, 4° Vw.", "art. 10, §1, 4° Vw."),
        ("artikel 10 § 1 4° vw", "art. 10, §1, 4° Vw."),
        ("Art. 9 bis Vw.", "art. 9bis Vw."),
        ("art. 61/1/9 Vw.", "art. 61/1/9 Vw."),
        ("art. 12bis WBN", "art. 12bis WBN"),
        ("art. 8 EVRM", "art. 8 EVRM"),
        ("art. 74/13 Vreemdelingenwet", "art. 74/13 Vreemdelingenwet"),
    ],
)
def test_article_references_are_formatted(text, expected):
    assert format_article(text) == expected


def test_article_reference_knows_the_full_name_of_the_law():
    reference = parse_article("art. 40ter Vw.")
    assert reference.article == "40ter"
    assert reference.law_name == "Vreemdelingenwet van 15 december 1980"


@pytest.mark.parametrize(("text", "code"), [("art. 10", "article_law"), ("Vw.", "article_format")])
def test_bad_article_references(text, code):
    with pytest.raises(CitationError) as error:
        parse_article(text)
    assert error.value.code == code
