"""Buddy fixtures: places, two initiatives with their own coordinators, the agency, candidates."""

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache

from buddy.factories import (
    CandidateFactory,
    InitiativeIndexPageFactory,
    coordinator,
    initiative,
)
from buddy.permissions import groups_ensure
from portal.models import Municipality, OutboxEmail
from tests.snapshots import DataSnapshot


@pytest.fixture(autouse=True)
def fresh_limits(settings):
    """Rate-limit counters live in the cache; spam timing is tested on its own."""
    cache.clear()
    settings.SPAM_MIN_SECONDS = 0
    yield
    cache.clear()


@pytest.fixture(scope="session")
def tree_snapshot(demo_site_snapshot, places_snapshot, django_db_blocker):
    with django_db_blocker.unblock():
        return DataSnapshot.record(build_tree, demo_site_snapshot, places_snapshot)


@pytest.fixture
def tree(demo_site, places, tree_snapshot):
    """Gent (coordinator Griet) and Leuven (coordinator Lode), recorded once (tests/snapshots)."""
    return tree_snapshot.replay_or_build(lambda: build_tree(demo_site))


def build_tree(demo_site, _places=None):
    """Gent (coordinator Griet) and Leuven (coordinator Lode); a wide-open matching profile."""
    index = InitiativeIndexPageFactory(parent=demo_site)
    griet = coordinator("griet", "griet@gent.example")
    lode = coordinator("lode", "lode@leuven.example")
    gent = initiative(
        index,
        Municipality.objects.get(name_nl="Gent"),
        title="Buddy Gent",
        coordinator=griet,
        capacity=3,
        availability=["1-evening", "5-morning"],
        themes=["conversation"],
    )
    leuven = initiative(
        index,
        Municipality.objects.get(name_nl="Leuven"),
        title="Buddy Leuven",
        coordinator=lode,
        capacity=3,
        availability=["1-evening", "5-morning"],
        themes=["conversation"],
    )
    return {"index": index, "gent": gent, "leuven": leuven, "griet": griet, "lode": lode}


@pytest.fixture
def agency(db):
    agency_group, _local = groups_ensure()
    user = get_user_model().objects.create_user("agnes", "agnes@agency.example", "x" * 16)
    user.groups.add(agency_group)
    return user


@pytest.fixture
def gent_candidate(places):
    return CandidateFactory(name="Sara Gent", email="sara@example.org", phone="0470000000")


@pytest.fixture
def leuven_candidate(places):
    return CandidateFactory(
        name="Lars Leuven",
        email="lars@example.org",
        postcode="3000",
        latitude=50.8798,
        longitude=4.7005,
    )


def outbox(category: str | None = None, to: str | None = None):
    qs = OutboxEmail.objects.order_by("pk")
    if category:
        qs = qs.filter(category=category)
    if to:
        qs = qs.filter(to=to)
    return list(qs)
