"""Text rules of the offer search: query normalisation and synonym rules; pure.

Beside search.models and search.offers, not inside either: the synonym model checks its rules
here and the offer search applies them, so neither has to import the other for them."""

from __future__ import annotations

import unicodedata


def normalise_query(text: str) -> str:
    """Lower case, no accents, single spaces: how best bets are matched."""
    text = unicodedata.normalize("NFKD", " ".join(text.split()).casefold())
    return "".join(char for char in text if not unicodedata.combining(char))


def split_terms(text: str) -> list[str]:
    return [" ".join(part.split()) for part in text.replace("\n", ",").split(",") if part.strip()]


def synonym_problem(text: str, *, need_two: bool) -> str | None:
    """None when the words can become a synonym rule; else "forbidden" or "too_few"."""
    if any(sign in text for sign in ("=>", "#", "\\")):
        return "forbidden"
    if text and need_two and len(split_terms(text)) < 2:
        return "too_few"
    return None


def word_rules(terms: str, replacement: str) -> list[str]:
    """One one-way rule per word: "a => a, x, y". Each word finds itself and the replacement,
    not the other words of the line: a query expands to a few terms, not to dozens."""
    right = split_terms(replacement)
    if not right:
        rule = synonym_rule(terms)
        return [rule] if rule else []
    return [
        f"{word} => {', '.join(dict.fromkeys([word, *right]))}"
        for word in dict.fromkeys(split_terms(terms))
    ]


def synonym_rule(terms: str, replacement: str = "") -> str | None:
    """A Solr-format rule: "a, b, c" (all equal) or "a, b => c, d" (one way)."""
    left = split_terms(terms)
    right = split_terms(replacement)
    if right and left:
        return f"{', '.join(left)} => {', '.join(dict.fromkeys(left + right))}"
    if len(left) >= 2:
        return ", ".join(left)
    return None


# The longest glossary phrase the database search looks for in a query, in words.
LONGEST_PHRASE = 4


def expansion_table(pairs) -> dict[str, tuple[str, ...]]:
    """A visitor's word or phrase (folded) -> the Dutch words it should also find, from
    (terms, replacement) pairs of glossary synonyms."""
    table: dict[str, tuple[str, ...]] = {}
    for terms, replacement in pairs:
        right = tuple(dict.fromkeys(split_terms(replacement)))
        for word in split_terms(terms):
            key = normalise_query(word)
            table[key] = tuple(dict.fromkeys((*table.get(key, ()), *right)))
    return table


def query_groups(text: str, table: dict[str, tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The query's words as groups of alternatives: a word or glossary phrase, then the Dutch
    words it stands for. Phrases are found longest first, left to right."""
    words = text.split()
    groups: list[tuple[str, ...]] = []
    start = 0
    while start < len(words):
        for size in range(min(LONGEST_PHRASE, len(words) - start), 0, -1):
            phrase = " ".join(words[start : start + size])
            found = table.get(normalise_query(phrase))
            if found is not None or size == 1:
                groups.append(tuple(dict.fromkeys((phrase, *(found or ())))))
                start += size
                break
    return groups
