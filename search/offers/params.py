"""Offer search parameters: parse a query string strictly, write it back canonically; pure."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from datetime import date
from urllib.parse import urlencode

from portal.vocabulary import OFFER_LEVELS, SITE_LANGUAGES

# The vocabularies mirror aanbod.choices and the DutchLevel rows (a test keeps them equal).
LANGUAGES = SITE_LANGUAGES
LEVELS = OFFER_LEVELS
TYPES = ("practice", "participation", "buddy_project", "course_nt2", "course_mo", "leisure")
FORMATS = ("in_person", "online", "blended")
DAYPARTS = ("morning", "afternoon", "evening", "weekend")
SORTS = ("relevance", "distance", "next_date")
BOOLEAN_FILTERS = (
    "free",
    "childcare",
    "wheelchair",
    "language_friendly",
    "low_literacy",
    "participation",
)
DEFAULT_RADIUS_KM = 10.0
MAX_RADIUS_KM = 200.0
MAX_PAGE_SIZE = 100
# page * page_size stays within the engine's default result window (index.max_result_window).
MAX_PAGE = 100
MAX_TEXT = 200
TRUE = ("1", "true", "yes", "on")
FALSE = ("0", "false", "no", "off")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]{0,49}$")
_POSTCODE = re.compile(r"^[0-9]{4}$")
_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class OfferSearchParams:
    q: str = ""
    lang: str = "nl"
    postcode: str = ""
    municipality: str = ""
    radius_km: float | None = None
    levels: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    format: str = ""
    weekday: int | None = None
    daypart: str = ""
    free: bool | None = None
    childcare: bool | None = None
    wheelchair: bool | None = None
    language_friendly: bool | None = None
    low_literacy: bool | None = None
    participation: bool | None = None
    support_language: str = ""
    target_group: str = ""
    theme: str = ""
    include_online: bool = False
    date_from: date | None = None
    date_to: date | None = None
    sort: str = "relevance"  # relevance | distance | next_date
    page: int = 1
    page_size: int = 20

    @property
    def place(self) -> str:
        """The place text to resolve: the postcode wins over the municipality."""
        return self.postcode or self.municipality

    @property
    def has_place(self) -> bool:
        return bool(self.place)

    @property
    def effective_radius_km(self) -> float:
        return self.radius_km if self.radius_km is not None else DEFAULT_RADIUS_KM

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.page_size

    def with_changes(self, **changes) -> OfferSearchParams:
        return replace(self, **changes)


# Query-string name -> dataclass field, where they differ.
PARAM_NAMES = {"level": "levels", "type": "types"}
FIELD_PARAMS = {value: key for key, value in PARAM_NAMES.items()}


class _Errors(dict):
    """{param name: error code}; the first problem of a parameter is kept."""

    def add(self, name: str, code: str) -> None:
        self.setdefault(name, code)


def _values(query: Mapping[str, list[str]] | Mapping[str, str], name: str) -> list[str]:
    raw = query.get(name, [])
    if isinstance(raw, str):
        raw = [raw]
    # Control characters (NUL too, which PostgreSQL cannot store or compare) count as spaces.
    return [" ".join(_CONTROL.sub(" ", str(value)).split()) for value in raw]


def _one(query, name: str) -> str:
    values = [value for value in _values(query, name) if value]
    return values[-1] if values else ""


def _many(query, name: str) -> list[str]:
    found: list[str] = []
    for value in _values(query, name):
        found.extend(part.strip() for part in value.split(",") if part.strip())
    return list(dict.fromkeys(found))


def parse_boolean(value: str) -> bool | None:
    """ "1"/"true"/"yes"/"on" and "0"/"false"/"no"/"off"; None for anything else."""
    value = value.strip().lower()
    if value in TRUE:
        return True
    if value in FALSE:
        return False
    return None


def parse_params(
    query: Mapping[str, list[str]] | Mapping[str, str],
) -> tuple[OfferSearchParams, dict[str, str]]:
    """Parameters from a query string (e.g. `dict(request.GET.lists())`), and the problems as
    {param name: code}. Codes: too_long, invalid_choice, invalid_boolean, not_a_number,
    out_of_range, invalid_date, date_order, invalid_postcode, invalid_code. Bad values are
    left at their default, so a caller may still search with the rest."""
    errors = _Errors()
    values: dict = {}

    text = _one(query, "q")
    if len(text) > MAX_TEXT:
        errors.add("q", "too_long")
        text = text[:MAX_TEXT].rstrip()  # a cut between two words must not end in a space
    values["q"] = text

    for name, allowed in (("lang", LANGUAGES), ("format", FORMATS), ("daypart", DAYPARTS)):
        value = _one(query, name).lower()
        if value and value not in allowed:
            errors.add(name, "invalid_choice")
        elif value:
            values[name] = value
    sort = _one(query, "sort").lower()
    if sort and sort not in SORTS:
        errors.add("sort", "invalid_choice")
    elif sort:
        values["sort"] = sort

    postcode = _one(query, "postcode")
    if postcode and not _POSTCODE.match(postcode):
        errors.add("postcode", "invalid_postcode")
    elif postcode:
        values["postcode"] = postcode
    municipality = _one(query, "municipality")
    if len(municipality) > 100:
        errors.add("municipality", "too_long")
    elif municipality:
        values["municipality"] = municipality

    for name, allowed, upper in (("level", LEVELS, True), ("type", TYPES, False)):
        chosen = [value.upper() if upper else value.lower() for value in _many(query, name)]
        if any(value not in allowed for value in chosen):
            errors.add(name, "invalid_choice")
        else:
            # Canonical order, so equal searches have equal URLs.
            values[PARAM_NAMES[name]] = tuple(value for value in allowed if value in chosen)

    radius = _one(query, "radius_km")
    if radius:
        try:
            number = float(radius.replace(",", "."))
        except ValueError:
            errors.add("radius_km", "not_a_number")
        else:
            if not 0 < number <= MAX_RADIUS_KM or number != number:
                errors.add("radius_km", "out_of_range")
            else:
                values["radius_km"] = number

    for name, low, high in (("weekday", 0, 6), ("page", 1, MAX_PAGE), ("page_size", 1, 100)):
        raw = _one(query, name)
        if not raw:
            continue
        if not re.fullmatch(r"-?[0-9]{1,6}", raw):
            errors.add(name, "not_a_number")
        elif not low <= int(raw) <= high:
            errors.add(name, "out_of_range")
        else:
            values[name] = int(raw)

    for name in (*BOOLEAN_FILTERS, "include_online"):
        raw = _one(query, name)
        if not raw:
            continue
        parsed = parse_boolean(raw)
        if parsed is None:
            errors.add(name, "invalid_boolean")
        else:
            values[name] = parsed

    support = _one(query, "support_language").lower()
    if support and not _LANGUAGE_CODE.match(support):
        errors.add("support_language", "invalid_code")
    elif support:
        values["support_language"] = support
    for name in ("target_group", "theme"):
        slug = _one(query, name).lower()
        if slug and not _SLUG.match(slug):
            errors.add(name, "invalid_code")
        elif slug:
            values[name] = slug

    for name in ("date_from", "date_to"):
        raw = _one(query, name)
        if not raw:
            continue
        try:
            if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", raw):
                raise ValueError(raw)
            values[name] = date.fromisoformat(raw)
        except ValueError:
            errors.add(name, "invalid_date")
    if (
        values.get("date_from")
        and values.get("date_to")
        and values["date_to"] < values["date_from"]
    ):
        errors.add("date_to", "date_order")
        values.pop("date_to")

    return OfferSearchParams(**values), dict(errors)


def to_query_string(params: OfferSearchParams) -> str:
    """The canonical query string: only values that differ from the defaults, in field order,
    repeated `level`/`type`; parse_params(to_query_string(p)) gives p back."""
    defaults = OfferSearchParams()
    pairs: list[tuple[str, str]] = []
    for spec in fields(OfferSearchParams):
        value = getattr(params, spec.name)
        if value == getattr(defaults, spec.name):
            continue
        name = FIELD_PARAMS.get(spec.name, spec.name)
        if isinstance(value, tuple):
            pairs.extend((name, item) for item in value)
        elif isinstance(value, bool):
            pairs.append((name, "1" if value else "0"))
        elif isinstance(value, float):
            # Short where that is exact ("25"), else every digit: the URL must give it back.
            short = f"{value:g}"
            pairs.append((name, short if float(short) == value else repr(value)))
        elif isinstance(value, date):
            pairs.append((name, value.isoformat()))
        else:
            pairs.append((name, str(value)))
    return urlencode(pairs)
