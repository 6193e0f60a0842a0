"""Nightly retention jobs for personal data outside the buddy app (which has its own, buddy.tasks).

The portal's jobs are here; apps register theirs in registries.retention_jobs from their
AppConfig.ready(). Each job deletes what is older than its limit and writes one audit entry with
the count only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module

from django.conf import settings
from django.utils import timezone

from portal import registries
from portal.audit import audit
from portal.models import AuditEvent, OutboxEmail
from portal.privacy import tokens
from portal.privacy.models import ErasureRecord

DEFAULTS = {
    "OUTBOX_DAYS": 30,  # sent or failed e-mails (they hold addresses and sign-in links)
    "AUDIT_DAYS": 730,  # the access log itself
    "LINK_DAYS": 1,  # links sent by e-mail, kept this long after they expire
    "LEDGER_DAYS": 90,  # longer than the backup window (30 days) plus a restore
}


@dataclass(frozen=True)
class RetentionJob:
    name: str  # the key of its count in run_all's summary
    run: Callable[[dt.datetime | None], int]  # deletes what is too old; returns how many
    position: int  # its turn in the nightly run (and in the summary)


def register(name: str, run: Callable, position: int) -> RetentionJob:
    return registries.retention_jobs.register(name, RetentionJob(name, run, position))


def jobs() -> list[RetentionJob]:
    return sorted(registries.retention_jobs, key=lambda job: job.position)


def limit(name: str, default_days: int | None = None) -> dt.timedelta:
    """A limit of settings.PRIVACY_RETENTION; an app's job gives its own default."""
    defaults = DEFAULTS if default_days is None else {**DEFAULTS, name: default_days}
    days = {**defaults, **getattr(settings, "PRIVACY_RETENTION", {})}[name]
    return dt.timedelta(days=days)


def logged(action: str, count: int, what: str) -> int:
    if count:
        audit(None, action, detail=f"{count} {what}")
    return count


def outbox_prune(now: dt.datetime | None = None) -> int:
    cutoff = (now or timezone.now()) - limit("OUTBOX_DAYS")
    count, _details = (
        OutboxEmail.objects.exclude(status=OutboxEmail.Status.PENDING)
        .filter(created_at__lt=cutoff)
        .delete()
    )
    return logged("retention.outbox_deleted", count, "old e-mails")


def audit_prune(now: dt.datetime | None = None) -> int:
    cutoff = (now or timezone.now()) - limit("AUDIT_DAYS")
    count, _details = AuditEvent.objects.filter(at__lt=cutoff).delete()
    return logged("retention.audit_deleted", count, "audit entries")


def links_prune(now: dt.datetime | None = None) -> int:
    # Kept LINK_DAYS past expiry, so an old link still says "expired" for a while.
    return tokens.prune((now or timezone.now()) - limit("LINK_DAYS"))


def ledger_prune(now: dt.datetime | None = None) -> int:
    cutoff = (now or timezone.now()) - limit("LEDGER_DAYS")
    count, _details = ErasureRecord.objects.filter(erased_at__lt=cutoff).delete()
    return logged("retention.ledger_pruned", count, "erasure records older than every backup")


def sessions_prune() -> None:
    """Sessions hold the address of an open data page or buddy page until they expire."""
    engine = import_module(settings.SESSION_ENGINE)
    engine.SessionStore.clear_expired()


def register_portal_jobs() -> None:
    """The portal's own jobs: first the outbox and the audit log, last the links and the ledger
    (called from the privacy app's ready())."""
    register("outbox_prune", outbox_prune, 10)
    register("audit_prune", audit_prune, 20)
    register("links_prune", links_prune, 70)
    register("ledger_prune", ledger_prune, 80)


def run_all(now: dt.datetime | None = None) -> dict[str, int]:
    counts = {job.name: job.run(now) for job in jobs()}
    sessions_prune()
    return counts
