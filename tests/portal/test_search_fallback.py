"""portal.search_fallback: the engine answers, or the database when the engine fails."""

import logging

import pytest
from prometheus_client import REGISTRY

from portal.search_fallback import EngineUnavailable, engine_or_database
from search.client import SearchFailed

KIND = "test_fallback"


def sample(name: str, **labels) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def failing_engine():
    raise SearchFailed("index_not_found_exception")


def test_the_engine_answers_when_it_can():
    before = sample("wegwijs_search_duration_seconds_count", kind=KIND, backend="opensearch")
    outcome = engine_or_database(
        KIND, lambda: "engine", lambda: "database", engine_name="opensearch"
    )
    assert (outcome.result, outcome.backend, outcome.degraded) == ("engine", "opensearch", False)
    after = sample("wegwijs_search_duration_seconds_count", kind=KIND, backend="opensearch")
    assert after == before + 1


def test_a_failing_engine_leaves_it_to_the_database_and_is_counted(caplog):
    before = sample("wegwijs_search_fallbacks_total", kind=KIND)
    with caplog.at_level(logging.WARNING, logger="portal.search_fallback"):
        outcome = engine_or_database(KIND, failing_engine, lambda: "database")
    assert (outcome.result, outcome.backend, outcome.degraded) == ("database", "database", True)
    assert sample("wegwijs_search_fallbacks_total", kind=KIND) == before + 1
    assert [r.message for r in caplog.records if "search engine unavailable" in r.message] == [
        f"search engine unavailable, the database answers ({KIND}): index_not_found_exception"
    ]


def test_without_an_engine_the_database_answers_and_nothing_is_degraded():
    before = sample("wegwijs_search_fallbacks_total", kind=KIND)
    outcome = engine_or_database(KIND, None, lambda: "database")
    assert (outcome.result, outcome.backend, outcome.degraded) == ("database", "database", False)
    assert sample("wegwijs_search_fallbacks_total", kind=KIND) == before


def test_other_errors_are_not_hidden():
    def broken():
        raise ValueError("a bug")

    with pytest.raises(ValueError, match="a bug"):
        engine_or_database(KIND, broken, lambda: "database")
    assert issubclass(SearchFailed, EngineUnavailable)
