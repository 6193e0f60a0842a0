"""One line of an interpreter import file, checked and turned into a record; pure, no Django.

The format is in docs/interpreter-register-format.md. Errors carry a stable code and the field
they concern; the import turns codes into messages in the report's language."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from portal.import_rows import FieldError, rows_from_csv, rows_from_jsonl
from taalhulp.register.vocabulary import AREA_CODES, LANGUAGE_CODES

KINDS = ("interpreter", "translator", "both")
PUBLIC_FIELDS = ("name", "email", "phone", "website")  # contact details shown only when public
MAX_NAME, MAX_NUMBER, MAX_PHONE, MAX_URL = 200, 30, 30, 300
_NUMBER = re.compile(r"[A-Za-z0-9][A-Za-z0-9./-]*")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_PHONE = re.compile(r"\+?[0-9 ./()-]{6,}")
_URL = re.compile(r"https?://[^\s/$.?#][^\s]*", re.IGNORECASE)
_TRUE, _FALSE = {"true", "yes", "ja", "1"}, {"false", "no", "nee", "0", ""}
__all__ = ["FieldError", "InterpreterRecord", "parse_row", "rows_from_csv", "rows_from_jsonl"]


@dataclass(frozen=True)
class InterpreterRecord:
    certificate_number: str
    name: str
    languages: tuple[str, ...]
    kind: str
    areas: tuple[str, ...]
    remote: bool
    on_site: bool
    valid_from: dt.date
    valid_until: dt.date
    email: str = ""
    phone: str = ""
    website: str = ""
    public_fields: tuple[str, ...] = ()
    hidden: bool = False


def looks_like_jsonl(text: str) -> bool:
    """A file without a known extension: JSON Lines when its first non-blank line is an object."""
    for line in text.splitlines():
        if line.strip():
            return line.lstrip().startswith("{")
    return False


def _text(row: dict, name: str, errors: list, *, required=False, limit=MAX_NAME) -> str:
    value = row.get(name)
    if value is None:
        value = ""
    if not isinstance(value, str):
        errors.append(FieldError(name, "not_text"))
        return ""
    value = value.strip()
    if required and not value:
        errors.append(FieldError(name, "required"))
    elif len(value) > limit:
        errors.append(FieldError(name, "too_long", {"limit": limit}))
    return value


def _list(row: dict, name: str, errors: list) -> list[str]:
    value = row.get(name)
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [part.strip() for part in value.split(";") if part.strip()]
    if isinstance(value, list) and all(isinstance(part, str) for part in value):
        return [part.strip() for part in value if part.strip()]
    errors.append(FieldError(name, "not_a_list"))
    return []


def _choices(row: dict, name: str, allowed, errors: list, *, required=False) -> tuple:
    values = _list(row, name, errors)
    unknown = [value for value in values if value not in allowed]
    if unknown:
        errors.append(FieldError(name, "unknown_value", {"values": ", ".join(unknown)}))
    elif required and not values:
        errors.append(FieldError(name, "required"))
    return tuple(dict.fromkeys(values))  # keep the order, drop repeats


def _flag(row: dict, name: str, errors: list) -> bool:
    value = row.get(name, False)
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    errors.append(FieldError(name, "not_a_flag"))
    return False


def _date(row: dict, name: str, errors: list) -> dt.date | None:
    value = row.get(name)
    if not isinstance(value, str) or not value.strip():
        errors.append(FieldError(name, "required"))
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        errors.append(FieldError(name, "not_a_date"))
        return None


def parse_row(row: dict) -> tuple[InterpreterRecord | None, list[FieldError]]:
    """The record of one line, or None and every problem found in it."""
    errors: list[FieldError] = []
    number = _text(row, "certificate_number", errors, required=True, limit=MAX_NUMBER)
    if number and len(number) <= MAX_NUMBER and not _NUMBER.fullmatch(number):
        errors.append(FieldError("certificate_number", "bad_number"))
    name = _text(row, "name", errors, required=True)
    languages = _choices(row, "languages", LANGUAGE_CODES, errors, required=True)
    kind = _text(row, "kind", errors, required=True, limit=20)
    if kind and kind not in KINDS:
        errors.append(FieldError("kind", "unknown_value", {"values": kind}))
    areas = _choices(row, "areas", AREA_CODES, errors)
    remote = _flag(row, "remote", errors)
    on_site = _flag(row, "on_site", errors)
    if not (remote or on_site) and not any(e.field in ("remote", "on_site") for e in errors):
        errors.append(FieldError("on_site", "no_way_of_working"))
    if on_site and not areas and not any(e.field == "areas" for e in errors):
        errors.append(FieldError("areas", "on_site_needs_area"))
    email = _text(row, "email", errors, limit=254)
    if email and not _EMAIL.fullmatch(email):
        errors.append(FieldError("email", "bad_email"))
    phone = _text(row, "phone", errors, limit=MAX_PHONE)
    if phone and not _PHONE.fullmatch(phone):
        errors.append(FieldError("phone", "bad_phone"))
    website = _text(row, "website", errors, limit=MAX_URL)
    if website and not _URL.fullmatch(website):
        errors.append(FieldError("website", "bad_url"))
    valid_from = _date(row, "valid_from", errors)
    valid_until = _date(row, "valid_until", errors)
    if valid_from and valid_until and valid_until < valid_from:
        errors.append(FieldError("valid_until", "ends_before_start"))
    public = _choices(row, "public", PUBLIC_FIELDS, errors)
    hidden = _flag(row, "hidden", errors)
    if errors:
        return None, errors
    return (
        InterpreterRecord(
            certificate_number=number.upper(),
            name=name,
            languages=languages,
            kind=kind,
            areas=areas,
            remote=remote,
            on_site=on_site,
            valid_from=valid_from,
            valid_until=valid_until,
            email=email.lower(),
            phone=phone,
            website=website,
            public_fields=public,
            hidden=hidden,
        ),
        [],
    )
