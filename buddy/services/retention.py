"""Time-driven rules: proposal reminders and expiry, pauses ending, retention and anonymisation."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone

from buddy import conf
from buddy.models import Candidate, Proposal, Transition
from buddy.services import candidates as candidate_services
from buddy.services import emails, links, transitions
from portal.audit import audit


def proposal_reminders(now: dt.datetime | None = None) -> dict:
    """Reminders at 2 and 7 days, expiry at 14, and "still interested?" after two expiries."""
    now = now or timezone.now()
    counts = {"reminded": 0, "expired": 0, "asked": 0}
    first, second = conf.get("BUDDY_REMINDER_DAYS")
    for proposal in Proposal.objects.filter(state="proposed").select_related(
        "candidate", "initiative"
    ):
        with transaction.atomic():
            if proposal.expires_at and proposal.expires_at <= now:
                transitions.apply(proposal, "expire", role="system", reason="no answer in time")
                counts["expired"] += 1
                counts["asked"] += _still_interested(proposal.candidate, now)
                continue
            age = now - proposal.sent_at
            due = (
                2
                if age >= dt.timedelta(days=second)
                else 1
                if age >= dt.timedelta(days=first)
                else 0
            )
            if due > proposal.reminders_sent:
                proposal.reminders_sent = due
                proposal.save(update_fields=["reminders_sent"])
                emails.to_candidate(
                    proposal.candidate,
                    "reminder",
                    {
                        "initiative": proposal.initiative,
                        "expires_at": proposal.expires_at,
                        "url": emails.absolute(links.magic_url(proposal.candidate)),
                    },
                    dedupe_key=f"buddy-reminder:{proposal.pk}:{due}",
                )
                counts["reminded"] += 1
    return counts


def _still_interested(candidate: Candidate, now: dt.datetime) -> int:
    expired = candidate.proposals.filter(state="expired")
    if candidate.still_interested_sent_at:
        expired = expired.filter(expires_at__gt=candidate.still_interested_sent_at)
    if expired.count() < conf.get("BUDDY_STILL_INTERESTED_AFTER"):
        return 0
    candidate.still_interested_sent_at = now
    candidate.save(update_fields=["still_interested_sent_at"])
    emails.to_candidate(
        candidate,
        "still_interested",
        {"url": emails.absolute(links.magic_url(candidate))},
        dedupe_key=f"buddy-still-interested:{candidate.pk}:{now:%Y%m%d}",
    )
    return 1


def unconfirmed_expire(now: dt.datetime | None = None) -> int:
    """Registrations never confirmed within 14 days are deleted: there is no consent to keep."""
    now = now or timezone.now()
    cutoff = now - dt.timedelta(days=conf.get("BUDDY_UNCONFIRMED_DAYS"))
    stale = Candidate.objects.filter(status=Candidate.Status.UNCONFIRMED, created_at__lt=cutoff)
    count = stale.count()
    stale.delete()
    if count:
        audit(None, "buddy.unconfirmed_deleted", detail=f"{count} unconfirmed registrations")
    return count


def pauses_end(today: dt.date | None = None) -> int:
    today = today or timezone.localdate()
    count = 0
    for candidate in Candidate.objects.filter(status="paused", pause_until__lt=today):
        candidate_services.resume(candidate, role="system")
        count += 1
    return count


def dormant_warn(now: dt.datetime | None = None) -> int:
    """No activity for 12 months: mark dormant and warn; the link in the mail wakes them up."""
    now = now or timezone.now()
    cutoff = now - dt.timedelta(days=conf.get("BUDDY_DORMANT_DAYS"))
    quiet = Candidate.objects.filter(
        status__in=["available", "paused"], last_activity_at__lt=cutoff, dormant_warned_at=None
    ).exclude(proposals__state__in=["volunteer_accepted", "active"])
    count = 0
    for candidate in quiet:
        with transaction.atomic():
            candidate.dormant_warned_at = now
            transitions.apply(candidate, "go_dormant", role="system", reason="no activity")
            emails.to_candidate(
                candidate,
                "dormant_warning",
                {
                    "url": emails.absolute(links.magic_url(candidate)),
                    "days": conf.get("BUDDY_DORMANT_GRACE_DAYS"),
                },
                dedupe_key=f"buddy-dormant:{candidate.pk}:{now:%Y%m%d}",
            )
        count += 1
    return count


def dormant_anonymise(now: dt.datetime | None = None) -> int:
    now = now or timezone.now()
    cutoff = now - dt.timedelta(days=conf.get("BUDDY_DORMANT_GRACE_DAYS"))
    count = 0
    for candidate in Candidate.objects.filter(status="dormant", dormant_warned_at__lt=cutoff):
        candidate_services.anonymise(candidate, reason="dormant", role="system")
        count += 1
    if count:
        audit(None, "buddy.dormant_anonymised", detail=f"{count} candidates")
    return count


def ended_anonymise(now: dt.datetime | None = None) -> int:
    """Ended engagements lose the link to the person after the retention period; the state,
    dates, score, initiative and end reason stay for the figures. A candidate who withdrew and
    has nothing open any more is erased in the same step."""
    now = now or timezone.now()
    cutoff = now - dt.timedelta(days=conf.get("BUDDY_ENDED_RETENTION_DAYS"))
    old = Proposal.objects.filter(
        state="ended", ended_at__lt=cutoff, anonymised_at__isnull=True
    ).select_related("candidate")
    count = 0
    for proposal in old:
        with transaction.atomic():
            candidate = proposal.candidate
            proposal.candidate = None
            proposal.reason_note = ""
            proposal.reasons = {}
            proposal.anonymised_at = now
            proposal.save()
            # The end note is also in the state log ("completed <note>"): it goes too.
            Transition.objects.filter(entity="proposal", object_id=proposal.pk).update(reason="")
            if candidate and candidate.status == "withdrawn" and not candidate.proposals.exists():
                candidate_services.anonymise(candidate, reason="retention", role="system")
        count += 1
    if count:
        audit(None, "buddy.engagements_anonymised", detail=f"{count} ended engagements")
    return count
