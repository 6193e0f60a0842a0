"""Saved searches' personal data: their place on the data page, and their retention jobs."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.outbox import queue_email
from portal.privacy import holders, ledger, retention
from search.alerts.models import SavedSearch
from search.alerts.services import finder_url

UNCONFIRMED_DAYS = 7  # PRIVACY_RETENTION["SAVED_SEARCH_UNCONFIRMED_DAYS"]
KEPT_DAYS = 365  # PRIVACY_RETENTION["SAVED_SEARCH_DAYS"]: a year after it was confirmed


def _saved_searches(email: str):
    return SavedSearch.objects.filter(email=email)


def _export(email: str) -> list:
    return [
        {
            "search": saved.query,
            "language": saved.language,
            "created_at": holders.iso(saved.created_at),
            "confirmed_at": holders.iso(saved.confirmed_at),
            "last_checked_at": holders.iso(saved.last_sent_at),
        }
        for saved in _saved_searches(email).order_by("pk")
    ]


def _erase(email: str) -> int:
    count, _details = _saved_searches(email).delete()
    return count


def _addresses():
    return SavedSearch.objects.values_list("email", flat=True)


def _remember(email: str) -> None:
    """One ledger record per search: a restore must not bring back a search erased alone."""
    for query in _saved_searches(email).values_list("query", flat=True):
        ledger.record(ledger.Scope.SAVED_SEARCH, ledger.saved_search_identifier(email, query))


def _erase_remembered(digests: set[str]) -> int:
    if not digests:
        return 0
    doomed = [
        saved.pk
        for saved in SavedSearch.objects.only("pk", "email", "query")
        if ledger.digest(
            ledger.Scope.SAVED_SEARCH, ledger.saved_search_identifier(saved.email, saved.query)
        )
        in digests
    ]
    count, _details = SavedSearch.objects.filter(pk__in=doomed).delete()
    return count


def saved_searches_unconfirmed(now: dt.datetime | None = None) -> int:
    limit = retention.limit("SAVED_SEARCH_UNCONFIRMED_DAYS", UNCONFIRMED_DAYS)
    count, _details = SavedSearch.objects.filter(
        confirmed_at__isnull=True, created_at__lt=(now or timezone.now()) - limit
    ).delete()
    return retention.logged(
        "retention.saved_searches_unconfirmed", count, "unconfirmed saved searches"
    )


def saved_searches_expire(now: dt.datetime | None = None) -> int:
    """A year after confirmation a saved search ends; the subscriber gets one short notice."""
    now = now or timezone.now()
    kept = retention.limit("SAVED_SEARCH_DAYS", KEPT_DAYS)
    count = 0
    for saved in SavedSearch.objects.filter(confirmed_at__lt=now - kept):
        with transaction.atomic():
            queue_email(
                to=saved.email,
                template="privacy/emails/saved_search_ended",
                context={"finder_url": finder_url(saved), "days": kept.days},
                language=saved.language,
                category="search_alerts-ended",
            )
            saved.delete()
        count += 1
    return retention.logged(
        "retention.saved_searches_expired", count, "saved searches older than a year"
    )


def register() -> None:
    holders.register(
        holders.Holder(
            kind="saved_searches",
            label=_("My saved searches in the offer finder"),
            position=30,
            records=_saved_searches,
            export=_export,
            erase=_erase,
            addresses=_addresses,
            remember=_remember,
            remembered_scope=ledger.Scope.SAVED_SEARCH,
            erase_remembered=_erase_remembered,
        )
    )
    retention.register("saved_searches_unconfirmed", saved_searches_unconfirmed, 30)
    retention.register("saved_searches_expire", saved_searches_expire, 40)
