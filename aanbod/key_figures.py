"""The offer catalogue's key figures per quarter: live offers by type and by region."""

from __future__ import annotations

from datetime import date

from django.apps import apps
from django.db.models import Count, QuerySet
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from aanbod import choices
from portal import key_figures
from portal.key_figures import FigureRow


def _offers(first_day: date, last_day: date) -> QuerySet:
    """Offers on offer in the quarter: live and public today, first published by its last day
    and still valid on its first day (there is no history of pages taken offline)."""
    # Looked up by name: ready() registers this module before the models are loaded.
    offer_page = apps.get_model("aanbod", "OfferPage")
    return (
        offer_page.objects.live()
        .public()
        .filter(first_published_at__date__lte=last_day, valid_until__gte=first_day)
    )


def offers_by_type(first_day: date, last_day: date) -> list[FigureRow]:
    counts = dict(
        _offers(first_day, last_day).order_by().values_list("offer_type").annotate(n=Count("pk"))
    )
    return [
        FigureRow(code=value, label=label, count=counts.get(value, 0))
        for value, label in choices.OfferType.choices
    ]


def offers_by_region(first_day: date, last_day: date) -> list[FigureRow]:
    """Per province (Brussels as its own region); offers without a place count as online."""
    rows = (
        _offers(first_day, last_day)
        .order_by()
        .values_list("municipality__region", "municipality__province")
        .annotate(n=Count("pk"))
    )
    counts: dict[tuple[str, str], int] = {}
    for region, province, count in rows:
        if region is None:
            key = ("none", str(_("Online or no place")))
        elif region == "brussels" or not province:
            key = ("brussels", str(_("Brussels")))
        else:
            key = (slugify(province), province)
        counts[key] = counts.get(key, 0) + count
    ordered = sorted(counts.items(), key=lambda item: (item[0][0] == "none", item[0][1]))
    return [FigureRow(code=code, label=label, count=count) for (code, label), count in ordered]


def register() -> None:
    key_figures.register(
        key_figures.KeyFigure(
            key="offers_by_type",
            title=_("Offers by type"),
            description=_(
                "Offers on the website during the quarter, by type: published by the end of "
                "the quarter and not expired before it began."
            ),
            dimension=_("type of offer"),
            compute=offers_by_type,
            position=10,
        )
    )
    key_figures.register(
        key_figures.KeyFigure(
            key="offers_by_region",
            title=_("Offers by region"),
            description=_(
                "The same offers by the province of their municipality. Brussels is a region "
                "of its own; offers without a place are online."
            ),
            dimension=_("province"),
            compute=offers_by_region,
            position=20,
        )
    )
