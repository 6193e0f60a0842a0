"""Fixtures for the offer search tests: the 150 demo offers, built once per test module.

Building them takes a while, so a module fixture builds them inside one outer transaction that
is rolled back at the end; each test runs in a savepoint within it. The offer index gets its
own engine prefix and is dropped afterwards."""

import io
import uuid
from contextlib import contextmanager
from unittest.mock import patch

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import translation

from search import lifecycle
from search.client import EngineUnavailable, get_client
from search.offers.documents import OFFERS
from tests.conftest import missing_service
from tests.rolled_back import rolled_back


@contextmanager
def demo_offers_rolled_back(django_db_blocker, offer_count: int | None = None):
    """The demo site with its offers (all, or the first `offer_count`), inside one transaction
    that is rolled back afterwards."""
    from aanbod.demo import catalogue as offer_factories
    from portal import factories

    count = offer_count or offer_factories.OFFER_COUNT
    with rolled_back(django_db_blocker):
        with translation.override("nl"), patch.object(offer_factories, "OFFER_COUNT", count):
            home = factories.generate(seed=42)
            call_command("load_places", verbosity=0, stdout=io.StringIO())
            offer_factories.generate(seed=42, home=home)
            # As seed_demo does: the glossary's synonyms reach the index the module builds.
            call_command("load_glossary", verbosity=0, stdout=io.StringIO())
        yield home


@pytest.fixture(scope="module")
def module_offers(django_db_setup, django_db_blocker):
    """The demo site and its offers, for every test of the module."""
    with demo_offers_rolled_back(django_db_blocker) as home:
        yield home


@pytest.fixture(scope="module")
def module_engine(module_offers):
    """The engine with the demo offers indexed under a prefix of this module's own."""
    from django.conf import settings

    if not settings.SEARCH["URL"]:
        missing_service("no search engine configured (SEARCH_URL); run `make test`")
    prefix = f"t-{uuid.uuid4().hex[:10]}"
    with override_settings(SEARCH={**settings.SEARCH, "INDEX_PREFIX": prefix}):
        client = get_client()
        try:
            client.info()
        except EngineUnavailable as error:
            missing_service(f"the search engine does not answer: {error}")
        lifecycle.rebuild(client, OFFERS)
        yield client
        for name in client.indices(f"{prefix}-*"):
            client.delete_index(name)


@pytest.fixture
def on_engine(module_engine, db, settings):
    """This test searches the module's engine index."""
    settings.SEARCH = {**settings.SEARCH, "INDEX_PREFIX": module_engine.config.index_prefix}
    return module_engine


@pytest.fixture
def on_database(module_offers, db, settings):
    """This test searches the database, as `make run` does without an engine."""
    settings.SEARCH = {**settings.SEARCH, "URL": ""}
