"""Finder facet metadata cache: labels and places read once, dropped on change, short TTL."""

import time

import pytest
from django.core.cache import cache

from aanbod.models import TargetGroup, Theme
from portal.models import Municipality, Postcode
from search.offers import facet_cache, labels

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def facet_cache_on(settings):
    settings.FINDER_FACET_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def sport(db):
    return Theme.objects.create(slug="loadsport", name_nl="Sport", name_en="Sports")


@pytest.fixture
def gent(db):
    town = Municipality.objects.create(
        nis="99901", name_nl="Testgent", name_fr="Testgand", region="flanders",
        latitude=51.05, longitude=3.72,
    )  # fmt: skip
    Postcode.objects.create(code="9999", municipality=town, latitude=51.05, longitude=3.72)
    return town


def test_term_labels_are_read_once_per_language(sport, django_assert_num_queries):
    with django_assert_num_queries(1):
        assert facet_cache.term_labels("theme", "nl")["loadsport"] == "Sport"
    with django_assert_num_queries(0):
        assert facet_cache.term_labels("theme", "nl")["loadsport"] == "Sport"
    assert facet_cache.term_labels("theme", "en")["loadsport"] == "Sports"


def test_facet_labels_use_the_cache_and_keep_only_asked_values(sport, django_assert_num_queries):
    labels.facet_labels("theme", ["loadsport"])
    with django_assert_num_queries(0):
        assert labels.facet_labels("theme", ["loadsport", "unknown"]) == {"loadsport": "Sport"}


def test_saving_or_deleting_a_term_drops_the_labels_at_once(sport):
    assert facet_cache.term_labels("theme", "nl")["loadsport"] == "Sport"
    sport.name_nl = "Sport en spel"
    sport.save()
    assert facet_cache.term_labels("theme", "nl")["loadsport"] == "Sport en spel"
    sport.delete()
    assert "loadsport" not in facet_cache.term_labels("theme", "nl")
    TargetGroup.objects.create(slug="loadyoung", name_nl="Jongeren")
    assert facet_cache.term_labels("target_group", "nl")["loadyoung"] == "Jongeren"


def test_a_change_without_signal_is_stale_no_longer_than_the_ttl(sport, settings):
    settings.FINDER_FACET_CACHE_SECONDS = 1
    assert facet_cache.term_labels("theme", "nl")["loadsport"] == "Sport"
    Theme.objects.filter(pk=sport.pk).update(name_nl="Beweging")  # no post_save
    assert facet_cache.term_labels("theme", "nl")["loadsport"] == "Sport"
    time.sleep(1.3)
    assert facet_cache.term_labels("theme", "nl")["loadsport"] == "Beweging"


def test_place_points_are_remembered_also_when_unknown(gent, django_assert_num_queries):
    with django_assert_num_queries(1):
        assert facet_cache.place_point("9999") == (51.05, 3.72)
    with django_assert_num_queries(0):
        assert facet_cache.place_point("9999") == (51.05, 3.72)
    assert facet_cache.place_point(" Testgand ") == (51.05, 3.72)
    assert facet_cache.place_point("Nergensdorp") is None
    with django_assert_num_queries(0):
        assert facet_cache.place_point("Nergensdorp") is None


def test_a_new_or_moved_place_is_seen_at_once(gent):
    assert facet_cache.place_point("Nieuwdorp") is None
    Municipality.objects.create(
        nis="99902", name_nl="Nieuwdorp", name_fr="Villeneuve", region="flanders",
        latitude=50.9, longitude=4.1,
    )  # fmt: skip
    assert facet_cache.place_point("Nieuwdorp") == (50.9, 4.1)
    postcode = Postcode.objects.get(code="9999")
    postcode.latitude = 51.0
    postcode.save()
    assert facet_cache.place_point("9999") == (51.0, 3.72)


def test_off_when_seconds_is_zero(sport, settings, django_assert_num_queries):
    settings.FINDER_FACET_CACHE_SECONDS = 0
    facet_cache.term_labels("theme", "nl")
    with django_assert_num_queries(1):
        facet_cache.term_labels("theme", "nl")
