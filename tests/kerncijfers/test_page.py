"""The key figures page: six languages, the quarter form without JavaScript, a chart, a table
and downloads per figure, and the editors' notes."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from kerncijfers import figures
from kerncijfers.demo import content as demo_content
from kerncijfers.models import FigureNote
from portal import key_figures
from tests.kerncijfers.conftest import SEEN_PERIODS, page_url

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "direction", "label"),
    [("nl", "ltr", "Kwartaal"), ("uk", "ltr", "Квартал"), ("ar", "rtl", "ربع السنة")],
)
def test_the_page_speaks_the_visitors_language(
    client, key_figures_page, language, direction, label
):
    response = client.get(page_url(key_figures_page, language))
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}" dir="{direction}"' in html
    assert demo_content.PAGE["title"][language] in html
    assert demo_content.PAGE["body"][language][0] in html
    assert demo_content.NOTES[0][1][language] in html
    assert f">{label}" in html
    # Every figure: a chart that is an image with a title and a description, and its table.
    for figure in key_figures.figures():
        chart = re.search(rf'<svg[^>]*id="chart-{figure.key}"[^>]*>', html)
        assert chart and 'role="img"' in chart.group(0), figure.key
        assert f'<title id="chart-{figure.key}-title">' in html
        assert f'<desc id="chart-{figure.key}-desc">' in html
        assert f'id="table-{figure.key}"' in html
        assert f"csv/{figure.key}/?quarter=" in html and f"json/{figure.key}/?quarter=" in html


def test_the_latest_complete_quarter_is_the_default(client, key_figures_page, test_figure):
    html = client.get(page_url(key_figures_page, "nl")).content.decode()
    quarter = figures.default_quarter()
    assert f'<option value="{quarter.code}" selected>' in html
    assert [(quarter.first_day, quarter.last_day)] == SEEN_PERIODS


def test_the_form_picks_another_quarter_without_javascript(client, key_figures_page, test_figure):
    html = client.get(page_url(key_figures_page, "nl")).content.decode()
    form = re.search(r'<form method="get"[^>]*class="quarter-form".*?</form>', html, re.S).group(0)
    assert '<label for="id_quarter">' in form and 'type="submit"' in form
    earlier = figures.offered_quarters()[3]
    html = client.get(page_url(key_figures_page, "nl"), {"quarter": earlier.code}).content.decode()
    assert f'<option value="{earlier.code}" selected>' in html
    assert SEEN_PERIODS[-1] == (earlier.first_day, earlier.last_day)
    assert f"csv/test_cells/?quarter={earlier.code}" in html


def test_an_unknown_quarter_is_named_in_the_error_summary(client, key_figures_page, test_figure):
    response = client.get(page_url(key_figures_page, "nl"), {"quarter": "1999-Q1"})
    assert response.status_code == 200
    html = response.content.decode()
    summary = re.search(r'<div class="error-summary".*?</div>', html, re.S).group(0)
    assert '<a href="#id_quarter">Kwartaal:' in summary
    # The default quarter is shown meanwhile.
    assert SEEN_PERIODS[-1][0] == figures.default_quarter().first_day


def test_a_note_for_one_quarter_shows_only_with_that_quarter(client, key_figures_page):
    quarter = figures.default_quarter()
    FigureNote.objects.create(
        page=key_figures_page,
        figure="buddy_matches",
        quarter=quarter.code,
        text_nl="<p>Alleen nu.</p>",
    )
    url = page_url(key_figures_page, "nl")
    assert "Alleen nu." in client.get(url).content.decode()
    other = figures.offered_quarters()[2].code
    assert "Alleen nu." not in client.get(url, {"quarter": other}).content.decode()


def test_the_figures_cost_a_few_queries_each(client, key_figures_page):
    url = page_url(key_figures_page, "nl")
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    assert len(queries) <= 30, [query["sql"] for query in queries]
