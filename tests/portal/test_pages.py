"""Rendering of the home and standard pages in several languages, and page-type rules."""

import pytest
from wagtail.models import Page

from portal.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["nl", "en", "fr", "uk", "ru", "ar"])
def test_home_page_renders_in_every_language(client, demo_site, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    html = response.content.decode()
    direction = "rtl" if language == "ar" else "ltr"
    assert f'<html lang="{language}" dir="{direction}">' in html
    assert '<main id="main-content"' in html
    assert 'class="skip-link" href="#main-content"' in html


def test_home_shows_translated_intro(client, demo_site):
    assert "Nederlands oefenen, meedoen in je buurt" in client.get("/nl/").content.decode()
    assert "Практикуйте нідерландську" in client.get("/uk/").content.decode()


def test_standard_page_has_translated_slug_per_language(client, demo_site):
    assert client.get("/nl/nederlands-oefenen/").status_code == 200
    english = client.get("/en/practise-dutch/")
    assert english.status_code == 200
    assert "<h1>Practise Dutch</h1>" in english.content.decode()
    assert client.get("/uk/praktykuvaty-niderlandsku/").status_code == 200


def test_breadcrumbs_lead_back_home(client, demo_site):
    html = client.get("/en/practise-dutch/").content.decode()
    assert 'aria-label="You are here"' in html
    assert '<a href="/en/">Wegwijs</a>' in html


def test_home_page_lists_sections_in_menu(client, demo_site):
    html = client.get("/en/").content.decode()
    for title in ("Practise Dutch", "Take part locally", "Become a buddy", "Ukraine"):
        assert title in html


def test_unpublished_page_is_not_served(client, demo_site):
    page = StandardPage.objects.get(slug_nl="buddy-worden")
    page.unpublish()
    assert client.get("/nl/buddy-worden/").status_code == 404


def test_page_type_rules():
    assert HomePage.allowed_parent_page_models() == [Page]
    assert StandardPage in HomePage.allowed_subpage_models()
    assert HomePage not in StandardPage.allowed_subpage_models()
    assert HomePage.max_count == 1


def test_seed_demo_is_idempotent(demo_site):
    from portal import factories

    before = Page.objects.count()
    factories.generate(seed=42)
    assert Page.objects.count() == before
    assert HomePage.objects.count() == 1
