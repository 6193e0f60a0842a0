"""The case-law listing: the same filter contract on the database and on the real engine."""

import datetime as dt

import pytest
from prometheus_client import REGISTRY

from portal.registries import engine_searches
from search import lifecycle
from search.models import PendingIndexUpdate
from search.rulings.documents import RULINGS
from tests.snapshots import DataSnapshot
from vreemdelingenrecht.factories import RulingPageFactory, TopicFactory
from vreemdelingenrecht.filters import RulingFilters, filters_parse
from vreemdelingenrecht.services import ruling_search, ruling_search_database

# (title, court, date, topic slugs, ecli, role number)
D = dt.date
RULINGS_DATA = [
    ("Visum gezinshereniging geweigerd", "rvv", D(2024, 3, 1), ["gezin"], "ECLI:BE:RVV:2024:1", ""),
    ("Gezinshereniging met een Belg", "gwh", D(2023, 6, 1), ["gezin"], "ECLI:BE:GHCC:2023:2", ""),
    ("Arbeidskaart en verblijf", "rvv", D(2023, 1, 5), ["werk"], "", "RV 2023/77"),
    ("Leefloon voor gezin", "labour", D(2022, 9, 9), ["sociaal", "gezin"], "", "AR 22/5/A"),
    ("Subsidiaire bescherming gegeven", "rvv", D(2022, 2, 2), ["asiel"], "ECLI:BE:RVV:2022:5", ""),
]  # fmt: skip

CASES = [
    (RulingFilters(), [1, 2, 3, 4, 5]),
    (RulingFilters(court="rvv"), [1, 3, 5]),
    (RulingFilters(year=2023), [2, 3]),
    (RulingFilters(topic="gezin"), [1, 2, 4]),
    (RulingFilters(court="rvv", year=2024, topic="gezin"), [1]),
    (RulingFilters(text="gezinshereniging"), [1, 2]),
    (RulingFilters(text="Gezinshereniging Belg"), [2]),
    (RulingFilters(text="leefloon", topic="sociaal"), [4]),
    (RulingFilters(text="ecli:be:rvv:2022:5"), [5]),
    (RulingFilters(text="bestaatniet"), []),
    (RulingFilters(court="cjeu"), []),
]


@pytest.fixture(scope="session")
def rulings_snapshot(
    demo_site_snapshot, municipalities_snapshot, legal_tree_snapshot, django_db_blocker
):
    with django_db_blocker.unblock():
        return DataSnapshot.record(
            lambda _home, _places, tree: build_rulings(tree),
            demo_site_snapshot,
            municipalities_snapshot,
            legal_tree_snapshot,
        )


@pytest.fixture
def rulings(legal_tree, rulings_snapshot):
    """Rulings on four topics (`build_rulings`), recorded once (tests/snapshots.py)."""
    made = rulings_snapshot.replay_or_build(lambda: build_rulings(legal_tree))
    for instance in legal_tree.values():
        instance.refresh_from_db()  # the build unpublished two of them
    return made


def build_rulings(legal_tree):
    legal_tree["ruling"].unpublish()
    legal_tree["other"].unpublish()
    slugs = ("gezin", "werk", "sociaal", "asiel")
    topics = {slug: TopicFactory(name=slug.title(), slug=slug) for slug in slugs}
    made = {}
    for number, (title, court, day, slugs, ecli, role) in enumerate(RULINGS_DATA, start=1):
        made[number] = RulingPageFactory(
            parent=legal_tree["case_law"], title=title, slug=f"r{number}", court=court,
            decision_date=day, ecli=ecli, role_number=role, topics=[topics[s] for s in slugs],
        )  # fmt: skip
    return made


@pytest.fixture(params=["database", pytest.param("engine", marks=pytest.mark.engine)])
def backend(request, settings):
    if request.param == "database":
        settings.SEARCH = {**settings.SEARCH, "URL": ""}
        return None
    return request.getfixturevalue("engine")


@pytest.mark.parametrize(("filters", "expected"), CASES)
def test_listing_filters(rulings, backend, filters, expected):
    if backend is not None:
        lifecycle.rebuild(backend, RULINGS)
    results = ruling_search(filters, language="nl")
    assert results.backend == ("database" if backend is None else "engine")
    assert [r.pk for r in results.rulings] == [rulings[n].pk for n in expected]
    assert results.total == len(expected)


@pytest.mark.engine
def test_engine_and_database_page_alike(rulings, engine):
    lifecycle.rebuild(engine, RULINGS)
    pages = [ruling_search(RulingFilters(), language="nl", offset=o, size=2) for o in (0, 2, 4)]
    assert [page.total for page in pages] == [5, 5, 5]
    found = [r.pk for page in pages for r in page.rulings]
    assert found == [rulings[n].pk for n in (1, 2, 3, 4, 5)]
    assert found == [
        r.pk
        for o in (0, 2, 4)
        for r in ruling_search_database(RulingFilters(), language="nl", offset=o, size=2).rulings
    ]


def test_engine_down_falls_back_to_the_database(rulings, settings):
    settings.SEARCH = {**settings.SEARCH, "URL": "http://127.0.0.1:9", "TIMEOUT": 0.5}
    results = ruling_search(RulingFilters(court="rvv"), language="nl")
    assert results.degraded and results.backend == "database"
    assert [r.pk for r in results.rulings] == [rulings[n].pk for n in (1, 3, 5)]


