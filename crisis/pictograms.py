"""The pictograms shipped with the crisis hub: SVG files in static/crisis/pictograms/."""

from django.templatetags.static import static
from django.utils.translation import gettext_lazy as _

# Symbol code -> what the picture shows (its text alternative, in the visitor's language).
SYMBOLS = {
    "doctor": _("A medical cross: doctor"),
    "pharmacy": _("A pill: pharmacy, medicine"),
    "house": _("A house: home"),
    "school": _("A graduation cap: school"),
    "bus": _("A bus"),
    "train": _("A train"),
    "food": _("A fork and a knife: food"),
    "water": _("A drop: water"),
    "phone": _("A mobile phone"),
    "toilet": _("A man and a woman: toilet"),
    "money": _("A euro coin: money"),
    "help": _("A question mark: help"),
}


def choices():
    return list(SYMBOLS.items())


def image_url(symbol: str) -> str:
    return static(f"crisis/pictograms/{symbol}.svg")


def description(symbol: str) -> str:
    return str(SYMBOLS.get(symbol, ""))
