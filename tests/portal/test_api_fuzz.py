"""Schema-based fuzzing of the whole open data API (/api/v1/openapi.json) with schemathesis.

The real WSGI application answers in-process, on the test's PostgreSQL database and a fresh
OpenSearch index of a few demo offers. Every operation in the OpenAPI description gets
EXAMPLES_PER_OPERATION schema-valid and as many schema-violating requests, each in a random
Accept-Language. Checks: no 5xx; status, headers and body as the description says; every
4xx is JSON with a message that names the parameter, in the language asked for.
"""

import json
from collections import Counter
from unittest.mock import patch

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.specs.openapi.checks import negative_data_rejection, positive_data_acceptance

from aanbod.models import OfferPage
from aanbod.selectors import offers_for_api
from tests.hypothesis_profiles import examples
from tests.search.offer_fixtures import (  # noqa: F401
    demo_offers_rolled_back,
    module_engine,
    on_engine,
)

pytestmark = pytest.mark.engine

# x 5 operations x 2 modes: 50 under the `ci` profile (about 10 s), 200 under `thorough`.
EXAMPLES_PER_OPERATION = examples(200)
OFFERS = 24  # of the demo's 150: enough for pages, facets and every field, and quick to build
LANGUAGES = (None, "nl", "en", "fr", "uk", "ru", "ar")
# The search parameters are documented in their canonical form, but the parser is kinder ("NL",
# " 1 ", "A1,B1" work too), so a request outside the schema may rightly succeed there.
LENIENT = {"offers_search"}
# A schema-valid request may still be refused for what a schema cannot say: a place that does
# not exist, or dates in the wrong order. Only these codes; anything else is a bug.
SEMANTIC_CODES = {"unknown_municipality", "unknown_place", "date_order", "invalid_datetime"}
RUN: Counter = Counter()
PUBLIC: dict[str, int] = {}  # how many offers the API may show, read when a test starts


@pytest.fixture(scope="module")
def module_offers(django_db_setup, django_db_blocker):
    """The demo site with a few demo offers, for this module (module_engine indexes them)."""
    with demo_offers_rolled_back(django_db_blocker, OFFERS) as home:
        yield home


@pytest.fixture
def wsgi_app(settings):
    """The real WSGI application; like Django's test client, it keeps the test's connection
    (and so its transaction) open between requests, and lets exceptions through."""
    settings.DEBUG_PROPAGATE_EXCEPTIONS = True  # an unhandled exception fails with its traceback
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield get_wsgi_application()
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture
def api_schema(client):
    PUBLIC["offers"] = offers_for_api().count()
    assert PUBLIC["offers"] > 0
    spec = client.get("/api/v1/openapi.json").json()
    return schemathesis.openapi.from_dict(spec)


def _check_rejection(response, case, language) -> dict:
    """A 4xx is JSON with a human `detail`, each listed error names its parameter, and the
    words are in the language asked for (English without Accept-Language)."""
    content_type = response.headers.get("content-type", [""])[0]
    assert content_type.startswith("application/json"), response.text
    assert response.headers.get("content-language", [""])[0] == (language or "en")
    body = json.loads(response.text)
    assert isinstance(body.get("detail"), str) and len(body["detail"]) > 10, body
    for error in body.get("errors", []):
        assert error["field"] and error["code"] and len(error["message"]) > 10, error
        assert error["field"] in error["message"] or error["field"] in body["detail"], error
    return body


def _check_page(case, response) -> None:
    """A 200 page is consistent in itself and with the database: the count never exceeds the
    public offers, and a page holds exactly the results its count and position leave for it."""
    body = json.loads(response.text)
    operation = case.operation.definition.raw["operationId"]
    ids = [hit["id"] for hit in body.get("results", [])]
    if operation == "offers_detail":
        assert body["id"] == int(case.path_parameters["id"]), body
        return
    if operation.startswith("stats_"):  # key figures: no small cell is ever published
        counts = [row["count"] for row in body.get("rows", [])]
        assert all(count is None or count >= 5 for count in counts), body
        return
    assert len(ids) == len(set(ids)), ids
    assert 0 <= body["count"] <= PUBLIC["offers"], (case.as_curl_command(), body["count"])
    if operation == "offers_list":
        assert ids == sorted(ids)  # documented: sorted by id
        assert len(ids) <= body["count"]
        if body["previous"] is None and body["next"] is None:  # one page holds them all
            assert len(ids) == body["count"], (case.as_curl_command(), body)
        if body["next"] is not None:
            assert ids, body
        if not case.query:  # nothing filtered: every public offer
            assert body["count"] == PUBLIC["offers"]
    elif operation == "offers_search":
        start = (body["page"] - 1) * body["page_size"]
        expected = max(0, min(body["page_size"], body["count"] - start))
        assert len(ids) == expected, (case.as_curl_command(), body["count"], body["page"])


