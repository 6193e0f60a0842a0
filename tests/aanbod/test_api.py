"""The read-only open data API at /api/v1/: shape, pagination, filters, errors, queries, OpenAPI."""

import datetime as dt
import json
import re
from urllib.parse import parse_qs, urlsplit

import openapi_spec_validator
import pytest
from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from wagtail.models import PageViewRestriction

from aanbod.factories import OfferIndexPageFactory, OfferPageFactory, OrganisationPageFactory
from aanbod.interchange.exporting import offer_to_interchange
from aanbod.models import (
    DutchLevel,
    OfferDate,
    OfferPage,
    OfferWeeklySlot,
    OrganisationPage,
    TargetGroup,
    Theme,
)
from tests.snapshots import DataSnapshot

pytestmark = pytest.mark.django_db

LIST = "/api/v1/offers/"
EXTRA_KEYS = {"id", "url", "modified", "municipality"}
# View restrictions, count, page, 5 prefetches (themes, target groups, levels, slots, dates).
MAX_QUERIES_PER_PAGE = 9


def _publish_offer(organisation, *, themes=(), levels=(), groups=(), slots=(), dates=(), **fields):
    offer = OfferPageFactory.build(**fields)
    offer.weekly_slots = [OfferWeeklySlot(weekday=d, start=s, end=e) for d, s, e in slots]
    offer.single_dates = [OfferDate(date=day) for day in dates]
    with translation.override("nl"):
        organisation.add_child(instance=offer)
        offer.themes.set(themes)
        offer.dutch_levels.set(levels)
        offer.target_groups.set(groups)
        offer.save_revision().publish()
    return offer


def _ids(response):
    return [item["id"] for item in response.json()["results"]]


@pytest.fixture(scope="session")
def catalogue_snapshot(demo_site_snapshot, places_snapshot, django_db_blocker):
    with django_db_blocker.unblock():
        return DataSnapshot.record(build_catalogue, demo_site_snapshot, places_snapshot)


@pytest.fixture
def catalogue(demo_site, places, catalogue_snapshot):
    """Two organisations with offers (`build_catalogue`), recorded once (tests/snapshots.py)."""
    return catalogue_snapshot.replay_or_build(lambda: build_catalogue(demo_site))


def build_catalogue(demo_site, _places=None):
    """Two organisations: Stad Gent (local offers) and Atlas (an imported partner feed)."""
    index = OfferIndexPageFactory(parent=demo_site)
    gent = OrganisationPageFactory(
        parent=index, title="Stad Gent", slug="stad-gent", contact_email="reminders@gent.example"
    )
    atlas = OrganisationPageFactory(parent=index, title="Atlas", slug="atlas", kind="agency")
    theme = Theme.objects.create(slug="dutch-practice", name_nl="Nederlands oefenen")
    group = TargetGroup.objects.create(slug="newcomers", name_nl="Nieuwkomers")
    practice = _publish_offer(
        gent,
        title="Praattafel Gent",
        title_en="Conversation table Ghent",
        slug="praattafel-gent",
        postcode="9000",
        location_name="De Krook",
        street="Miriam Makebaplein 1",
        contact_email="praattafel@gent.example",
        themes=[theme],
        levels=[DutchLevel.objects.get(code="A2")],
        groups=[group],
        slots=[(2, dt.time(18, 30), dt.time(20))],
        dates=[timezone.localdate() + dt.timedelta(days=10)],
    )
    course = _publish_offer(
        atlas,
        title="Nederlands A1 Antwerpen",
        slug="nederlands-a1",
        offer_type="course_nt2",
        postcode="2000",
        source="atlas-antwerpen",
        external_id="atlas-1",
        cost_free=False,
        cost_amount=45,
    )
    online = _publish_offer(
        atlas, title="Online taalcafé", slug="online-taalcafe", format="online", postcode=""
    )
    return {
        "index": index,
        "gent": gent,
        "atlas": atlas,
        "practice": practice,
        "course": course,
        "online": online,
    }


# --- list and detail ---------------------------------------------------------------------


