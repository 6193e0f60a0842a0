"""One line of a rulings import file, checked and turned into a RulingRecord; pure, no Django.

The format is described in docs/rulings-format.md. Errors carry a stable code and the field
they concern; the import maps codes to messages in the user's language."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from portal import import_rows
from portal.import_rows import FieldError, rows_from_jsonl
from portal.vocabulary import SITE_LANGUAGES
from vreemdelingenrecht.citations import CitationError, parse_ecli

LANGUAGES = SITE_LANGUAGES
__all__ = ["FieldError", "RulingRecord", "record_parse", "rows_from_csv", "rows_from_jsonl"]
COURTS = ("rvv", "rvs", "gwh", "cass", "labour", "appeal", "first", "cjeu", "ecthr")
OUTCOMES = (
    "annulled", "rejected", "suspended", "granted", "partly", "preliminary", "violation",
    "no_violation",
)  # fmt: skip
MAX_TITLE, MAX_SUMMARY, MAX_ROLE = 255, 5000, 64
_URL = re.compile(r"https?://[^\s/$.?#][^\s]*", re.IGNORECASE)


@dataclass(frozen=True)
class RulingRecord:
    court: str
    date: dt.date
    outcome: str
    title: dict[str, str]
    summary: dict[str, str]
    ecli: str = ""
    role_number: str = ""
    topics: tuple[str, ...] = ()
    related_pages: tuple[str, ...] = ()
    url: str = ""

    @property
    def key(self) -> tuple[str, str]:
        """What identifies the ruling: its ECLI, else its court and role number."""
        return ("ecli", self.ecli) if self.ecli else (self.court, self.role_number.casefold())


def _ruling_columns(row: dict) -> dict:
    """`title_nl`, `summary_en`, ... columns into language dicts; `topics` and
    `related_pages` separated by semicolons."""
    out: dict = {"title": {}, "summary": {}}
    for name, value in row.items():
        value = (value or "").strip()
        prefix, _sep, language = name.partition("_")
        if prefix in ("title", "summary") and language in LANGUAGES:
            if value:
                out[prefix][language] = value
        elif name in ("topics", "related_pages"):
            out[name] = [part.strip() for part in value.split(";") if part.strip()]
        else:
            out[name] = value
    return out


def rows_from_csv(text: str) -> Iterator[tuple[int, dict | None, FieldError | None]]:
    """CSV with a header row (line 1); language columns become dicts (see _ruling_columns)."""
    return import_rows.rows_from_csv(text, _ruling_columns)


def _texts(row: dict, name: str, errors: list, *, required: bool, limit: int) -> dict[str, str]:
    value = row.get(name) or {}
    if isinstance(value, str):
        value = {"nl": value}
    if not isinstance(value, dict):
        errors.append(FieldError(name, "not_texts"))
        return {}
    texts = {}
    for language, text in value.items():
        if language not in LANGUAGES:
            errors.append(FieldError(f"{name}.{language}", "unknown_language"))
        elif not isinstance(text, str):
            errors.append(FieldError(f"{name}.{language}", "not_text"))
        elif len(text.strip()) > limit:
            errors.append(FieldError(f"{name}.{language}", "too_long", {"max": limit}))
        elif text.strip():
            texts[language] = " ".join(text.split())
    if required and "nl" not in texts:
        errors.append(FieldError(f"{name}.nl", "required"))
    return texts


def _slugs(row: dict, name: str, errors: list) -> tuple[str, ...]:
    value = row.get(name) or []
    if isinstance(value, str):
        value = [part.strip() for part in value.split(";") if part.strip()]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        errors.append(FieldError(name, "not_a_list"))
        return ()
    return tuple(sorted({item.strip() for item in value if item.strip()}))


def record_parse(row: dict, *, today: dt.date) -> tuple[RulingRecord | None, list[FieldError]]:
    errors: list[FieldError] = []
    ecli = str(row.get("ecli") or "").strip()
    if ecli:
        try:
            ecli = str(parse_ecli(ecli, max_year=today.year))
        except CitationError as error:
            errors.append(FieldError("ecli", f"ecli_{error.code}", {"value": error.value}))
    role = " ".join(str(row.get("role_number") or "").split())
    if len(role) > MAX_ROLE:
        errors.append(FieldError("role_number", "too_long", {"max": MAX_ROLE}))
    if not ecli and not role and not any(e.field == "ecli" for e in errors):
        errors.append(FieldError("ecli", "ecli_or_role_number"))
    court = str(row.get("court") or "").strip().lower()
    if not court:
        errors.append(FieldError("court", "required"))
    elif court not in COURTS:
        errors.append(FieldError("court", "unknown_choice", {"value": court, "choices": COURTS}))
    outcome = str(row.get("outcome") or "").strip().lower()
    if not outcome:
        errors.append(FieldError("outcome", "required"))
    elif outcome not in OUTCOMES:
        errors.append(
            FieldError("outcome", "unknown_choice", {"value": outcome, "choices": OUTCOMES})
        )
    day = None
    date_text = str(row.get("date") or "").strip()
    if not date_text:
        errors.append(FieldError("date", "required"))
    else:
        try:
            day = dt.date.fromisoformat(date_text)
        except ValueError:
            errors.append(FieldError("date", "invalid_date", {"value": date_text}))
        else:
            if day > today:
                errors.append(FieldError("date", "future_date", {"value": date_text}))
    title = _texts(row, "title", errors, required=True, limit=MAX_TITLE)
    summary = _texts(row, "summary", errors, required=False, limit=MAX_SUMMARY)
    topics = _slugs(row, "topics", errors)
    related = _slugs(row, "related_pages", errors)
    url = str(row.get("url") or "").strip()
    if url and not _URL.fullmatch(url):
        errors.append(FieldError("url", "invalid_url", {"value": url[:80]}))
    unknown = sorted(set(row) - {"ecli", "role_number", "court", "outcome", "date", "title",
                                 "summary", "topics", "related_pages", "url"})  # fmt: skip
    for name in unknown:
        errors.append(FieldError(name, "unknown_field"))
    if errors:
        return None, errors
    record = RulingRecord(
        court=court, date=day, outcome=outcome, title=title, summary=summary, ecli=ecli,
        role_number=role, topics=topics, related_pages=related, url=url,
    )  # fmt: skip
    return record, []
