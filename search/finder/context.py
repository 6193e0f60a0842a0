"""What the finder page shows: filter groups with counts, chips, plain-language result cards."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from aanbod.choices import Format, OfferType
from search.offers.form_params import url_with, url_without_value

# (facet name, query parameter, legend, control)
FACET_GROUPS = (
    ("type", "type", gettext_lazy("What do you want to do?"), "checkbox"),
    ("level", "level", gettext_lazy("Your Dutch level"), "checkbox"),
    ("weekday", "weekday", gettext_lazy("Day"), "radio"),
    ("daypart", "daypart", gettext_lazy("Time of day"), "radio"),
    ("format", "format", gettext_lazy("Where it takes place"), "radio"),
    ("support_language", "support_language", gettext_lazy("Other language spoken"), "select"),
    ("target_group", "target_group", gettext_lazy("For whom"), "select"),
    ("theme", "theme", gettext_lazy("Theme"), "select"),
)
BOOLEAN_FACETS = (
    ("free", gettext_lazy("Free")),
    ("childcare", gettext_lazy("Childcare available")),
    ("wheelchair", gettext_lazy("Wheelchair accessible")),
    ("language_friendly", gettext_lazy("Language icon: open to people learning Dutch")),
    ("low_literacy", gettext_lazy("For people who read or write little")),
    ("participation", gettext_lazy("Counts for the 40-hour participation trajectory")),
)
ANY_LABELS = {
    "weekday": gettext_lazy("Any day"),
    "daypart": gettext_lazy("Any time"),
    "format": gettext_lazy("In person or online"),
    "support_language": gettext_lazy("Any language"),
    "target_group": gettext_lazy("Everyone"),
    "theme": gettext_lazy("All themes"),
}
TRUE_VALUES = ("true", "1", "yes", "True")
FIELD_NAMES = {
    "q": gettext_lazy("Search words"),
    "place": gettext_lazy("Postcode or town"),
    "postcode": gettext_lazy("Postcode"),
    "municipality": gettext_lazy("Town"),
    "radius_km": gettext_lazy("Distance"),
    "level": gettext_lazy("Dutch level"),
    "type": gettext_lazy("Kind of offer"),
    "format": gettext_lazy("Where it takes place"),
    "weekday": gettext_lazy("Day"),
    "daypart": gettext_lazy("Time of day"),
    "sort": gettext_lazy("Order"),
    "page": gettext_lazy("Page"),
    "date_from": gettext_lazy("From date"),
    "date_to": gettext_lazy("Until date"),
    "support_language": gettext_lazy("Other language spoken"),
    "target_group": gettext_lazy("For whom"),
    "theme": gettext_lazy("Theme"),
}
ERROR_MESSAGES = {
    "too_long": gettext_lazy("%(field)s: this is too long. Use fewer words."),
    "invalid_choice": gettext_lazy(
        "%(field)s: we do not know this choice. Choose one from the list."
    ),
    "invalid_boolean": gettext_lazy("%(field)s: tick the box or leave it empty."),
    "not_a_number": gettext_lazy("%(field)s: fill in a number, for example 10."),
    "out_of_range": gettext_lazy("%(field)s: this number is too big or too small."),
    "invalid_date": gettext_lazy("%(field)s: fill in a date like 2026-12-31."),
    "date_order": gettext_lazy("%(field)s: this date must come after the first date."),
    "invalid_postcode": gettext_lazy("%(field)s: a postcode has 4 digits, for example 9000."),
    "invalid_code": gettext_lazy(
        "%(field)s: we do not know this choice. Choose one from the list."
    ),
}


@dataclass
class Option:
    value: str
    label: str
    count: int | None
    selected: bool
    disabled: bool = False


@dataclass
class FilterGroup:
    name: str
    param: str
    legend: str
    control: str
    options: list[Option] = field(default_factory=list)
    chosen: int = 0


@dataclass
class Chip:
    label: str
    remove_url: str


def error_list(errors: dict[str, str]) -> list[dict]:
    """One message per parameter, naming the field and how to fix it."""
    items = []
    for name, code in errors.items():
        label = FIELD_NAMES.get(name, name)
        message = ERROR_MESSAGES.get(code, ERROR_MESSAGES["invalid_choice"])
        items.append({"field": name, "message": str(message) % {"field": label}})
    return items


def _count_true(values) -> tuple[int | None, bool]:
    for value in values or []:
        if str(value.value) in TRUE_VALUES:
            return value.count, value.selected
    return 0, False


def filter_groups(facets: dict, selected_booleans: dict[str, bool | None]) -> list[FilterGroup]:
    groups = []
    for name, param, legend, control in FACET_GROUPS:
        values = facets.get(name) or []
        if not values:
            continue
        group = FilterGroup(name=name, param=param, legend=str(legend), control=control)
        if control != "checkbox":
            any_selected = not any(v.selected for v in values)
            group.options.append(Option("", str(ANY_LABELS[name]), None, any_selected))
        for value in values:
            group.options.append(
                Option(
                    value=str(value.value),
                    label=value.label,
                    count=value.count,
                    selected=value.selected,
                    disabled=value.count == 0 and not value.selected and control != "select",
                )
            )
        group.chosen = sum(1 for v in values if v.selected)
        groups.append(group)
    booleans = FilterGroup(name="extra", param="", legend=_("Good to know"), control="boolean")
    for name, label in BOOLEAN_FACETS:
        count, _selected = _count_true(facets.get(name))
        selected = bool(selected_booleans.get(name))
        booleans.options.append(
            Option(
                value=name,
                label=str(label),
                count=count,
                selected=selected,
                disabled=not count and not selected,
            )
        )
    booleans.chosen = sum(1 for option in booleans.options if option.selected)
    groups.append(booleans)
    return groups


def chips(query: dict, params, groups: list[FilterGroup], place: str) -> list[Chip]:
    """Every active choice, each with a link that removes only that choice."""
    found = []
    if params.q:
        found.append(
            Chip(_("Words: %(words)s") % {"words": params.q}, url_with(query, drop=("q",)))
        )
    if place:
        label = _("Near %(place)s (%(km)s km)") % {
            "place": place,
            "km": formats.number_format(params.effective_radius_km, decimal_pos=0),
        }
        found.append(
            Chip(label, url_with(query, drop=("place", "postcode", "municipality", "radius_km")))
        )
    if params.include_online:
        found.append(Chip(_("Also online offers"), url_with(query, drop=("include_online",))))
    for group in groups:
        for option in group.options:
            if not option.selected or not option.value:
                continue
            if group.control == "boolean":
                found.append(Chip(option.label, url_with(query, drop=(option.value,))))
            elif group.control == "checkbox":
                found.append(
                    Chip(option.label, url_without_value(query, group.param, option.value))
                )
            else:
                found.append(Chip(option.label, url_with(query, drop=(group.param,))))
    return found


def when_words(dates: list[dt.date], today: dt.date | None = None) -> list[str]:
    """The next dates as words: "today", "tomorrow", or "Monday 30 November"."""
    today = today or timezone.localdate()
    words = []
    for day in dates[:3]:
        if day == today:
            words.append(_("today"))
        elif day == today + dt.timedelta(days=1):
            words.append(_("tomorrow"))
        else:
            # "E": the month as it stands in a date (genitive in Ukrainian and Russian).
            pattern = "l j E" if day.year == today.year else "l j E Y"
            words.append(formats.date_format(day, pattern))
    return words


def _distance(km: float | None) -> str:
    if km is None:
        return ""
    if km < 1:
        return _("less than 1 km from the place you chose")
    shown = formats.number_format(km, decimal_pos=1 if km < 10 else 0)
    return _("%(km)s km from the place you chose") % {"km": shown}


def card(hit, language: str, number: int) -> dict:
    """A plain-language summary of one hit: what, level, when, where, cost."""
    try:
        kind = OfferType(hit.offer_type).label
    except ValueError:
        kind = hit.offer_type
    level = ", ".join(hit.levels) if hit.levels else _("All levels, also if you speak no Dutch yet")
    if hit.format == Format.ONLINE:
        where = _("Online")
    else:
        where = ", ".join(part for part in (hit.location_name, hit.municipality) if part)
        if hit.format == Format.BLENDED:
            where = _("%(place)s and online") % {"place": where}
    dates = when_words(hit.next_dates)
    if dates:
        when = ngettext("Next time: %(dates)s", "Next times: %(dates)s", len(dates)) % {
            "dates": ", ".join(dates)
        }
    else:
        when = _("No dates planned. Ask the organiser.")
    cost = _("Free") if hit.free else (hit.cost_text or _("You pay for this"))
    return {
        "number": number,
        "hit": hit,
        "kind": kind,
        "level": level,
        "when": when,
        "where": where,
        "distance": _distance(hit.distance_km),
        "cost": cost,
        "title_lang": hit.title_language if hit.title_language != language else "",
        "summary_lang": (hit.summary_language or hit.title_language)
        if (hit.summary_language or hit.title_language) != language
        else "",
    }
