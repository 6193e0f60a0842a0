"""A quarter's key figures as published: every cell through the small-cell rule, as a table,
a chart, CSV rows and JSON. The page and the API both read from here."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils import timezone, translation
from django.utils.translation import gettext

from kerncijfers import cells, charts, quarters
from kerncijfers.quarters import Quarter
from portal import key_figures
from portal.key_figures import KeyFigure

CSV_HEADER = ["figure", "quarter", "code", "label", "count", "suppressed"]


@dataclass(frozen=True)
class Cell:
    code: str
    label: str
    count: int | None  # None: fewer than 5, not published

    @property
    def suppressed(self) -> bool:
        return self.count is None


@dataclass(frozen=True)
class Table:
    figure: KeyFigure
    quarter: Quarter
    cells: list[Cell]

    @property
    def key(self) -> str:
        return self.figure.key


def offered_quarters() -> list[Quarter]:
    return quarters.offered(timezone.localdate())


def default_quarter() -> Quarter:
    return quarters.latest_complete(timezone.localdate())


def find(key: str) -> KeyFigure | None:
    return next((figure for figure in key_figures.figures() if figure.key == key), None)


def table(figure: KeyFigure, quarter: Quarter) -> Table:
    """The figure's rows for the quarter, each count published or suppressed (labels in the
    active language)."""
    rows = figure.compute(quarter.first_day, quarter.last_day)
    return Table(
        figure=figure,
        quarter=quarter,
        cells=[Cell(row.code, str(row.label), cells.publishable(row.count)) for row in rows],
    )


def tables(quarter: Quarter) -> list[Table]:
    return [table(figure, quarter) for figure in key_figures.figures()]


def small_cell_text() -> str:
    return gettext("fewer than %(threshold)s") % {"threshold": cells.THRESHOLD}


def _values_text(table: Table) -> str:
    small = small_cell_text()
    return "; ".join(
        f"{cell.label}: {small if cell.suppressed else cell.count}" for cell in table.cells
    )


def chart_svg(table: Table) -> str:
    """The SVG of the table's chart, in the active language (mark safe when rendering)."""
    return charts.bar_chart(
        chart_id=f"chart-{table.key}",
        title=f"{table.figure.title} ({table.quarter})",
        description=gettext("Bar chart by %(dimension)s: %(values)s.")
        % {"dimension": table.figure.dimension, "values": _values_text(table)},
        bars=[charts.Bar(cell.label, cell.count) for cell in table.cells],
        small_text=small_cell_text(),
        rtl=translation.get_language_bidi(),
    )


def as_json(table: Table) -> dict:
    """The shape of a figure in the JSON download and in /api/v1/stats/<key>/."""
    return {
        "key": table.key,
        "title": str(table.figure.title),
        "description": str(table.figure.description),
        "dimension": str(table.figure.dimension),
        "quarter": table.quarter.code,
        "first_day": table.quarter.first_day,
        "last_day": table.quarter.last_day,
        "small_cell_threshold": cells.THRESHOLD,
        "rows": [
            {
                "code": cell.code,
                "label": cell.label,
                "count": cell.count,
                "suppressed": cell.suppressed,
            }
            for cell in table.cells
        ],
    }


def csv_rows(table: Table):
    """Header first; a suppressed count is an empty cell with suppressed = yes."""
    yield CSV_HEADER
    for cell in table.cells:
        yield [
            table.key,
            table.quarter.code,
            cell.code,
            cell.label,
            "" if cell.count is None else cell.count,
            "yes" if cell.suppressed else "no",
        ]
