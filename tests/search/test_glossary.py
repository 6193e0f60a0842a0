"""The concept glossary: the shipped file, its rules, load_glossary, and folding on the engine."""

import io
from unittest.mock import patch

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from portal import demo_steps
from portal.vocabulary import SITE_LANGUAGES
from search.glossary import (
    COLUMNS,
    GLOSSARY_FILE,
    concept_from_row,
    glossary_rows,
    index_time_rules,
    query_time_rules,
    read_glossary,
)
from search.models import OfferSynonym
from search.offers.editorial import synonym_rules
from search.offers.mapping import offers_index_body
from search.text import word_rules

HEADER = ",".join(COLUMNS)


def test_the_shipped_glossary_has_150_concepts_in_every_language():
    text = GLOSSARY_FILE.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "concept,nl,en,fr,uk,ru,ar"
    rows = list(glossary_rows(text))
    assert [problems for _n, _c, problems in rows if problems] == []
    concepts = [concept for _n, concept, _p in rows]
    assert len(concepts) >= 150
    for concept in concepts:
        assert all(concept.words[code] for code in SITE_LANGUAGES), concept.name
    names = {concept.name for concept in concepts}
    for wanted in ("cooking", "football", "swimming", "conversation table", "language café",
                   "walking", "gardening", "sewing", "cycling lessons", "computer class",
                   "homework help", "volunteering", "choir"):  # fmt: skip
        assert wanted in names


def test_a_word_expands_to_itself_and_the_dutch_words_only():
    assert word_rules("cooking, кулінарія", "koken, kookles") == [
        "cooking => cooking, koken, kookles",
        "кулінарія => кулінарія, koken, kookles",
    ]
    assert word_rules("a, b", "") == ["a, b"]  # no Dutch side: the words mean the same
    concept, _ = concept_from_row(
        {"concept": "cooking", "nl": "koken|kookles", "en": "cooking | cook", "fr": "cuisine",
         "uk": "", "ru": "", "ar": "الطبخ"}
    )  # fmt: skip
    assert concept.terms == "cooking, cook, cuisine, الطبخ"
    assert concept.replacement == "koken, kookles"
    assert query_time_rules([concept])[0] == "cooking => cooking, koken, kookles"
    assert index_time_rules([concept])[0] == "koken => koken, cooking, cook, cuisine, الطبخ"


@pytest.mark.parametrize(
    ("row", "codes"),
    [
        ({"nl": "koken", "en": "cooking"}, [("concept", "required")]),
        ({"concept": "x", "nl": "", "en": "cooking"}, [("nl", "required")]),
        ({"concept": "x", "nl": "koken"}, [("", "no_translation")]),
        ({"concept": "x", "nl": "koken", "en": "cook => koken"}, [("en", "forbidden_sign")]),
        ({"concept": "x", "nl": "koken", "en": "cooking, cook"}, [("en", "forbidden_sign")]),
        ({"concept": "x", "nl": "koken", "en": "c" * 1001}, [("", "too_long")]),
    ],
)
def test_a_bad_row_says_what_is_wrong(row, codes):
    full = {"concept": "", "nl": "", "en": "", "fr": "", "uk": "", "ru": "", "ar": "", **row}
    concept, problems = concept_from_row(full)
    assert concept is None
    assert [(problem.field, problem.code) for problem in problems] == codes


def test_a_missing_column_and_a_concept_named_twice_are_refused():
    rows = list(glossary_rows("concept,nl,en\ncooking,koken,cooking\n"))
    assert {p.code for p in rows[0][2]} == {"missing_column"}
    text = f"{HEADER}\ncooking,koken,cooking,,,,\nCooking,koken,cook,,,,\n"
    (_, first, _), (line, second, problems) = glossary_rows(text)
    assert first is not None and second is None
    assert (line, problems[0].code, problems[0].params) == (3, "duplicate", {"line": 2})


def test_both_ways_of_expanding_build_a_valid_index_body():
    concepts = read_glossary(GLOSSARY_FILE.read_text(encoding="utf-8"))
    query_time = offers_index_body({"nl": query_time_rules(concepts)})
    nl_search = query_time["settings"]["analysis"]["analyzer"]["offers_nl_search"]
    assert nl_search["char_filter"] == ["wegwijs_script_fold"]
    assert nl_search["filter"].index("wegwijs_ar_article") < nl_search["filter"].index(
        "offers_nl_synonyms"
    )
    index_time = offers_index_body({}, index_rules=index_time_rules(concepts))
    properties = index_time["mappings"]["properties"]
    assert properties["text_nl"]["analyzer"] == "offers_nl_expanded"
    assert properties["text_en"]["analyzer"] == "offers_en"


# --- load_glossary ------------------------------------------------------------------------


def _load(path, *args):
    out = io.StringIO()
    try:
        call_command("load_glossary", *([str(path)] if path else []), *args,
                     "--language", "en", stdout=out, stderr=io.StringIO())  # fmt: skip
        code = 0
    except CommandError as error:
        code = error.returncode
    return code, out.getvalue()