def _check(case, response, mode, language) -> None:
    RUN["cases"] += 1
    RUN[str(response.status_code)] += 1
    assert response.status_code < 500, (case.as_curl_command(), response.text[:500])
    documented = {int(code) for code in case.operation.definition.raw["responses"]}
    assert response.status_code in documented, (case.as_curl_command(), response.status_code)
    if response.status_code == 200:
        _check_page(case, response)
    # positive_data_acceptance wants every schema-valid request accepted; ours is stricter
    # about why one may be refused (SEMANTIC_CODES), below.
    excluded = [positive_data_acceptance]
    if case.operation.definition.raw.get("operationId") in LENIENT:
        excluded.append(negative_data_rejection)
    case.validate_response(response, excluded_checks=excluded)
    if 400 <= response.status_code < 500:
        body = _check_rejection(response, case, language)
        if mode is GenerationMode.POSITIVE and response.status_code != 404:
            codes = {error["code"] for error in body["errors"]}
            assert codes and codes <= SEMANTIC_CODES, (case.as_curl_command(), body)


def _call(case, app, language):
    headers = {"Accept-Language": language} if language else {}
    # Rejections are logged as warnings by Django; thousands of them only slow the run down.
    with patch("django.utils.log.log_response"):
        return case.call(app=app, headers=headers)


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=str)
def test_every_operation_survives_fuzzing(api_schema, wsgi_app, on_engine, mode):
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert {op.definition.raw["operationId"] for op in operations} >= {
        "offers_list",
        "offers_detail",
        "offers_search",
        "stats_index",
        "stats_figure",
    }
    if mode is GenerationMode.NEGATIVE:  # an operation without parameters has no wrong request
        operations = [op for op in operations if op.definition.raw.get("parameters")]
    before = RUN["cases"]
    for operation in operations:

        @hypothesis_settings(
            max_examples=EXAMPLES_PER_OPERATION,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(
            case=operation.as_strategy(generation_mode=mode), language=st.sampled_from(LANGUAGES)
        )
        def fuzz(case, language):
            _check(case, _call(case, wsgi_app, language), mode, language)

        fuzz()
    ran = RUN["cases"] - before
    print(f"\nfuzz cases run ({mode.value}): {ran}; statuses so far: {dict(RUN)}")
    assert ran >= len(operations) * EXAMPLES_PER_OPERATION // 2  # hypothesis did not give up


def test_every_real_offer_conforms_to_the_schema(api_schema, wsgi_app, on_engine):
    """Random ids almost never exist; each real offer's detail page is checked too."""
    (detail,) = [
        result.ok()
        for result in api_schema.get_all_operations()
        if result.ok().definition.raw["operationId"] == "offers_detail"
    ]
    ids = list(OfferPage.objects.live().values_list("pk", flat=True))
    assert len(ids) >= OFFERS
    for pk in ids:
        case = detail.Case(path_parameters={"id": pk})
        response = _call(case, wsgi_app, "fr")
        assert response.status_code == 200, response.text[:300]
        _check(case, response, GenerationMode.POSITIVE, "fr")


# What fuzzing found, kept as plain examples: each gave a 500 or was accepted by mistake.
@pytest.mark.parametrize(
    ("url", "status", "field", "code"),
    [
        # NUL reached PostgreSQL, which cannot compare it: 500.
        ("/api/v1/offers/?municipality=%00", 422, "municipality", "unknown_municipality"),
        ("/api/v1/offers/search?municipality=G%00ent", 400, "municipality", "unknown_place"),
        ("/api/v1/offers/search?postcode=%0090", 400, "postcode", "invalid_postcode"),
        # pydantic read a bare number as Unix seconds.
        ("/api/v1/offers/?modified_since=1700000000", 422, "modified_since", "invalid_datetime"),
        ("/api/v1/offers/?modified_since=2.4e-81", 422, "modified_since", "invalid_datetime"),
        # Pages past the engine's result window (10,000) failed on the engine.
        ("/api/v1/offers/search?page=101&page_size=100", 400, "page", "out_of_range"),
    ],
)
def test_what_fuzzing_found_is_a_clear_4xx(client, on_engine, url, status, field, code):
    response = client.get(url, HTTP_ACCEPT_LANGUAGE="nl")
    assert response.status_code == status, response.content[:300]
    assert response["Content-Language"] == "nl"
    errors = {error["field"]: error for error in response.json()["errors"]}
    assert errors[field]["code"] == code
    assert field in errors[field]["message"] or field in response.json()["detail"]


def test_a_nul_in_the_search_text_is_searched_as_a_space(client, on_engine):
    response = client.get("/api/v1/offers/search?q=taal%00caf%C3%A9")
    assert response.status_code == 200
    spaced = client.get("/api/v1/offers/search?q=taal%20caf%C3%A9").json()
    assert spaced["count"] > 0  # the demo has language cafés
    assert response.json()["count"] == spaced["count"]
    assert [hit["id"] for hit in response.json()["results"]] == [
        hit["id"] for hit in spaced["results"]
    ]


# ruff: noqa: F811  (fixtures imported from offer_fixtures are used as arguments)
