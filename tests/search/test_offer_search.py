"""The offer search on the demo offers: the judged query set (nDCG@10, zero results) on the
real engine, and contract tests that both implementations (engine, database) pass, plus the
API. The 150 demo offers are built once for the module (see offer_fixtures)."""

# ruff: noqa: F811 (pytest fixtures come from offer_fixtures)
import datetime as dt
import math
import re
from html import unescape

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from search.offers.params import parse_params
from search.offers.service import search_offers
from tests.search.judged_cross_language import CROSS_LANGUAGE_QUERIES, recall_at_10
from tests.search.judged_offers import QUERIES
from tests.search.judged_typos import TYPO_QUERIES
from tests.search.offer_fixtures import (  # noqa: F401
    module_engine,
    module_offers,
    on_database,
    on_engine,
)

# Measured on the first full run of the set (see docs/search.md); the suite fails below it.
# The first 71 queries: measured 0.929 (first run before tuning: 0.891), 0.925 before and after
# the glossary. All 111 (with the cross-language ones): 0.661 before the glossary, 0.952 with it.
ENGINE_NDCG_BASELINE = 0.92
ENGINE_NDCG_ALL_BASELINE = 0.94
# Issue 20: the cross-language queries (written before the glossary) find what they ask for.
CROSS_LANGUAGE_RECALL_TARGET = 0.9
# The database path (`make run`, engine outages) over the same sets, with the glossary.
DATABASE_CROSS_LANGUAGE_RECALL_TARGET = 0.9
DATABASE_NDCG_BASELINE = 0.85
# Issue 20 item 3: the database path forgives typos (0.13 on the judged set's typo queries
# before the text table; the separate typo set below was written before it).
DATABASE_TYPO_RECALL_TARGET = 0.8
ALL_QUERIES = QUERIES + CROSS_LANGUAGE_QUERIES
BACKENDS = ["on_engine", "on_database"]


def _params(raw: dict):
    today = timezone.localdate()
    query = {}
    for name, value in raw.items():
        if name.startswith("date_") and value.startswith("+"):
            value = (today + dt.timedelta(days=int(value[1:]))).isoformat()
        query[name] = [value]
    params, errors = parse_params(query)
    assert not errors, errors
    return params


def ndcg_at_10(ranked: list[str], grades: dict[str, int]) -> float:
    def dcg(values):
        return sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(values[:10]))

    ideal = dcg(sorted(grades.values(), reverse=True))
    return dcg([grades.get(key, 0) for key in ranked]) / ideal if ideal else 0.0


def run_judged_set(engine: str, queries=ALL_QUERIES, measure=ndcg_at_10):
    scores, zero, lines = [], [], []
    for name, raw, grades in queries:
        params = _params({**raw, "page_size": "10"})
        result = search_offers(params, language=params.lang)
        assert result.engine == engine, name  # no silent fallback to the database
        ranked = [hit.external_id for hit in result.hits]
        score = measure(ranked, grades)
        scores.append(score)
        if not result.hits:
            zero.append(name)
        lines.append(f"{score:.3f}  {name}  relaxed={result.relaxed}")
    return sum(scores) / len(scores), len(zero) / len(queries), zero, lines


def test_the_judged_set_has_enough_queries_in_several_languages():
    assert len(QUERIES) >= 60
    assert len(CROSS_LANGUAGE_QUERIES) >= 30
    cross = {raw.get("lang") for _, raw, _ in CROSS_LANGUAGE_QUERIES}
    assert {"en", "fr", "uk", "ru", "ar"} <= cross
    languages = {raw.get("lang", "nl") for _, raw, _ in QUERIES}
    assert {"nl", "en", "uk", "ru", "ar", "fr"} <= languages
    assert all(grades for _, _, grades in QUERIES)


@pytest.mark.engine
def test_judged_set_on_the_engine(on_engine):
    ndcg, zero_rate, zero, lines = run_judged_set("opensearch")
    first = [float(line.split()[0]) for line in lines[: len(QUERIES)]]
    print("\n".join(lines), f"\nengine nDCG@10 = {ndcg:.3f}, zero-result rate = {zero_rate:.3f}")
    assert zero == []
    assert sum(first) / len(first) >= ENGINE_NDCG_BASELINE
    assert ndcg >= ENGINE_NDCG_ALL_BASELINE


