"""Translated choices of the volunteer pool; the values are the matching engine's own."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.vocabulary import SPEAKER_LEVELS


class Kind(models.TextChoices):
    TAALHULP = "taalhulp", _("Language helper")
    CRISISTOLK = "crisistolk", _("Crisis interpreter")


class RequestKind(models.TextChoices):
    ANY = "any", _("A language helper or a crisis interpreter")
    TAALHULP = "taalhulp", _("A language helper")
    CRISISTOLK = "crisistolk", _("A crisis interpreter")


class Mode(models.TextChoices):
    REMOTE = "remote", _("By video")
    ONSITE = "onsite", _("On site")
    PHONE = "phone", _("By phone")


class Difficulty(models.TextChoices):
    ROUTINE = "routine", _("Routine: practical or administrative")
    HEAVY = "heavy", _("Heavy or sensitive")


class ServiceKind(models.TextChoices):
    LOCAL_AUTHORITY = "local_authority", _("Local authority")
    OCMW = "ocmw", _("OCMW / CPAS")
    SCHOOL = "school", _("School")
    NONPROFIT = "nonprofit", _("Non-profit organisation")


class UnansweredReason(models.TextChoices):
    CERTIFIED_INTERPRETER = "certified_interpreter", _("A certified interpreter is needed")
    NO_LANGUAGE = "no_language", _("Nobody speaks the language")
    NO_MODE = "no_mode", _("Nobody works in this way (on site, video or phone)")
    TOO_FAR = "too_far", _("Nobody lives near enough")
    NO_TIME = "no_time", _("Nobody is free at that time")
    CAPACITY = "capacity", _("Everybody who fits is fully booked")
    EXCLUDED = "excluded", _("Everybody who fits has said no")


DUTCH_LEVELS = [(level, level if level != "native" else _("native")) for level in SPEAKER_LEVELS]
