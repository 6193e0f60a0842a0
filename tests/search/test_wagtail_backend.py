"""Wagtail's own search backend (the admin's search) works on the same engine when configured."""

import io
import uuid

import pytest
from django.core.management import call_command
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

pytestmark = [pytest.mark.engine, pytest.mark.django_db]


def test_opensearch_backend_indexes_and_finds_pages(engine, demo_site, settings):
    prefix = f"t-{uuid.uuid4().hex[:8]}-wagtail-"
    settings.WAGTAILSEARCH_BACKENDS = {
        **settings.WAGTAILSEARCH_BACKENDS,
        "engine": {
            "BACKEND": "wagtail.search.backends.opensearch3",
            "URLS": [settings.SEARCH["URL"]],
            "INDEX_PREFIX": prefix,
            "ATOMIC_REBUILD": True,
        },
    }
    try:
        call_command("update_index", backend_name="engine", stdout=io.StringIO())
        results = get_search_backend("engine").search("buddy", Page.objects.live())
        assert "Buddy worden" in [page.title for page in results]
    finally:
        for name in engine.indices(f"{prefix}*"):
            engine.delete_index(name)