@pytest.mark.engine
def test_cross_language_recall_on_the_engine(on_engine):
    recall, _rate, zero, lines = run_judged_set(
        "opensearch", CROSS_LANGUAGE_QUERIES, measure=recall_at_10
    )
    ndcg, *_ = run_judged_set("opensearch", CROSS_LANGUAGE_QUERIES)
    print("\n".join(lines), f"\ncross-language recall@10 = {recall:.3f}, nDCG@10 = {ndcg:.3f}")
    assert zero == []
    assert recall >= CROSS_LANGUAGE_RECALL_TARGET


def test_judged_set_on_the_database_never_ends_empty(on_database):
    ndcg, zero_rate, zero, lines = run_judged_set("database")
    print("\n".join(lines))
    print(f"\ndatabase nDCG@10 = {ndcg:.3f}, zero-result rate = {zero_rate:.3f}")
    assert zero == []
    # 0.602 before the database search used the glossary, 0.896 with it (111 queries).
    assert ndcg >= DATABASE_NDCG_BASELINE


def test_typos_on_the_database_find_what_was_meant(on_database):
    recall, _rate, zero, lines = run_judged_set("database", TYPO_QUERIES, measure=recall_at_10)
    print("\n".join(lines), f"\ndatabase typo recall@10 = {recall:.3f}")
    assert zero == []
    assert recall >= DATABASE_TYPO_RECALL_TARGET


@pytest.mark.engine
def test_typos_on_the_engine_find_what_was_meant(on_engine):
    recall, _rate, zero, lines = run_judged_set("opensearch", TYPO_QUERIES, measure=recall_at_10)
    print("\n".join(lines), f"\nengine typo recall@10 = {recall:.3f}")
    assert zero == []
    assert recall >= DATABASE_TYPO_RECALL_TARGET


# --- contract: both implementations -----------------------------------------------------


@pytest.fixture(params=BACKENDS)
def backend(request):
    if request.param == "on_engine":
        request.applymarker(pytest.mark.engine)
    request.getfixturevalue(request.param)
    return "opensearch" if request.param == "on_engine" else "database"


def test_facets_are_disjunctive(backend):
    everything = search_offers(_params({}), language="nl")
    practice = search_offers(_params({"type": "practice"}), language="nl")
    assert everything.engine == practice.engine == backend
    counts = {value.value: value.count for value in practice.facets["type"]}
    all_counts = {value.value: value.count for value in everything.facets["type"]}
    assert counts == all_counts  # the type facet ignores its own selection
    assert practice.count == counts["practice"] < everything.count
    assert counts["participation"] > 0
    selected = [value.value for value in practice.facets["type"] if value.selected]
    assert selected == ["practice"]
    # Other facets do respect the type selection.
    formats = {value.value: value.count for value in practice.facets["format"]}
    assert sum(formats.values()) == practice.count


def test_a1_learners_also_see_offers_for_all_levels(backend):
    result = search_offers(_params({"level": "A1", "page_size": "100"}), language="nl")
    levels = [hit.levels for hit in result.hits]
    assert [] in levels  # for all levels
    assert all(not found or "A1" in found for found in levels)
    assert any("A1" in found for found in levels)


def test_a_place_limits_by_distance_and_online_joins_only_when_asked(backend):
    near = search_offers(_params({"postcode": "1000", "page_size": "100"}), language="nl")
    assert near.count > 0
    assert all(hit.distance_km is not None and hit.distance_km <= 10 for hit in near.hits)
    assert all(hit.format != "online" for hit in near.hits)
    with_online = search_offers(
        _params({"postcode": "1000", "include_online": "1", "page_size": "100"}), language="nl"
    )
    assert with_online.count > near.count
    assert any(hit.format == "online" for hit in with_online.hits)
    by_distance = search_offers(
        _params({"municipality": "Bruxelles", "sort": "distance", "page_size": "100"}),
        language="nl",
    )
    distances = [hit.distance_km for hit in by_distance.hits]
    assert distances == sorted(distances)


