"""A page made private disappears from listings and from the page cache at once."""

import pytest
from django.core.cache import cache
from wagtail.models import PageViewRestriction

from portal import page_cache
from portal.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def section(demo_site):
    page = StandardPageFactory(
        parent=demo_site, title="Sectie zebrakoffie", slug="sectie", show_in_menus=True
    )
    StandardPageFactory(parent=page, title="Open kindpagina", slug="open")
    StandardPageFactory(parent=page, title="Geheime kindpagina", slug="geheim")
    return page


def _restrict(page):
    return PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


def test_home_page_sections_leave_out_restricted_pages(client, section):
    assert "Sectie zebrakoffie" in client.get("/nl/").content.decode()
    _restrict(section)
    assert "Sectie zebrakoffie" not in client.get("/nl/").content.decode()


def test_subpage_listings_leave_out_restricted_pages(client, section):
    _restrict(section.get_children().get(slug="geheim"))
    html = client.get("/nl/sectie/").content.decode()
    assert "Open kindpagina" in html
    assert "Geheime kindpagina" not in html


@pytest.fixture
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


def test_a_restriction_purges_the_page_cache(client, section, page_cache_on):
    for _ in range(2):
        home = client.get("/nl/")
        private = client.get("/nl/sectie/")
    assert home.headers[page_cache.HIT_HEADER] == private.headers[page_cache.HIT_HEADER] == "hit"

    restriction = _restrict(section)
    home = client.get("/nl/")
    assert home.headers.get(page_cache.HIT_HEADER) != "hit"
    assert "Sectie zebrakoffie" not in home.content.decode()
    private = client.get("/nl/sectie/")
    assert private.status_code == 302 and "/login" in private["Location"]

    client.get("/nl/")  # stored again without the section
    restriction.delete()
    assert "Sectie zebrakoffie" in client.get("/nl/").content.decode()
