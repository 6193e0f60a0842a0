"""Text rules of the offer search: query normalisation and synonym rules; pure.

Beside search.models and search.offers, not inside either: the synonym model checks its rules
here and the offer search applies them, so neither has to import the other for them."""

from __future__ import annotations

import re
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


def query_groups(
    text: str,
    table: dict[str, tuple[str, ...]],
    corrections: dict[str, tuple[str, ...]] | None = None,
) -> list[tuple[str, ...]]:
    """The query's words as groups of alternatives: a word or glossary phrase, then the Dutch
    words it stands for. Phrases are found longest first, left to right.

    `corrections` (folded word -> known words it may be a typo of, best first) stand in for
    misspelt words: phrases are looked up with the best one, and every one joins the group."""
    corrections = corrections or {}
    words = text.split()
    best = [(corrections.get(fold(word)) or (word,))[0] for word in words]
    groups: list[tuple[str, ...]] = []
    start = 0
    while start < len(words):
        for size in range(min(LONGEST_PHRASE, len(words) - start), 0, -1):
            phrase = " ".join(best[start : start + size])
            found = table.get(normalise_query(phrase))
            if found is not None or size == 1:
                typed = " ".join(words[start : start + size])
                fixes = corrections.get(fold(typed), ()) if size == 1 else ()
                more = [item for fix in fixes for item in (fix, *table.get(fix, ()))]
                groups.append(tuple(dict.fromkeys((typed, phrase, *(found or ()), *more))))
                start += size
                break
    return groups


# --- typo tolerance of the database search ------------------------------------------------

# Arabic letters people type either way (as the engine's analyzers fold them).
_ARABIC_FOLD = str.maketrans({"ة": "ه", "ى": "ي", "ـ": None})
_NON_WORD = re.compile(r"[^\w]+")
_TAGS = re.compile(r"<[^>]+>")


def fold(text: str) -> str:
    """How the database search compares text: lower case, no accents or diacritics (also ё→е,
    й→и and Arabic vowel marks), Arabic letter variants folded, single spaces."""
    return normalise_query(text).translate(_ARABIC_FOLD)


def searchable(*texts: str) -> str:
    """Texts (titles, summaries, descriptions with HTML) as one folded line of words."""
    joined = " ".join(_TAGS.sub(" ", text or "") for text in texts)
    return " ".join(_NON_WORD.sub(" ", fold(joined)).replace("_", " ").split())


def vocabulary_words(text: str, *, shortest: int = 3) -> set[str]:
    """The words of a folded text worth correcting typos towards."""
    return {word for word in text.split() if len(word) >= shortest and not word.isdigit()}


def allowed_edits(word: str) -> int:
    """The engine's AUTO fuzziness: exact below 3 letters, one edit up to 5, then two."""
    return 0 if len(word) < 3 else 1 if len(word) <= 5 else 2


def edit_distance(left: str, right: str) -> int:
    """Optimal string alignment distance: insert, delete, replace, swap two neighbours."""
    previous2: list[int] = []
    previous = list(range(len(right) + 1))
    for i, a in enumerate(left, 1):
        current = [i] + [0] * len(right)
        for j, b in enumerate(right, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b))
            if i > 1 and j > 1 and a == right[j - 2] and left[i - 2] == b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


def trigrams(word: str) -> list[str]:
    return list(dict.fromkeys(word[i : i + 3] for i in range(len(word) - 2)))


def best_corrections(word: str, candidates, *, keep: int = 3) -> tuple[str, ...]:
    """The known words `word` is most likely a typo of: within the allowed edits of the whole
    word or of its start (a misspelt first part of a compound), closest first."""
    limit = allowed_edits(word)
    if not limit:
        return ()
    scored = []
    for candidate in set(candidates):
        if candidate == word:
            return ()
        whole = edit_distance(word, candidate)
        start = min(edit_distance(word, candidate[: len(word) + extra]) for extra in (-1, 0, 1))
        distance = min(whole, start + 1) if len(candidate) > len(word) + 1 else whole
        if distance <= limit:
            scored.append((distance, abs(len(candidate) - len(word)), candidate))
    scored.sort()
    return tuple(candidate for *_, candidate in scored[:keep])
