"""Analyzers of the offer index: per-language chains, Dutch compounds, editor synonyms; pure."""

from __future__ import annotations

from elasticsearch.dsl import analyzer, char_filter, normalizer, token_filter

from search.analyzers import _ELISION_FR, _STEM, _STOP, FOLD_FILTERS, LANGUAGES, SCRIPT_FOLD

# Parts of Dutch compounds in offer texts: "praattafel" also matches "tafel", "taalcafé" "café".
DUTCH_COMPOUND_PARTS = [
    "taal", "cafe", "tafel", "praat", "conversatie", "groep", "club", "les", "cursus", "sport",
    "buddy", "project", "vrijwilliger", "vrijwilligers", "werk", "vloer", "koken", "wandel",
    "bibliotheek", "oefen", "oefening", "woon", "zorg", "centrum", "school", "klas", "buurt",
    "huis", "ouder", "ouders", "kind", "kinderen", "jongeren", "vrouwen", "computer", "fiets",
    "zwem", "muziek", "koor", "tuin", "moestuin", "spel", "spelletjes", "voetbal", "dans",
]  # fmt: skip

_UK_FOLD = char_filter(
    "wegwijs_uk_fold",
    type="mapping",
    # Apostrophe variants are one letter-joiner in Ukrainian; ґ is often typed as г.
    mappings=["’=>", "'=>", "ʼ=>", "`=>", "ґ=>г", "Ґ=>Г"],
)
_NL_COMPOUNDS = token_filter(
    "wegwijs_nl_compounds",
    type="dictionary_decompounder",
    word_list=DUTCH_COMPOUND_PARTS,
    min_subword_size=3,
    only_longest_match=False,
)
_RU_FOLD = token_filter("wegwijs_ru_fold", type="pattern_replace", pattern="ё", replacement="е")
_AR_FOLD = "arabic_normalization"
CYRILLIC_STEM = _STEM["ru"]


def synonym_filter(name: str, rules: list[str]):
    """A search-time synonym_graph filter; an empty rule list still gives a valid filter."""
    return token_filter(
        name,
        type="synonym_graph",
        synonyms=rules or ["wegwijs, wegwijs"],
        lenient=True,
    )


def _chain(language: str, synonyms) -> tuple[list, list]:
    """(char filters, token filters); `synonyms` is inserted after folding, before stemming.
    Every chain folds Cyrillic and Arabic (search.analyzers.SCRIPT_FOLD, FOLD_FILTERS) before
    the synonyms, so a glossary word matches however it is typed."""
    syn = [synonyms] if synonyms is not None else []
    fold = [*FOLD_FILTERS, *syn]
    if language == "nl":
        # The glossary's rules sit here: Cyrillic words are stemmed (Russian; Latin words have
        # no Cyrillic vowels, so it leaves them alone) before the rules, so "кулинарии" meets
        # the rule for "кулинария".
        filters = ["lowercase", "asciifolding", *FOLD_FILTERS, CYRILLIC_STEM, *syn]
        return [SCRIPT_FOLD], [*filters, _STOP["nl"], _STEM["nl"]]
    if language == "en":
        return [SCRIPT_FOLD], ["lowercase", "asciifolding", *fold, _STOP["en"], _STEM["en"]]
    if language == "fr":
        filters = [_ELISION_FR, "lowercase", "asciifolding", *fold, _STOP["fr"], _STEM["fr"]]
        return [SCRIPT_FOLD], filters
    if language == "ru":
        return [SCRIPT_FOLD], ["lowercase", _RU_FOLD, *fold, _STOP["ru"], _STEM["ru"]]
    if language == "uk":
        # No Ukrainian stemmer ships with OpenSearch: folding here, fuzziness and prefixes at
        # query time make up for some of it.
        return [SCRIPT_FOLD, _UK_FOLD], ["lowercase", *fold]
    if language == "ar":
        filters = ["lowercase", "decimal_digit", *fold, _STOP["ar"], _AR_FOLD, _STEM["ar"]]
        return [SCRIPT_FOLD], filters
    raise ValueError(f"unknown language {language!r}")


def index_synonym_filter(name: str, rules: list[str]):
    """An index-time synonym filter (flat: the index cannot hold a token graph)."""
    return token_filter(name, type="synonym", synonyms=rules or ["wegwijs, wegwijs"], lenient=True)


def index_analyzer(language: str, rules: list[str] | None = None):
    """`rules` (the index-time expansion measured against query time) go into Dutch only."""
    chars, filters = _chain(language, None)
    if language == "nl":
        # Compounds are split when indexing only, so a query for "praattafel" stays precise.
        syn = [index_synonym_filter("offers_nl_index_synonyms", rules)] if rules else []
        filters = [
            "lowercase", "asciifolding", *FOLD_FILTERS, CYRILLIC_STEM, *syn, _NL_COMPOUNDS,
            _STOP["nl"], _STEM["nl"],
        ]  # fmt: skip
    name = "offers_nl_expanded" if language == "nl" and rules else f"offers_{language}"
    return analyzer(name, tokenizer="standard", char_filter=chars, filter=filters)


def search_analyzer(language: str, rules: list[str]):
    chars, filters = _chain(language, synonym_filter(f"offers_{language}_synonyms", rules))
    return analyzer(
        f"offers_{language}_search", tokenizer="standard", char_filter=chars, filter=filters
    )


def all_index_analyzer():
    return analyzer(
        "offers_all",
        tokenizer="standard",
        char_filter=[SCRIPT_FOLD, _UK_FOLD],
        filter=["lowercase", "asciifolding", "decimal_digit", *FOLD_FILTERS],
    )


def all_search_analyzer(rules: list[str]):
    return analyzer(
        "offers_all_search",
        tokenizer="standard",
        char_filter=[SCRIPT_FOLD, _UK_FOLD],
        filter=[
            "lowercase",
            "asciifolding",
            "decimal_digit",
            *FOLD_FILTERS,
            synonym_filter("offers_all_synonyms", rules),
        ],
    )


def spell_analyzer():
    """Word pairs and triples for the "did you mean" phrase suggester."""
    shingles = token_filter(
        "offers_shingles", type="shingle", min_shingle_size=2, max_shingle_size=3
    )
    return analyzer(
        "offers_spell",
        tokenizer="standard",
        char_filter=[_UK_FOLD],
        filter=["lowercase", "asciifolding", shingles],
    )


def suggest_analyzer():
    return analyzer(
        "offers_suggest",
        tokenizer="standard",
        char_filter=[_UK_FOLD],
        filter=["lowercase", "asciifolding"],
    )


def folding_normalizer():
    return normalizer("offers_fold", filter=["lowercase", "asciifolding"])


def rules_for(language: str, rules: dict[str, list[str]]) -> list[str]:
    """Rules that apply to one language: its own plus the cross-language ones ("*")."""
    return [*rules.get("*", []), *rules.get(language, [])]


__all__ = ["LANGUAGES", "all_index_analyzer", "index_analyzer", "search_analyzer"]
