"""Choice lists of the offer catalogue, shared by models, forms, import and the API."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.i18n import WEEKDAYS as WEEKDAYS  # one list for every app; kept importable here


class OrganisationKind(models.TextChoices):
    LOCAL_AUTHORITY = "local_authority", _("Local authority")
    ORGANISATION = "organisation", _("Organisation")
    AGENCY = "agency", _("Agency")


class OfferType(models.TextChoices):
    PRACTICE = "practice", _("Practise Dutch")
    PARTICIPATION = "participation", _("Take part")
    BUDDY_PROJECT = "buddy_project", _("Buddy project")
    COURSE_NT2 = "course_nt2", _("Dutch course")
    COURSE_MO = "course_mo", _("Civic orientation course")
    LEISURE = "leisure", _("Leisure")


class Format(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    BLENDED = "blended", _("In person and online")


DAY_PARTS = {
    "morning": _("morning"),
    "afternoon": _("afternoon"),
    "evening": _("evening"),
    "weekend": _("weekend"),
}


def checkbox_widget():
    return forms.CheckboxSelectMultiple
