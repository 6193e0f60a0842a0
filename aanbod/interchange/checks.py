"""Generic field checks for decoded JSON that collect FieldErrors instead of raising."""

# format.py holds the offer contract; this module knows nothing about offers, only how to
# check one JSON value at a dotted path and report a stable code with JSON-serialisable params.

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

from aanbod.interchange.messages import render_message
from aanbod.schedule import ScheduleError
from portal.vocabulary import ISO_639_1

# NUL, other C0 controls (tab, newline and carriage return are fine), DEL and lone surrogates.
# PostgreSQL cannot store NUL, and surrogates cannot be encoded as UTF-8.
FORBIDDEN_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
# A tag: "<b>", "<br/>", "<img src=x>" and also "<svg/onload=...>" (a slash may separate).
HTML_TAG_RE = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:[\s/][^<>]*)?>")
PHONE_RE = re.compile(r"\+?[0-9][0-9 ./()-]*")


@dataclasses.dataclass(frozen=True)
class FieldError:
    """One problem: dotted `field` ("" = the whole line), stable `code`, English `message`."""

    field: str
    code: str
    message: str
    params: dict = dataclasses.field(default_factory=dict)
    line: int | None = None


def error(path: str, code: str, **params: Any) -> FieldError:
    # Tuples become lists so params stay JSON-serialisable for the import report.
    params = {key: list(val) if isinstance(val, tuple) else val for key, val in params.items()}
    return FieldError(path, code, render_message(code, path, params), params)


