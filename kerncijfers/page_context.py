"""What the key figures page shows for a request: the quarter form, then a table, a chart and
the editors' notes for every figure."""

from __future__ import annotations

from django.utils import timezone
from django.utils.safestring import mark_safe

from kerncijfers import figures
from kerncijfers.forms import QuarterForm
from kerncijfers.quarters import Quarter


def requested_quarter(request) -> Quarter | None:
    """The quarter asked for in ?quarter= (the latest complete one when absent), or None when
    it is not one we offer."""
    text = request.GET.get("quarter")
    if not text:
        return figures.default_quarter()
    quarter = Quarter.parse(text)
    return quarter if quarter in figures.offered_quarters() else None


def page_context(page, request) -> dict:
    offered = figures.offered_quarters()
    form = QuarterForm(
        request.GET if "quarter" in request.GET else None,
        quarters=offered,
        current=Quarter.of(timezone.localdate()),
        initial={"quarter": figures.default_quarter().code},
    )
    quarter = requested_quarter(request) if form.is_bound and form.is_valid() else None
    quarter = quarter or figures.default_quarter()
    notes: dict[str, list] = {}
    for note in page.notes.all():
        if note.quarter in ("", quarter.code):
            notes.setdefault(note.figure, []).append(note)
    shown = []
    for table in figures.tables(quarter):
        shown.append(
            {
                "table": table,
                "chart": mark_safe(figures.chart_svg(table)),  # noqa: S308 (charts.bar_chart escapes)
                "notes": notes.get(table.key, []),
            }
        )
    return {
        "quarter_form": form,
        "form": form,  # the error summary include reads `form`
        "quarter": quarter,
        "figures_shown": shown,
        "small_cell_text": figures.small_cell_text(),
    }
