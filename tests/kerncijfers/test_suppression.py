"""Small cells: a count below 5 is "fewer than 5" on the page, empty in the CSV, null in the
JSON download and in the API; 5 and more are shown as they are."""

import csv
import io
import json
import re

import pytest

from kerncijfers import figures
from tests.kerncijfers.conftest import page_url

pytestmark = pytest.mark.django_db

QUARTER = figures.default_quarter().code


def _download(client, page, suffix):
    url = page_url(page, "nl") + f"{suffix}/test_cells/?quarter={QUARTER}"
    response = client.get(url)
    assert response.status_code == 200, url
    assert "attachment" in response["Content-Disposition"]
    return response


def test_the_page_shows_fewer_than_5_for_small_cells(client, key_figures_page, test_figure):
    html = client.get(page_url(key_figures_page, "nl")).content.decode()
    table = re.search(r'<table class="figure__table" id="table-test_cells">.*?</table>', html, re.S)
    assert table, "the test figure has a table"
    rows = dict(re.findall(r'<tr data-code="(\w+)"><th scope="row">[^<]*</th><td>([^<]*)</td>',
                           table.group(0)))  # fmt: skip
    assert rows == {"zero": "minder dan 5", "four": "minder dan 5", "five": "5", "twelve": "12"}
    chart = re.search(r'<svg[^>]*id="chart-test_cells".*?</svg>', html, re.S).group(0)
    assert ">4<" not in chart and ">0<" not in chart
    assert chart.count(">minder dan 5</text>") == 2


def test_the_csv_download_leaves_small_cells_empty(client, key_figures_page, test_figure):
    response = _download(client, key_figures_page, "csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == figures.CSV_HEADER
    assert [row[2:] for row in rows[1:]] == [
        ["zero", "Rij zero", "", "yes"],
        ["four", "Rij four", "", "yes"],
        ["five", "Rij five", "5", "no"],
        ["twelve", "Rij twelve", "12", "no"],
    ]
    assert {row[1] for row in rows[1:]} == {QUARTER}


def test_the_json_download_has_null_for_small_cells(client, key_figures_page, test_figure):
    body = json.loads(_download(client, key_figures_page, "json").content)
    assert body["quarter"] == QUARTER and body["small_cell_threshold"] == 5
    assert [(row["code"], row["count"], row["suppressed"]) for row in body["rows"]] == [
        ("zero", None, True),
        ("four", None, True),
        ("five", 5, False),
        ("twelve", 12, False),
    ]
    assert "total" not in body  # a total would give the small cells away


def test_the_api_has_null_for_small_cells(client, test_figure):
    body = client.get(f"/api/v1/stats/test_cells/?quarter={QUARTER}").json()
    assert [(row["code"], row["count"], row["suppressed"]) for row in body["rows"]] == [
        ("zero", None, True),
        ("four", None, True),
        ("five", 5, False),
        ("twelve", 12, False),
    ]
    assert 4 not in [row["count"] for row in body["rows"]]


def test_downloads_of_an_unknown_figure_or_quarter_are_not_found(client, key_figures_page):
    base = page_url(key_figures_page, "nl")
    assert client.get(base + f"csv/nothing/?quarter={QUARTER}").status_code == 404
    assert client.get(base + "json/offers_by_type/?quarter=1999-Q1").status_code == 404
    assert client.get(base + "json/offers_by_type/?quarter=rubbish").status_code == 404
