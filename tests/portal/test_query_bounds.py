"""Bounded SQL queries for every page type and the main list, finder and API views (no N+1)."""

import pytest
from django.conf import settings
from django.test import Client, override_settings
from django.utils import translation
from wagtail.models import Page, get_page_models

from tests.demo_database import seed_demo_here
from tests.rolled_back import rolled_back

# Queries for an anonymous visitor, uncached, rendered twice before counting (warm caches
# such as the site root and settings are what production has too). A change that makes a
# page grow with its content (N+1) breaks these; raise a bound only with a reason.
PAGE_BOUNDS = {
    "portal.HomePage": 20,
    "portal.StandardPage": 20,
    "aanbod.OfferIndexPage": 25,
    "aanbod.OrganisationPage": 25,
    "aanbod.OfferPage": 34,
    "buddy.InitiativeIndexPage": 20,
    "buddy.InitiativePage": 24,
    "vreemdelingenrecht.LegalIndexPage": 25,
    "vreemdelingenrecht.LegalTopicPage": 30,
    "vreemdelingenrecht.NewsIndexPage": 25,
    "vreemdelingenrecht.NewsPage": 25,
    "vreemdelingenrecht.CaseLawIndexPage": 25,
    "vreemdelingenrecht.RulingPage": 25,
    "crisis.CrisisHubPage": 30,
    "taalhulp.LanguageHelpPage": 25,
    "inburgering.DutchCourseOrientationPage": 25,
    "inburgering.IntegrationGuidePage": 25,
    # One or two aggregate queries per key figure (six figures) and the notes.
    "kerncijfers.KeyFiguresPage": 32,
    "vorming.EventIndexPage": 25,
    "vorming.EventPage": 25,
    "inburgering.ParticipationPlannerPage": 25,
}
VIEW_BOUNDS = {
    "/nl/aanbodzoeker/": 25,
    "/nl/aanbodzoeker/?q=taal&place=9000&type=practice": 25,
    "/nl/search/?q=nederlands": 25,
    "/nl/buddy/register/": 15,
    "/nl/taalhulp/?kind=practical&stakes=low&timing=urgent&mode=on_site&dutch=none&language=ar": 25,
    "/nl/welke-cursus-nederlands/?script=latin&schooling=secondary&goal=work&time=evening"
    "&hours=6&dutch=a1": 25,
    "/nl/inburgering-stap-voor-stap/?region=brussels&status=obliged&postcode=1000": 25,
    "/nl/mijn-40-uur/?offer=1&offer=2&offer=3&offer=4": 25,
    "/nl/aanbodzoeker/?participation=1": 25,
    "/nl/newsletter/": 15,
    "/nl/vormingskalender/?audience=volunteers&format=on_site&when=past": 25,
    "/nl/vormingskalender/ical/?theme=crisis": 25,
    "/nl/vormingskalender/rss/?audience=newcomers": 25,
    "/api/v1/offers/": 10,
    "/api/v1/offers/search?q=taal": 15,
    "/api/v1/stats/": 5,
    "/api/v1/stats/offers_by_region/": 8,
}


@pytest.fixture(scope="module")
def seeded_demo(django_db_setup, django_db_blocker):
    """Everything `seed_demo` builds, once for this module, rolled back at its end.

    Searches run on the database implementation here: it is the one that reads offers from
    the database per request, and the shared test engine holds other runs' documents."""
    with (
        rolled_back(django_db_blocker),
        override_settings(SEARCH={**settings.SEARCH, "URL": ""}),
    ):
        seed_demo_here()
        yield


def page_types() -> list[str]:
    return sorted(model._meta.label for model in get_page_models() if model is not Page)


def live_url(label: str) -> str:
    model = next(m for m in get_page_models() if m._meta.label == label)
    page = model.objects.live().public().order_by("path").first()
    assert page is not None, f"the demo has no live {label}"
    with translation.override("nl"):
        return page.get_url()


def assert_bounded(django_assert_max_num_queries, url: str, bound: int) -> None:
    client = Client()
    for _ in range(2):
        assert client.get(url).status_code == 200, url
    with django_assert_max_num_queries(bound, info=url):
        response = client.get(url)
    assert response.status_code == 200


def test_every_page_type_has_a_bound():
    missing = sorted(set(page_types()) - set(PAGE_BOUNDS))
    assert not missing, f"page types without a query bound in PAGE_BOUNDS: {missing}"
    assert not set(PAGE_BOUNDS) - set(page_types()), "PAGE_BOUNDS names a page type that is gone"


@pytest.mark.parametrize("label", page_types())
def test_page_type_renders_within_its_query_bound(
    seeded_demo, db, django_assert_max_num_queries, label
):
    assert_bounded(django_assert_max_num_queries, live_url(label), PAGE_BOUNDS[label])


@pytest.mark.parametrize(("url", "bound"), sorted(VIEW_BOUNDS.items()))
def test_view_renders_within_its_query_bound(
    seeded_demo, db, django_assert_max_num_queries, url, bound
):
    assert_bounded(django_assert_max_num_queries, url, bound)


LISTING_TYPES = [
    "portal.HomePage",
    "aanbod.OfferIndexPage",
    "aanbod.OrganisationPage",
    "buddy.InitiativeIndexPage",
    "vreemdelingenrecht.LegalIndexPage",
    "vreemdelingenrecht.NewsIndexPage",
    "vreemdelingenrecht.CaseLawIndexPage",
    "vorming.EventIndexPage",
]


def count_queries(client, url: str) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("label", LISTING_TYPES)
def test_listing_queries_do_not_grow_with_the_number_of_children(seeded_demo, db, label):
    """One child fewer on a listing page must cost exactly as many queries (no N+1).

    The child taken away has a sibling of its own type: Wagtail's .specific() spends one
    query per page type in a listing, which is bounded by the number of types."""
    from collections import Counter

    model = next(m for m in get_page_models() if m._meta.label == label)
    page = model.objects.live().order_by("path").first()
    children = page.get_children().live().order_by("-path")
    types = Counter(children.values_list("content_type", flat=True))
    shared = [pk for pk, count in types.items() if count >= 2]
    assert shared, f"{label} needs two children of one type to compare"
    children = children.filter(content_type=shared[0])
    with translation.override("nl"):
        url = page.get_url()
    client = Client()
    client.get(url)
    before = count_queries(client, url)
    children.first().specific.unpublish()
    client.get(url)
    assert count_queries(client, url) == before