class Checker:
    """Collects FieldErrors. Each check returns the parsed value, or None when the value is
    absent or invalid; callers build a record only when `errors` is empty, so None never leaks."""

    def __init__(self):
        self.errors: list[FieldError] = []

    def add(self, path: str, code: str, **params: Any) -> None:
        self.errors.append(error(path, code, **params))

    def wrong_type(self, value: Any, path: str, expected: str) -> None:
        self.add(path, "type", expected=expected, actual=kind(value))

    def call(self, func: Callable, value: Any, path: str) -> Any:
        """Run a schedule parser or validator, reporting its ScheduleError at `path`."""
        try:
            return func(value, path)
        except ScheduleError as exc:
            return self.add(path, exc.code, **exc.params)

    def object(
        self, value: Any, path: str, required: tuple[str, ...], optional: tuple[str, ...]
    ) -> dict:
        """Check type, unknown, repeated and missing keys; {} stands in for a non-object."""
        if not isinstance(value, dict):
            self.wrong_type(value, path, "object")
            return {}
        self.duplicate_keys(value, path)
        for key in value:
            if key not in required and key not in optional:
                self.add(join(path, excerpt(str(key))), "unknown_field")
        for key in required:
            if value.get(key) is None:  # null counts as missing
                self.add(join(path, key), "required")
        return value

    def duplicate_keys(self, value: dict, path: str) -> None:
        # Set by the JSON decoder's object hook; a plain dict cannot repeat keys.
        for key in getattr(value, "duplicate_keys", ()):
            self.add(join(path, key), "duplicate_key")

    def string(self, value: Any, path: str, max_length: int) -> str | None:
        """A non-blank string, stripped, free of forbidden characters."""
        if value is None:
            return None
        if not isinstance(value, str):
            return self.wrong_type(value, path, "string")
        text = value.strip()
        if not text:
            return self.add(path, "blank")
        # U+FFFD is what a decoder leaves for bytes it could not read: the file was not UTF-8.
        if "\ufffd" in text:
            return self.add(path, "bad_encoding")
        if bad := FORBIDDEN_RE.search(text):
            return self.add(path, "invalid_character", codepoint=f"U+{ord(bad.group()):04X}")
        if len(text) > max_length:
            return self.add(path, "too_long", max=max_length, length=len(text))
        return text

    def plain_text(self, value: Any, path: str, max_length: int) -> str | None:
        text = self.string(value, path, max_length)
        if text and (tag := HTML_TAG_RE.search(text)):
            return self.add(path, "html_not_allowed", tag=excerpt(tag.group()))
        return text

    def texts(
        self,
        value: Any,
        path: str,
        *,
        languages: tuple[str, ...],
        main_language: str,
        max_length: int,
        required: bool,
    ) -> dict[str, str] | None:
        """A language -> plain text object. Any text at all needs `main_language`; {} is None."""
        if value is None:
            return None
        if not isinstance(value, dict):
            return self.wrong_type(value, path, "object")
        self.duplicate_keys(value, path)
        texts = {}
        for key, item in value.items():
            if key not in languages:
                self.add(join(path, excerpt(str(key))), "unknown_language", allowed=languages)
            elif item is not None:
                texts[key] = self.plain_text(item, join(path, key), max_length)
        given = any(item is not None for item in value.values())
        if value.get(main_language) is None and (required or given):
            return self.add(join(path, main_language), "required")
        return texts or None

    def boolean(self, value: Any, path: str) -> bool:
        if value is None:
            return False
        if not isinstance(value, bool):
            self.wrong_type(value, path, "boolean")
        return value is True

    def number(
        self, value: Any, path: str, *, low: float, high: float, decimals: int | None = None
    ) -> Decimal | None:
        if value is None:
            return None
        # bool is an int subclass in Python, but `true` is not a number in JSON.
        if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
            return self.wrong_type(value, path, "number")
        number = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
        if not number.is_finite() or not low <= number <= high:
            return self.add(path, "out_of_range", value=excerpt(str(value)), min=low, max=high)
        if decimals is not None and number != number.quantize(Decimal(1).scaleb(-decimals)):
            return self.add(path, "too_many_decimals", max_decimals=decimals)
        return number

    def integer(self, value: Any, path: str) -> int | None:
        if value is None:
            return None
        if not is_integer(value):
            return self.wrong_type(value, path, "integer")
        return int(value)

    def choice(self, value: Any, path: str, allowed: tuple[str, ...]) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str):
            return self.wrong_type(value, path, "string")
        if value not in allowed:
            return self.add(path, "invalid_choice", value=excerpt(value), allowed=allowed)
        return value

    def pattern(
        self, value: Any, path: str, regex: re.Pattern, code: str, max_length: int = 200
    ) -> str | None:
        """A string that fully matches `regex`, else `code` (no stripping: codes are exact)."""
        if value is None:
            return None
        if not isinstance(value, str):
            return self.wrong_type(value, path, "string")
        if len(value) > max_length or not regex.fullmatch(value):
            return self.add(path, code, value=excerpt(value))
        return value

    def language_code(self, value: Any, path: str) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str):
            return self.wrong_type(value, path, "string")
        if value not in ISO_639_1:
            return self.add(path, "invalid_language_code", value=excerpt(value))
        return value

    def phone(self, value: Any, path: str, max_length: int) -> str | None:
        phone = self.pattern(value, path, PHONE_RE, "invalid_phone", max_length)
        # 3 digits for short numbers like 112 or 1700; E.164 allows at most 15.
        if phone and not 3 <= sum(char.isdigit() for char in phone) <= 15:
            return self.add(path, "invalid_phone", value=excerpt(phone))
        return phone

    def url(self, value: Any, path: str, max_length: int) -> str | None:
        url = self.string(value, path, max_length)
        if url is None:
            return None
        try:
            parts = urlsplit(url)
            valid = parts.scheme in ("http", "https") and bool(parts.hostname)
        except ValueError:  # e.g. a broken IPv6 host
            valid = False
        # Only http(s): a "javascript:" link on a public page would be an attack.
        if not valid or any(char.isspace() for char in url):
            return self.add(path, "invalid_url", value=excerpt(url))
        return url

    def iso_string(self, value: Any, path: str, parse: Callable) -> Any:
        """A date or time string, parsed by schedule.parse_date or schedule.parse_time."""
        if value is None:
            return None
        if not isinstance(value, str):
            return self.wrong_type(value, path, "string")
        return self.call(parse, value, path)

    def unique_list(
        self,
        value: Any,
        path: str,
        item_check: Callable[[Any, str], Any],
        *,
        max_items: int,
        item_type: str = "string",
    ) -> tuple:
        """Check each item with `item_check(item, path)`; report repeats and oversize lists."""
        if value is None:
            return ()
        if not isinstance(value, list):
            self.wrong_type(value, path, "array")
            return ()
        if len(value) > max_items:
            self.add(path, "too_many", max=max_items, count=len(value))
            return ()  # don't report thousands of item errors as well
        seen: list = []
        for index, item in enumerate(value):
            item_path = f"{path}[{index}]"
            if item is None:
                self.wrong_type(item, item_path, item_type)
            elif (parsed := item_check(item, item_path)) in seen:
                self.add(item_path, "duplicate", value=excerpt(str(item)))
            elif parsed is not None:
                seen.append(parsed)
        return tuple(seen)


def is_integer(value: Any) -> bool:
    """As in JSON Schema, 2.0 is an integer; bool (an int subclass in Python) is not."""
    if isinstance(value, bool):
        return False
    if isinstance(value, Decimal):
        return value.is_finite() and value == value.to_integral_value()
    if isinstance(value, float):
        return value.is_integer()
    return isinstance(value, int)


def kind(value: Any) -> str:
    """The JSON type name of a decoded value, for "type" errors."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float | Decimal):
        return "number"
    for json_type, name in ((str, "string"), (list, "array"), (dict, "object")):
        if isinstance(value, json_type):
            return name
    return type(value).__name__


def join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def excerpt(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