@pytest.mark.django_db
def test_load_glossary_is_idempotent_and_marks_its_synonyms(django_capture_on_commit_callbacks):
    count = len(read_glossary(GLOSSARY_FILE.read_text(encoding="utf-8")))
    with patch("search.signals.enqueue") as enqueue, patch("search.signals.get_client"):
        with django_capture_on_commit_callbacks(execute=True):
            code, out = _load(None, "--dry-run")
        assert code == 0 and "Dry run: nothing was saved." in out
        assert not OfferSynonym.objects.exists()
        with django_capture_on_commit_callbacks(execute=True):
            code, out = _load(None)
        assert code == 0
        assert f"Summary: {count} lines: {count} created, 0 updated, 0 unchanged" in out
        with django_capture_on_commit_callbacks(execute=True):
            code, out = _load(None)
        assert f"0 created, 0 updated, {count} unchanged, 0 rejected" in out
    assert OfferSynonym.objects.filter(source="glossary").count() == count
    assert enqueue.call_count == 1  # one rebuild of the offer index for the whole file
    cooking = OfferSynonym.objects.get(concept="cooking")
    assert cooking.language == "*" and cooking.replacement.startswith("koken")
    assert "кулінарія" in cooking.terms and "الطبخ" in cooking.terms
    rules = synonym_rules()
    assert "кулінарія => кулінарія, koken, kookles, kookatelier, samen koken" in rules["nl"]
    assert not any("кулінарія" in rule for rule in rules["*"])  # only where Dutch is searched


@pytest.mark.django_db
def test_load_glossary_updates_its_own_rows_reports_bad_lines_and_leaves_editors_alone(
    tmp_path,
):
    OfferSynonym.objects.create(
        source="editor", concept="football", terms="soccer", replacement="voetbal"
    )
    path = tmp_path / "glossary.csv"
    path.write_text(
        f"{HEADER}\ncooking,koken,cooking,,,,\nfootball,voetbal,football,,,,\n", encoding="utf-8"
    )
    with patch("search.signals.get_client", return_value=None):
        assert _load(path)[0] == 0
        path.write_text(
            f"{HEADER}\ncooking,koken|kookles,cooking,cuisine,,,\nsewing,naaien,,,,,\n",
            encoding="utf-8",
        )
        code, out = _load(path)
    assert code == 1
    assert "line 3: -: Give the concept's words in at least one language besides Dutch." in out
    assert "2 lines: 0 created, 1 updated, 0 unchanged, 1 rejected" in out
    cooking = OfferSynonym.objects.get(concept="cooking")
    assert (cooking.terms, cooking.replacement) == ("cooking, cuisine", "koken, kookles")
    editor = OfferSynonym.objects.get(concept="football")
    assert (editor.source, editor.terms) == ("editor", "soccer")


def test_seed_demo_loads_the_glossary():
    steps = {step.command: step for step in demo_steps.steps() if step.command}
    assert "load_glossary" in steps  # so `make run` and the demo site search across languages


# --- the engine folds Cyrillic and Arabic before the synonyms ------------------------------


@pytest.mark.engine
@pytest.mark.parametrize(
    ("analyzer", "typed", "written"),
    [
        ("offers_nl_search", "Волонтёрство", "волонтерство"),  # ё, capitals
        ("offers_ru_search", "ВОЛОНТЁРСТВО", "волонтерство"),
        ("offers_nl_search", "الطَّبْخ", "طبخ"),  # diacritics and the article
        ("offers_ar_search", "مكتبـــة", "مكتبه"),  # tatweel, ta marbuta
        ("offers_nl_search", "إسعافات", "اسعافات"),  # alef with hamza
        ("offers_uk_search", "Комп’ютер", "комп'ютер"),  # apostrophe variants
        ("offers_all", "Ґанок", "ганок"),
    ],
)
def test_the_engine_folds_cyrillic_and_arabic(engine, analyzer, typed, written):
    index = engine.index_name("glossary")
    if not engine.indices(index):
        concepts = read_glossary(GLOSSARY_FILE.read_text(encoding="utf-8"))
        engine.create_index(index, offers_index_body({"nl": query_time_rules(concepts)}))

    def tokens(text):
        answer = engine._raw.indices.analyze(index=index, body={"analyzer": analyzer, "text": text})
        return [token["token"] for token in answer["tokens"]]

    assert tokens(typed) == tokens(written)


@pytest.mark.engine
def test_a_visitors_word_reaches_the_dutch_index_terms(engine):
    index = engine.index_name("glossary-dutch")
    concepts = read_glossary(GLOSSARY_FILE.read_text(encoding="utf-8"))
    engine.create_index(index, offers_index_body({"nl": query_time_rules(concepts)}))

    def tokens(analyzer, text):
        answer = engine._raw.indices.analyze(index=index, body={"analyzer": analyzer, "text": text})
        return {token["token"] for token in answer["tokens"]}

    koken = tokens("offers_nl", "koken")
    for typed in ("cuisine", "Кулінарія", "кулинария", "кулинарии", "الطبخ", "cooking"):
        assert koken <= tokens("offers_nl_search", typed), typed
    assert tokens("offers_nl", "voetbal") <= tokens("offers_nl_search", "كرة القدم")
