"""The register's entries: one certified interpreter or translator per certificate number."""

from __future__ import annotations

import datetime as dt

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.json_fields import ChoiceListField, holds
from taalhulp.register import records
from taalhulp.register.vocabulary import AREAS, LANGUAGES

LANGUAGE_CHOICES = [(code, _(name)) for code, _family, name in LANGUAGES]
AREA_CHOICES = [(code, _(name)) for code, name in AREAS]
PUBLIC_FIELD_CHOICES = [
    ("name", _("Name")),
    ("email", _("E-mail address")),
    ("phone", _("Phone number")),
    ("website", _("Website")),
]


class InterpreterQuerySet(models.QuerySet):
    def valid_on(self, day: dt.date | None = None):
        """Entries whose certificate holds on `day` (today by default); expired ones stay stored."""
        day = day or timezone.localdate()
        return self.filter(valid_from__lte=day, valid_until__gte=day)

    def listed(self, day: dt.date | None = None):
        """What the public register shows: valid on `day` and not hidden."""
        return self.valid_on(day).filter(hidden=False)

    def speaking(self, language: str):
        return self.filter(holds("languages", language))


class Interpreter(models.Model):
    class Kind(models.TextChoices):
        INTERPRETER = "interpreter", _("Interpreter")
        TRANSLATOR = "translator", _("Translator")
        BOTH = "both", _("Interpreter and translator")

    certificate_number = models.CharField(
        _("certificate number"), max_length=records.MAX_NUMBER, unique=True
    )
    name = models.CharField(_("name"), max_length=records.MAX_NAME)
    languages = ChoiceListField(
        _("languages (each with Dutch)"), item_choices=LANGUAGE_CHOICES, blank=False
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.BOTH)
    areas = ChoiceListField(_("areas for work on site"), item_choices=AREA_CHOICES)
    remote = models.BooleanField(_("works remotely"), default=False)
    on_site = models.BooleanField(_("works on site"), default=False)
    email = models.EmailField(_("e-mail address"), blank=True)
    phone = models.CharField(_("phone number"), max_length=records.MAX_PHONE, blank=True)
    website = models.URLField(_("website"), max_length=records.MAX_URL, blank=True)
    valid_from = models.DateField(_("certificate valid from"))
    valid_until = models.DateField(_("certificate valid until"))
    public_fields = ChoiceListField(
        _("shown to the public"),
        item_choices=PUBLIC_FIELD_CHOICES,
        help_text=_("Only the details you tick here are shown on the public register."),
    )
    hidden = models.BooleanField(
        _("hidden"), default=False, help_text=_("A hidden entry is not on the public register.")
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = InterpreterQuerySet.as_manager()

    class Meta:
        verbose_name = _("certified interpreter")
        verbose_name_plural = _("certified interpreters")
        ordering = ["certificate_number"]
        indexes = [
            models.Index(fields=["valid_until", "valid_from"], name="tolkenregister_valid_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(valid_until__gte=models.F("valid_from")),
                name="tolkenregister_valid_until_after_from",
            )
        ]

    def __str__(self):
        return f"{self.certificate_number} {self.name}"

    def public_value(self, field: str) -> str:
        """The field's value when the public may see it, else ""."""
        return getattr(self, field) if field in self.public_fields else ""

    def language_labels(self) -> list[str]:
        labels = dict(LANGUAGE_CHOICES)
        return [str(labels[code]) for code in self.languages if code in labels]

    def area_labels(self) -> list[str]:
        labels = dict(AREA_CHOICES)
        return [str(labels[code]) for code in self.areas if code in labels]