def _text_with_a_free_weekday():
    """Search words whose results leave at least one weekday without any session."""
    for text in ("praattafel gent", "wandelclub brugge", "leuven", "koffie"):
        found = search_offers(_params({"q": text, "page_size": "100"}), language="en")
        used = {day for hit in found.hits for day in hit.weekdays}
        if found.hits and found.relaxed is None and len(used) < 7:
            return text, found, min(set(range(7)) - used)
    raise AssertionError("every candidate text has sessions on every weekday")


def test_nothing_found_is_relaxed_and_explained(backend):
    text, plain, free_day = _text_with_a_free_weekday()
    result = search_offers(_params({"q": text, "weekday": str(free_day)}), language="en")
    assert result.relaxed == ["any_weekday"]
    day = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][free_day]
    assert result.relaxed_message == (
        "We found nothing that matches all your choices. "
        f"There is nothing on {day}, so we show other days."
    )
    assert result.count == plain.count
    assert {hit.page_id for hit in result.hits} <= {hit.page_id for hit in plain.hits}
    # With a place, widening the radius comes first.
    leuven = search_offers(_params({"postcode": "3000", "page_size": "100"}), language="en")
    quiet = set(range(7)) - {day for hit in leuven.hits for day in hit.weekdays}
    assert quiet  # the demo has a handful of offers near 3000, on one or two weekdays
    near = search_offers(_params({"postcode": "3000", "weekday": str(min(quiet))}), language="en")
    assert near.count > 0 and near.relaxed[0] == "wider_radius_25"
    assert "We also show offers up to 25 km away." in near.relaxed_message


def test_filters_by_boolean_and_codes(backend):
    result = search_offers(
        _params({"free": "true", "childcare": "1", "page_size": "100"}), language="nl"
    )
    assert result.count > 0
    assert all(hit.free for hit in result.hits)
    childcare = {value.value: value for value in result.facets["childcare"]}
    assert childcare["true"].selected and childcare["true"].count == result.count


def test_results_in_the_visitors_language(backend):
    result = search_offers(_params({"q": "praattafel", "lang": "uk"}), language="uk")
    assert result.hits
    ukrainian = [hit for hit in result.hits if hit.title_language == "uk"]
    assert ukrainian and ukrainian[0].title.startswith("Розмовний клуб")


@pytest.mark.engine
def test_did_you_mean_only_when_confident(on_engine):
    typo = search_offers(_params({"q": "woonzorgcentrm vrijwiligerswerk"}), language="nl")
    fine = search_offers(_params({"q": "praattafel"}), language="nl")
    assert fine.suggestion is None
    assert typo.suggestion is None or "woonzorgcentrum" in typo.suggestion


@pytest.mark.engine
def test_suggestions_as_you_type(on_engine):
    from search.offers.service import suggest_offers

    found = suggest_offers("praat", language="nl")
    assert found and all(title.lower().startswith("praat") for title in found)


def test_best_bet_is_pinned(backend):
    from aanbod.models import OfferPage
    from search.models import OfferBestBet

    offer = OfferPage.objects.get(external_id="demo-042")
    OfferBestBet.objects.create(query="Hulp Nodig", offer=offer)
    result = search_offers(_params({"q": "hulp nodig"}), language="nl")
    assert result.best_bet is not None and result.best_bet.external_id == "demo-042"


# --- API --------------------------------------------------------------------------------


def test_api_searches_with_the_contract_names(backend, client):
    response = client.get(
        "/api/v1/offers/search",
        {"q": "praattafel", "postcode": "9000", "radius_km": "50", "free": "true", "level": "A1"},
    )
    assert response.status_code == 200, response.content
    data = response.json()
    assert {"count", "results", "facets", "suggestion", "relaxed"} <= set(data)
    first = data["results"][0]
    assert {"external_id", "source", "title", "url", "distance_km", "next_dates"} <= set(first)
    assert first["distance_km"] is not None and first["url"].startswith("http")
    assert set(data["facets"]) >= {"type", "level", "weekday", "daypart", "free"}


