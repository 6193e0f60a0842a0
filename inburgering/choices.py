"""Translated labels of the course orientation's answers and routes (values in orientation.py)."""

from django.utils.translation import gettext_lazy as _

from inburgering import guide as g
from inburgering import orientation as o

SCRIPTS = [
    (o.LATIN, _("Yes, in the Latin alphabet (like this text)")),
    (o.OTHER_SCRIPT, _("Yes, but in another script, for example Arabic or Cyrillic")),
    (o.NOT_LITERATE, _("No, I did not learn to read and write")),
]
SCHOOLINGS = [
    (o.LITTLE, _("No school, or 6 years or less")),
    (o.SECONDARY, _("Secondary school")),
    (o.HIGHER, _("College or university")),
]
GOALS = [
    (o.DAILY_LIFE, _("For daily life: shopping, the doctor, the school of my children")),
    (o.WORK, _("For work")),
    (o.STUDY, _("To study at a college or university")),
    (o.CERTIFICATE, _("For a certificate: for Belgian nationality or a job")),
]
TIMES = [
    (o.DAY, _("During the day")),
    (o.EVENING, _("In the evening")),
    (o.WEEKEND, _("At the weekend")),
]
DUTCH_LEVELS = [
    (o.NO_DUTCH, _("I know no Dutch, or only a few words")),
    (o.A1, _("A little: I can say who I am (A1)")),
    (o.A2, _("Simple conversations about daily things (A2)")),
    (o.B1_PLUS, _("I can talk about most things (B1 or higher)")),
]
ROUTES = [
    (o.LATIN_SCRIPT_FIRST, _("First learn to read and write in the Latin alphabet, at a CBE")),
    (o.CBE, _("A Dutch course at a CBE, a centre for adult basic education")),
    (o.CVO, _("A Dutch course at a CVO, a centre for adult education")),
    (o.UTC, _("A Dutch course at a university language centre")),
]
PACES = {
    o.SLOW: _("That is a slow pace."),
    o.STANDARD: _("That is a normal pace."),
    o.INTENSIVE: _("That is a fast pace."),
}

# The civic integration guide's variants (values in guide.py).
GUIDE_REGIONS = [
    (g.FLANDERS, _("Flanders")),
    (g.BRUSSELS, _("Brussels")),
]
GUIDE_STATUSES = [
    (g.OBLIGED, _("I must follow the path (obliged)")),
    (g.ENTITLED, _("I may follow the path (entitled)")),
]
GUIDE_STATUS_SHORT = {g.OBLIGED: _("obliged"), g.ENTITLED: _("entitled")}
