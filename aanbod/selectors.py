"""Offer queries: what the public and open data see, what expires, what needs a reminder, places."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from django.db.models import Q, QuerySet
from django.db.models.functions import Greatest
from django.utils import timezone

from aanbod.models import OfferPage
from aanbod.models.derived import offer_plan_facts
from portal.models import Municipality, Postcode


def offer_list_public(*, today: dt.date | None = None) -> QuerySet[OfferPage]:
    """Live, public offers that have not expired, soonest first."""
    return OfferPage.objects.listed(today=today)


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
    if not text or "\x00" in text:  # no place has a NUL, and PostgreSQL cannot compare one
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


def offers_for_api() -> QuerySet[OfferPage]:
    """The public offers with everything `offer_to_interchange` reads, in a stable order."""
    return (
        offer_list_public()
        # An offer also changes in public when its organisation is renamed.
        .annotate(modified=Greatest("last_published_at", "organisation__last_published_at"))
        .prefetch_related("themes", "target_groups", "dutch_levels", "weekly_slots", "single_dates")
        .order_by("pk")
    )


def municipality_find(text: str) -> Municipality | None:
    """A municipality by NIS code or by Dutch or French name (any case)."""
    text = " ".join(text.split())
    if "\x00" in text:  # no municipality has a NUL, and PostgreSQL cannot compare one
        return None
    if text.isdigit():
        return Municipality.objects.filter(nis=text).first()
    return Municipality.objects.filter(Q(name_nl__iexact=text) | Q(name_fr__iexact=text)).first()


def offers_for_export(*, modified_since=None, include_expired: bool = False):
    """Live, public offers for open data, oldest page first. With `include_expired` also the
    offers past their valid_until, including those Wagtail's expiry took off the site."""
    offers = OfferPage.objects.public()
    if include_expired:
        offers = offers.filter(Q(live=True) | Q(expired=True))
    else:
        offers = offers.live().filter(valid_until__gte=timezone.localdate())
    if modified_since is not None:
        offers = offers.filter(last_published_at__gte=modified_since)
    return (
        offers.select_related("organisation", "municipality")
        .prefetch_related("themes", "target_groups", "dutch_levels", "weekly_slots", "single_dates")
        .order_by("pk")
    )


class PlaceIndex:
    """The postcode table in memory; same choice as selectors.postcode_point, without queries."""

    def __init__(self):
        self.postcodes: dict[str, list[tuple[str, str, str, float, float]]] = defaultdict(list)
        columns = ("code", "municipality_id", "municipality__name_nl", "municipality__name_fr")
        rows = Postcode.objects.order_by("pk").values_list(*columns, "latitude", "longitude")
        for code, nis, name_nl, name_fr, lat, lon in rows:
            self.postcodes[code].append((nis, name_nl.lower(), name_fr.lower(), lat, lon))
        self.municipalities: dict[str, str] = {}
        for nis, name_nl, name_fr in Municipality.objects.values_list("nis", "name_nl", "name_fr"):
            self.municipalities.setdefault(name_nl.lower(), nis)
            self.municipalities.setdefault(name_fr.lower(), nis)

    def _row(self, postcode: str, municipality: str | None):
        rows = self.postcodes.get(postcode, ())
        if municipality:
            name = municipality.lower()
            rows = [row for row in rows if name in (row[1], row[2])] or rows
        return rows[0] if rows else None

    def point(self, postcode: str, municipality: str | None = None) -> tuple[float, float] | None:
        row = self._row(postcode, municipality)
        return (row[3], row[4]) if row else None

    def municipality(self, postcode: str, municipality: str | None) -> str | None:
        """The NIS code for the postcode (and name), else for the name alone."""
        row = self._row(postcode, municipality)
        if row:
            return row[0]
        return self.municipalities.get((municipality or "").lower())


def offers_plan_facts(ids: list[int]) -> dict[int, dict]:
    """Plan facts of the public offers among `ids` that count for the 40 hours (the planner's
    no-JS view asks through registries.offer_plan_facts)."""
    offers = (
        offer_list_public()
        .filter(pk__in=ids, counts_for_participation=True)
        .prefetch_related("weekly_slots", "single_dates")
    )
    return {offer.pk: offer_plan_facts(offer) for offer in offers}
