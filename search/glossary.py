"""The concept glossary (search/data/glossary.csv): words per concept in six languages; pure.

Each row is one concept (cooking, football, conversation table, ...) with its words in Dutch,
English, French, Ukrainian, Russian and Arabic, several words to a cell separated by "|". The
offer search expands a visitor's words in any language to the concept's Dutch words, which is
what the offers are written in (docs/glossary-format.md)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from portal.import_rows import FieldError, rows_from_csv
from portal.vocabulary import SITE_LANGUAGES
from search.text import word_rules

GLOSSARY_FILE = Path(__file__).resolve().parent / "data" / "glossary.csv"
INDEX_LANGUAGE = "nl"  # the language every offer has: the words a query expands to
COLUMNS = ("concept", *SITE_LANGUAGES)
WORD_SEPARATOR = "|"
MAX_CELL_LENGTH = 1000  # the synonym snippet's fields hold at most this
FORBIDDEN_SIGNS = ("=>", "#", "\\", ",")


@dataclass(frozen=True)
class Concept:
    name: str
    words: dict[str, tuple[str, ...]]  # language code -> words, in the file's order

    @property
    def dutch(self) -> tuple[str, ...]:
        return self.words.get(INDEX_LANGUAGE, ())

    def other_words(self) -> tuple[str, ...]:
        """The words of every other language, once each, in column order."""
        found = [w for code in SITE_LANGUAGES if code != INDEX_LANGUAGE for w in self.words[code]]
        return tuple(dict.fromkeys(found))

    @property
    def terms(self) -> str:
        """The synonym snippet's "words": what a visitor may type."""
        return ", ".join(self.other_words())

    @property
    def replacement(self) -> str:
        """The synonym snippet's "also find": the Dutch words of the offers."""
        return ", ".join(self.dutch)


def _words(cell: str) -> tuple[str, ...]:
    words = (" ".join(word.split()) for word in cell.split(WORD_SEPARATOR))
    return tuple(dict.fromkeys(word for word in words if word))


def concept_from_row(row: dict) -> tuple[Concept | None, list[FieldError]]:
    """The concept of one CSV row, or None and the problems (field = column name)."""
    errors: list[FieldError] = []
    name = " ".join(str(row.get("concept") or "").split())
    if not name:
        errors.append(FieldError("concept", "required"))
    words: dict[str, tuple[str, ...]] = {}
    for code in SITE_LANGUAGES:
        if code not in row:
            errors.append(FieldError(code, "missing_column"))
            continue
        cell = str(row[code] or "")
        sign = next((sign for sign in FORBIDDEN_SIGNS if sign in cell), None)
        if sign:
            errors.append(FieldError(code, "forbidden_sign", {"sign": sign}))
        words[code] = _words(cell)
    if not errors:
        if not words[INDEX_LANGUAGE]:
            errors.append(FieldError(INDEX_LANGUAGE, "required"))
        concept = Concept(name, words)
        if not concept.other_words():
            errors.append(FieldError("", "no_translation"))
        for field, text in (("", concept.terms), (INDEX_LANGUAGE, concept.replacement)):
            if len(text) > MAX_CELL_LENGTH:
                errors.append(FieldError(field, "too_long", {"limit": MAX_CELL_LENGTH}))
    if errors:
        return None, errors
    return concept, []


def _shape(row: dict) -> dict:
    return {key.strip(): value for key, value in row.items() if key}


def glossary_rows(text: str) -> Iterable[tuple[int, Concept | None, list[FieldError]]]:
    """(line number, concept or None, problems) per row; a concept named twice is refused."""
    seen: dict[str, int] = {}
    for number, values, error in rows_from_csv(text, _shape):
        if error is not None:
            yield number, None, [error]
            continue
        concept, errors = concept_from_row(values)
        if concept is not None:
            key = concept.name.casefold()
            if key in seen:
                concept, errors = None, [FieldError("concept", "duplicate", {"line": seen[key]})]
            else:
                seen[key] = number
        yield number, concept, errors


def read_glossary(text: str) -> list[Concept]:
    """Every valid concept of the file (the search bench and tests read the shipped file)."""
    return [concept for _number, concept, _errors in glossary_rows(text) if concept]


def query_time_rules(concepts: Iterable[Concept]) -> list[str]:
    """Search-side rules: each word in any language => itself and the Dutch words."""
    return [rule for c in concepts for rule in word_rules(c.terms, c.replacement)]


def index_time_rules(concepts: Iterable[Concept]) -> list[str]:
    """Index-side rules (the alternative measured in bench/glossary_bench.py): each Dutch word
    of an offer => itself and every word of the concept in the other languages."""
    rules = []
    for concept in concepts:
        others = concept.other_words()
        for word in concept.dutch:
            rules.append(f"{word} => {', '.join(dict.fromkeys([word, *others]))}")
    return rules