def sample(name: str, **labels) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def test_the_case_law_search_is_timed_and_its_fallbacks_counted(rulings, settings):
    settings.SEARCH = {**settings.SEARCH, "URL": "http://127.0.0.1:9", "TIMEOUT": 0.5}
    timed = "wegwijs_search_duration_seconds_count"
    fallbacks = "wegwijs_search_fallbacks_total"
    before = sample(timed, kind="rulings", backend="database"), sample(fallbacks, kind="rulings")
    assert ruling_search(RulingFilters(), language="nl").degraded
    assert sample(timed, kind="rulings", backend="database") == before[0] + 1
    assert sample(fallbacks, kind="rulings") == before[1] + 1


def test_without_a_registered_engine_search_the_database_answers(rulings, settings):
    settings.SEARCH = {**settings.SEARCH, "URL": "http://127.0.0.1:9", "TIMEOUT": 0.5}
    registered = engine_searches["rulings"]
    engine_searches.unregister("rulings")
    try:
        results = ruling_search(RulingFilters(court="rvv"), language="nl")
    finally:
        engine_searches.register("rulings", registered)
    assert results.backend == "database" and not results.degraded
    assert [r.pk for r in results.rulings] == [rulings[n].pk for n in (1, 3, 5)]


def test_publishing_a_ruling_queues_it_for_the_pages_and_the_rulings_index(legal_tree, settings):
    # A configured engine that is never reached: the task is handed over only after a commit.
    settings.SEARCH = {**settings.SEARCH, "URL": "http://127.0.0.1:9"}
    ruling = legal_tree["ruling"]
    PendingIndexUpdate.objects.filter(object_id=ruling.pk).delete()
    ruling.save_revision().publish()
    queued = PendingIndexUpdate.objects.filter(object_id=ruling.pk)
    assert sorted(queued.values_list("index_name", flat=True)) == ["pages", "rulings"]


def test_filters_drop_unknown_values_and_say_so():
    filters, problems = filters_parse(
        {"q": "  visum   ", "court": "moon", "year": "20x4", "topic": "gezin"},
        courts={"rvv"},
        topics={"gezin"},
    )
    assert filters == RulingFilters(text="visum", topic="gezin")
    assert problems == {"court": "unknown", "year": "invalid"}


def test_listing_page_filters_without_javascript(client, rulings, legal_tree, settings):
    settings.SEARCH = {**settings.SEARCH, "URL": ""}
    response = client.get(legal_tree["case_law"].url, {"court": "rvv", "year": "2024"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Visum gezinshereniging geweigerd" in html
    assert "Arbeidskaart en verblijf" not in html
    assert '<option value="rvv" selected>' in html
    html = client.get(legal_tree["case_law"].url, {"year": "abc"}).content.decode()
    assert 'role="alert"' in html
    assert "Subsidiaire bescherming gegeven" in html


def test_the_case_law_search_is_throttled(client, legal_tree, settings):
    from django.core.cache import cache

    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "search": "3/m"}
    cache.clear()
    url = legal_tree["case_law"].url
    for word in ("visum", "werk", "gezin"):
        assert client.get(url, {"q": word}).status_code == 200
    refused = client.get(url, {"q": "asiel"})
    cache.clear()
    assert refused.status_code == 429
    assert refused["Retry-After"] == "60"
    assert "Wacht een minuut" in refused.content.decode()


def test_a_long_query_searches_the_first_words_only(client, rulings, legal_tree, settings):
    """Each word becomes 14 LIKE conditions on the database: only the first MAX_WORDS count,
    the page says so, and it never fails."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from vreemdelingenrecht.filters import MAX_WORDS

    settings.SEARCH = {**settings.SEARCH, "URL": ""}
    words = ["gezinshereniging", "belg"] * (MAX_WORDS // 2) + [f"woord{n}" for n in range(40)]
    assert RulingFilters(text=" ".join(words)).words == words[:MAX_WORDS]
    with CaptureQueriesContext(connection) as queries:
        response = client.get(legal_tree["case_law"].url, {"q": " ".join(words)})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Gezinshereniging met een Belg" in html  # the words after the first ones are left out
    assert "eerste 8 woorden" in html
    most_likes = max(query["sql"].upper().count(" LIKE ") for query in queries.captured_queries)
    assert 0 < most_likes <= MAX_WORDS * 14
    short = client.get(legal_tree["case_law"].url, {"q": "gezinshereniging belg"})
    assert "eerste 8 woorden" not in short.content.decode()


@pytest.mark.engine
def test_restricting_the_case_law_section_empties_the_rulings_index(
    rulings, legal_tree, engine, django_capture_on_commit_callbacks
):
    from wagtail.models import PageViewRestriction

    lifecycle.rebuild(engine, RULINGS)
    assert ruling_search(RulingFilters(), language="nl").total == 5
    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(
            page=legal_tree["case_law"], restriction_type=PageViewRestriction.LOGIN
        )
    engine.refresh(engine.index_name("rulings"))
    results = ruling_search(RulingFilters(text="gezinshereniging"), language="nl")
    assert results.backend == "engine" and results.total == 0
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    engine.refresh(engine.index_name("rulings"))
    assert ruling_search(RulingFilters(), language="nl").total == 5
