"""ECLI numbers and article references: parse, validate and format; pure, no Django."""

from __future__ import annotations

import re
from dataclasses import dataclass

# ECLI:<country>:<court>:<year>:<ordinal> (Council conclusions 2011/C 127/01). Country is an EU
# member state code, EU for the EU courts or CE for the Council of Europe (the ECtHR).
COUNTRIES = frozenset(
    {
        *["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "HR", "HU"],
        *["IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"],
        "EU",
        "CE",
    }
)
_COURT = re.compile(r"[A-Z0-9]{1,7}")
_YEAR = re.compile(r"\d{4}")
_ORDINAL = re.compile(r"[A-Z0-9.]{1,25}")
MIN_YEAR = 1800


class CitationError(ValueError):
    """Why a text is not a valid citation; `code` is stable, `part` names the wrong part."""

    def __init__(self, code: str, part: str = "", value: str = ""):
        super().__init__(f"{code}: {part} {value}".strip())
        self.code, self.part, self.value = code, part, value


@dataclass(frozen=True)
class Ecli:
    country: str
    court: str
    year: int
    ordinal: str

    def __str__(self) -> str:
        return f"ECLI:{self.country}:{self.court}:{self.year}:{self.ordinal}"


def parse_ecli(text: str, *, max_year: int | None = None) -> Ecli:
    """An Ecli from `text`, forgiving case, spaces and a missing "ECLI:"; raises CitationError."""
    cleaned = "".join(str(text).split()).upper()
    if not cleaned:
        raise CitationError("empty")
    if not cleaned.startswith("ECLI:"):
        cleaned = f"ECLI:{cleaned}"
    parts = cleaned.split(":")
    if len(parts) != 5:
        raise CitationError("parts", value=str(len(parts)))
    _prefix, country, court, year, ordinal = parts
    if country not in COUNTRIES:
        raise CitationError("country", "country", country)
    if not _COURT.fullmatch(court):
        raise CitationError("court", "court", court)
    if not _YEAR.fullmatch(year) or int(year) < MIN_YEAR:
        raise CitationError("year", "year", year)
    if max_year is not None and int(year) > max_year:
        raise CitationError("future_year", "year", year)
    if not _ORDINAL.fullmatch(ordinal) or ordinal.startswith(".") or ordinal.endswith("."):
        raise CitationError("ordinal", "ordinal", ordinal)
    return Ecli(country, court, int(year), ordinal)


def format_ecli(text: str, *, max_year: int | None = None) -> str:
    """The canonical form of an ECLI, e.g. 'ECLI:BE:RVV:2023:ARR.290123'."""
    return str(parse_ecli(text, max_year=max_year))


def is_valid_ecli(text: str, *, max_year: int | None = None) -> bool:
    try:
        parse_ecli(text, max_year=max_year)
    except CitationError:
        return False
    return True


# --- article references ---------------------------------------------------------------

# Common abbreviations of the laws the legal pages cite, with their full Dutch name.
LAWS = {
    "Vw.": "Vreemdelingenwet van 15 december 1980",
    "Vb.": "Vreemdelingenbesluit van 8 oktober 1981",
    "WIPR": "Wetboek van internationaal privaatrecht",
    "WBN": "Wetboek van de Belgische nationaliteit",
    "Opvangwet": "Opvangwet van 12 januari 2007",
    "OCMW-wet": "Organieke wet van 8 juli 1976 betreffende de OCMW's",
    "EVRM": "Europees Verdrag voor de Rechten van de Mens",
    "Richtlijn 2001/55/EG": "Richtlijn tijdelijke bescherming",
    "Richtlijn 2003/86/EG": "Gezinsherenigingsrichtlijn",
    "Inburgeringsdecreet": "Inburgeringsdecreet van 7 juni 2013",
}
_LAW_KEYS = {re.sub(r"[\s.]", "", key).lower(): key for key in LAWS}
_ARTICLE = re.compile(
    r"""^\s*(?:art(?:ikel)?\.?\s*)?
    (?P<article>\d+(?:[/-]\d+)*(?:\s*(?:bis|ter|quater|quinquies|sexies|septies))?)
    (?:\s*,?\s*§\s*(?P<paragraph>\d+))?
    (?:\s*,?\s*(?P<point>\d+)\s*°)?
    (?:\s*,?\s*(?:lid|al\.)\s*(?P<clause>\d+))?
    \s*,?\s*(?P<law>\S.*?)?\s*$""",
    re.VERBOSE | re.IGNORECASE,
)


@dataclass(frozen=True)
class ArticleReference:
    article: str
    law: str
    paragraph: int | None = None
    point: int | None = None
    clause: int | None = None

    def __str__(self) -> str:
        text = f"art. {self.article}"
        if self.paragraph is not None:
            text += f", §{self.paragraph}"
        if self.point is not None:
            text += f", {self.point}°"
        if self.clause is not None:
            text += f", lid {self.clause}"
        return f"{text} {self.law}"

    @property
    def law_name(self) -> str:
        """The full name of the law when the abbreviation is known, else the law as written."""
        return LAWS.get(self.law, self.law)


def parse_article(text: str) -> ArticleReference:
    """'art. 10, §1, 4° Vw.' -> ArticleReference; raises CitationError."""
    match = _ARTICLE.match(str(text))
    if not match or not str(text).strip():
        raise CitationError("article_format", "article", str(text).strip())
    law = (match["law"] or "").strip()
    if not law:
        raise CitationError("article_law", "law")
    law = _LAW_KEYS.get(re.sub(r"[\s.]", "", law).lower(), law)
    article = re.sub(r"\s+", "", match["article"]).lower()
    article = re.sub(r"(\d)(bis|ter|quater|quinquies|sexies|septies)$", r"\1\2", article)
    as_int = {name: int(match[name]) if match[name] else None for name in ("paragraph", "point")}
    clause = int(match["clause"]) if match["clause"] else None
    return ArticleReference(article, law, as_int["paragraph"], as_int["point"], clause)


def format_article(text: str) -> str:
    return str(parse_article(text))
