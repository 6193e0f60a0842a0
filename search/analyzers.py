"""Text analysis per site language, built with elasticsearch.dsl; pure, no Django or I/O."""

from elasticsearch.dsl import analyzer, char_filter, token_filter

from portal.vocabulary import SITE_LANGUAGES

LANGUAGES = SITE_LANGUAGES

_STOP = {
    "nl": token_filter("wegwijs_nl_stop", type="stop", stopwords="_dutch_"),
    "en": token_filter("wegwijs_en_stop", type="stop", stopwords="_english_"),
    "fr": token_filter("wegwijs_fr_stop", type="stop", stopwords="_french_"),
    "ru": token_filter("wegwijs_ru_stop", type="stop", stopwords="_russian_"),
    "ar": token_filter("wegwijs_ar_stop", type="stop", stopwords="_arabic_"),
}
_STEM = {
    "nl": token_filter("wegwijs_nl_stem", type="stemmer", language="dutch"),
    "en": token_filter("wegwijs_en_stem", type="stemmer", language="english"),
    "fr": token_filter("wegwijs_fr_stem", type="stemmer", language="light_french"),
    "ru": token_filter("wegwijs_ru_stem", type="stemmer", language="russian"),
    "ar": token_filter("wegwijs_ar_stem", type="stemmer", language="arabic"),
}
# Cyrillic and Arabic words typed in different ways, folded before anything else looks at them:
# ё/ґ and apostrophe variants (char filter), Arabic alef variants, ta marbuta, alef maqsura,
# tatweel and diacritics (arabic_normalization), and the article al- (with wa-, bi-, fa-, ka-,
# li-) in front of a word of three letters or more, so "الطبخ" is "طبخ".
SCRIPT_FOLD = char_filter(
    "wegwijs_script_fold",
    type="mapping",
    mappings=["ё=>е", "Ё=>Е", "ґ=>г", "Ґ=>Г", "’=>'", "ʼ=>'", "`=>'"],
)
AR_ARTICLE = token_filter(
    "wegwijs_ar_article",
    type="pattern_replace",
    pattern="^(?:ال|وال|بال|فال|كال|لل)(?=\\p{InArabic}{3,}$)",
    replacement="",
)
FOLD_FILTERS = ["arabic_normalization", AR_ARTICLE]

_ELISION_FR = token_filter(
    "wegwijs_fr_elision",
    type="elision",
    articles_case=True,
    articles=["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"],
)


def language_analyzer(language: str):
    """The analyzer for one language: folding, stop words and stemming where the engine has it."""
    name = f"wegwijs_{language}"
    if language == "nl":
        filters = ["lowercase", "asciifolding", _STOP["nl"], _STEM["nl"]]
    elif language == "en":
        filters = ["lowercase", "asciifolding", _STOP["en"], _STEM["en"]]
    elif language == "fr":
        filters = [_ELISION_FR, "lowercase", "asciifolding", _STOP["fr"], _STEM["fr"]]
    elif language == "ru":
        filters = ["lowercase", _STOP["ru"], _STEM["ru"]]
    elif language == "uk":
        # No Ukrainian stemmer ships with the engine's common analysis module.
        filters = ["lowercase"]
    elif language == "ar":
        filters = ["lowercase", "decimal_digit", _STOP["ar"], "arabic_normalization", _STEM["ar"]]
    else:
        raise ValueError(f"unknown language {language!r}")
    return analyzer(name, tokenizer="standard", char_filter=[SCRIPT_FOLD], filter=filters)


def all_languages_analyzer():
    """Language-neutral analysis for the cross-language fallback field."""
    return analyzer(
        "wegwijs_all",
        tokenizer="standard",
        char_filter=[SCRIPT_FOLD],
        filter=["lowercase", "asciifolding", "decimal_digit", "arabic_normalization"],
    )
