"""Translated words of the offer search: facet labels, parameter errors, relaxation steps."""

from __future__ import annotations

from django.utils.translation import get_language, get_language_info, gettext, pgettext

from aanbod import choices
from search.offers import facet_cache
from search.offers import params as vocab

PARAM_OF_FACET: dict[str, str] = {}


def fixed_values(name: str) -> tuple[str, ...] | None:
    """Facets with a closed list show every value, also at zero, so people learn the words."""
    return {
        "type": vocab.TYPES,
        "level": vocab.LEVELS,
        "format": vocab.FORMATS,
        "weekday": tuple(str(day) for day in range(7)),
        "daypart": vocab.DAYPARTS,
        **dict.fromkeys(vocab.BOOLEAN_FILTERS, ("true", "false")),
    }.get(name)


def _language_name(code: str) -> str:
    try:
        return str(get_language_info(code)["name_translated"])
    except KeyError:
        return code


def facet_labels(name: str, values: list[str]) -> dict[str, str]:
    if name == "type":
        return {value: str(label) for value, label in choices.OfferType.choices}
    if name == "format":
        return {value: str(label) for value, label in choices.Format.choices}
    if name == "weekday":
        return {str(day): str(label) for day, label in choices.WEEKDAYS}
    if name == "daypart":
        return {value: str(label) for value, label in choices.DAY_PARTS.items()}
    if name == "level":
        return {value: value for value in values}
    if name in vocab.BOOLEAN_FILTERS:
        return {"true": gettext("Yes"), "false": gettext("No")}
    if name == "support_language":
        return {value: _language_name(value) for value in values}
    if name in ("theme", "target_group"):
        every = facet_cache.term_labels(name, get_language() or "nl")
        return {value: every[value] for value in values if value in every}
    return {}


def error_message(name: str, code: str) -> str:
    """What is wrong with a parameter and how to fix it, in the active language."""
    hints = {
        "lang": ", ".join(vocab.LANGUAGES),
        "format": ", ".join(vocab.FORMATS),
        "daypart": ", ".join(vocab.DAYPARTS),
        "sort": ", ".join(vocab.SORTS),
        "level": ", ".join(vocab.LEVELS),
        "type": ", ".join(vocab.TYPES),
    }
    ranges = {
        "radius_km": (1, int(vocab.MAX_RADIUS_KM)),
        "weekday": (0, 6),
        "page": (1, vocab.MAX_PAGE),
        "page_size": (1, vocab.MAX_PAGE_SIZE),
    }
    if code == "invalid_choice":
        return gettext("%(name)s: use one of these values: %(values)s.") % {
            "name": name,
            "values": hints.get(name, ""),
        }
    if code == "invalid_boolean":
        return gettext("%(name)s: use 1 or true for yes, 0 or false for no.") % {"name": name}
    if code in ("not_a_number", "out_of_range"):
        low, high = ranges.get(name, (0, 0))
        if name == "weekday":
            return gettext("weekday: use a number from 0 (Monday) to 6 (Sunday).")
        return gettext("%(name)s: use a number from %(low)s to %(high)s.") % {
            "name": name,
            "low": low,
            "high": high,
        }
    if code == "invalid_date":
        return gettext("%(name)s: write the date as YYYY-MM-DD, for example 2026-09-15.") % {
            "name": name
        }
    if code == "date_order":
        return gettext("date_to: the last day is before the first day. Check both dates.")
    if code == "invalid_postcode":
        return gettext("postcode: use a Belgian postcode of four digits, for example 9000.")
    if code == "unknown_place":
        if name == "postcode":
            return gettext(
                "postcode: we do not know this postcode in Flanders or Brussels. "
                "Check the four digits, for example 9000."
            )
        return gettext(
            "municipality: we do not know this municipality. Write its Dutch or French name, "
            "for example Gent or Gand."
        )
    if code == "too_long":
        return gettext("%(name)s: this text is too long. Use fewer words.") % {"name": name}
    if code == "invalid_code":
        return gettext("%(name)s: use a short code in small letters, for example %(example)s.") % {
            "name": name,
            "example": "en" if name == "support_language" else "sport",
        }
    return gettext("%(name)s: this value is not valid.") % {"name": name}


def relaxation_sentence(code: str, params: vocab.OfferSearchParams) -> str:
    """What one relaxation step did, as the visitor would say it."""

    if code.startswith("wider_radius_"):
        return gettext("We also show offers up to %(km)s km away.") % {"km": code.rsplit("_", 1)[1]}
    if code == "include_online":
        return gettext("We also show online offers.")
    if code == "any_daypart":
        part = choices.DAY_PARTS.get(params.daypart, params.daypart)
        return gettext("There is nothing in the %(part)s, so we show other times of day.") % {
            "part": part
        }
    if code == "any_weekday":
        day = dict(choices.WEEKDAYS).get(params.weekday, "")
        return gettext("There is nothing on %(day)s, so we show other days.") % {"day": day}
    if code == "any_date":
        return gettext("We show offers on other dates too.")
    if code == "all_languages":
        return gettext("We also looked in texts in other languages.")
    if code == "loose_text":
        return gettext("We show offers with some of your words, not all of them.")
    if code == "fewer_filters":
        return gettext("We left out some of your other choices, such as free or childcare.")
    if code == "any_level":
        return gettext("We show offers for other Dutch levels too.")
    if code == "any_type":
        return gettext("We show other kinds of offers too.")
    if code == "any_text":
        return gettext("We did not find your words, so we show other offers.")
    return pgettext("search relaxation", "We changed your search.")
