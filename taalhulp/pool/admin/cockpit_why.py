"""The engine's `why` of a proposal in plain sentences for the coordinator."""

from django.utils.translation import gettext as _

from taalhulp.pool.choices import Mode
from taalhulp.pool.services.proposal_emails import language_label


def _language(part: dict, language: str) -> str:
    name = language_label(language)
    rank = part.get("rank", 1)
    if rank == 1:
        return _("%(language)s is their strongest language.") % {"language": name}
    if rank == 2:
        return _("%(language)s is their second language.") % {"language": name}
    return _("They also speak %(language)s.") % {"language": name}


def _mode(part: dict, mode: str) -> str:
    label = str(Mode(mode).label).lower() if mode in Mode.values else mode
    if part.get("rank", 1) == 1:
        return _("This is how they like to help best: %(mode)s.") % {"mode": label}
    return _("They can also help this way: %(mode)s.") % {"mode": label}


def _nearness(part: dict) -> str:
    km = part.get("distance_km")
    if km is None:
        return _("No travel needed.")
    return _("Lives about %(km)s km away; travels up to %(max)s km.") % {
        "km": round(km),
        "max": round(part.get("max_km") or 0),
    }


def _kind(part: dict) -> str:
    if part.get("helper") == "crisistolk":
        if part.get("request") == "any":
            return _("A crisis interpreter: no language helper was free.")
        return _("A trained crisis interpreter.")
    return _("A language helper.")


def _capacity(part: dict) -> str:
    return _("Has room for %(count)s more conversations that week.") % {
        "count": part.get("max_per_week", 0)
    }


def sentences(why: dict, *, language: str, mode: str) -> list[str]:
    """One short sentence per criterion, in the engine's order."""
    found = []
    if "language" in why:
        found.append(_language(why["language"], language))
    if "mode" in why:
        found.append(_mode(why["mode"], mode))
    if "nearness" in why:
        found.append(_nearness(why["nearness"]))
    if "kind" in why:
        found.append(_kind(why["kind"]))
    if "capacity" in why:
        found.append(_capacity(why["capacity"]))
    return found
