"""Local help ("connect"): the front-line services for a place the visitor types, a postcode
or a municipality name in Dutch or French. Every legal page offers it (LocalHelpMixin)."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Q
from django.utils.translation import gettext as _

from portal.models import Municipality
from vreemdelingenrecht.models.taxonomy import FrontLineService

MAX_PLACE_LENGTH = 100


@dataclass
class LocalHelp:
    """The answer to "find local help": `error` is a translated message when the place is
    unknown; `query` is what the visitor typed."""

    query: str = ""
    municipality: object | None = None
    services: list = field(default_factory=list)
    error: str = ""
    choices: list = field(default_factory=list)  # several municipalities share the postcode


def municipality_resolve(text: str):
    """Municipalities for a postcode or a Dutch/French name (exact, then starts-with)."""
    text = " ".join(text.split())[:MAX_PLACE_LENGTH]
    if not text:
        return []
    code = text.split(" ", 1)[0]
    if code.isdigit():
        return list(
            Municipality.objects.filter(postcodes__code=code).distinct().order_by("name_nl")
        )
    exact = Municipality.objects.filter(Q(name_nl__iexact=text) | Q(name_fr__iexact=text))
    if exact.exists():
        return list(exact)
    return list(
        Municipality.objects.filter(
            Q(name_nl__istartswith=text) | Q(name_fr__istartswith=text)
        ).order_by("name_nl")[:10]
    )


def local_help_lookup(text: str) -> LocalHelp:
    text = " ".join((text or "").split())[:MAX_PLACE_LENGTH]
    answer = LocalHelp(query=text)
    if not text:
        return answer
    places = municipality_resolve(text)
    if not places:
        if text.isdigit() and len(text) != 4:
            answer.error = _(
                "A Belgian postcode has four digits, for example 9000. Check the postcode."
            )
        else:
            answer.error = _(
                "We do not know the place “%(place)s” in Flanders or Brussels. Check the "
                "spelling or enter a postcode with four digits, for example 9000."
            ) % {"place": text}
        return answer
    if len(places) > 1 and not text.isdigit():
        answer.choices = places
        return answer
    answer.municipality = places[0]
    answer.services = list(
        FrontLineService.objects.filter(municipalities__in=places)
        .distinct()
        .order_by("kind", "name")
    )
    return answer
