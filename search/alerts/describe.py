"""A saved search in plain words, for e-mails and feed titles."""

from __future__ import annotations

from django.utils import translation
from django.utils.translation import gettext as _

from aanbod.choices import DAY_PARTS, WEEKDAYS, Format, OfferType
from search.offers.params import OfferSearchParams


def _boolean_labels() -> dict[str, str]:
    return {
        "free": _("free"),
        "childcare": _("with childcare"),
        "wheelchair": _("wheelchair accessible"),
        "language_friendly": _("with the language icon"),
        "low_literacy": _("for people who read or write little"),
        "participation": _("counts for the 40 hours"),
    }


def _label(choices, value) -> str:
    try:
        return str(choices(value).label)
    except ValueError:
        return str(value)


def describe_search(params: OfferSearchParams, language: str) -> str:
    """E.g. "conversation · near 9000 (10 km) · A1 · Monday · evening · free"."""
    with translation.override(language):
        parts = []
        if params.q:
            parts.append(f"“{params.q}”")
        if params.types:
            parts.append(", ".join(_label(OfferType, value) for value in params.types))
        if params.place:
            parts.append(
                _("near %(place)s (%(km)s km)")
                % {"place": params.place, "km": f"{params.effective_radius_km:g}"}
            )
        if params.include_online:
            parts.append(_("also online"))
        if params.levels:
            parts.append(_("Dutch level %(levels)s") % {"levels": ", ".join(params.levels)})
        if params.format:
            parts.append(_label(Format, params.format))
        if params.weekday is not None:
            parts.append(str(dict(WEEKDAYS)[params.weekday]))
        if params.daypart:
            parts.append(str(DAY_PARTS.get(params.daypart, params.daypart)))
        parts.extend(label for name, label in _boolean_labels().items() if getattr(params, name))
        for value in (params.support_language, params.target_group, params.theme):
            if value:
                parts.append(value)
        return " · ".join(parts) if parts else _("all offers")
