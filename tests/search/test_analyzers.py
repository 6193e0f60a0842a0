"""Language analysis: the mapping declares one analyzer per language, and the engine applies it."""

import pytest

from search.analyzers import LANGUAGES
from search.pages.documents import pages_index_body


def test_every_language_has_its_own_analyzer_and_fields():
    body = pages_index_body()
    analyzers = body["settings"]["analysis"]["analyzer"]
    for language in LANGUAGES:
        assert f"wegwijs_{language}" in analyzers
        field = body["mappings"]["properties"][f"title_{language}"]
        assert field == {"type": "text", "analyzer": f"wegwijs_{language}", "copy_to": "all_text"}
    assert body["settings"]["number_of_replicas"] == 0


@pytest.mark.engine
@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("nl", "Praattafels in het café", ["praattafel", "caf"]),  # as "cafe" gives
        ("en", "Volunteers practising", ["volunt", "practis"]),
        ("fr", "L'équipe des bénévoles", ["equip", "benevol"]),
        ("ru", "Разговорные клубы", ["разговорн", "клуб"]),
        ("uk", "Розмовний Клуб", ["розмовний", "клуб"]),
        ("ar", "المتطوعين", ["متطوع"]),
    ],
)
def test_engine_analyzes_each_language(engine, language, text, expected):
    index = engine.index_name("analysis")
    if not engine.indices(index):
        engine.create_index(index, pages_index_body())
    tokens = engine._raw.indices.analyze(
        index=index, body={"analyzer": f"wegwijs_{language}", "text": text}
    )["tokens"]
    assert [token["token"] for token in tokens] == expected
