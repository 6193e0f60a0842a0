"""Local services that ask for language help, and their requests."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from taalhulp.pool import choices
from taalhulp.pool.permissions import members_group_ensure


class LocalService(models.Model):
    """A local authority, OCMW/CPAS, school or non-profit. Its members' group sees and manages
    this service's requests only, like an organisation's editors in the offer catalogue."""

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=choices.ServiceKind.choices)
    municipality = models.ForeignKey(
        "portal.Municipality", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    contact_email = models.EmailField(_("e-mail address for updates"))
    members = models.ForeignKey(
        "auth.Group", null=True, editable=False, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("local service")
        verbose_name_plural = _("local services")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        if self.members_id is None:
            self.members = members_group_ensure(self)
            super().save(update_fields=["members"])


class HelpRequest(models.Model):
    """A conversation a local service needs a volunteer for. No client details: the form
    refuses special-category data."""

    class Status(models.TextChoices):
        OPEN = "open", _("Waiting for a volunteer")
        PROPOSED = "proposed", _("Volunteer proposed, the coordinator checks")
        OFFERED = "offered", _("Asked to the volunteer")
        ACCEPTED = "accepted", _("Volunteer found")
        COMPLETED = "completed", _("Conversation held")
        CANCELLED = "cancelled", _("Cancelled")
        UNANSWERED = "unanswered", _("No volunteer found")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    service = models.ForeignKey(
        LocalService, on_delete=models.PROTECT, related_name="requests", verbose_name=_("service")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.OPEN
    )
    language = models.CharField(_("language"), max_length=8)
    kind = models.CharField(
        _("who may help"),
        max_length=20,
        choices=choices.RequestKind.choices,
        default=choices.RequestKind.ANY,
    )
    mode = models.CharField(_("how"), max_length=10, choices=choices.Mode.choices)
    postcode = models.CharField(_("postcode of the place"), max_length=4, blank=True)
    municipality = models.ForeignKey(
        "portal.Municipality", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)
    starts_at = models.DateTimeField(_("date and start"))
    minutes = models.PositiveSmallIntegerField(_("duration in minutes"), default=60)
    # The decision aid's answers: the conversation kind sets the difficulty.
    conversation_kind = models.CharField(_("kind of conversation"), max_length=20)
    difficulty = models.CharField(
        _("difficulty"),
        max_length=10,
        choices=choices.Difficulty.choices,
        default=choices.Difficulty.ROUTINE,
    )
    description = models.TextField(_("short description"), max_length=300, blank=True)
    unanswered_reason = models.CharField(
        _("why no volunteer was found"),
        max_length=30,
        choices=choices.UnansweredReason.choices,
        blank=True,
    )
    created_at = models.DateTimeField(_("asked on"), auto_now_add=True)
    answered_at = models.DateTimeField(_("volunteer found on"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled on"), null=True, blank=True)
    completed_at = models.DateTimeField(_("held on"), null=True, blank=True)
    feedback_score = models.PositiveSmallIntegerField(_("how did it go (1 to 5)"), null=True)
    feedback_text = models.TextField(_("feedback"), max_length=1000, blank=True)
    feedback_difficult = models.BooleanField(_("the conversation was difficult"), default=False)
    feedback_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-starts_at"]
        verbose_name = _("language-help request")
        verbose_name_plural = _("language-help requests")
        indexes = [models.Index(fields=["status", "starts_at"])]

    def __str__(self):
        return f"{self.language} {self.starts_at:%Y-%m-%d %H:%M} ({self.service})"
