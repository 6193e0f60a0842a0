"""Rows of an import file (JSON Lines or CSV) with line numbers and line errors; pure, no Django.

Every importer reads lines through here, then checks each row's fields itself. Errors carry a
stable code and the field they concern; the importer turns codes into messages in the user's
language."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

Row = tuple[int, "dict | None", "FieldError | None"]


@dataclass(frozen=True)
class FieldError:
    field: str  # "" for the whole line
    code: str
    params: dict = field(default_factory=dict)


def rows_from_jsonl(lines: Iterable[str]) -> Iterator[Row]:
    """(line number, object or None, error or None) for each non-blank line."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            yield number, None, FieldError("", "invalid_json", {"reason": error.msg})
            continue
        if not isinstance(row, dict):
            yield number, None, FieldError("", "not_an_object")
            continue
        yield number, row, None


def _stripped(row: dict) -> dict:
    return {key.strip(): value for key, value in row.items() if key}


def rows_from_csv(text: str, shape: Callable[[dict], dict] = _stripped) -> Iterator[Row]:
    """CSV with a header row; line numbers count the header as line 1. Blank lines are
    skipped; `shape` turns the column dict into the row an importer checks."""
    reader = csv.DictReader(io.StringIO(text))
    for row in reader:
        number = reader.line_num
        if not any((value or "").strip() for value in row.values() if isinstance(value, str)):
            continue
        if None in row:
            yield number, None, FieldError("", "too_many_columns")
            continue
        yield number, shape(row), None
