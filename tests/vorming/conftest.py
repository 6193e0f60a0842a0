"""Fixtures of the training calendar tests: the demo site with the Ukraine hub and the calendar."""

import pytest
from django.utils import translation

from crisis import factories as crisis_factories
from vorming import factories


@pytest.fixture
def calendar(demo_site):
    """The demo calendar (its crisis webinars shown on the demo Ukraine hub)."""
    with translation.override("nl"):
        crisis_factories.generate(seed=42, home=demo_site)
        return factories.generate(seed=42, home=demo_site)


def url_of(page, language: str = "nl") -> str:
    with translation.override(language):
        return page.get_url()
