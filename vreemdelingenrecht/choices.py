"""Choices of the case-law database: courts and outcomes."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Court(models.TextChoices):
    RVV = "rvv", _("Council for Alien Law Litigation (RvV)")
    RVS = "rvs", _("Council of State")
    GWH = "gwh", _("Constitutional Court")
    CASS = "cass", _("Court of Cassation")
    LABOUR = "labour", _("Labour court")
    APPEAL = "appeal", _("Court of appeal")
    FIRST = "first", _("Court of first instance")
    CJEU = "cjeu", _("Court of Justice of the EU")
    ECTHR = "ecthr", _("European Court of Human Rights")


class Outcome(models.TextChoices):
    ANNULLED = "annulled", _("Decision annulled")
    REJECTED = "rejected", _("Appeal rejected")
    SUSPENDED = "suspended", _("Decision suspended")
    GRANTED = "granted", _("Claim granted")
    PARTLY = "partly", _("Partly granted")
    PRELIMINARY = "preliminary", _("Answer to a preliminary question")
    VIOLATION = "violation", _("Violation found")
    NO_VIOLATION = "no_violation", _("No violation found")
