"""Fixtures of the crisis hub tests: the demo site with the demo Ukraine hub."""

import pytest
from django.utils import translation

from crisis import factories


@pytest.fixture
def hub(demo_site):
    with translation.override("nl"):
        return factories.generate(seed=42, home=demo_site)


def hub_url(hub, language: str) -> str:
    with translation.override(language):
        return hub.get_url()
