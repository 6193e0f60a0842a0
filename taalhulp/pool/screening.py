"""Screen a request's free text for special-category data: national numbers and sensitive words.

Pure: no Django. The form turns each finding into a translated message that names the field."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

NATIONAL_NUMBER = "national_number"
SENSITIVE_WORD = "sensitive_word"

# Eleven digits, optionally grouped as YY.MM.DD-NNN.CC (birth date, serial number, check
# digits) with dots, dashes, spaces or slashes.
_NUMBER = re.compile(
    r"(?<!\d)(\d{2})[.\-\s/]?(\d{2})[.\-\s/]?(\d{2})[.\-\s/]?(\d{3})[.\-\s/]?(\d{2})(?!\d)"
)

# Word stems in Dutch, English and French about health, religion, ethnicity and sexual life:
# matched at the start of a word, without accents, so "psychiatrische" and "Dépression" count.
SENSITIVE_STEMS = (
    # health
    "diagnos", "ziekte", "ziekenhuis", "hospital", "hopital", "zwanger", "pregnan", "enceinte",
    "grossesse", "kanker", "cancer", "tumor", "tumeur", "depress", "psychiat", "psycholo",
    "psychos", "psychot", "schizo", "autis", "diabet", "suikerziekte", "epilep", "chemo",
    "handicap", "beperking", "disabilit", "verslav", "addict", "toxicoman", "medicat",
    "medicijn", "medicament", "abortus", "abortion", "avortement", "miskraam", "miscarriage",
    "fausse couche", "trauma", "suicid", "zelfmoord", "tuberculo", "hepatit", "maladie",
    "illness", "disease",
    # religion and belief
    "religi", "godsdienst", "moslim", "muslim", "musulman", "islam", "christelijk", "christian",
    "chretien", "katholiek", "catholi", "joodse", "jewish", "hindoe", "hindu", "boeddhis",
    "buddhis", "bouddhis", "moskee", "mosque", "mosquee", "synago", "hoofddoek", "headscarf",
    "ramadan",
    # ethnicity and origin
    "etnisch", "etnici", "ethnic", "ethniq", "racial", "huidskleur", "skin colour",
    "skin color", "couleur de peau",
    # sexual life and orientation
    "homoseks", "homosex", "lesbi", "seksuel", "sexual", "sexuel", "transgender",
)  # fmt: skip
# Short words that also start innocent longer words: matched as whole words only.
SENSITIVE_WORDS = (
    "ziek", "sick", "malade", "hiv", "vih", "aids", "sida", "soa", "std", "ivg", "adhd", "tdah",
    "kerk", "church", "eglise", "jood", "jew", "juif", "juive", "ras", "race", "roma",
)  # fmt: skip

_BEFORE = r"(?<![a-z0-9])"
_PATTERNS = [re.compile(_BEFORE + re.escape(stem)) for stem in SENSITIVE_STEMS] + [
    re.compile(_BEFORE + re.escape(word) + r"(?![a-z0-9])") for word in SENSITIVE_WORDS
]


@dataclass(frozen=True)
class Finding:
    """One piece of special-category data: its kind and what was found (shown to the user)."""

    kind: str
    found: str


def _plain(text: str) -> str:
    """Lower case, accents removed, so "Dépression" and "depressie" both match their stem."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def national_number_valid(digits: str) -> bool:
    """The Belgian national register number's check: 97 minus (the first nine digits mod 97),
    with a 2 put in front of them for people born in 2000 or later."""
    if len(digits) != 11 or not digits.isdigit():
        return False
    check = int(digits[9:])
    return check in (97 - int(digits[:9]) % 97, 97 - int("2" + digits[:9]) % 97)


def national_numbers(text: str) -> list[str]:
    """Every valid national register number in the text, as typed."""
    return [
        match.group(0)
        for match in _NUMBER.finditer(text)
        if national_number_valid("".join(match.groups()))
    ]


def sensitive_words(text: str) -> list[str]:
    """Every sensitive word in the text: the whole word as typed, once each."""
    plain = _plain(text)
    same_length = len(plain) == len(text)  # true unless a ligature or the like was split
    found: list[str] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(plain):
            end = match.end()
            while end < len(plain) and plain[end].isalpha():
                end += 1
            word = (text if same_length else plain)[match.start() : end]
            if word.lower() not in {seen.lower() for seen in found}:
                found.append(word)
    return found


def screen(text: str) -> list[Finding]:
    """Everything in the text that must not be in a request: numbers first, then words."""
    findings = [Finding(NATIONAL_NUMBER, number) for number in national_numbers(text)]
    findings += [Finding(SENSITIVE_WORD, word) for word in sensitive_words(text)]
    return findings