def test_list_returns_public_offers_in_the_interchange_format(client, catalogue):
    response = client.get(LIST)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    body = response.json()
    assert set(body) == {"count", "next", "previous", "results"}
    assert body["count"] == 3
    assert body["next"] is None and body["previous"] is None
    practice = catalogue["practice"]
    item = next(row for row in body["results"] if row["id"] == practice.pk)
    offer = OfferPage.objects.get(pk=practice.pk)
    expected = json.loads(json.dumps(offer_to_interchange(offer)))
    assert {key: value for key, value in item.items() if key not in EXTRA_KEYS} == expected
    assert set(item) == EXTRA_KEYS | set(expected)
    assert item["url"].startswith("http")
    assert urlsplit(item["url"]).path == "/nl/aanbod/stad-gent/praattafel-gent/"
    assert item["municipality"] == {"nis": "44021", "name_nl": "Gent", "name_fr": "Gand"}
    published = offer.last_published_at
    milliseconds = published.replace(microsecond=published.microsecond // 1000 * 1000)
    assert dt.datetime.fromisoformat(item["modified"]) == milliseconds
    assert item["title"] == {"nl": "Praattafel Gent", "en": "Conversation table Ghent"}
    assert item["themes"] == ["dutch-practice"]
    assert item["schedule"]["weekly"] == [{"weekday": 2, "start": "18:30", "end": "20:00"}]


def test_list_is_sorted_by_id_and_an_online_offer_has_no_municipality(client, catalogue):
    results = client.get(LIST).json()["results"]
    assert [row["id"] for row in results] == sorted(row["id"] for row in results)
    online = next(row for row in results if row["id"] == catalogue["online"].pk)
    assert online["municipality"] is None
    assert online["location"] is None


def test_only_public_data_is_exposed(client, catalogue):
    OfferPage.objects.filter(pk=catalogue["practice"].pk).update(
        reminders_sent={"expiry-7": "2026-01-01"}
    )
    text = client.get(LIST).content.decode()
    assert "reminders" not in text
    assert "reminders@gent.example" not in text  # the organisation's reminder address
    assert "praattafel@gent.example" in text  # the offer's own public contact


def test_detail_returns_one_offer(client, catalogue):
    course = catalogue["course"]
    response = client.get(f"{LIST}{course.pk}/")
    assert response.status_code == 200
    item = response.json()
    assert item["id"] == course.pk
    assert item["source"] == "atlas-antwerpen"
    assert item["external_id"] == "atlas-1"
    assert item["organisation"] == {"name": "Atlas", "kind": "agency"}
    assert item["cost"] == {"free": False, "amount_eur": 45, "note": {}}
    assert item["municipality"]["name_nl"] == "Antwerpen"


def test_expired_unpublished_draft_and_private_offers_are_left_out(client, catalogue):
    yesterday = timezone.localdate() - dt.timedelta(days=1)
    expired = _publish_offer(catalogue["gent"], title="Verlopen", slug="verlopen")
    OfferPage.objects.filter(pk=expired.pk).update(valid_until=yesterday)  # still live
    unpublished = _publish_offer(catalogue["gent"], title="Offline", slug="offline")
    unpublished.unpublish()
    draft = OfferPageFactory.build(title="Concept", slug="concept", live=False)
    catalogue["gent"].add_child(instance=draft)
    draft.save_revision()
    private_org = OrganisationPageFactory(parent=catalogue["index"], title="Besloten")
    private = _publish_offer(private_org, title="Besloten", slug="besloten")
    PageViewRestriction.objects.create(page=private_org, restriction_type="login")

    response = client.get(LIST)
    assert response.json()["count"] == 3
    hidden = {expired.pk, unpublished.pk, draft.pk, private.pk}
    assert not hidden & set(_ids(response))
    for pk in hidden:
        detail = client.get(f"{LIST}{pk}/")
        assert detail.status_code == 404, pk
        assert f"no published offer with id {pk}" in detail.json()["detail"]


def test_unpublished_changes_stay_private(client, catalogue):
    practice = OfferPage.objects.get(pk=catalogue["practice"].pk)
    practice.title = "Nog niet gepubliceerde titel"
    practice.save_revision()
    item = client.get(f"{LIST}{practice.pk}/").json()
    assert item["title"]["nl"] == "Praattafel Gent"


def test_missing_offer_is_a_json_404_that_says_what_to_do(client, catalogue):
    response = client.get(f"{LIST}999999/")
    assert response.status_code == 404  # not redirected to /nl/api/... by LocaleMiddleware
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert "no published offer with id 999999" in body["detail"]
    assert "/api/v1/offers/" in body["detail"]


def test_unknown_address_below_the_api_is_json_and_a_missing_slash_is_added(client, catalogue):
    response = client.get("/api/v1/nothing-here")
    assert response.status_code == 404
    assert "/api/v1/offers/" in response.json()["detail"]
    response = client.get("/api/v1/offers?limit=1")
    assert response.status_code == 308
    assert response["Location"] == "/api/v1/offers/?limit=1"
    links = client.get("/api/v1/").json()
    assert links["offers"] == "http://testserver/api/v1/offers/"
    assert links["openapi"] == "http://testserver/api/v1/openapi.json"


def test_the_api_is_read_only(client, catalogue):
    for path in [LIST, f"{LIST}{catalogue['practice'].pk}/"]:
        for method in ["post", "put", "patch", "delete"]:
            response = getattr(client, method)(path, data="{}", content_type="application/json")
            assert response.status_code == 405, (method, path)
            assert response["Allow"] == "GET"
            assert "read-only" in response.json()["detail"]
    assert OfferPage.objects.count() == 3


# --- pagination ------------------------------------------------------------------------


def test_pages_link_to_each_other_and_keep_the_filters(client, catalogue):
    for number in range(4):
        _publish_offer(catalogue["gent"], title=f"Extra {number}", slug=f"extra-{number}")
    all_ids = sorted(OfferPage.objects.values_list("pk", flat=True))
    first = client.get(LIST, {"limit": 3, "offer_type": "practice"}).json()
    assert first["count"] == 6  # the course is not a practice offer
    assert first["previous"] is None
    assert urlsplit(first["next"]).netloc == "testserver"
    assert parse_qs(urlsplit(first["next"]).query) == {
        "limit": ["3"],
        "offer_type": ["practice"],
        "offset": ["3"],
    }
    second = client.get(first["next"]).json()
    assert second["next"] is None
    assert parse_qs(urlsplit(second["previous"]).query)["offset"] == ["0"]
    seen = [row["id"] for row in first["results"] + second["results"]]
    assert seen == [pk for pk in all_ids if pk != catalogue["course"].pk]


def test_offset_past_the_end_gives_an_empty_page(client, catalogue):
    body = client.get(LIST, {"offset": 10}).json()
    assert body["count"] == 3
    assert body["results"] == []
    assert body["next"] is None
    assert parse_qs(urlsplit(body["previous"]).query)["offset"] == ["0"]


BAD_PARAMETERS = [
    ({"limit": 0}, "limit", "out_of_range"),
    ({"limit": 201}, "limit", "out_of_range"),
    ({"limit": "ten"}, "limit", "not_a_number"),
    ({"offset": -1}, "offset", "out_of_range"),
    ({"offer_type": "course"}, "offer_type", "invalid_choice"),
    ({"source": "Atlas Antwerpen"}, "source", "invalid_slug"),
]


def test_bad_parameters_are_named_with_a_fix(client, catalogue):
    for query, field, code in BAD_PARAMETERS:
        response = client.get(LIST, query)
        assert response.status_code == 422, query
        body = response.json()
        assert field in body["detail"]
        [error] = body["errors"]
        assert error["field"] == field
        assert error["code"] == code
        problem = f'"{field}" cannot be "{query[field]}". '
        assert error["message"].startswith(problem)
        assert len(error["message"]) > len(problem) + 20  # and how to fix it
    body = client.get(LIST, {"limit": 0, "modified_since": "x"}).json()
    assert [error["field"] for error in body["errors"]] == ["limit", "modified_since"]


def test_a_bad_id_is_named_with_a_fix(client, catalogue):
    for value, code in [("abc", "not_a_number"), ("0", "out_of_range"), ("9" * 30, "out_of_range")]:
        response = client.get(f"{LIST}{value}/")
        assert response.status_code == 422, value
        [error] = response.json()["errors"]
        assert error["field"] == "id"
        assert error["code"] == code
        assert "/api/v1/offers/123/" in error["message"]


# --- modified_since ----------------------------------------------------------------------


@pytest.fixture
def old_and_new(catalogue):
    old = dt.datetime(2025, 1, 1, 12, tzinfo=dt.UTC)
    OfferPage.objects.filter(pk=catalogue["course"].pk).update(last_published_at=old)
    OfferPage.objects.filter(pk=catalogue["online"].pk).update(last_published_at=old)
    OrganisationPage.objects.filter(pk=catalogue["atlas"].pk).update(last_published_at=old)
    return catalogue


def test_modified_since_returns_what_changed_since(client, old_and_new):
    for value in [
        "2025-06-01T00:00:00Z",
        "2025-06-01T02:00:00+02:00",
        "2025-06-01T02:00:00 02:00",  # + sent unencoded arrives as a space
        "2025-06-01T02:00:00",  # no zone: Brussels time
        "2025-06-01",
    ]:
        response = client.get(LIST, {"modified_since": value})
        assert response.status_code == 200, (value, response.content)
        assert _ids(response) == [old_and_new["practice"].pk], value
    before = client.get(LIST, {"modified_since": "2024-12-31T23:00:00Z"})
    assert before.json()["count"] == 3


def test_modified_since_includes_offers_whose_organisation_changed(client, old_and_new):
    old_and_new["atlas"].save_revision().publish()
    response = client.get(LIST, {"modified_since": "2025-06-01T00:00:00Z"})
    assert sorted(_ids(response)) == sorted(
        [old_and_new["practice"].pk, old_and_new["course"].pk, old_and_new["online"].pk]
    )
    item = client.get(f"{LIST}{old_and_new['course'].pk}/").json()
    assert item["modified"].startswith(str(timezone.now().year))


def test_modified_since_in_the_future_returns_nothing(client, old_and_new):
    future = (timezone.now() + dt.timedelta(days=1)).isoformat()
    assert client.get(LIST, {"modified_since": future}).json()["count"] == 0


def test_invalid_modified_since_is_a_clear_json_error(client, catalogue):
    for value in ["yesterday", "2025-13-01T00:00:00Z", "01/06/2025", "0001-01-01T00:00:00+01:00"]:
        response = client.get(LIST, {"modified_since": value})
        assert response.status_code == 422
        assert response["Content-Type"].startswith("application/json")
        body = response.json()
        assert body["detail"].startswith("Some parameters are not valid: modified_since.")
        [error] = body["errors"]
        assert error == {
            "field": "modified_since",
            "code": "invalid_datetime",
            "message": f'"modified_since" cannot be "{value}". Give a date and time in ISO 8601, '
            "for example 2026-01-31T09:00:00Z or 2026-01-31T10:00:00+01:00. In a URL, write + "
            "as %2B.",
        }


def test_error_messages_follow_accept_language_and_keep_field_and_code(client, catalogue):
    response = client.get(LIST, {"modified_since": "x"}, HTTP_ACCEPT_LANGUAGE="nl")
    [error] = response.json()["errors"]
    assert error["field"] == "modified_since"
    assert error["code"] == "invalid_datetime"
    assert '"modified_since"' in error["message"]


# --- filters -------------------------------------------------------------------------------


def test_filter_by_offer_type(client, catalogue):
    assert _ids(client.get(LIST, {"offer_type": "course_nt2"})) == [catalogue["course"].pk]


def test_filter_by_municipality_name_or_nis(client, catalogue):
    for value in ["Gent", "gent", " Gand ", "44021"]:
        assert _ids(client.get(LIST, {"municipality": value})) == [catalogue["practice"].pk]


def test_unknown_municipality_is_a_clear_error(client, catalogue):
    response = client.get(LIST, {"municipality": "Gnet"})
    assert response.status_code == 422
    [error] = response.json()["errors"]
    assert error["field"] == "municipality"
    assert error["code"] == "unknown_municipality"
    assert '"Gnet"' in error["message"] and "NIS" in error["message"]


def test_filter_by_source(client, catalogue):
    assert _ids(client.get(LIST, {"source": "atlas-antwerpen"})) == [catalogue["course"].pk]
    wegwijs = _ids(client.get(LIST, {"source": "wegwijs"}))
    assert wegwijs == sorted([catalogue["practice"].pk, catalogue["online"].pk])
    assert _ids(client.get(LIST, {"source": "elsewhere"})) == []


def test_filters_combine(client, catalogue):
    query = {"municipality": "Antwerpen", "offer_type": "course_nt2", "source": "atlas-antwerpen"}
    assert _ids(client.get(LIST, query)) == [catalogue["course"].pk]
    query["offer_type"] = "practice"
    assert client.get(LIST, query).json()["count"] == 0


# --- queries -------------------------------------------------------------------------------


def test_a_page_of_50_offers_takes_a_bounded_number_of_queries(
    client, catalogue, django_assert_max_num_queries
):
    themes = list(Theme.objects.all())
    groups = list(TargetGroup.objects.all())
    levels = list(DutchLevel.objects.all()[:2])
    for number in range(50):
        _publish_offer(
            catalogue["gent"],
            title=f"Offer {number}",
            slug=f"offer-{number}",
            themes=themes,
            levels=levels,
            groups=groups,
            slots=[(number % 7, dt.time(9), dt.time(11)), (4, dt.time(14), dt.time(16))],
            dates=[timezone.localdate() + dt.timedelta(days=number + 1)],
        )
    client.get(LIST, {"limit": 1})  # warm the cache of site root paths, as in production
    with django_assert_max_num_queries(MAX_QUERIES_PER_PAGE):
        response = client.get(LIST, {"limit": 50, "offset": 3})  # the 50 new offers
    results = response.json()["results"]
    assert len(results) == 50
    assert all(row["themes"] and len(row["schedule"]["weekly"]) == 2 for row in results)
    # Nothing is fetched per offer: 5 offers take as many queries as 50.
    with CaptureQueriesContext(connection) as few:
        client.get(LIST, {"limit": 5, "offset": 3})
    with CaptureQueriesContext(connection) as many:
        client.get(LIST, {"limit": 50, "offset": 3})
    assert len(few.captured_queries) == len(many.captured_queries)


# --- OpenAPI and docs -------------------------------------------------------------------------


def _refs(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def test_openapi_description_lists_the_read_only_endpoints(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    spec = json.loads(response.content)
    assert spec["openapi"].startswith("3.1.")
    assert spec["info"]["title"] == "Wegwijs open data API"
    assert "Read-only" in spec["info"]["description"]
    assert set(spec["paths"]) == {
        "/api/v1/offers/", "/api/v1/offers/{id}/", "/api/v1/offers/search",
        "/api/v1/stats/", "/api/v1/stats/{key}/",  # kerncijfers (tests/kerncijfers/test_api.py)
    }  # fmt: skip
    for path in spec["paths"].values():
        assert set(path) == {"get"}
    listing = spec["paths"]["/api/v1/offers/"]["get"]
    names = {param["name"] for param in listing["parameters"]}
    assert names == {"limit", "offset", "modified_since", "offer_type", "municipality", "source"}
    assert set(listing["responses"]) == {"200", "422", "429"}
    detail = spec["paths"]["/api/v1/offers/{id}/"]["get"]
    assert set(detail["responses"]) == {"200", "404", "422", "429"}
    # The search is rate limited (portal.ratelimit.throttle): its 429 is documented too.
    search = spec["paths"]["/api/v1/offers/search"]["get"]["responses"]
    assert set(search) == {"200", "400", "429"}
    schemas = spec["components"]["schemas"]
    for ref in _refs(spec):
        assert ref.startswith("#/components/schemas/") and ref.rsplit("/", 1)[1] in schemas
    offer_fields = set(schemas["OfferOut"]["properties"])
    assert "reminders_sent" not in offer_fields and "contact_email" not in offer_fields


def test_openapi_description_passes_the_openapi_3_1_validator(client):
    openapi_spec_validator.validate(client.get("/api/v1/openapi.json").json())


def test_docs_page_works_under_the_strict_csp(client):
    response = client.get("/api/v1/docs")
    assert response.status_code == 200
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    html = response.content.decode()
    if not apps.is_installed("ninja"):
        # Without ninja's static files: no scripts at all, a link to the description instead.
        assert "<script" not in html
        assert 'href="/api/v1/openapi.json"' in html
        return
    # Every script and style is a local file that is served; the only inline <script> is a
    # JSON data block (not executed, so the CSP allows it).
    for tag in re.findall(r"<script\b[^>]*>", html):
        assert "src=" in tag or 'type="application/json"' in tag, tag
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert any(asset.endswith("swagger-ui-bundle.js") for asset in assets)
    for asset in assets:
        assert asset.startswith("/static/"), asset
        assert client.get(asset).status_code == 200, asset
    assert "cdn.jsdelivr.net" not in html
