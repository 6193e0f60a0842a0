"""The pool's key figure per quarter: language-help requests answered and not answered."""

from __future__ import annotations

from datetime import date

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from portal import key_figures
from portal.key_figures import FigureRow
from taalhulp.pool.models import HelpRequest


def language_help_requests(first_day: date, last_day: date) -> list[FigureRow]:
    """Requests asked in the quarter: a volunteer was found, or none was found. Requests still
    open or cancelled are in neither row."""
    asked = HelpRequest.objects.filter(
        created_at__date__gte=first_day, created_at__date__lte=last_day
    )
    counts = asked.aggregate(
        answered=Count("pk", filter=Q(answered_at__isnull=False)),
        unanswered=Count("pk", filter=Q(status=HelpRequest.Status.UNANSWERED)),
    )
    return [
        FigureRow("answered", _("A volunteer was found"), counts["answered"]),
        FigureRow("unanswered", _("No volunteer was found"), counts["unanswered"]),
    ]


def register() -> None:
    key_figures.register(
        key_figures.KeyFigure(
            key="language_help_requests",
            title=_("Language help requests"),
            description=_(
                "Requests for a volunteer language helper asked in the quarter, answered and "
                "not answered."
            ),
            dimension=_("answer"),
            compute=language_help_requests,
            position=40,
        )
    )
