"""Plain, translated sentences for a proposal's score breakdown ("why this match")."""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from buddy.choices import LANGUAGE_NAMES, WEEKDAYS, Daypart, Interest

DAYS = dict(WEEKDAYS)
PARTS = dict(Daypart.choices)
INTERESTS = dict(Interest.choices)


def why_lines(reasons: dict) -> list[str]:
    lines = []
    if not isinstance(reasons, dict):
        return lines
    languages = (reasons.get("preferred_language") or {}).get("languages") or {}
    if languages:
        names = ", ".join(str(LANGUAGE_NAMES.get(code, code)) for code in languages)
        lines.append(
            _("You speak a language the project likes: %(languages)s.") % {"languages": names}
        )
    common = (reasons.get("interests") or {}).get("common") or []
    if common:
        names = ", ".join(str(INTERESTS.get(code, code)).lower() for code in common)
        lines.append(_("You share interests: %(interests)s.") % {"interests": names})
    slots = (reasons.get("availability") or {}).get("common_slots") or []
    if slots:
        first = slots[0]
        moment = (
            f"{DAYS.get(first.get('weekday'), '')} {PARTS.get(first.get('daypart'), '')}".strip()
        )
        lines.append(
            ngettext(
                "You are both free at %(count)d moment, for example %(moment)s.",
                "You are both free at %(count)d moments, for example %(moment)s.",
                len(slots),
            )
            % {"count": len(slots), "moment": moment}
        )
    near = reasons.get("nearness") or {}
    if "distance_km" in near:
        lines.append(
            _("The project is %(km)s km from your postcode.") % {"km": f"{near['distance_km']:.0f}"}
        )
    days = (reasons.get("waiting_time") or {}).get("waiting_days")
    if days:
        lines.append(
            ngettext(
                "You have been waiting for %(days)d day.",
                "You have been waiting for %(days)d days.",
                int(days),
            )
            % {"days": int(days)}
        )
    return lines
