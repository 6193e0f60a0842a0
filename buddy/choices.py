"""Choice lists of the buddy app, shared by models, forms, the scenario builder and exports."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.i18n import WEEKDAYS


class BuddyKind(models.TextChoices):
    LANGUAGE = "language", _("Language buddy: practise Dutch together")
    NETWORK = "network", _("Network buddy: meet people and places")
    JOB = "job", _("Job buddy: help with work and training")
    LEISURE = "leisure", _("Leisure buddy: sport, culture and free time")


class Interest(models.TextChoices):
    CONVERSATION = "conversation", _("Talking and meeting people")
    SPORT = "sport", _("Sport")
    CULTURE = "culture", _("Culture and music")
    COOKING = "cooking", _("Cooking")
    NATURE = "nature", _("Nature and walking")
    WORK = "work", _("Work and training")
    DIGITAL = "digital", _("Computers and phones")
    FAMILY = "family", _("Children and family")
    GAMES = "games", _("Games")
    SOCIETY = "society", _("Society and local news")


class Level(models.TextChoices):
    A0 = "A0", _("A0: a few words")
    A1 = "A1", _("A1: beginner")
    A2 = "A2", _("A2: basic")
    B1 = "B1", _("B1: I can talk about daily things")
    B2 = "B2", _("B2: I speak it well")
    C1 = "C1", _("C1: very good")
    C2 = "C2", _("C2: almost perfect")
    NATIVE = "native", _("Native language")


class Daypart(models.TextChoices):
    MORNING = "morning", _("morning")
    AFTERNOON = "afternoon", _("afternoon")
    EVENING = "evening", _("evening")


# Slots are stored as "weekday-daypart", for example "0-morning" (Monday morning).
SLOTS = [
    (f"{day}-{part}", f"{day_name} {part_name}")
    for day, day_name in WEEKDAYS
    for part, part_name in Daypart.choices
]

LANGUAGES = [
    ("nl", _("Dutch")),
    ("fr", _("French")),
    ("en", _("English")),
    ("de", _("German")),
    ("ar", _("Arabic")),
    ("uk", _("Ukrainian")),
    ("ru", _("Russian")),
    ("tr", _("Turkish")),
    ("fa", _("Persian (Farsi, Dari)")),
    ("ps", _("Pashto")),
    ("ti", _("Tigrinya")),
    ("so", _("Somali")),
    ("am", _("Amharic")),
    ("ku", _("Kurdish")),
    ("es", _("Spanish")),
    ("pt", _("Portuguese")),
    ("it", _("Italian")),
    ("pl", _("Polish")),
    ("ro", _("Romanian")),
    ("bg", _("Bulgarian")),
    ("sq", _("Albanian")),
    ("zh", _("Chinese")),
    ("hi", _("Hindi")),
    ("ur", _("Urdu")),
]
LANGUAGE_NAMES = dict(LANGUAGES)

RADIUS_CHOICES = [
    (5, _("up to 5 km")),
    (10, _("up to 10 km")),
    (20, _("up to 20 km")),
    (40, _("up to 40 km")),
]


class EndReason(models.TextChoices):
    COMPLETED = "completed", _("The buddy project was completed")
    MISMATCH = "mismatch", _("The match did not work")
    VOLUNTEER_STOPPED = "volunteer_stopped", _("The volunteer stopped")
    NEWCOMER_STOPPED = "newcomer_stopped", _("The newcomer stopped")
    MOVED = "moved", _("Someone moved")


class DeclineReason(models.TextChoices):
    NO_TIME = "no_time", _("I do not have time now")
    TOO_FAR = "too_far", _("It is too far")
    NOT_INTERESTED = "not_interested", _("This project does not suit me")
    OTHER = "other", _("Another reason")


class ConductResult(models.TextChoices):
    OK = "ok", _("Checked: no objection")
    NOT_OK = "not_ok", _("Checked: objection")
