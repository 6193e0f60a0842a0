"""Import rulings (JSON Lines or CSV, docs/rulings-format.md): check, then create or update.

A ruling is found again by its ECLI, else by court and role number, so importing the same file
twice changes nothing the second time ("unchanged": no save, no revision). New and changed
rulings are published with a revision, like in the admin, and reach the case-law index through
the publish signal. A dry run checks and classifies every line but writes nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from django.db import transaction
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from portal.importing import PROGRESS_EVERY, ImportCannotRun, ImportReport, Rejection
from vreemdelingenrecht.models import CaseLawIndexPage, LegalTopicPage, RulingPage, Topic
from vreemdelingenrecht.ruling_records import (
    LANGUAGES,
    FieldError,
    RulingRecord,
    record_parse,
    rows_from_csv,
    rows_from_jsonl,
)
from vreemdelingenrecht.validators import ECLI_MESSAGES


class RulingImportError(ImportCannotRun):
    """The import cannot start (no case-law database page, unknown format)."""


def error_message(error: FieldError) -> str:
    params = dict(error.params)
    if "choices" in params:
        params["choices"] = ", ".join(params["choices"])
    if error.code.startswith("ecli_") and error.code[5:] in ECLI_MESSAGES:
        return str(ECLI_MESSAGES[error.code[5:]]) % params
    messages = {
        "invalid_json": _("This line is not valid JSON (%(reason)s)."),
        "not_an_object": _("Each line must be one JSON object: {...}."),
        "too_many_columns": _("This row has more columns than the header."),
        "ecli_or_role_number": _("Give the ECLI or the role number of the ruling."),
        "required": _("This field is required."),
        "unknown_choice": _("“%(value)s” is not allowed. Use one of: %(choices)s."),
        "invalid_date": _("“%(value)s” is not a date. Write it as YYYY-MM-DD, e.g. 2024-03-12."),
        "future_date": _("The date %(value)s is in the future."),
        "not_texts": _('Give texts per language, e.g. {"nl": "..."}.'),
        "not_text": _("This must be text."),
        "unknown_language": _("Unknown language. Use nl, en, fr, uk, ru or ar."),
        "too_long": _("This is too long: at most %(max)s characters."),
        "not_a_list": _("Give a list of codes."),
        "invalid_url": _("“%(value)s” is not a web address starting with http:// or https://."),
        "unknown_field": _("Unknown field: remove it or check the spelling."),
        "unknown_topic": _("Unknown topic code “%(value)s”. Add the topic in the admin first."),
        "unknown_page": _("No legal topic page with the slug “%(value)s”."),
        "duplicate": _("The same ruling was already on line %(line)s of this file."),
        "not_saved": _("The ruling could not be saved: %(reason)s"),
    }
    return messages.get(error.code, error.code) % params


def rows_for(path_name: str, text: str):
    """Rows of the file, by its extension: .jsonl/.ndjson/.json or .csv."""
    name = path_name.lower()
    if name.endswith(".csv"):
        return rows_from_csv(text)
    if name.endswith((".jsonl", ".ndjson", ".json")) or name == "-":
        return rows_from_jsonl(text.splitlines())
    raise RulingImportError(_("Unknown file type. Use a .jsonl file (JSON Lines) or a .csv file."))


def _values(record: RulingRecord, topics: dict, pages: dict) -> dict:
    values = {f"title_{code}": record.title.get(code, "") for code in LANGUAGES}
    values.update({f"intro_{code}": record.summary.get(code, "") for code in LANGUAGES})
    values.update(
        court=record.court, decision_date=record.date, outcome=record.outcome, ecli=record.ecli,
        role_number=record.role_number, source_url=record.url,
        topics=frozenset(topics[slug].pk for slug in record.topics),
        related_pages=frozenset(pages[slug].pk for slug in record.related_pages),
    )  # fmt: skip
    return values


def _current(page: RulingPage) -> dict:
    values = {f"title_{code}": getattr(page, f"title_{code}") or "" for code in LANGUAGES}
    values.update({f"intro_{code}": getattr(page, f"intro_{code}") or "" for code in LANGUAGES})
    for name in ("court", "decision_date", "outcome", "ecli", "role_number", "source_url"):
        values[name] = getattr(page, name)
    values["topics"] = frozenset(page.topics.values_list("pk", flat=True))
    values["related_pages"] = frozenset(page.related_pages.values_list("pk", flat=True))
    return values


def _slug(record: RulingRecord, taken: set[str]) -> str:
    base = slugify(record.ecli.replace(":", "-").replace(".", "-") or record.role_number)[:70]
    base = base or slugify(record.title["nl"])[:70] or "arrest"
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    taken.add(slug)
    return slug


def rulings_import(
    rows: Iterable,
    *,
    dry_run: bool,
    progress: Callable[[ImportReport], None] | None = None,
    on_rejection: Callable[[Rejection], None] | None = None,
) -> ImportReport:
    """Check every row; unless `dry_run`, create or update the valid ones and publish them.

    `progress(report)` is called every PROGRESS_EVERY lines and at the end."""
    index = CaseLawIndexPage.objects.first()
    if index is None and not dry_run:
        raise RulingImportError(
            _("There is no case-law database page. Create it in the admin first.")
        )
    report = ImportReport(dry_run=dry_run)
    today = timezone.localdate()
    topics = {topic.slug: topic for topic in Topic.objects.all()}
    pages = {page.slug_nl: page for page in LegalTopicPage.objects.all()}
    existing: dict[tuple, RulingPage] = {}
    for page in RulingPage.objects.all():
        key = ("ecli", page.ecli) if page.ecli else (page.court, page.role_number.casefold())
        existing[key] = page
    taken = set(index.get_children().values_list("slug", flat=True)) if index else set()
    seen: dict[tuple, int] = {}

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
        record, errors = record_parse(row, today=today)
        if record is not None:
            errors += [
                FieldError("topics", "unknown_topic", {"value": slug})
                for slug in record.topics
                if slug not in topics
            ]
            errors += [
                FieldError("related_pages", "unknown_page", {"value": slug})
                for slug in record.related_pages
                if slug not in pages
            ]
            if record.key in seen:
                errors.append(FieldError("", "duplicate", {"line": seen[record.key]}))
        if errors:
            reject(number, errors)
            continue
        seen[record.key] = number
        wanted = _values(record, topics, pages)
        page = existing.get(record.key)
        if page is not None and _current(page) == wanted:
            report.unchanged += 1
            continue
        is_new = page is None
        if not dry_run:
            try:
                with transaction.atomic():
                    existing[record.key] = _save(index, page, record, wanted, taken)
            except Exception as error:  # noqa: BLE001 - a line that cannot be saved is reported
                reject(number, [FieldError("", "not_saved", {"reason": str(error)[:200]})])
                continue
        if is_new:
            report.created += 1
        else:
            report.updated += 1
    if progress:
        progress(report)
    return report


def _save(index, page, record: RulingRecord, wanted: dict, taken: set[str]) -> RulingPage:
    """Create or update one ruling and publish it, as an editor would in the admin."""
    with translation.override("nl"):
        if page is None:
            page = RulingPage(slug=_slug(record, taken))
        for name, value in wanted.items():
            if name in ("topics", "related_pages"):
                continue
            translated = name.startswith(("title_", "intro_")) and not name.endswith("_nl")
            setattr(page, name, (value or None) if translated else value)
        page.title = wanted["title_nl"]
        page.intro = wanted["intro_nl"]
        if page.pk is None:
            index.add_child(instance=page)
        page.topics.set(sorted(wanted["topics"]))
        page.related_pages.set(sorted(wanted["related_pages"]))
        page.save_revision().publish()
    return page
