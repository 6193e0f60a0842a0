"""Fixtures of the language help tests: the demo site with the demo decision aid page."""

import pytest
from django.utils import translation

from taalhulp import factories
from tests.snapshots import DataSnapshot


def build_aid_page(home):
    with translation.override("nl"):
        return factories.generate(seed=42, home=home)


@pytest.fixture(scope="session")
def aid_page_snapshot(demo_site_snapshot, django_db_blocker):
    """The demo language help page, built once on the demo site and recorded."""
    with django_db_blocker.unblock():
        return DataSnapshot.record(build_aid_page, demo_site_snapshot)


@pytest.fixture
def aid_page(demo_site, aid_page_snapshot):
    return aid_page_snapshot.replay_or_build(lambda: build_aid_page(demo_site))


def page_url(page, language: str) -> str:
    with translation.override(language):
        return page.get_url()
