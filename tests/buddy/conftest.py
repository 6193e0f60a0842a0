"""Buddy fixtures: places, two initiatives with their own coordinators, the agency, candidates."""

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command

from aanbod.models import Municipality
from buddy.factories import (
    CandidateFactory,
    InitiativeIndexPageFactory,
    coordinator,
    initiative,
)
from buddy.permissions import groups_ensure
from portal.models import OutboxEmail


@pytest.fixture(autouse=True)
def fresh_limits(settings):
    """Rate-limit counters live in the cache; spam timing is tested on its own."""
    cache.clear()
    settings.SPAM_MIN_SECONDS = 0
    yield
    cache.clear()


@pytest.fixture
def places(db):
    call_command("load_places", verbosity=0, stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.fixture
def tree(demo_site, places):
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
