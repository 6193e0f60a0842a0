"""Quarterly key figures that apps contribute to the public kerncijfers page and the stats API."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from portal import registries


@dataclass(frozen=True)
class FigureRow:
    """One cell of a figure: how many `category` in the period (a count of things, never of a
    person's own data). `code` is stable for the API; `label` is what a reader sees."""

    code: str
    label: str
    count: int


@dataclass(frozen=True)
class KeyFigure:
    """A figure an app publishes per quarter, e.g. "live offers by type".

    `compute(first_day, last_day)` returns the rows for the period, both days included. The
    kerncijfers page and `/api/v1/stats/` add the quarters, suppress small cells and draw the
    charts; an app only counts. Titles are lazy translations."""

    key: str  # stable, used in URLs and the API: "offers_by_type"
    title: str
    description: str
    dimension: str  # what the rows are, e.g. _("type of offer")
    compute: Callable[[date, date], list[FigureRow]]
    position: int = 100  # order on the page


def register(figure: KeyFigure) -> KeyFigure:
    return registries.key_figures.register(figure.key, figure)


def figures() -> list[KeyFigure]:
    return sorted(registries.key_figures, key=lambda figure: figure.position)
