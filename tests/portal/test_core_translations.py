"""Every core page of the demo in all six languages: no field of a core page, menu item or
offer label falls back to Dutch, and `/ar/` shows its menus in Arabic."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from django.apps import apps
from django.conf import settings
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from portal.models import HomePage, NavigationMenu
from portal.page_text import field_text, missing_translations
from tests.demo_database import seed_demo_here
from tests.rolled_back import rolled_back

OTHER_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


@dataclass(frozen=True)
class CorePage:
    """A core page of the demo: its page type and, when the type has several pages, its Dutch
    slug."""

    name: str
    model: str
    slug_nl: str = ""


# The lead extends this list with the inburgering guide, the planner and the calendar listing.
CORE_PAGES = [
    CorePage("home", "portal.HomePage"),
    CorePage("Nederlands oefenen", "portal.StandardPage", "nederlands-oefenen"),
    CorePage("Meedoen", "portal.StandardPage", "meedoen"),
    CorePage("Buddy worden", "portal.StandardPage", "buddy-worden"),
    CorePage("buddy projects", "buddy.InitiativeIndexPage"),
    CorePage("offers", "aanbod.OfferIndexPage"),
    CorePage("orientation", "inburgering.DutchCourseOrientationPage"),
    CorePage("integration guide", "inburgering.IntegrationGuidePage"),
    CorePage("My 40 hours", "inburgering.ParticipationPlannerPage"),
    CorePage("training calendar", "vorming.EventIndexPage"),
    CorePage("key figures", "kerncijfers.KeyFiguresPage"),
    CorePage("crisis hub", "crisis.CrisisHubPage"),
    CorePage("privacy", "portal.StandardPage", "privacy"),
    CorePage("about", "portal.StandardPage", "over-wegwijs"),
    CorePage("accessibility", "portal.StandardPage", "toegankelijkheid"),
]
# Core views whose texts are interface strings (checked in tests/test_locale.py); here only
# that their heading is not the Dutch one.
CORE_VIEWS = ["search:finder"]
# The labels an offer page shows, kept as translated records.
OFFER_LABEL_MODELS = ["aanbod.Theme", "aanbod.TargetGroup"]
MENUS = [NavigationMenu.Location.MAIN, NavigationMenu.Location.FOOTER]


@pytest.fixture(scope="module")
def seeded_demo(django_db_setup, django_db_blocker):
    """Everything `seed_demo` builds, once for this module, rolled back at its end."""
    with (
        rolled_back(django_db_blocker),
        override_settings(SEARCH={**settings.SEARCH, "URL": ""}),
    ):
        seed_demo_here()
        yield


def core_page(spec: CorePage):
    queryset = apps.get_model(spec.model).objects.all()
    if spec.slug_nl:
        queryset = queryset.filter(slug_nl=spec.slug_nl)
    return queryset.get()


@pytest.mark.parametrize("spec", CORE_PAGES, ids=lambda spec: spec.name)
def test_core_page_has_every_language(seeded_demo, db, spec):
    assert missing_translations(core_page(spec)) == {}


def test_home_cards_have_every_language(seeded_demo, db):
    home = HomePage.objects.get()
    cards = home.get_children().live().public().in_menu().specific()
    assert cards
    gaps = {
        card.title: missing
        for card in cards
        if (missing := {c: f for c, f in missing_translations(card).items() if "title" in f})
    }
    assert gaps == {}


def item_text(item, language: str) -> str:
    if field_text(item, "label", "nl"):
        return field_text(item, "label", language)
    return field_text(item.link_page.specific, "title", language)


@pytest.mark.parametrize("location", MENUS)
def test_menu_items_have_every_language(seeded_demo, db, location):
    items = list(NavigationMenu.objects.get(location=location).items.all())
    assert items
    gaps = [
        (item_text(item, "nl"), code)
        for item in items
        for code in OTHER_LANGUAGES
        if not item_text(item, code)
    ]
    assert gaps == []


@pytest.mark.parametrize("label", OFFER_LABEL_MODELS)
def test_offer_labels_have_every_language(seeded_demo, db, label):
    terms = list(apps.get_model(label).objects.all())
    assert terms
    assert {
        str(term): missing_translations(term) for term in terms if missing_translations(term)
    } == {}


def heading(html: str) -> str:
    match = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)
    return re.sub(r"<[^>]+>|\s+", " ", match.group(1)).strip() if match else ""


@pytest.mark.parametrize("name", CORE_VIEWS)
def test_core_views_are_not_dutch(seeded_demo, db, client, name):
    headings = {}
    for code, _language in settings.LANGUAGES:
        with translation.override(code):
            url = reverse(name)
        response = client.get(url)
        assert response.status_code == 200, url
        headings[code] = heading(response.content.decode())
    assert headings["nl"]
    assert [code for code in OTHER_LANGUAGES if headings[code] == headings["nl"]] == []


ARABIC = re.compile(r"[\u0600-\u06FF]")


def nav_links(html: str, css_class: str) -> list[str]:
    match = re.search(rf'<nav class="{css_class}"[^>]*>(.*?)</nav>', html, re.S)
    assert match, css_class
    links = re.findall(r"<a[^>]*>(.*?)</a>", match.group(1), re.S)
    return [re.sub(r"<[^>]+>|\s+", " ", text).strip() for text in links]


def test_arabic_home_shows_its_menus_in_arabic(seeded_demo, db, client):
    response = client.get("/ar/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="ar" dir="rtl"' in html
    for menu in ("site-nav", "site-footer__nav"):
        links = nav_links(html, menu)
        assert links, menu
        assert [text for text in links if not ARABIC.search(text)] == [], menu
    # Text that falls back to Dutch is marked lang="nl" dir="ltr"; none on the home page.
    assert 'lang="nl" dir="ltr"' not in html
