"""The finder's URL state: turn the page's GET form into search parameters and back; pure.

Here, not in search/finder/: the saved-search feed (search.alerts) reads the same URLs, and
the finder page shows the saved-search form, so the finder may import alerts, not the reverse."""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import urlencode

from search.offers.params import OfferSearchParams, parse_params

# Parameters only the HTML finder knows; everything else is the API's vocabulary.
VIEW_PARAM = "view"
PLACE_PARAM = "place"
VIEWS = ("list", "map")
PLACE_PARAMS = (PLACE_PARAM, "postcode", "municipality", "radius_km", "include_online")
_POSTCODE = re.compile(r"^[0-9]{4}$")
FINDER_PAGE_SIZE = 20


def clean_query(query: Mapping[str, list[str]]) -> dict[str, list[str]]:
    """The query without empty values (an empty GET field means "no choice")."""
    cleaned = {}
    for name, values in query.items():
        kept = [value.strip() for value in values if value and value.strip()]
        if kept:
            cleaned[name] = kept
    return cleaned


def place_query(query: dict[str, list[str]]) -> dict[str, list[str]]:
    """Map the one "postcode or town" field onto the API's `postcode` or `municipality`."""
    query = dict(query)
    place = " ".join(query.pop(PLACE_PARAM, [""])[-1].split())
    if place:
        query.pop("postcode", None)
        query.pop("municipality", None)
        query["postcode" if place.isdigit() else "municipality"] = [place]
    return query


def finder_params(
    query: Mapping[str, list[str]], language: str
) -> tuple[OfferSearchParams, dict[str, str], str]:
    """Search parameters, errors per parameter, and the chosen view (list or map)."""
    query = clean_query(query)
    view = query.pop(VIEW_PARAM, ["list"])[-1]
    view = view if view in VIEWS else "list"
    api_query = place_query(query)
    api_query.pop("lang", None)
    api_query.pop("page_size", None)
    params, errors = parse_params(api_query)
    params = params.with_changes(lang=language, page_size=FINDER_PAGE_SIZE)
    if "place" in query and "postcode" in errors:
        errors["place"] = errors.pop("postcode")
    if "place" in query and "municipality" in errors:
        errors["place"] = errors.pop("municipality")
    return params, errors, view


def place_text(query: Mapping[str, list[str]]) -> str:
    query = clean_query(query)
    for name in (PLACE_PARAM, "postcode", "municipality"):
        if name in query:
            return query[name][-1]
    return ""


def url_with(
    query: Mapping[str, list[str]], *, drop: tuple[str, ...] = (), **changes: str | None
) -> str:
    """A query string from the current one: `drop` names removed, `changes` set (None removes).

    Changing a search always goes back to page 1.
    """
    pairs: list[tuple[str, str]] = []
    skip = set(drop) | set(changes) | {"page"}
    for name, values in clean_query(query).items():
        if name not in skip:
            pairs.extend((name, value) for value in values)
    for name, value in changes.items():
        if value is not None and value != "":
            pairs.append((name, value))
    return "?" + urlencode(pairs) if pairs else "?"


def url_without_value(query: Mapping[str, list[str]], name: str, value: str) -> str:
    """The query string with one value of a repeatable parameter removed (a filter chip)."""
    pairs: list[tuple[str, str]] = []
    for key, values in clean_query(query).items():
        if key == "page":
            continue
        for item in values:
            parts = [part.strip() for part in item.split(",")] if key == name else [item]
            pairs.extend((key, part) for part in parts if not (key == name and part == value))
    return "?" + urlencode(pairs) if pairs else "?"


def url_page(query: Mapping[str, list[str]], page: int) -> str:
    pairs = [
        (name, value)
        for name, values in clean_query(query).items()
        if name != "page"
        for value in values
    ]
    if page > 1:
        pairs.append(("page", str(page)))
    return "?" + urlencode(pairs) if pairs else "?"
