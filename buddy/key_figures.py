"""Buddy's key figure per quarter: proposals sent, matches started and matches ended."""

from __future__ import annotations

from datetime import date

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from buddy.models import Proposal
from portal import key_figures
from portal.key_figures import FigureRow

# A match starts when the local coordinator says yes: the proposal became active.
STARTED_STATES = ["active", "ended"]


def buddy_matches(first_day: date, last_day: date) -> list[FigureRow]:
    def within(field: str) -> Q:
        return Q(**{f"{field}__date__gte": first_day, f"{field}__date__lte": last_day})

    counts = Proposal.objects.aggregate(
        proposed=Count("pk", filter=within("sent_at")),
        started=Count("pk", filter=within("local_decided_at") & Q(state__in=STARTED_STATES)),
        ended=Count("pk", filter=within("ended_at") & Q(state="ended")),
    )
    return [
        FigureRow("proposed", _("Proposals sent to a volunteer"), counts["proposed"]),
        FigureRow("started", _("Buddy matches that started"), counts["started"]),
        FigureRow("ended", _("Buddy matches that ended"), counts["ended"]),
    ]


def register() -> None:
    key_figures.register(
        key_figures.KeyFigure(
            key="buddy_matches",
            title=_("Buddy matches"),
            description=_(
                "Proposals sent to a volunteer, matches that started and matches that ended in "
                "the quarter."
            ),
            dimension=_("step"),
            compute=buddy_matches,
            position=30,
        )
    )
