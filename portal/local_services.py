"""Local services per municipality, published by the app that keeps them and read by others.

vreemdelingenrecht keeps the front-line services; inburgering's guide needs the integration
office for a postcode. Content apps never import each other, so the keeper registers a directory
here and the reader asks portal, getting plain records back instead of another app's models."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from portal import registries

# The kinds a reader may ask for; the codes of vreemdelingenrecht's FrontLineService.Kind.
INTEGRATION = "integration"
MUNICIPALITY = "municipality"


@dataclass(frozen=True)
class LocalService:
    """One service as a reader shows it: texts already in the active language."""

    name: str
    kind: str
    kind_label: str
    description: str = ""
    address: str = ""
    phone: str = ""
    phone_href: str = ""
    email: str = ""
    website: str = ""
    opening_hours: str = ""
    # The language of description and opening hours when it is not the visitor's (a fallback),
    # so the page can mark it with `lang`; "" when they are in the visitor's language.
    text_language: str = ""


@dataclass(frozen=True)
class ServiceDirectory:
    """`find(municipalities, kinds)` returns the services of those kinds serving any of the
    municipalities (portal.models.Municipality rows), ordered as the keeper wants them shown."""

    key: str
    find: Callable[[list, frozenset[str]], list[LocalService]]


def register(directory: ServiceDirectory) -> ServiceDirectory:
    return registries.local_services.register(directory.key, directory)


def find(municipalities: Iterable, kinds: Iterable[str]) -> list[LocalService]:
    """The services of `kinds` for the municipalities, from every directory, without doubles."""
    places, wanted = list(municipalities), frozenset(kinds)
    if not places:
        return []
    found: list[LocalService] = []
    for directory in registries.local_services:
        found.extend(s for s in directory.find(places, wanted) if s not in found)
    return found
