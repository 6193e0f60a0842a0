"""No personal data in any search index: the whole demo site indexed, every document searched."""

import io
import json
import re
import uuid

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import override_settings
from opensearchpy import OpenSearch, helpers

from buddy.models import Candidate, InitiativePage
from portal.models import OutboxEmail
from portal.privacy import holders
from search import lifecycle
from search.alerts.models import SavedSearch
from search.client import get_client
from search.offers.documents import OFFERS
from search.pages.documents import PAGES
from search.rulings.documents import RULINGS
from tests.conftest import missing_service
from tests.demo_database import seed_demo_here
from tests.portal.gdpr_world import EMAIL, NAME, PHONE, person
from tests.rolled_back import rolled_back
from vreemdelingenrecht.nieuwsbrief.models import Subscriber

pytestmark = [pytest.mark.engine]

DEFINITIONS = (PAGES, OFFERS, RULINGS)
COORDINATOR = ("Griet Van Coördinator", "griet.coordinator@gent.example")
# Field names that would mean a person's data went into an index.
PERSONAL_FIELDS = re.compile(
    r"(e-?mail|phone|telefoon|motivation|candidate|subscriber|coordinator)"
)


@pytest.fixture(scope="module")
def seeded_demo(django_db_setup, django_db_blocker):
    """The full demo (seed_demo) plus one person with every kind of data, rolled back after."""
    with rolled_back(django_db_blocker):
        seed_demo_here()
        person()
        first, last = COORDINATOR[0].split(" ", 1)
        user = get_user_model().objects.create_user(
            "griet-vc", COORDINATOR[1], first_name=first, last_name=last
        )
        InitiativePage.objects.update(coordinator=user)
        yield


@pytest.fixture(scope="module")
def indexed(seeded_demo, django_db_blocker):
    """Every index: the engine layer's three and Wagtail's own backend, under a fresh prefix."""
    from django.conf import settings

    if not settings.SEARCH["URL"]:
        missing_service("no search engine configured (SEARCH_URL); run `make test`")
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
    with (
        django_db_blocker.unblock(),
        override_settings(
            SEARCH={**settings.SEARCH, "INDEX_PREFIX": prefix}, WAGTAILSEARCH_BACKENDS=backends
        ),
    ):
        client = get_client()
        try:
            client.info()
        except Exception as error:  # noqa: BLE001
            missing_service(f"the search engine does not answer: {error}")

        def index_everything():
            for definition in DEFINITIONS:
                lifecycle.rebuild(client, definition)
            call_command("update_index", backend_name="engine", stdout=io.StringIO())
            raw.indices.refresh(index=f"{prefix}*")

        index_everything()
        yield raw, prefix, index_everything
        raw.indices.delete(index=f"{prefix}*")


def _documents(raw, prefix) -> list[dict]:
    return [hit["_source"] for hit in helpers.scan(raw, index=f"{prefix}*", query={})]


def _field_names(raw, prefix) -> set[str]:
    names = set()

    def walk(properties, path=""):
        for name, spec in properties.items():
            names.add(f"{path}{name}")
            walk(spec.get("properties", {}), f"{path}{name}.")

    for mapping in raw.indices.get_mapping(index=f"{prefix}*").values():
        walk(mapping["mappings"].get("properties", {}))
    return names


def _personal_values() -> set[str]:
    values = {EMAIL, NAME, PHONE, *COORDINATOR}
    for name, email, phone in Candidate.objects.values_list("name", "email", "phone"):
        values |= {name, email, phone}
    values |= set(Subscriber.objects.values_list("email", flat=True))
    values |= set(SavedSearch.objects.values_list("email", flat=True))
    values |= set(OutboxEmail.objects.values_list("to", flat=True))
    for user in get_user_model().objects.all():
        values |= {user.email, user.get_full_name()}
    return {value.lower() for value in values if value and len(value) > 4}


@pytest.mark.django_db
def test_every_index_is_built_and_holds_documents(indexed):
    raw, prefix, _again = indexed
    names = set(raw.indices.get(index=f"{prefix}*"))
    assert any("-pages" in name for name in names)
    assert any("-offers" in name for name in names)
    assert any("-rulings" in name for name in names)
    assert any("-wagtail-" in name for name in names)
    print(f"{len(names)} indices: {sorted(name.removeprefix(prefix) for name in names)}")
    assert len(_documents(raw, prefix)) > 150


@pytest.mark.django_db
def test_no_index_has_a_personal_field(indexed):
    raw, prefix, _again = indexed
    personal = sorted(name for name in _field_names(raw, prefix) if PERSONAL_FIELDS.search(name))
    assert personal == []


@pytest.mark.django_db
def test_no_document_holds_a_name_address_or_phone_number(indexed):
    raw, prefix, _again = indexed
    values = _personal_values()
    assert len(values) > 200  # the demo's 200 candidates are among them
    documents = _documents(raw, prefix)
    text = json.dumps(documents, ensure_ascii=False).lower()
    leaked = sorted(value for value in values if value in text)
    print(f"{len(documents)} documents searched for {len(values)} personal values")
    assert leaked == []
    assert re.search(r"[\w.+-]+@example\.org", text) is None


@pytest.mark.django_db
def test_an_erased_volunteer_leaves_no_trace_after_reindexing(indexed):
    raw, prefix, index_everything = indexed
    holders.erase(EMAIL, holders.kinds())
    index_everything()
    text = json.dumps(_documents(raw, prefix), ensure_ascii=False).lower()
    for value in (EMAIL, NAME.lower(), PHONE, "ik woon sinds 2019"):
        assert value.lower() not in text
    for query in (NAME, EMAIL, PHONE):
        result = raw.search(
            index=f"{prefix}*", body={"query": {"multi_match": {"query": query, "fields": ["*"]}}}
        )
        sources = json.dumps([hit["_source"] for hit in result["hits"]["hits"]]).lower()
        assert query.lower() not in sources
