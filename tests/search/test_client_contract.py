"""The client port against the real engine: the contract every engine adapter must keep."""

import pytest

from search.client import Document, EngineConfig, EngineUnavailable, SearchClient

pytestmark = pytest.mark.engine

BODY = {
    "settings": {"number_of_shards": 1, "number_of_replicas": 0},
    "mappings": {"properties": {"title": {"type": "text"}, "kind": {"type": "keyword"}}},
}


def test_engine_answers_and_reports_its_version(engine):
    info = engine.info()
    assert info["version"]["number"]


def test_newer_versions_win_and_older_ones_are_stale(engine):
    index = engine.index_name("contract-a")
    engine.create_index(index, BODY)
    assert engine.put(index, Document("1", 200, {"title": "Praattafel Gent"})) == "created"
    assert engine.put(index, Document("1", 100, {"title": "oud"}), refresh=True) == "stale"
    hits = engine.search(index, {"query": {"match": {"title": "praattafel"}}})["hits"]["hits"]
    assert [hit["_source"]["title"] for hit in hits] == ["Praattafel Gent"]
    assert engine.remove(index, "1", 150) == "stale"
    assert engine.remove(index, "1", 300, refresh=True) == "deleted"
    assert engine.count(index) == 0
    assert engine.remove(index, "missing", 1) in ("not_found", "deleted")


def test_bulk_reports_failures_but_not_stale_versions(engine):
    index = engine.index_name("contract-b")
    engine.create_index(index, BODY)
    engine.put(index, Document("1", 500, {"title": "nieuw"}))
    indexed, failures = engine.bulk(
        index,
        [
            Document("1", 400, {"title": "ouder"}),  # stale: silently skipped
            Document("2", 1, {"title": "Taalcafé"}),
            Document("3", 1, {"title": {"not": "text"}}),  # wrong type: a real failure
        ],
    )
    assert indexed == 1
    assert len(failures) == 1 and failures[0].startswith("3:")


def test_alias_swap_moves_readers_in_one_step(engine):
    alias = engine.index_name("contract-alias")
    old, new = f"{alias}-1", f"{alias}-2"
    for name in (old, new):
        engine.create_index(name, BODY)
    engine.put(old, Document("1", 1, {"title": "oud"}), refresh=True)
    engine.put(new, Document("1", 1, {"title": "nieuw"}), refresh=True)
    engine.swap_alias(alias, old)
    assert engine.alias_targets(alias) == [old]
    engine.swap_alias(alias, new)
    assert engine.alias_targets(alias) == [new]
    hits = engine.search(alias, {"query": {"match_all": {}}})["hits"]["hits"]
    assert hits[0]["_source"]["title"] == "nieuw"
    assert engine.indices(f"{alias}-*") == {old: [], new: [alias]}


def test_an_engine_that_does_not_answer_raises_engine_unavailable():
    client = SearchClient(EngineConfig(url="http://127.0.0.1:9", timeout=0.5))
    with pytest.raises(EngineUnavailable):
        client.info()
    with pytest.raises(EngineUnavailable):
        client.search("anything", {"query": {"match_all": {}}})


def test_unknown_engine_kind_is_refused():
    with pytest.raises(ValueError, match="SEARCH_ENGINE"):
        SearchClient(EngineConfig(url="http://127.0.0.1:9200", engine="solr"))
