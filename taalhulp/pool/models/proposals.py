"""Matching runs, the proposals they make, and the exclusions a decline leaves behind."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from taalhulp.pool.models.requests import HelpRequest
from taalhulp.pool.models.volunteers import Volunteer


class MatchRun(models.Model):
    """One run of the engine over the open requests: its status and figures."""

    started_at = models.DateTimeField(auto_now_add=True)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(max_length=20, blank=True)  # optimal, feasible or failed
    score_version = models.CharField(max_length=40, blank=True)
    requests = models.PositiveIntegerField(default=0)
    answered = models.PositiveIntegerField(default=0)
    score = models.FloatField(default=0)
    seconds = models.FloatField(default=0)
    unanswered = models.JSONField(default=dict)  # reason -> count

    class Meta:
        ordering = ["-started_at"]
        verbose_name = _("matching run")
        verbose_name_plural = _("matching runs")

    def __str__(self):
        return f"{self.started_at:%Y-%m-%d %H:%M} ({self.status})"


class Proposal(models.Model):
    """The engine proposes, the coordinator confirms, the volunteer accepts or declines."""

    class Status(models.TextChoices):
        PROPOSED = "proposed", _("Proposed")
        SENT = "sent", _("Sent to the volunteer")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")
        EXPIRED = "expired", _("No answer in time")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    request = models.ForeignKey(HelpRequest, on_delete=models.CASCADE, related_name="proposals")
    volunteer = models.ForeignKey(Volunteer, on_delete=models.CASCADE, related_name="proposals")
    run = models.ForeignKey(
        MatchRun, null=True, blank=True, on_delete=models.SET_NULL, related_name="proposals"
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PROPOSED)
    score = models.FloatField(default=0)
    why = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    expires_at = models.DateTimeField(null=True, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True)
    responded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("proposal")
        verbose_name_plural = _("proposals")
        indexes = [models.Index(fields=["status", "expires_at"])]

    def __str__(self):
        return f"{self.request} → {self.volunteer} ({self.status})"


class Exclusion(models.Model):
    """This volunteer is never proposed for this request again (after a decline)."""

    volunteer = models.ForeignKey(Volunteer, on_delete=models.CASCADE, related_name="exclusions")
    request = models.ForeignKey(HelpRequest, on_delete=models.CASCADE, related_name="exclusions")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["volunteer", "request"], name="pool_one_exclusion")
        ]

    def __str__(self):
        return f"{self.volunteer} ✕ {self.request}"
