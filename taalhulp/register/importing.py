"""Import the register from CSV or JSON Lines: idempotent by certificate number, per-line report."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO

from django.db import transaction
from django.utils.translation import gettext as _

from portal.importing import (
    PROGRESS_EVERY,
    ImportCannotRun,
    ImportReport,
    OversizedLine,
    Rejection,
    lines_from_stream,
)
from taalhulp.register.models import Interpreter
from taalhulp.register.records import (
    KINDS,
    PUBLIC_FIELDS,
    FieldError,
    InterpreterRecord,
    looks_like_jsonl,
    parse_row,
    rows_from_csv,
    rows_from_jsonl,
)
from taalhulp.register.vocabulary import AREA_CODES, LANGUAGE_CODES

MAX_LINE_BYTES = 64 * 1024  # one entry is far smaller; a longer line is skipped unread
SAVED_FIELDS = (
    "name", "languages", "kind", "areas", "remote", "on_site", "email", "phone", "website",
    "valid_from", "valid_until", "public_fields", "hidden",
)  # fmt: skip


def error_message(error: FieldError) -> str:
    """What is wrong and how to fix it, in the report's language."""
    params = dict(error.params)
    messages = {
        "invalid_json": _("This line is not valid JSON (%(reason)s). Write one {...} per line."),
        "not_an_object": _("Each line must be one JSON object: {...}."),
        "too_many_columns": _("This row has more columns than the header. Check the commas."),
        "oversized": _("This line is too long (%(size)s bytes). One entry fits in 64 KB."),
        "not_utf8": _("This line is not UTF-8 text. Save the file as UTF-8."),
        "required": _("This field is required. Fill it in."),
        "not_text": _("This must be text."),
        "too_long": _("This is too long: at most %(limit)s characters."),
        "bad_number": _("Use only letters, digits, dots, slashes and dashes, e.g. ST-2023-0412."),
        "not_a_list": _('Give a list of codes, e.g. ["ar", "fr"], or ar;fr in a CSV file.'),
        "unknown_value": _("Unknown value “%(values)s”. Use the codes in the format guide."),
        "not_a_flag": _("Write true or false."),
        "no_way_of_working": _("Set remote or on_site (or both) to true."),
        "on_site_needs_area": _("Someone who works on site needs at least one area in areas."),
        "bad_email": _("This is not an e-mail address. Write it as name@example.org."),
        "bad_phone": _("This is not a phone number. Use digits, e.g. +32 2 123 45 67."),
        "bad_url": _("This is not a web address. Start it with https://."),
        "not_a_date": _("This is not a date. Write it as YYYY-MM-DD, e.g. 2025-03-01."),
        "ends_before_start": _("The certificate ends before it starts. Check both dates."),
        "duplicate": _("The same certificate number was already on line %(line)s. Keep one."),
        "not_saved": _("The entry could not be saved: %(reason)s"),
    }
    return messages.get(error.code, error.code) % params


def choices_hint() -> dict[str, str]:
    """The codes each list field accepts (for the command's help and the format guide test)."""
    return {
        "languages": ", ".join(sorted(LANGUAGE_CODES)),
        "areas": ", ".join(sorted(AREA_CODES)),
        "kind": ", ".join(KINDS),
        "public": ", ".join(PUBLIC_FIELDS),
    }


def _jsonl_rows(stream: BinaryIO) -> Iterator[tuple[int, dict | None, FieldError | None]]:
    for number, line in enumerate(lines_from_stream(stream, MAX_LINE_BYTES), start=1):
        if isinstance(line, OversizedLine):
            yield number, None, FieldError("", "oversized", {"size": line.size})
            continue
        try:
            text = line.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            yield number, None, FieldError("", "not_utf8")
            continue
        for _number, row, problem in rows_from_jsonl([text]):
            yield number, row, problem


def rows_for(stream: BinaryIO, path: str):
    """The file's rows: by its extension (.csv, .jsonl, .ndjson, .json), else by its first line."""
    name = path.lower()
    if name.endswith((".jsonl", ".ndjson", ".json")):
        return _jsonl_rows(stream)
    data = stream.read()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportCannotRun(
            _('The file "%(path)s" is not UTF-8 text. Save it as UTF-8 and try again.')
            % {"path": path}
        ) from error
    if not name.endswith(".csv") and looks_like_jsonl(text):
        return _jsonl_rows(io.BytesIO(data))
    return rows_from_csv(text)


def _wanted(record: InterpreterRecord) -> dict:
    values = {name: getattr(record, name) for name in SAVED_FIELDS}
    for name in ("languages", "areas", "public_fields"):
        values[name] = list(values[name])
    return values


def _current(entry: Interpreter) -> dict:
    return {name: getattr(entry, name) for name in SAVED_FIELDS}


def interpreters_import(
    rows: Iterable,
    *,
    dry_run: bool,
    progress: Callable[[ImportReport], None] | None = None,
    on_rejection: Callable[[Rejection], None] | None = None,
) -> ImportReport:
    """Check every row; unless `dry_run`, create or update the valid ones.

    An entry is found again by its certificate number, so a second run changes nothing."""
    report = ImportReport(dry_run=dry_run)
    existing = {entry.certificate_number: entry for entry in Interpreter.objects.all()}
    seen: dict[str, int] = {}

    def reject(number: int, errors: list[FieldError]) -> None:
        problems = [(error.field, error.code, error_message(error)) for error in errors]
        report.reject(number, problems, on_rejection)

    for number, row, problem in rows:
        report.lines += 1
        if progress and report.lines % PROGRESS_EVERY == 0:
            progress(report)
        if problem is not None:
            reject(number, [problem])
            continue
        record, errors = parse_row(row)
        if record is not None and record.certificate_number in seen:
            line = seen[record.certificate_number]
            errors = [FieldError("certificate_number", "duplicate", {"line": line})]
        if errors:
            reject(number, errors)
            continue
        seen[record.certificate_number] = number
        wanted = _wanted(record)
        entry = existing.get(record.certificate_number)
        if entry is not None and _current(entry) == wanted:
            report.unchanged += 1
            continue
        is_new = entry is None
        if not dry_run:
            entry = entry or Interpreter(certificate_number=record.certificate_number)
            for name, value in wanted.items():
                setattr(entry, name, value)
            try:
                with transaction.atomic():
                    entry.full_clean()
                    entry.save()
            except Exception as error:  # noqa: BLE001 - a line that cannot be saved is reported
                reject(number, [FieldError("", "not_saved", {"reason": str(error)[:200]})])
                continue
            existing[record.certificate_number] = entry
        if is_new:
            report.created += 1
        else:
            report.updated += 1
    if progress:
        progress(report)
    return report