@pytest.mark.engine
@pytest.mark.parametrize(
    ("language", "text"),
    [("fr", "cuisine"), ("uk", "прогулянки"), ("ar", "كرة القدم"), ("ru", "волонтёрство")],
)
def test_finder_and_api_find_the_same_offers_across_languages(on_engine, client, language, text):
    """A visitor's own words reach the Dutch offers in the finder and the API alike."""
    with translation.override(language):
        url = reverse("search:finder")
    html = client.get(url, {"q": text}).content.decode()
    page = re.findall(r'<h3 class="finder-card__title">.*?<a [^>]*>([^<]+)</a>', html, re.S)
    api = client.get("/api/v1/offers/search", {"q": text, "lang": language}).json()
    assert not api["relaxed"] and api["count"] > 0
    assert [unescape(title) for title in page] == [hit["title"] for hit in api["results"]]


def test_api_rejects_bad_parameters_with_a_message_each(client, on_database):
    response = client.get(
        "/api/v1/offers/search",
        {"free": "maybe", "weekday": "9", "daypart": "night", "postcode": "0001"},
        HTTP_ACCEPT_LANGUAGE="nl",
    )
    assert response.status_code == 400
    errors = {item["field"]: item for item in response.json()["errors"]}
    assert set(errors) == {"free", "weekday", "daypart", "postcode"}
    assert errors["weekday"]["code"] == "out_of_range"
    assert all(item["message"] for item in errors.values())


def test_api_is_in_the_openapi_description(client, db):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert "/api/v1/offers/search" in paths
    names = {param["name"] for param in paths["/api/v1/offers/search"]["get"]["parameters"]}
    assert {"q", "postcode", "level", "type", "weekday", "daypart", "free", "page_size"} <= names


# --- keeping the index in step (these change the module's index, so they run last) ------------


@pytest.mark.engine
def test_unpublish_and_publish_reach_the_offer_index(on_engine):
    from aanbod.models import OfferPage
    from search.models import PendingIndexUpdate
    from search.services import index_update_apply

    def indexed(offer_id):
        alias = f"{on_engine.config.index_prefix}-offers"
        on_engine.refresh(alias)
        body = {"query": {"ids": {"values": [str(offer_id)]}}}
        return bool(on_engine.search(alias, body)["hits"]["hits"])

    offer = OfferPage.objects.get(external_id="demo-007")
    assert indexed(offer.pk)
    offer.unpublish()
    assert PendingIndexUpdate.objects.filter(index_name="offers", object_id=offer.pk).exists()
    index_update_apply(index_name="offers", object_id=offer.pk)
    assert not indexed(offer.pk)
    offer.refresh_from_db()
    offer.save_revision().publish()
    index_update_apply(index_name="offers", object_id=offer.pk)
    assert indexed(offer.pk)


@pytest.mark.engine
def test_editor_synonyms_reach_the_engine_with_a_rebuild(on_engine):
    from search import lifecycle
    from search.models import OfferSynonym
    from search.offers.documents import OFFERS

    before = search_offers(_params({"q": "kletskring"}), language="nl")
    assert before.relaxed  # an unknown word: only the relaxation finds something
    OfferSynonym.objects.create(language="nl", terms="kletskring, praattafel")
    old = on_engine.alias_targets(f"{on_engine.config.index_prefix}-offers")
    lifecycle.rebuild(on_engine, OFFERS)
    assert on_engine.alias_targets(f"{on_engine.config.index_prefix}-offers") != old
    after = search_offers(_params({"q": "kletskring"}), language="nl")
    assert after.relaxed is None
    assert after.hits and all(hit.external_id in _praattafels() for hit in after.hits)


def _praattafels():
    from tests.search.judged_offers import PRAATTAFEL, ids

    return set(ids(t=PRAATTAFEL))


def test_cross_language_words_find_dutch_offers_on_the_database(on_database):
    """`make run` and an engine outage use the database: a visitor's glossary word finds the
    offers by their Dutch words there too, instead of relaxing to every offer."""
    recall, _rate, zero, lines = run_judged_set(
        "database", CROSS_LANGUAGE_QUERIES, measure=recall_at_10
    )
    ndcg, *_ = run_judged_set("database", CROSS_LANGUAGE_QUERIES)
    print(
        "\n".join(lines), f"\ndatabase cross-language recall@10 = {recall:.3f}, nDCG = {ndcg:.3f}"
    )
    assert zero == []
    assert recall >= DATABASE_CROSS_LANGUAGE_RECALL_TARGET
