"""The newsletter's key figure per quarter: confirmed subscribers at its end and new ones in it."""

from __future__ import annotations

from datetime import date

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from portal import key_figures
from portal.key_figures import FigureRow
from vreemdelingenrecht.nieuwsbrief.models import Subscriber


def newsletter_subscribers(first_day: date, last_day: date) -> list[FigureRow]:
    """Confirmed subscribers. Who unsubscribes is deleted, so the count at the end of a past
    quarter is those still subscribed today who had confirmed by then."""
    counts = Subscriber.objects.filter(status=Subscriber.Status.ACTIVE).aggregate(
        total=Count("pk", filter=Q(confirmed_at__date__lte=last_day)),
        new=Count(
            "pk", filter=Q(confirmed_at__date__gte=first_day, confirmed_at__date__lte=last_day)
        ),
    )
    return [
        FigureRow("subscribed", _("Subscribers at the end of the quarter"), counts["total"]),
        FigureRow("new", _("New subscribers in the quarter"), counts["new"]),
    ]


def register() -> None:
    key_figures.register(
        key_figures.KeyFigure(
            key="newsletter_subscribers",
            title=_("Newsletter subscribers"),
            description=_(
                "People who confirmed their subscription to the newsletter on foreigners' law."
            ),
            dimension=_("subscribers"),
            compute=newsletter_subscribers,
            position=60,
        )
    )
