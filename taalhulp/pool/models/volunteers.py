"""Volunteers (language helpers and crisis interpreters), their week and days off, crisis waves."""

import secrets
import uuid

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.i18n import WEEKDAYS
from portal.json_fields import ChoiceListField
from taalhulp.pool import choices


def _nonce() -> str:
    return secrets.token_urlsafe(12)


class Wave(models.Model):
    """A crisis wave: a call for crisis interpreters in one language, with a short registration
    and its own figures. Open while `closed_at` is empty."""

    language = models.CharField(_("language"), max_length=8, help_text=_("ISO code, e.g. uk"))
    title = models.CharField(_("title"), max_length=200)
    call = models.TextField(
        _("call on the crisis hub"),
        help_text=_("Two or three plain sentences: who you need and what they will do."),
    )
    training_starts_at = models.DateTimeField(_("training date"))
    training_place = models.CharField(_("training place or link"), max_length=200, blank=True)
    opened_at = models.DateTimeField(_("opened on"), default=timezone.now)
    closed_at = models.DateTimeField(_("closed on"), null=True, blank=True)

    class Meta:
        ordering = ["-opened_at"]
        verbose_name = _("crisis wave")
        verbose_name_plural = _("crisis waves")

    def __str__(self):
        return self.title

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


class Volunteer(models.Model):
    """A language helper or crisis interpreter in the pool. Never in a search index."""

    class Status(models.TextChoices):
        UNCONFIRMED = "unconfirmed", _("E-mail not confirmed yet")
        ACTIVE = "active", _("Active")
        PAUSED = "paused", _("Paused")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        ANONYMISED = "anonymised", _("Anonymised")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.UNCONFIRMED
    )
    kind = models.CharField(_("kind"), max_length=20, choices=choices.Kind.choices)
    wave = models.ForeignKey(
        Wave,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="volunteers",
        verbose_name=_("crisis wave"),
    )
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail address"))
    phone = models.CharField(_("phone number"), max_length=30, blank=True)
    postcode = models.CharField(_("postcode"), max_length=4)
    municipality = models.ForeignKey(
        "portal.Municipality", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The postcode's centre, never a home address.
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)
    max_km = models.PositiveSmallIntegerField(_("how far you will travel (km)"), default=10)
    # [{"code": "uk", "level": "native"}, ...], strongest first.
    languages = models.JSONField(_("languages"), default=list)
    dutch_level = models.CharField(
        _("your Dutch"), max_length=10, choices=choices.DUTCH_LEVELS, default="B1"
    )
    modes = ChoiceListField(_("how you can help"), item_choices=choices.Mode.choices)
    max_per_week = models.PositiveSmallIntegerField(_("conversations per week at most"), default=2)
    # Crisis interpreters work remotely only unless the coordinator allows on site.
    remote_only = models.BooleanField(_("remote only"), default=True)
    trained_at = models.DateTimeField(_("training completed on"), null=True, blank=True)
    needs_coaching = models.BooleanField(_("coaching needed"), default=False)
    language = models.CharField(_("language for e-mails"), max_length=5, default="nl")
    adult_confirmed = models.BooleanField(_("confirmed to be 18 or older"), default=False)
    consent_version = models.CharField(_("privacy notice version"), max_length=20)
    consent_at = models.DateTimeField(_("consent given on"))
    created_at = models.DateTimeField(_("registered on"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("e-mail confirmed on"), null=True, blank=True)
    last_activity_at = models.DateTimeField(_("last activity"), null=True, blank=True)
    pause_until = models.DateField(_("paused until"), null=True, blank=True)
    anonymised_at = models.DateTimeField(null=True, blank=True)
    # Rotated whenever a magic link is used, so each link works once.
    link_nonce = models.CharField(max_length=32, default=_nonce, editable=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("volunteer")
        verbose_name_plural = _("volunteers")
        permissions = [
            ("coordinate", "Coordinate the language-help pool: all requests, volunteers, figures"),
        ]
        indexes = [models.Index(fields=["status", "kind"])]

    def __str__(self):
        return self.name or str(self.public_id)

    @property
    def reference(self) -> str:
        """What the audit log shows instead of the name (portal.audit)."""
        return f"T-{self.public_id.hex[:8].upper()}"

    @property
    def language_codes(self) -> list[str]:
        return [entry["code"] for entry in self.languages if entry.get("code")]

    @property
    def is_trained(self) -> bool:
        return self.trained_at is not None


class WeeklySlot(models.Model):
    """A weekly period the volunteer is free, in local Brussels time."""

    volunteer = models.ForeignKey(Volunteer, on_delete=models.CASCADE, related_name="slots")
    weekday = models.PositiveSmallIntegerField(_("day"), choices=WEEKDAYS)
    starts = models.TimeField(_("from"))
    ends = models.TimeField(_("until"))

    class Meta:
        ordering = ["weekday", "starts"]
        verbose_name = _("weekly availability")
        verbose_name_plural = _("weekly availability")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends__gt=models.F("starts")), name="pool_slot_ends_after_start"
            )
        ]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.starts:%H:%M}–{self.ends:%H:%M}"


class Unavailability(models.Model):
    """Days the volunteer is not free despite the weekly slots (holidays, exams)."""

    volunteer = models.ForeignKey(
        Volunteer, on_delete=models.CASCADE, related_name="unavailabilities"
    )
    first_day = models.DateField(_("from"))
    last_day = models.DateField(_("until and including"))

    class Meta:
        ordering = ["first_day"]
        verbose_name = _("day off")
        verbose_name_plural = _("days off")

    def __str__(self):
        return f"{self.first_day} – {self.last_day}"
