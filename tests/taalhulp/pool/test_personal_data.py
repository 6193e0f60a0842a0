"""No volunteer, service or request detail reaches a search index or a log, whatever we run."""

import io
import json
import logging
import uuid

import pytest
from django.apps import apps
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from opensearchpy import OpenSearch, helpers
from wagtail.search.index import Indexed
from wagtail.search.models import IndexEntry

from portal.privacy import holders
from portal.privacy import retention as portal_retention
from search import lifecycle
from search.client import get_client
from search.offers.documents import OFFERS
from search.pages.documents import PAGES
from search.rulings.documents import RULINGS
from taalhulp.pool.factories import TrainingSessionFactory, WaveFactory
from taalhulp.pool.models import TrainingSignup
from tests.conftest import missing_service
from tests.taalhulp.pool.pool_world import (
    EMAIL,
    PERSONAL_VALUES,
    SERVICE_EMAIL,
    coordinator,
    distinctive_request,
    distinctive_volunteer,
)

pytestmark = pytest.mark.django_db

VALUES = [value.lower() for value in (*PERSONAL_VALUES, SERVICE_EMAIL)]


class _Everything(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.records = []

    def emit(self, record):
        self.records.append(record)

    def text(self) -> str:
        parts = []
        for record in self.records:
            parts.append(record.getMessage())
            parts.append(repr(getattr(record, "args", "")))
            if record.exc_info:
                parts.append(logging.Formatter().formatException(record.exc_info))
        return "\n".join(parts).lower()


@pytest.fixture
def every_log_record():
    """Every record at DEBUG: a handler on the root logger (at DEBUG) and on every logger that
    does not pass records up. Those keep their configured level: `django` stays at INFO, as in
    production (its template DEBUG messages print whole contexts, see the test below)."""
    handler = _Everything()
    root = logging.getLogger()
    loggers = [root] + [
        logger
        for logger in logging.root.manager.loggerDict.values()
        if isinstance(logger, logging.Logger) and not logger.propagate
    ]
    level = root.level
    root.setLevel(logging.DEBUG)
    for logger in loggers:
        logger.addHandler(handler)
    yield handler
    for logger in loggers:
        logger.removeHandler(handler)
    root.setLevel(level)


def test_django_never_logs_template_contexts():
    """Django's template engine logs the whole context (names included) at DEBUG."""
    assert logging.getLogger("django.template").getEffectiveLevel() > logging.DEBUG


def _run_everything(client):
    """Create, look at, change, count, export and erase: every code path of this part."""
    volunteer = distinctive_volunteer(needs_coaching=True)
    request = distinctive_request(status="completed")
    session = TrainingSessionFactory(wave=WaveFactory())
    signup = TrainingSignup.objects.create(session=session, volunteer=volunteer)
    client.force_login(coordinator())
    for url in (
        reverse("taalhulpen_volunteers:index"),
        reverse("taalhulpen_volunteers:index") + "?q=Quixbergh",
        reverse("taalhulpen_volunteers:inspect", args=[volunteer.pk]),
        reverse("taalhulpen_volunteers:edit", args=[volunteer.pk]),
        reverse("taalhulpen_trainingsession:attendance", args=[session.pk]),
        reverse("taalhulpen_coaching:index"),
        reverse("taalhulpen_figures:overview"),
        reverse("taalhulpen_figures:download"),
    ):
        assert client.get(url).status_code == 200, url
    client.post(
        reverse("taalhulpen_trainingsession:attendance", args=[session.pk]),
        {f"attended-{signup.pk}": "yes"},
    )
    client.post(
        reverse("taalhulpen_coaching:add"),
        {"volunteer": volunteer.pk, "held_on": "2026-12-01", "note": "Zoltana had steun nodig"},
    )
    request.description = request.description + " (bijgewerkt)"
    request.save()
    holders.export(EMAIL)
    portal_retention.run_all()
    holders.erase(EMAIL, holders.kinds())
    return volunteer, request


def test_no_pool_model_is_indexed():
    for model in apps.get_app_config("taalhulpen").get_models():
        assert not issubclass(model, Indexed), model


def test_nothing_personal_reaches_a_log(client, every_log_record):
    _run_everything(client)
    text = every_log_record.text()
    assert [value for value in VALUES if value in text] == []


def test_nothing_personal_reaches_the_database_search_index(client):
    distinctive_volunteer()
    distinctive_request()
    call_command("update_index", stdout=io.StringIO())
    _run_everything(client)
    call_command("update_index", stdout=io.StringIO())
    texts = IndexEntry.objects.values_list("title", "autocomplete", "body")
    text = json.dumps(list(texts), ensure_ascii=False).lower()
    assert [value for value in VALUES if value in text] == []
    assert not IndexEntry.objects.filter(content_type__app_label="taalhulpen").exists()


@pytest.mark.engine
def test_nothing_personal_reaches_opensearch(client, settings):
    if not settings.SEARCH["URL"]:
        missing_service("no search engine configured (SEARCH_URL); run `make test`")
    _run_everything(client)
    distinctive_volunteer()  # one not erased: still nowhere in an index
    distinctive_request()
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
        engine = get_client()
        try:
            engine.info()
        except Exception as error:  # noqa: BLE001
            missing_service(f"the search engine does not answer: {error}")
        try:
            for definition in (PAGES, OFFERS, RULINGS):
                lifecycle.rebuild(engine, definition)
            call_command("update_index", backend_name="engine", stdout=io.StringIO())
            raw.indices.refresh(index=f"{prefix}*")
            documents = [hit["_source"] for hit in helpers.scan(raw, index=f"{prefix}*", query={})]
            text = json.dumps(documents, ensure_ascii=False).lower()
            assert [value for value in VALUES if value in text] == []
            for query in ("Quixbergh", EMAIL, "Xylofoonstad", "Kwikstraat"):
                result = raw.search(
                    index=f"{prefix}*",
                    body={"query": {"multi_match": {"query": query, "fields": ["*"]}}},
                )
                assert result["hits"]["hits"] == [], query
        finally:
            raw.indices.delete(index=f"{prefix}*")
