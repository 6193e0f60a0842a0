"""Translated labels of the decision aid's answers and routes (the values are in decision.py)."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from taalhulp import decision

KINDS = [
    (decision.MEDICAL, _("Health: with a doctor, a nurse or in hospital")),
    (decision.PSYCHOLOGICAL, _("Mental health: with a psychologist or a counsellor")),
    (decision.LEGAL, _("Legal: about rights, residence, a lawyer or a court")),
    (decision.CHILD_PROTECTION, _("Child protection: about the safety of a child")),
    (decision.ADMINISTRATIVE, _("Administration: papers, forms or an appointment")),
    (decision.PRACTICAL, _("Practical information: opening hours, a visit, an activity")),
]
STAKES = [
    (decision.HIGH, _("A lot: a decision about health, money, housing, rights or a child")),
    (decision.LOW, _("Not much: information or an everyday question")),
]
TIMINGS = [
    (decision.URGENT, _("No, it must happen today or tomorrow")),
    (decision.CAN_WAIT, _("Yes, it can wait two working days or more")),
]
MODES = [
    (decision.ON_SITE, _("Face to face, in the same room")),
    (decision.REMOTE, _("At a distance, by phone or video")),
]
DUTCH_LEVELS = [
    (decision.NO_DUTCH, _("No Dutch, or only a few words")),
    (decision.SOME_DUTCH, _("A little: short sentences about daily things")),
    (decision.SIMPLE_DUTCH_OK, _("Enough for a simple conversation")),
]
ROUTES = [
    (decision.INTERPRETER, _("Book a certified social interpreter")),
    (decision.HELPER, _("Ask for a language helper")),
    (decision.PICTOGRAMS, _("Use pictograms or written material")),
    (decision.SIMPLE_DUTCH, _("Speak simple Dutch and point to a place to practise")),
]
# The languages people ask interpreters for most; "other" for the rest. In a context of their
# own: other apps translate the same names in lower case, for use inside a sentence.
LANGUAGES = [
    ("ar", pgettext_lazy("language", "Arabic")),
    ("uk", pgettext_lazy("language", "Ukrainian")),
    ("ru", pgettext_lazy("language", "Russian")),
    ("fa", pgettext_lazy("language", "Persian (Farsi, Dari)")),
    ("ps", pgettext_lazy("language", "Pashto")),
    ("ti", pgettext_lazy("language", "Tigrinya")),
    ("so", pgettext_lazy("language", "Somali")),
    ("tr", pgettext_lazy("language", "Turkish")),
    ("ku", pgettext_lazy("language", "Kurdish")),
    ("am", pgettext_lazy("language", "Amharic")),
    ("pl", pgettext_lazy("language", "Polish")),
    ("ro", pgettext_lazy("language", "Romanian")),
    ("bg", pgettext_lazy("language", "Bulgarian")),
    ("sq", pgettext_lazy("language", "Albanian")),
    ("es", pgettext_lazy("language", "Spanish")),
    ("fr", pgettext_lazy("language", "French")),
    ("en", pgettext_lazy("language", "English")),
    ("zh", pgettext_lazy("language", "Chinese")),
    (decision.OTHER_LANGUAGE, pgettext_lazy("language", "Another language")),
]
# The ways in the communication fan: the four routes and what else helps.
WAYS = [
    (decision.INTERPRETER, _("Certified social interpreter")),
    (decision.HELPER, _("Language helper or crisis interpreter")),
    (decision.PICTOGRAMS, _("Pictograms and written material")),
    ("apps", _("Translation apps")),
    (decision.SIMPLE_DUTCH, _("Simple Dutch")),
    ("practice", _("Places to practise Dutch")),
]
