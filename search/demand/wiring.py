"""What the demand log plugs in: the search hook, the buffer's writer, retention jobs, the key
figure and the demo step. Called from search.wiring once every model is loaded."""

from __future__ import annotations

import atexit
import contextlib

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal import demo_steps, key_figures
from portal.privacy import retention
from search.demand import buffer, services
from search.offers.service import search_completed


def record(sender, *, params, result, language, origin, **kwargs) -> None:
    """A visitor's search completed: queue one event (the first page only: paging is the same
    search). Only an append to the bounded buffer happens here."""
    if params.page != 1:
        return
    buffer.offer(
        services.Searched(
            day=timezone.localdate(),
            origin=origin,
            language=language,
            params=params,
            count=result.count,
            relaxed=tuple(result.relaxed or ()),
        )
    )


def _searches_figure(first_day, last_day) -> list[key_figures.FigureRow]:
    totals = services.searches_in(first_day, last_day)
    return [
        key_figures.FigureRow(
            "searches", str(_("searches in the offer finder")), totals["searches"]
        ),
        key_figures.FigureRow(
            "zero_result", str(_("searches that found nothing")), totals["zero_result"]
        ),
    ]


SEARCHES = key_figures.KeyFigure(
    key="searches",
    title=_("Searches and searches without a result"),
    description=_(
        "How often people searched the offer finder and the open data API, and how often they "
        "found nothing, even after we loosened their choices."
    ),
    dimension=_("searches"),
    compute=_searches_figure,
    position=60,
)


def _flush_at_exit() -> None:
    # The process is ending: what cannot be written now is lost, quietly.
    with contextlib.suppress(Exception):
        buffer.flush()


def connect() -> None:
    search_completed.connect(record, dispatch_uid="search_demand.record")
    buffer.set_writer(services.write_events)
    atexit.register(_flush_at_exit)
    retention.register("search_events_prune", services.events_prune, 45)
    retention.register("search_demand_prune", services.aggregates_prune, 46)
    key_figures.register(SEARCHES)
    demo_steps.register(
        "search_demand",
        demo_steps.DemoStep(
            label="search: a quarter of synthetic search demand",
            position=85,
            builder="search.demand.demo.generate",
            with_home=False,
        ),
    )
