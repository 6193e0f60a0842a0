"""The pure screening of free text: national register numbers and special-category words."""

import pytest

from taalhulp.pool import screening


def _number(body: str, born_2000: bool = False) -> str:
    """A valid national register number with these nine first digits."""
    check = 97 - int(("2" if born_2000 else "") + body) % 97
    return f"{body}{check:02d}"


VALID = _number("850730033")
VALID_2000 = _number("010203123", born_2000=True)


def test_the_check_digits_are_those_of_the_register():
    assert VALID == "85073003328"
    assert screening.national_number_valid(VALID)
    assert screening.national_number_valid(VALID_2000)


@pytest.mark.parametrize("digits", ["85073003329", "8507300332", "850730033281", "85o73003328"])
def test_a_wrong_check_or_length_is_not_a_national_number(digits):
    assert not screening.national_number_valid(digits)


@pytest.mark.parametrize(
    "typed",
    [
        "85073003328",
        "85.07.30-033.28",
        "85.07.30 033 28",
        "85-07-30-033-28",
        "850730-033-28",
        "85/07/30/033/28",
    ],
)
def test_national_numbers_are_found_with_or_without_separators(typed):
    found = screening.screen(f"Klant met nummer {typed}, dank")
    assert found == [screening.Finding(screening.NATIONAL_NUMBER, typed)]


def test_a_number_of_someone_born_after_2000_is_found():
    assert screening.national_numbers(f"nr {VALID_2000}") == [VALID_2000]


@pytest.mark.parametrize(
    "text",
    [
        "Bel 0470 12 34 56 voor een afspraak",  # a phone number
        "Dossier 85073003329",  # a wrong check
        "IBAN BE68 5390 0754 7034",
        "Op 12.03.2027 om 10.30 uur, lokaal 120",
        "123456789012",  # twelve digits: not a national number
    ],
)
def test_other_numbers_pass(text):
    assert screening.national_numbers(text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Mevrouw is zwanger", "zwanger"),
        ("Uitleg over de diagnose", "diagnose"),
        ("Na een Diagnosis in May", "Diagnosis"),
        ("Vader heeft kanker", "kanker"),
        ("Zij heeft een depressie", "depressie"),
        ("Elle souffre de dépression", "dépression"),
        ("hiv-remmers ophalen", "hiv"),
        ("Afspraak in de psychiatrische kliniek", "psychiatrische"),
        ("Enceinte de trois mois", "Enceinte"),
        ("She is pregnant", "pregnant"),
        ("Hij is moslim", "moslim"),
        ("Elle est musulmane", "musulmane"),
        ("Their religion matters", "religion"),
        ("Zijn etnische afkomst", "etnische"),
        ("Un dossier ethnique", "ethnique"),
        ("Famille juive", "juive"),
        ("Het kind is ziek", "ziek"),
        ("Een ziekte van de longen", "ziekte"),
        ("Zijn SIDA", "SIDA"),
    ],
)
def test_sensitive_words_in_three_languages_are_found(text, word):
    assert screening.sensitive_words(text) == [word]
    assert screening.screen(text) == [screening.Finding(screening.SENSITIVE_WORD, word)]


@pytest.mark.parametrize(
    "text",
    [
        "Uitleg over een formulier van de gemeente",
        "Inschrijving in de school, het kerkhof en de sporthal",  # kerk only as a whole word
        "Een romantische film, een rasp en een racefiets",
        "Explain the rent contract and the energy bill",
        "Expliquer le contrat de bail",
        "Cancel the appointment",
    ],
)
def test_practical_texts_pass(text):
    assert screening.sensitive_words(text) == []


def test_a_short_word_counts_only_as_a_whole_word():
    # Cautious on purpose: "race-fiets" asks to rephrase; "racefiets" passes.
    assert screening.sensitive_words("een race-fiets") == ["race"]
    assert screening.sensitive_words("de kerk en het kerkhof") == ["kerk"]


def test_each_word_is_reported_once_and_numbers_come_first():
    found = screening.screen(f"zwanger, Zwanger en {VALID}")
    assert [f.kind for f in found] == [screening.NATIONAL_NUMBER, screening.SENSITIVE_WORD]
    assert found[1].found == "zwanger"


def test_empty_text_has_no_findings():
    assert screening.screen("") == []
