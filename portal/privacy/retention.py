"""Retention jobs for the personal data outside the buddy app (which has its own, buddy.tasks).

Each job deletes what is older than its limit and writes one audit entry with the count only.
"""

from __future__ import annotations

import datetime as dt
from importlib import import_module

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from portal.audit import audit
from portal.privacy import tokens

DEFAULTS = {
    "OUTBOX_DAYS": 30,  # sent or failed e-mails (they hold addresses and sign-in links)
    "AUDIT_DAYS": 730,  # the access log itself
    "SAVED_SEARCH_UNCONFIRMED_DAYS": 7,
    "SAVED_SEARCH_DAYS": 365,  # a saved search ends a year after it was confirmed
    "NEWSLETTER_DELIVERY_DAYS": 180,  # who got which issue, once the issue is sent
    "LINK_DAYS": 1,  # links sent by e-mail, kept this long after they expire
    "LEDGER_DAYS": 90,  # longer than the backup window (30 days) plus a restore
}


def limit(name: str) -> dt.timedelta:
    days = {**DEFAULTS, **getattr(settings, "PRIVACY_RETENTION", {})}[name]
    return dt.timedelta(days=days)


def _logged(action: str, count: int, what: str) -> int:
    if count:
        audit(None, action, detail=f"{count} {what}")
    return count


def outbox_prune(now: dt.datetime | None = None) -> int:
    from portal.models import OutboxEmail

    cutoff = (now or timezone.now()) - limit("OUTBOX_DAYS")
    count, _details = (
        OutboxEmail.objects.exclude(status=OutboxEmail.Status.PENDING)
        .filter(created_at__lt=cutoff)
        .delete()
    )
    return _logged("retention.outbox_deleted", count, "old e-mails")


def audit_prune(now: dt.datetime | None = None) -> int:
    from portal.models import AuditEvent

    cutoff = (now or timezone.now()) - limit("AUDIT_DAYS")
    count, _details = AuditEvent.objects.filter(at__lt=cutoff).delete()
    return _logged("retention.audit_deleted", count, "audit entries")


def saved_searches_unconfirmed(now: dt.datetime | None = None) -> int:
    from search.alerts.models import SavedSearch

    cutoff = (now or timezone.now()) - limit("SAVED_SEARCH_UNCONFIRMED_DAYS")
    count, _details = SavedSearch.objects.filter(
        confirmed_at__isnull=True, created_at__lt=cutoff
    ).delete()
    return _logged("retention.saved_searches_unconfirmed", count, "unconfirmed saved searches")


def saved_searches_expire(now: dt.datetime | None = None) -> int:
    """A year after confirmation a saved search ends; the subscriber gets one short notice."""
    from portal.outbox import queue_email
    from search.alerts.models import SavedSearch
    from search.alerts.services import finder_url

    now = now or timezone.now()
    count = 0
    for saved in SavedSearch.objects.filter(confirmed_at__lt=now - limit("SAVED_SEARCH_DAYS")):
        with transaction.atomic():
            queue_email(
                to=saved.email,
                template="privacy/emails/saved_search_ended",
                context={"finder_url": finder_url(saved), "days": limit("SAVED_SEARCH_DAYS").days},
                language=saved.language,
                category="search_alerts-ended",
            )
            saved.delete()
        count += 1
    return _logged("retention.saved_searches_expired", count, "saved searches older than a year")


def newsletter_unconfirmed(now: dt.datetime | None = None) -> int:
    from vreemdelingenrecht.nieuwsbrief import subscriptions

    return _logged(
        "retention.newsletter_unconfirmed",
        subscriptions.purge_unconfirmed(now),
        "unconfirmed newsletter addresses",
    )


def newsletter_deliveries(now: dt.datetime | None = None) -> int:
    from vreemdelingenrecht.nieuwsbrief.models import Delivery, NewsletterIssue

    cutoff = (now or timezone.now()) - limit("NEWSLETTER_DELIVERY_DAYS")
    count, _details = Delivery.objects.filter(
        issue__status=NewsletterIssue.Status.SENT, issue__sent_at__lt=cutoff
    ).delete()
    return _logged("retention.newsletter_deliveries", count, "delivery records of old issues")


def links_prune(now: dt.datetime | None = None) -> int:

    # Kept LINK_DAYS past expiry, so an old link still says "expired" for a while.
    return tokens.prune((now or timezone.now()) - limit("LINK_DAYS"))


def ledger_prune(now: dt.datetime | None = None) -> int:
    from portal.privacy.models import ErasureRecord

    cutoff = (now or timezone.now()) - limit("LEDGER_DAYS")
    count, _details = ErasureRecord.objects.filter(erased_at__lt=cutoff).delete()
    return _logged("retention.ledger_pruned", count, "erasure records older than every backup")


def sessions_prune() -> None:
    """Sessions hold the address of an open data page or buddy page until they expire."""
    engine = import_module(settings.SESSION_ENGINE)
    engine.SessionStore.clear_expired()


JOBS = [
    outbox_prune,
    audit_prune,
    saved_searches_unconfirmed,
    saved_searches_expire,
    newsletter_unconfirmed,
    newsletter_deliveries,
    links_prune,
    ledger_prune,
]


def run_all(now: dt.datetime | None = None) -> dict[str, int]:
    counts = {job.__name__: job(now) for job in JOBS}
    sessions_prune()
    return counts
