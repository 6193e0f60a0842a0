"""The fixed lists of the calendar: kind, audience, theme, format, region and status."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    TRAINING = "training", _("Training")
    WEBINAR = "webinar", _("Webinar")
    INFO_SESSION = "info_session", _("Information session")
    E_LEARNING = "e_learning", _("E-learning")


class Audience(models.TextChoices):
    PROFESSIONALS = "professionals", _("Professionals")
    VOLUNTEERS = "volunteers", _("Volunteers")
    ORGANISATIONS = "organisations", _("Organisations")
    NEWCOMERS = "newcomers", _("Newcomers")


class Theme(models.TextChoices):
    LEGAL = "legal", _("Foreigners law")
    LANGUAGE = "language", _("Dutch and language help")
    LIVING_TOGETHER = "living_together", _("Living together")
    CIVIC_INTEGRATION = "civic_integration", _("Civic integration")
    VOLUNTEERING = "volunteering", _("Buddies and volunteering")
    CRISIS = "crisis", _("Crisis and reception")


class Format(models.TextChoices):
    ON_SITE = "on_site", _("On site")
    ONLINE = "online", _("Online")
    E_LEARNING = "e_learning", _("E-learning")


class Region(models.TextChoices):
    EVERYWHERE = "everywhere", _("All of Flanders and Brussels")
    ANTWERP = "antwerp", _("Antwerp")
    LIMBURG = "limburg", _("Limburg")
    EAST_FLANDERS = "east_flanders", _("East Flanders")
    FLEMISH_BRABANT = "flemish_brabant", _("Flemish Brabant")
    WEST_FLANDERS = "west_flanders", _("West Flanders")
    BRUSSELS = "brussels", _("Brussels")


class Status(models.TextChoices):
    OPEN = "open", _("Open: you can register")
    FULL = "full", _("Full")
    ON_REQUEST = "on_request", _("On request: we organise it for your group")


class When(models.TextChoices):
    UPCOMING = "upcoming", _("Coming and ongoing")
    PAST = "past", _("Past: recordings and documents")
