"""The pool's nightly retention jobs, run by portal.privacy.retention.run_all (see wiring).

Every job writes one audit entry with its count only, never a name."""

from __future__ import annotations

import datetime as dt

from django.db.models import Q
from django.db.models.functions import Coalesce
from django.utils import timezone

from portal.privacy import retention
from taalhulp.pool.models import HelpRequest, Proposal, Volunteer
from taalhulp.pool.retention_conf import limit
from taalhulp.pool.services.erasure import anonymise

# The last sign of life of a volunteer: activity, else confirmation, else registration.
_LAST_SEEN = Coalesce("last_activity_at", "confirmed_at", "created_at")


def unconfirmed_delete(now: dt.datetime | None = None) -> int:
    """Registrations never confirmed are deleted: there is no consent to keep them."""
    cutoff = (now or timezone.now()) - limit("UNCONFIRMED_DAYS")
    stale = Volunteer.objects.filter(status=Volunteer.Status.UNCONFIRMED, created_at__lt=cutoff)
    count = stale.count()  # delete() would count the slots too; the log counts people
    stale.delete()
    return retention.logged("taalhulpen.unconfirmed_deleted", count, "unconfirmed volunteers")


def withdrawn_anonymise(now: dt.datetime | None = None) -> int:
    """Withdrawn volunteers are anonymised once nothing can still be asked about them."""
    cutoff = (now or timezone.now()) - limit("WITHDRAWN_DAYS")
    old = Volunteer.objects.filter(status=Volunteer.Status.WITHDRAWN).alias(seen=_LAST_SEEN)
    count = _anonymise_all(old.filter(seen__lt=cutoff), "withdrawn")
    return retention.logged("taalhulpen.withdrawn_anonymised", count, "withdrawn volunteers")


def inactive_anonymise(now: dt.datetime | None = None) -> int:
    """Volunteers without any activity for 24 months are anonymised (kept: kind, languages)."""
    now = now or timezone.now()
    cutoff = now - limit("INACTIVE_DAYS")
    coming = Proposal.objects.filter(
        status=Proposal.Status.ACCEPTED, request__starts_at__gte=cutoff
    ).values("volunteer")
    quiet = (
        Volunteer.objects.filter(status__in=[Volunteer.Status.ACTIVE, Volunteer.Status.PAUSED])
        .alias(seen=_LAST_SEEN)
        .filter(seen__lt=cutoff)
        .exclude(pk__in=coming)
    )
    count = _anonymise_all(quiet, "inactive")
    return retention.logged("taalhulpen.inactive_anonymised", count, "inactive volunteers")


def _anonymise_all(volunteers, reason: str) -> int:
    count = 0
    for volunteer in volunteers:
        anonymise(volunteer, reason=f"retention: {reason}")
        count += 1
    return count


def request_texts_clear(now: dt.datetime | None = None) -> int:
    """The free text of a request (description, feedback) goes some months after the
    conversation; status, language, dates and score stay for the figures."""
    cutoff = (now or timezone.now()) - limit("REQUEST_TEXT_DAYS")
    count = (
        HelpRequest.objects.filter(starts_at__lt=cutoff)
        .filter(~Q(description="") | ~Q(feedback_text=""))
        .update(description="", feedback_text="")
    )
    return retention.logged("taalhulpen.request_texts_cleared", count, "request texts")


def requests_delete(now: dt.datetime | None = None) -> int:
    """Requests (with their proposals) go after 24 months; the matching runs keep the counts."""
    cutoff = (now or timezone.now()) - limit("REQUEST_DAYS")
    old = HelpRequest.objects.filter(starts_at__lt=cutoff, created_at__lt=cutoff)
    count = old.count()
    old.delete()
    return retention.logged("taalhulpen.requests_deleted", count, "old requests")


def register() -> None:
    """Between the newsletter's jobs (60) and the links (70)."""
    retention.register("taalhulpen_unconfirmed", unconfirmed_delete, 61)
    retention.register("taalhulpen_withdrawn", withdrawn_anonymise, 62)
    retention.register("taalhulpen_inactive", inactive_anonymise, 63)
    retention.register("taalhulpen_request_texts", request_texts_clear, 64)
    retention.register("taalhulpen_requests", requests_delete, 65)
