"""Page cache: anonymous pages stored per language, purged on every change, forms never stored."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client
from django.utils import translation
from wagtail.models import PageViewRestriction

from portal import page_cache
from portal.models import NavigationMenu, SiteSettings, StandardPage
from tests.buddy.forms_data import registration

pytestmark = pytest.mark.django_db

PAGE = "/nl/nederlands-oefenen/"


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600
    settings.PAGE_CACHE_MAX_AGE = 60
    cache.clear()
    yield
    cache.clear()


def state(response) -> str | None:
    return response.headers.get(page_cache.HIT_HEADER)


def vary(response) -> set[str]:
    return {part.strip().lower() for part in response.headers.get("Vary", "").split(",")}


def practise_dutch() -> StandardPage:
    return StandardPage.objects.get(slug_nl="nederlands-oefenen")


def publish_with_intro(page, text: str) -> None:
    with translation.override("nl"):
        page.intro_nl = text
        page.save_revision().publish()


def test_second_anonymous_visit_is_served_from_the_cache(client, demo_site):
    first = client.get(PAGE)
    second = client.get(PAGE)
    assert state(first) == "miss" and state(second) == "hit"
    assert second.status_code == 200
    assert second.content == first.content
    assert "cookie" in vary(second)
    cache_control = second.headers["Cache-Control"]
    assert "public" in cache_control and "max-age=60" in cache_control
    assert second.headers["Content-Language"] == "nl"
    assert "Content-Security-Policy" in second.headers
    assert not second.cookies


def test_each_language_has_its_own_entry(client, demo_site):
    client.get("/nl/")
    client.get("/en/")
    dutch, english = client.get("/nl/"), client.get("/en/")
    assert state(dutch) == state(english) == "hit"
    assert '<html lang="nl"' in dutch.content.decode()
    assert '<html lang="en"' in english.content.decode()
    assert english.headers["Content-Language"] == "en"


def test_a_query_string_is_never_cached(client, demo_site):
    client.get(PAGE + "?page=2")
    assert state(client.get(PAGE + "?page=2")) is None


def test_publish_purges_every_language(client, demo_site):
    client.get(PAGE)
    client.get("/en/practise-dutch/")
    publish_with_intro(practise_dutch(), "Een nieuwe inleiding na publicatie.")
    fresh = client.get(PAGE)
    assert state(fresh) == "miss"
    assert "Een nieuwe inleiding na publicatie." in fresh.content.decode()
    assert state(client.get("/en/practise-dutch/")) == "miss"


def test_unpublish_purges(client, demo_site):
    client.get(PAGE)
    practise_dutch().unpublish()
    assert client.get(PAGE).status_code == 404


def test_move_purges(client, demo_site):
    page = practise_dutch()
    new_parent = StandardPage.objects.get(slug_nl="buddy-worden")
    client.get(PAGE)
    page.move(new_parent, pos="last-child")
    moved = client.get(PAGE)  # Wagtail leaves a redirect behind, instead of the stored page
    assert moved.status_code == 301
    assert moved.url == "/nl/buddy-worden/nederlands-oefenen/"
    assert client.get(moved.url).status_code == 200


def test_delete_purges(client, demo_site):
    client.get(PAGE)
    practise_dutch().delete()
    assert client.get(PAGE).status_code == 404


def test_a_menu_or_setting_change_purges(client, demo_site):
    client.get("/nl/")
    NavigationMenu.objects.get(location=NavigationMenu.Location.MAIN).save()
    assert state(client.get("/nl/")) == "miss"
    client.get("/nl/")
    SiteSettings.objects.get().save()
    assert state(client.get("/nl/")) == "miss"


def test_signed_in_editor_gets_a_private_fresh_page(client, demo_site):
    anonymous = client.get(PAGE)
    assert state(anonymous) == "miss"
    editor = get_user_model().objects.create_superuser("cache-editor", "e@example.org", "x")
    signed_in = Client()
    signed_in.force_login(editor)
    for _ in range(2):
        response = signed_in.get(PAGE)
        assert state(response) is None
        assert "private" in response.headers["Cache-Control"]
        assert "wagtail-userbar" in response.content.decode()
    # ...and nothing of the editor's page reaches anonymous visitors.
    again = client.get(PAGE)
    assert state(again) == "hit" and "wagtail-userbar" not in again.content.decode()


def test_a_visitor_with_messages_is_not_served_from_the_cache(client, demo_site):
    client.get(PAGE)
    client.cookies["messages"] = "anything"
    assert state(client.get(PAGE)) is None


def test_a_password_form_with_csrf_token_is_never_stored(client, demo_site):
    PageViewRestriction.objects.create(
        page=practise_dutch(), restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    for _ in range(2):
        visitor = Client()
        response = visitor.get(PAGE)
        assert response.status_code == 200
        assert state(response) is None
        assert "csrfmiddlewaretoken" in response.content.decode()
        assert "csrftoken" in response.cookies
        assert "private" in response.headers["Cache-Control"]


def _token(response) -> str:
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.content.decode())[1]


@pytest.mark.parametrize("path", ["/nl/buddy/register/", "/nl/newsletter/"])
def test_public_forms_keep_a_working_csrf_token_for_each_visitor(demo_site, path):
    for _ in range(2):
        visitor = Client(enforce_csrf_checks=True)
        page = visitor.get(path)
        assert page.status_code == 200 and state(page) is None
        assert "csrftoken" in page.cookies
        post = visitor.post(path, {"csrfmiddlewaretoken": _token(page), "website": ""})
        assert post.status_code != 403  # a form error at worst, never a CSRF failure
    stranger = Client(enforce_csrf_checks=True)
    assert stranger.post(path, registration()).status_code == 403


def test_the_cache_down_or_empty_generation_still_serves(client, demo_site):
    cache.delete(page_cache.GENERATION_KEY)
    page_cache.purge()  # no generation yet: starts a new one
    assert client.get(PAGE).status_code == 200
    assert state(client.get(PAGE)) == "hit"


def test_the_cache_is_off_when_seconds_is_zero(client, demo_site, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(PAGE)
    assert state(client.get(PAGE)) is None
