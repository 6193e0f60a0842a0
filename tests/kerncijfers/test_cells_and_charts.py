"""The one small-cell rule, and the SVG chart: role, title, description, escaping, RTL."""

import re

import pytest

from kerncijfers import cells, charts


@pytest.mark.parametrize(("count", "shown"), [(0, None), (1, None), (4, None), (5, 5), (120, 120)])
def test_a_count_below_5_is_never_published(count, shown):
    assert cells.publishable(count) == shown


def _chart(rtl=False, bars=None):
    return charts.bar_chart(
        chart_id="chart-x",
        title="Aanbod <per> type",
        description="Staafdiagram & tabel",
        bars=bars or [charts.Bar("Oefenen", 10), charts.Bar("Cursus", None)],
        small_text="minder dan 5",
        rtl=rtl,
    )


def test_the_chart_is_an_image_with_a_title_and_a_description():
    svg = _chart()
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert 'role="img"' in svg
    assert 'aria-labelledby="chart-x-title chart-x-desc"' in svg
    assert '<title id="chart-x-title">Aanbod &lt;per&gt; type</title>' in svg
    assert '<desc id="chart-x-desc">Staafdiagram &amp; tabel</desc>' in svg
    # No inline style (the CSP forbids it) and no script.
    assert "style=" not in svg and "<script" not in svg


def test_a_small_cell_has_no_bar_and_says_fewer_than_5():
    svg = _chart()
    assert ">10</text>" in svg and ">minder dan 5</text>" in svg
    assert svg.count('fill="#1d5a8c"') == 1  # one real bar: the suppressed one is an outline
    assert 'stroke-dasharray="3 2"' in svg


def test_labels_are_escaped():
    svg = _chart(bars=[charts.Bar("<script>alert(1)</script>", 7)])
    assert "<script>" not in svg and "&lt;script&gt;" in svg


def _bar_rect(svg):
    found = re.search(r'<rect x="([0-9.]+)" y="[0-9.]+" width="([0-9.]+)" height="\d+" fill', svg)
    return float(found.group(1)), float(found.group(2))


def test_in_right_to_left_languages_the_bars_grow_from_the_right():
    left_x, width = _bar_rect(_chart(rtl=False))
    right_x, right_width = _bar_rect(_chart(rtl=True))
    assert left_x == charts.MARGIN and width == right_width
    assert right_x + right_width == charts.WIDTH - charts.MARGIN
    assert 'text-anchor="end"' in _chart(rtl=True) and 'text-anchor="end"' not in _chart()
    # The coordinates mean the same in every language.
    assert 'direction="ltr"' in _chart(rtl=True)
