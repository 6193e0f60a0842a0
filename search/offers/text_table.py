"""The database search's text table: every offer's words, folded, per language, in SQLite FTS5
(trigram tokenizer) or PostgreSQL (pg_trgm indexes), plus the vocabulary that typos are
corrected towards. Kept in step by the search signals; `rebuild_offer_text` rebuilds it."""

from __future__ import annotations

import functools
from collections.abc import Iterable

from django.db import connection

from portal.models import Municipality
from search.text import (
    allowed_edits,
    best_corrections,
    fold,
    searchable,
    trigrams,
    vocabulary_words,
)

TABLE = "search_offer_text"
WORDS = "search_offer_word"
WORD_TRIGRAMS = "search_offer_word_trigrams"  # SQLite only: FTS5 over the vocabulary
LANGUAGES = ("nl", "en", "fr", "uk", "ru", "ar")
COLUMNS = (*LANGUAGES, "place")
# Up to this many known words per misspelt word are weighed (closest trigram overlap first).
CANDIDATES = 200


def _sqlite() -> bool:
    return connection.vendor == "sqlite"


def _key() -> str:
    return "rowid" if _sqlite() else "offer_id"


def ddl(vendor: str) -> list[str]:
    """The statements that create both tables on this database."""
    if vendor == "sqlite":
        return [
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
            f"{', '.join(COLUMNS)}, tokenize='trigram')",
            f"CREATE TABLE IF NOT EXISTS {WORDS} (word TEXT PRIMARY KEY)",
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {WORD_TRIGRAMS} USING fts5(word, "
            f"content='{WORDS}', content_rowid='rowid', tokenize='trigram')",
            f"CREATE TRIGGER IF NOT EXISTS {WORDS}_added AFTER INSERT ON {WORDS} BEGIN "  # noqa: S608
            f"INSERT INTO {WORD_TRIGRAMS}(rowid, word) VALUES (new.rowid, new.word); END",
            f"CREATE TRIGGER IF NOT EXISTS {WORDS}_removed AFTER DELETE ON {WORDS} BEGIN "  # noqa: S608
            f"INSERT INTO {WORD_TRIGRAMS}({WORD_TRIGRAMS}, rowid, word) "
            f"VALUES ('delete', old.rowid, old.word); END",
        ]
    columns = ", ".join(f"{column} text NOT NULL DEFAULT ''" for column in COLUMNS)
    return [
        "CREATE EXTENSION IF NOT EXISTS pg_trgm",
        f"CREATE TABLE IF NOT EXISTS {TABLE} (offer_id integer PRIMARY KEY, {columns})",
        *(
            f"CREATE INDEX IF NOT EXISTS {TABLE}_{column}_trgm ON {TABLE} "
            f"USING gin ({column} gin_trgm_ops)"
            for column in COLUMNS
        ),
        f"CREATE TABLE IF NOT EXISTS {WORDS} (word text PRIMARY KEY)",
        f"CREATE INDEX IF NOT EXISTS {WORDS}_trgm ON {WORDS} USING gin (word gin_trgm_ops)",
    ]


def drop_ddl(vendor: str) -> list[str]:
    tables = [TABLE, WORD_TRIGRAMS, WORDS] if vendor == "sqlite" else [TABLE, WORDS]
    return [f"DROP TABLE IF EXISTS {table}" for table in tables]


# --- writing ------------------------------------------------------------------------------

OFFER_VALUES = [
    "pk",
    "postcode",
    "municipality__name_nl",
    "municipality__name_fr",
    *(f"{part}_{code}" for code in LANGUAGES for part in ("title", "summary", "description")),
]


def _row(values: dict) -> tuple:
    texts = [
        searchable(*(values[f"{part}_{code}"] for part in ("title", "summary", "description")))
        for code in LANGUAGES
    ]
    place = searchable(
        values["municipality__name_nl"] or "",
        values["municipality__name_fr"] or "",
        values["postcode"] or "",
    )
    return (values["pk"], *texts, place)


def rows_for(offers) -> list[tuple]:
    """(offer id, folded text per language..., place) for a queryset of offer pages (the live
    model or a migration's historical one)."""
    return [_row(values) for values in offers.values(*OFFER_VALUES)]


@functools.lru_cache(maxsize=1024)
def _municipality_names(nis: str) -> tuple[str, str]:
    # Reference data that only `load_places` changes: one query per municipality per process,
    # not one per published offer (an import publishes thousands).
    found = Municipality.objects.filter(pk=nis).values_list("name_nl", "name_fr").first()
    return found or ("", "")


def row_of(offer) -> tuple:
    """The same row from an offer page in memory (a publish signal's instance)."""
    values = {name: getattr(offer, name, "") for name in OFFER_VALUES if "__" not in name}
    names = _municipality_names(offer.municipality_id) if offer.municipality_id else ("", "")
    values["municipality__name_nl"], values["municipality__name_fr"] = names
    return _row(values)


def write(rows: list[tuple], *, extra_words: Iterable[str] = ()) -> int:
    """Replace these offers' rows and add their words to the vocabulary."""
    if not rows and not extra_words:
        return 0
    key = _key()
    words: set[str] = set(extra_words)
    with connection.cursor() as cursor:
        ids = [row[0] for row in rows]
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join(["%s"] * len(chunk))
            cursor.execute(f"DELETE FROM {TABLE} WHERE {key} IN ({marks})", chunk)  # noqa: S608
        columns = ", ".join((key, *COLUMNS))
        marks = ", ".join(["%s"] * (len(COLUMNS) + 1))
        cursor.executemany(f"INSERT INTO {TABLE} ({columns}) VALUES ({marks})", rows)  # noqa: S608
        for row in rows:
            words.update(vocabulary_words(" ".join(row[1:])))
        cursor.executemany(
            f"INSERT INTO {WORDS} (word) VALUES (%s) ON CONFLICT DO NOTHING",  # noqa: S608
            [(word,) for word in sorted(words)],
        )
    return len(rows)


def remove(offer_ids: list[int]) -> None:
    if not offer_ids:
        return
    marks = ", ".join(["%s"] * len(offer_ids))
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {TABLE} WHERE {_key()} IN ({marks})", offer_ids)  # noqa: S608


def is_empty() -> bool:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT 1 FROM {TABLE} LIMIT 1")  # noqa: S608
        return cursor.fetchone() is None


def clear() -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {TABLE}")  # noqa: S608
        cursor.execute(f"DELETE FROM {WORDS}")  # noqa: S608


def glossary_words(table: dict[str, tuple[str, ...]]) -> set[str]:
    """The visitor-side glossary words, so a misspelt word in any language finds its concept."""
    return {word for phrase in table for word in vocabulary_words(fold(phrase))}


# --- reading ------------------------------------------------------------------------------


def known(words: Iterable[str]) -> set[str]:
    wanted = sorted(set(words))
    if not wanted:
        return set()
    marks = ", ".join(["%s"] * len(wanted))
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT word FROM {WORDS} WHERE word IN ({marks})", wanted)  # noqa: S608
        return {word for (word,) in cursor.fetchall()}


def _candidates(word: str) -> list[str]:
    """Known words that share a trigram with `word` (best overlap first), and the words that
    start with its first two letters: a swap in a short word can leave no trigram in common."""
    grams = trigrams(word)
    found: list[str] = []
    with connection.cursor() as cursor:
        if grams and _sqlite():
            match = " OR ".join('"' + gram.replace('"', '""') + '"' for gram in grams)
            cursor.execute(
                f"SELECT word FROM {WORD_TRIGRAMS} WHERE {WORD_TRIGRAMS} MATCH %s "  # noqa: S608
                f"ORDER BY rank LIMIT {CANDIDATES}",
                [match],
            )
            found += [row[0] for row in cursor.fetchall()]
        elif grams:
            # %% is pg_trgm's "similar" operator (indexed), similarity() orders the few found.
            cursor.execute(
                f"SELECT word FROM {WORDS} WHERE word %% %s "  # noqa: S608
                f"ORDER BY similarity(word, %s) DESC LIMIT {CANDIDATES}",
                [word, word],
            )
            found += [row[0] for row in cursor.fetchall()]
        start = word[:2]
        cursor.execute(
            f"SELECT word FROM {WORDS} WHERE word >= %s AND word < %s "  # noqa: S608
            f"AND length(word) BETWEEN %s AND %s LIMIT {CANDIDATES}",
            [start, start + "\uffff", len(word) - 2, len(word) + 8],
        )
        found += [row[0] for row in cursor.fetchall()]
    return found


def corrections(text: str) -> dict[str, tuple[str, ...]]:
    """Folded query word -> the known words it is probably a typo of (unknown words only)."""
    words = [word for word in dict.fromkeys(fold(text).split()) if allowed_edits(word)]
    found = known(words)
    fixes = {}
    for word in words:
        if word not in found and (best := best_corrections(word, _candidates(word))):
            fixes[word] = best
    return fixes


def matching_ids(groups: list[tuple[str, ...]], columns: list[str], *, every: bool) -> list[int]:
    """Offers whose text in `columns` holds a word of each group (`every`) or of any group."""
    conditions, params = [], []
    for group in groups:
        alternatives = [word for word in dict.fromkeys(fold(item) for item in group) if word]
        alternatives = [word.replace("%", "").replace("_", "") for word in alternatives]
        tests = [f"{column} LIKE %s" for word in alternatives for column in columns]
        params += [f"%{word}%" for word in alternatives for _column in columns]
        if tests:
            conditions.append("(" + " OR ".join(tests) + ")")
    if not conditions:
        return []
    where = (" AND " if every else " OR ").join(conditions)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {_key()} FROM {TABLE} WHERE {where}", params)  # noqa: S608
        return [offer_id for (offer_id,) in cursor.fetchall()]


def rebuild(offers, *, glossary: dict[str, tuple[str, ...]], progress=None, batch: int = 500):
    """Write every offer's row again, from scratch, with the glossary's words. Returns the count."""
    clear()
    ids = list(offers.order_by("pk").values_list("pk", flat=True))
    done = 0
    for start in range(0, len(ids), batch):
        done += write(rows_for(offers.filter(pk__in=ids[start : start + batch])))
        if progress:
            progress(done)
    write([], extra_words=glossary_words(glossary))
    return done
