"""Fixtures of the inburgering tests: the demo site with the demo course orientation page."""

import pytest
from django.utils import translation

from inburgering import factories
from inburgering.guide_factories import generate_guide
from tests.snapshots import DataSnapshot


def build_orientation_page(home):
    with translation.override("nl"):
        return factories.generate(seed=42, home=home)


@pytest.fixture(scope="session")
def orientation_page_snapshot(demo_site_snapshot, django_db_blocker):
    """The demo course orientation page, built once on the demo site and recorded."""
    with django_db_blocker.unblock():
        return DataSnapshot.record(build_orientation_page, demo_site_snapshot)


@pytest.fixture
def orientation_page(demo_site, orientation_page_snapshot):
    return orientation_page_snapshot.replay_or_build(lambda: build_orientation_page(demo_site))


def page_url(page, language: str) -> str:
    with translation.override(language):
        return page.get_url()


def build_guide_page(home):
    with translation.override("nl"):
        return generate_guide(home=home)


@pytest.fixture(scope="session")
def guide_page_snapshot(demo_site_snapshot, django_db_blocker):
    """The demo civic integration guide, built once on the demo site and recorded."""
    with django_db_blocker.unblock():
        return DataSnapshot.record(build_guide_page, demo_site_snapshot)


@pytest.fixture
def guide_page(demo_site, places, guide_page_snapshot):
    return guide_page_snapshot.replay_or_build(lambda: build_guide_page(demo_site))
