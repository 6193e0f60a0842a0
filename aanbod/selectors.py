"""Offer queries: what the public sees, what expires, what needs a reminder, place lookups."""

from __future__ import annotations

import datetime as dt

from django.db.models import Q, QuerySet
from django.utils import timezone

from aanbod.models import Municipality, OfferPage, Postcode


def offer_list_public(*, today: dt.date | None = None) -> QuerySet[OfferPage]:
    """Live, public offers that have not expired, soonest first."""
    today = today or timezone.localdate()
    return (
        OfferPage.objects.live()
        .public()
        .filter(valid_until__gte=today)
        .select_related("municipality", "organisation")
        .prefetch_related("dutch_levels")
        .order_by("next_occurrence", "title")
    )


def offers_expired(*, today: dt.date | None = None) -> QuerySet[OfferPage]:
    today = today or timezone.localdate()
    return OfferPage.objects.live().filter(valid_until__lt=today)


def offers_expiring_on(*, day: dt.date) -> QuerySet[OfferPage]:
    return OfferPage.objects.live().filter(valid_until=day).select_related("organisation")


def offers_unchecked_since(*, day: dt.date) -> QuerySet[OfferPage]:
    return OfferPage.objects.live().filter(last_checked__lte=day).select_related("organisation")


def place_resolve(text: str) -> tuple[float, float] | None:
    """A point for a postcode or a municipality name (Dutch or French), or None."""
    text = " ".join(text.split())
    if not text:
        return None
    if text.isdigit():
        place = Postcode.objects.filter(code=text).first()
        return (place.latitude, place.longitude) if place else None
    municipality = Municipality.objects.filter(
        Q(name_nl__iexact=text) | Q(name_fr__iexact=text)
    ).first()
    return (municipality.latitude, municipality.longitude) if municipality else None


def postcode_point(postcode: str, municipality: str | None = None) -> tuple[float, float] | None:
    """The resolver the import uses when a line has no coordinates."""
    rows = Postcode.objects.filter(code=postcode).select_related("municipality")
    if municipality:
        named = rows.filter(
            Q(municipality__name_nl__iexact=municipality)
            | Q(municipality__name_fr__iexact=municipality)
        )
        rows = named if named.exists() else rows
    place = rows.first()
    return (place.latitude, place.longitude) if place else None
