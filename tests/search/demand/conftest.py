"""Fixtures of the demand log tests: an empty buffer written by hand, the database search."""

import pytest

from search.demand import buffer


@pytest.fixture
def demand_log(settings, places):
    """The log on, written when the test calls flush(); searches go to the database."""
    settings.SEARCH = {**settings.SEARCH, "URL": ""}
    settings.SEARCH_DEMAND = {"ENABLED": True, "FLUSH": "manual"}
    buffer.clear()
    yield buffer
    buffer.clear()
