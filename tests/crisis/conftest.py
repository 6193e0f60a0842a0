"""Fixtures of the crisis hub tests: the demo site with the demo Ukraine hub."""

import pytest
from django.utils import translation

from crisis import factories
from tests.snapshots import DataSnapshot


def build_hub(home):
    with translation.override("nl"):
        return factories.generate(seed=42, home=home)


@pytest.fixture(scope="session")
def hub_snapshot(demo_site_snapshot, django_db_blocker):
    """The demo hub, built once on the demo site and recorded (tests/snapshots.py)."""
    with django_db_blocker.unblock():
        return DataSnapshot.record(build_hub, demo_site_snapshot)


@pytest.fixture
def hub(demo_site, hub_snapshot):
    return hub_snapshot.replay_or_build(lambda: build_hub(demo_site))


def hub_url(hub, language: str) -> str:
    with translation.override(language):
        return hub.get_url()
