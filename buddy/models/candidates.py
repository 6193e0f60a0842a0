"""Candidate buddies, the erasure tombstones and the transition log shared by every state."""

import secrets
import uuid

from django.conf import settings
from django.db import models
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from buddy import choices
from buddy.models.fields import ChoiceListField


def _nonce() -> str:
    return secrets.token_urlsafe(12)


class Candidate(models.Model):
    class Status(models.TextChoices):
        UNCONFIRMED = "unconfirmed", _("E-mail not confirmed yet")
        AVAILABLE = "available", _("Available")
        PAUSED = "paused", _("Paused")
        DORMANT = "dormant", _("Dormant (no activity)")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        ANONYMISED = "anonymised", _("Anonymised")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.UNCONFIRMED
    )
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail address"), blank=True)
    phone = models.CharField(_("phone number"), max_length=30, blank=True)
    postcode = models.CharField(_("postcode"), max_length=4)
    municipality = models.ForeignKey(
        "portal.Municipality", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The postcode's centre, never a home address.
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)
    max_km = models.PositiveSmallIntegerField(_("how far you will travel (km)"), default=10)
    languages = models.JSONField(_("languages"), default=dict, blank=True)
    interests = ChoiceListField(_("interests"), item_choices=choices.Interest.choices, blank=True)
    availability = ChoiceListField(_("availability"), item_choices=choices.SLOTS)
    buddy_kinds = ChoiceListField(_("kind of buddy"), item_choices=choices.BuddyKind.choices)
    capacity = models.PositiveSmallIntegerField(_("how many at the same time"), default=1)
    motivation = models.TextField(_("motivation"), max_length=1000, blank=True)
    language = models.CharField(_("language for e-mails"), max_length=5, default="nl")
    adult_confirmed = models.BooleanField(_("confirmed to be 18 or older"), default=False)
    consent_version = models.CharField(_("privacy notice version"), max_length=20)
    consent_at = models.DateTimeField(_("consent given on"))
    created_at = models.DateTimeField(_("registered on"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("e-mail confirmed on"), null=True, blank=True)
    last_activity_at = models.DateTimeField(_("last activity"), null=True, blank=True)
    pause_until = models.DateField(_("paused until"), null=True, blank=True)
    dormant_warned_at = models.DateTimeField(null=True, blank=True)
    still_interested_sent_at = models.DateTimeField(null=True, blank=True)
    anonymised_at = models.DateTimeField(null=True, blank=True)
    # Rotated whenever a magic link is used, so each link works once.
    link_nonce = models.CharField(max_length=32, default=_nonce, editable=False)

    class Meta:
        verbose_name = _("candidate buddy")
        verbose_name_plural = _("candidate buddies")
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["email"],
                condition=~models.Q(email=""),
                name="buddy_candidate_unique_email",
            )
        ]
        permissions = [("view_all_candidates", "Can see the whole buddy pool")]

    def __str__(self):
        if self.status == self.Status.ANONYMISED:
            return str(_("Anonymised candidate %(id)s") % {"id": str(self.public_id)[:8]})
        return self.name

    @property
    def reference(self) -> str:
        return f"B-{str(self.public_id)[:8].upper()}"


def email_digest(email: str) -> str:
    """A keyed hash of the normalised e-mail address: it matches, but does not reveal it."""
    return salted_hmac("buddy.tombstone", email.strip().lower()).hexdigest()


class Tombstone(models.Model):
    """What is left of an erased candidate: enough to refuse an import of the same address."""

    email_hash = models.CharField(max_length=64, unique=True)
    erased_at = models.DateTimeField(auto_now_add=True)
    reason = models.CharField(max_length=30)

    class Meta:
        verbose_name = _("erasure record")
        verbose_name_plural = _("erasure records")

    def __str__(self):
        return f"{self.email_hash[:12]}… ({self.erased_at:%Y-%m-%d})"


class Transition(models.Model):
    """Who moved which candidate or proposal from which state to which, when and why."""

    entity = models.CharField(max_length=20, db_index=True)
    object_id = models.PositiveBigIntegerField(db_index=True)
    name = models.CharField(max_length=40)
    source = models.CharField(max_length=30)
    target = models.CharField(max_length=30)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # "volunteer", "system" or "coordinator"; the actor is set for staff.
    actor_role = models.CharField(max_length=20)
    reason = models.TextField(blank=True)
    at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("state change")
        verbose_name_plural = _("state changes")

    def __str__(self):
        return f"{self.entity} {self.object_id}: {self.source} → {self.target}"
