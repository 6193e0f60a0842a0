"""The site search page in several languages, on the engine and on the database."""

import pytest

from portal.factories import StandardPageFactory
from search import lifecycle
from search.pages.documents import PAGES

pytestmark = pytest.mark.django_db


@pytest.fixture
def indexed_site(engine, demo_site):
    lifecycle.rebuild(engine, PAGES)
    return demo_site


@pytest.mark.engine
def test_results_come_in_the_visitors_language(client, indexed_site):
    html = client.get("/uk/search/", {"q": "бадді"}).content.decode()
    assert '<a href="/uk/staty-baddi/">Стати бадді</a>' in html
    assert "Лише нідерландською" not in html


@pytest.fixture
def with_dutch_only_page(engine, demo_site):
    """The demo's core pages are in every language: one page only in Dutch, then index."""
    StandardPageFactory(
        parent=demo_site, title="Buddy zoeken", slug="buddy-zoeken", intro="Zoek een buddy."
    )
    lifecycle.rebuild(engine, PAGES)
    return demo_site


@pytest.mark.engine
def test_dutch_results_are_labelled_as_such(client, with_dutch_only_page):
    html = client.get("/ru/search/", {"q": "buddy"}).content.decode()
    assert '<a href="/ru/buddy-zoeken/">Buddy zoeken</a>' in html
    assert "Только на нидерландском" in html
    assert 'class="search-results__item" lang="nl" dir="ltr"' in html


@pytest.mark.engine
def test_typos_and_word_starts_still_find_pages(client, indexed_site):
    assert "Nederlands oefenen" in client.get("/nl/search/", {"q": "nederlnds"}).content.decode()
    assert "Ukraine" in client.get("/en/search/", {"q": "ukrai"}).content.decode()


@pytest.mark.engine
def test_no_results_gives_advice(client, indexed_site):
    html = client.get("/en/search/", {"q": "zzzzqqqq"}).content.decode()
    assert "0 results" in html
    assert "Try other or fewer words" in html


def test_without_an_engine_the_database_answers(client, demo_site, settings):
    settings.SEARCH = {**settings.SEARCH, "URL": ""}
    html = client.get("/en/search/", {"q": "buddy"}).content.decode()
    assert "Become a buddy" in html
    assert "simpler way" not in html


def test_empty_search_shows_only_the_form(client, demo_site):
    response = client.get("/fr/search/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="search"' in html and "résultat" not in html


@pytest.mark.engine
def test_a_missing_index_falls_back_instead_of_failing(client, engine, demo_site):
    response = client.get("/en/search/", {"q": "buddy"})  # no rebuild: the alias does not exist
    assert response.status_code == 200
    assert "Search works in a simpler way right now" in response.content.decode()
    assert "Become a buddy" in response.content.decode()


def test_search_page_has_one_search_landmark(client, demo_site):
    html = client.get("/nl/search/", {"q": "taal"}).content.decode()
    assert html.count('role="search"') == 1
    assert 'id="site-search-input"' not in html
