"""Nothing of the register reaches a search index: the site indexed with the register filled."""

import io
import json
import uuid

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from opensearchpy import OpenSearch, helpers

from search import lifecycle
from search.client import get_client
from search.pages.documents import PAGES
from taalhulp.register import demo
from taalhulp.register.models import Interpreter
from tests.conftest import missing_service

pytestmark = [pytest.mark.engine, pytest.mark.django_db]


def test_the_site_index_holds_no_register_details(demo_site, make_entry):
    if not settings.SEARCH["URL"]:
        missing_service("no search engine configured (SEARCH_URL); run `make test`")
    demo.generate(seed=42)
    make_entry(name="Zainab Verborgenveld", email="zainab.private@example.org",
               phone="+32 9 555 77 66", public_fields=[])  # fmt: skip
    prefix = f"t-{uuid.uuid4().hex[:10]}"
    backends = {
        **settings.WAGTAILSEARCH_BACKENDS,
        "engine": {
            "BACKEND": "wagtail.search.backends.opensearch3",
            "URLS": [settings.SEARCH["URL"]],
            "INDEX_PREFIX": f"{prefix}-wagtail-",
        },
    }
    raw = OpenSearch([settings.SEARCH["URL"]])
    with override_settings(
        SEARCH={**settings.SEARCH, "INDEX_PREFIX": prefix}, WAGTAILSEARCH_BACKENDS=backends
    ):
        try:
            lifecycle.rebuild(get_client(), PAGES)
            call_command("update_index", backend_name="engine", stdout=io.StringIO())
            raw.indices.refresh(index=f"{prefix}*")
            documents = [hit["_source"] for hit in helpers.scan(raw, index=f"{prefix}*", query={})]
        finally:
            raw.indices.delete(index=f"{prefix}*")
    assert len(documents) > 10  # the demo site's pages are there
    text = json.dumps(documents, ensure_ascii=False).lower()
    values = set()
    for entry in Interpreter.objects.all():
        values |= {entry.name, entry.email, entry.phone, entry.certificate_number}
    leaked = sorted(value for value in values if value and value.lower() in text)
    assert leaked == []
