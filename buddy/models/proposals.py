"""Matching runs, proposals (candidate × initiative) and the exclusions that remember a no."""

import datetime as dt

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from buddy import choices, conf, states

# Closed states after which contact details stay visible for a while, and when each was reached.
CONTACT_CLOSED_AT = {"local_declined": "local_decided_at", "ended": "ended_at"}


def _contact_cutoff(now: dt.datetime | None = None) -> dt.datetime:
    return (now or timezone.now()) - dt.timedelta(days=conf.get("BUDDY_CONTACT_VISIBLE_DAYS"))


def contact_shared_q(now: dt.datetime | None = None) -> models.Q:
    """Proposals whose local coordinator may see the contact details (see contact_shared)."""
    cutoff = _contact_cutoff(now)
    query = models.Q(state__in=sorted(states.PROPOSAL_CONTACT_SHARED - set(CONTACT_CLOSED_AT)))
    for state, field in CONTACT_CLOSED_AT.items():
        query |= models.Q(state=state, **{f"{field}__gte": cutoff})
    return query


class MatchingRun(models.Model):
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    weights_version = models.CharField(max_length=40, blank=True)
    objective = models.FloatField(default=0)
    candidate_count = models.PositiveIntegerField(default=0)
    initiative_count = models.PositiveIntegerField(default=0)
    assignment_count = models.PositiveIntegerField(default=0)
    duration_ms = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("matching run")
        verbose_name_plural = _("matching runs")

    def __str__(self):
        return f"#{self.pk} {self.created_at:%Y-%m-%d %H:%M}"


class Proposal(models.Model):
    class State(models.TextChoices):
        SUGGESTED = "suggested", _("Suggested, to review")
        PROPOSED = "proposed", _("Sent to the volunteer")
        DISCARDED = "discarded", _("Not sent")
        VOLUNTEER_ACCEPTED = "volunteer_accepted", _("Volunteer said yes")
        VOLUNTEER_DECLINED = "volunteer_declined", _("Volunteer said no")
        EXPIRED = "expired", _("No answer in time")
        ACTIVE = "active", _("Active")
        LOCAL_DECLINED = "local_declined", _("Local coordinator said no")
        ENDED = "ended", _("Ended")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    run = models.ForeignKey(
        MatchingRun, null=True, blank=True, on_delete=models.SET_NULL, related_name="proposals"
    )
    # Emptied when an ended engagement is anonymised; the rest stays for the figures.
    candidate = models.ForeignKey(
        "buddy.Candidate", null=True, on_delete=models.CASCADE, related_name="proposals"
    )
    initiative = models.ForeignKey(
        "buddy.InitiativePage", on_delete=models.CASCADE, related_name="proposals"
    )
    state = models.CharField(max_length=20, choices=State.choices, default=State.SUGGESTED)
    score = models.FloatField(default=0)
    reasons = models.JSONField(default=dict, blank=True)
    weights_version = models.CharField(max_length=40, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)
    reminders_sent = models.PositiveSmallIntegerField(default=0)
    volunteer_decided_at = models.DateTimeField(null=True, blank=True)
    local_decided_at = models.DateTimeField(null=True, blank=True)
    ended_at = models.DateTimeField(null=True, blank=True)
    decline_reason = models.CharField(max_length=20, choices=choices.DeclineReason, blank=True)
    reason_note = models.TextField(blank=True)
    end_reason = models.CharField(max_length=20, choices=choices.EndReason, blank=True)
    # Certificate of good conduct: only the date and result, never the document.
    conduct_checked_on = models.DateField(_("certificate checked on"), null=True, blank=True)
    conduct_result = models.CharField(
        _("result of the check"), max_length=10, choices=choices.ConductResult, blank=True
    )
    anonymised_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("proposal")
        verbose_name_plural = _("proposals")
        constraints = [
            models.UniqueConstraint(
                fields=["candidate", "initiative"],
                condition=models.Q(state__in=sorted(states.PROPOSAL_OPEN)),
                name="buddy_one_open_proposal_per_pair",
            )
        ]

    def __str__(self):
        return f"{self.candidate} × {self.initiative}"

    @property
    def contact_shared(self) -> bool:
        """After the volunteer said yes, and until BUDDY_CONTACT_VISIBLE_DAYS after a local "no"
        or the end (without a date: hidden, to be safe)."""
        if self.state not in states.PROPOSAL_CONTACT_SHARED:
            return False
        if self.state not in CONTACT_CLOSED_AT:
            return True
        closed_at = getattr(self, CONTACT_CLOSED_AT[self.state])
        return closed_at is not None and closed_at >= _contact_cutoff()

    @property
    def contact_expired(self) -> bool:
        """The volunteer's contact details were shared once, and are hidden again now."""
        return self.state in states.PROPOSAL_CONTACT_SHARED and not self.contact_shared


class Exclusion(models.Model):
    """A pair that is never proposed again, unless a coordinator overrides it."""

    candidate = models.ForeignKey(
        "buddy.Candidate", on_delete=models.CASCADE, related_name="exclusions"
    )
    initiative = models.ForeignKey(
        "buddy.InitiativePage", on_delete=models.CASCADE, related_name="exclusions"
    )
    proposal = models.ForeignKey(
        Proposal, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = models.CharField(max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)
    overridden_at = models.DateTimeField(null=True, blank=True)
    overridden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("exclusion")
        verbose_name_plural = _("exclusions")
        constraints = [
            models.UniqueConstraint(
                fields=["candidate", "initiative"],
                condition=models.Q(overridden_at__isnull=True),
                name="buddy_one_active_exclusion_per_pair",
            )
        ]

    def __str__(self):
        return f"{self.candidate} ≠ {self.initiative}"
