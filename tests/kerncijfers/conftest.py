"""Fixtures of the kerncijfers tests: the demo key figures page, and a figure of our own whose
counts straddle the small-cell threshold."""

import datetime as dt

import pytest
from django.utils import translation

from kerncijfers import factories
from portal import key_figures, registries
from portal.key_figures import FigureRow

# Counts of the test figure: 0 and 4 are small cells, 5 and 12 are published.
TEST_COUNTS = {"zero": 0, "four": 4, "five": 5, "twelve": 12}
SEEN_PERIODS: list[tuple[dt.date, dt.date]] = []


def _test_rows(first_day: dt.date, last_day: dt.date) -> list[FigureRow]:
    SEEN_PERIODS.append((first_day, last_day))
    return [FigureRow(code, f"Rij {code}", count) for code, count in TEST_COUNTS.items()]


TEST_FIGURE = key_figures.KeyFigure(
    key="test_cells",
    title="Testcijfer",
    description="Een cijfer voor de tests.",
    dimension="rij",
    compute=_test_rows,
    position=1,
)


@pytest.fixture
def test_figure():
    SEEN_PERIODS.clear()
    key_figures.register(TEST_FIGURE)
    yield TEST_FIGURE
    registries.key_figures.unregister(TEST_FIGURE.key)


def build_key_figures_page(home):
    with translation.override("nl"):
        return factories.generate(seed=42, home=home)


@pytest.fixture
def key_figures_page(demo_site):
    return build_key_figures_page(demo_site)


def page_url(page, language: str) -> str:
    with translation.override(language):
        return page.get_url()
