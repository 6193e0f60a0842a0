"""Matching runs, proposals (candidate × initiative) and the exclusions that remember a no."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from buddy import choices, states


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
        return self.state in states.PROPOSAL_CONTACT_SHARED


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
