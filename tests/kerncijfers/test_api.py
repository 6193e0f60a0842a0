"""/api/v1/stats/: the figures and quarters, one figure per quarter, clear 404s, and an OpenAPI
description that validates."""

import openapi_spec_validator
import pytest

from kerncijfers import figures
from portal import key_figures

pytestmark = pytest.mark.django_db


def test_the_index_lists_figures_and_quarters(client):
    response = client.get("/api/v1/stats/", HTTP_ACCEPT_LANGUAGE="nl")
    assert response.status_code == 200
    body = response.json()
    assert body["small_cell_threshold"] == 5
    assert body["latest_complete_quarter"] == figures.default_quarter().code
    assert [quarter["code"] for quarter in body["quarters"]] == [
        quarter.code for quarter in figures.offered_quarters()
    ]
    assert body["quarters"][0]["complete"] is False and body["quarters"][1]["complete"] is True
    keys = [figure["key"] for figure in body["figures"]]
    assert keys == [figure.key for figure in key_figures.figures()]
    offers = next(figure for figure in body["figures"] if figure["key"] == "offers_by_type")
    assert offers["title"] == "Aanbod per soort"
    assert offers["url"] == "http://testserver/api/v1/stats/offers_by_type/"


def test_one_figure_for_the_default_and_for_a_chosen_quarter(client):
    body = client.get("/api/v1/stats/offers_by_type/").json()
    default = figures.default_quarter()
    assert (body["quarter"], body["first_day"], body["last_day"]) == (
        default.code,
        default.first_day.isoformat(),
        default.last_day.isoformat(),
    )
    assert [row["code"] for row in body["rows"]][:2] == ["practice", "participation"]
    chosen = figures.offered_quarters()[4].code
    assert client.get(f"/api/v1/stats/offers_by_type/?quarter={chosen}").json()["quarter"] == chosen


def test_labels_follow_the_accept_language(client):
    body = client.get("/api/v1/stats/buddy_matches/", HTTP_ACCEPT_LANGUAGE="uk").json()
    assert body["title"] == "Пари бадді"


@pytest.mark.parametrize(
    ("url", "status", "field", "code"),
    [
        ("/api/v1/stats/nothing_here/", 404, "key", "unknown_figure"),
        ("/api/v1/stats/offers_by_type/?quarter=1999-Q1", 404, "quarter", "unknown_quarter"),
        ("/api/v1/stats/offers_by_type/?quarter=2026-Q9", 422, "quarter", "invalid"),
    ],
)
def test_mistakes_are_clear_json(client, url, status, field, code):
    response = client.get(url, HTTP_ACCEPT_LANGUAGE="nl")
    assert response.status_code == status, response.content
    assert response["Content-Language"] == "nl"
    body = response.json()
    assert body["detail"]
    (error,) = body["errors"]
    assert (error["field"], error["code"]) == (field, code)
    assert field in error["message"] or field in body["detail"]


def test_the_api_is_read_only(client):
    response = client.post(
        "/api/v1/stats/offers_by_type/", data="{}", content_type="application/json"
    )
    assert response.status_code in (404, 405)


def test_the_openapi_description_holds_the_stats_and_validates(client):
    spec = client.get("/api/v1/openapi.json").json()
    openapi_spec_validator.validate(spec)
    assert {"/api/v1/stats/", "/api/v1/stats/{key}/"} <= set(spec["paths"])
    figure = spec["paths"]["/api/v1/stats/{key}/"]["get"]
    assert figure["operationId"] == "stats_figure"
    assert set(figure["responses"]) == {"200", "404", "422", "429"}
    names = {param["name"] for param in figure["parameters"]}
    assert names == {"key", "quarter"}
    rows = spec["components"]["schemas"]["RowOut"]["properties"]["count"]
    assert "null" in str(rows)
