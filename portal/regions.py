"""Reference regions from the shipped table, and the editors' import of target-group figures."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from portal.import_rows import FieldError, rows_from_csv
from portal.importing import ImportReport, Rejection
from portal.models import Municipality, ReferenceRegion, TargetGroupFigure

COLUMNS = ("municipality", "group", "date", "count")
MAX_COUNT = 10_000_000


def load_reference_regions(path: Path) -> int:
    """(Re)build the regions and their municipalities from the CSV; returns the region count."""
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    known = set(Municipality.objects.values_list("nis", flat=True))
    members: dict[str, list[str]] = {}
    names: dict[str, str] = {}
    for row in rows:
        names[row["region_code"]] = row["region_name"]
        nis_codes = members.setdefault(row["region_code"], [])
        if row["nis"] in known:
            nis_codes.append(row["nis"])
    for code, nis_codes in members.items():
        region, _created = ReferenceRegion.objects.update_or_create(
            code=code, defaults={"name": names[code]}
        )
        region.municipalities.set(nis_codes)
    return len(members)


def _message(error: FieldError) -> str:
    messages = {
        "too_many_columns": _("This line has more cells than the header."),
        "required": _("Fill in this column."),
        "unknown_municipality": _(
            "We do not know this municipality. Use its NIS code (e.g. 44021) or its Dutch name "
            "after the 2025 mergers."
        ),
        "invalid_group": _("Use one of these target groups: %(choices)s.")
        % {"choices": ", ".join(TargetGroupFigure.Group.values)},
        "invalid_date": _("Write the date as YYYY-MM-DD, for example 2025-12-31."),
        "invalid_count": _("Write a whole number of people, 0 or more, without dots or spaces."),
    }
    return messages.get(error.code, error.code)


def _municipality(text: str, cache: dict) -> Municipality | None:
    key = " ".join(text.split()).lower()
    if key not in cache:
        found = Municipality.objects.filter(
            Q(nis=key) | Q(name_nl__iexact=key) | Q(name_fr__iexact=key)
        ).first()
        cache[key] = found
    return cache[key]


def _check(row: dict, cache: dict) -> tuple[dict, list[FieldError]]:
    errors: list[FieldError] = []
    values: dict = {}
    for column in COLUMNS:
        if not (row.get(column) or "").strip():
            errors.append(FieldError(column, "required"))
    if errors:
        return values, errors
    municipality = _municipality(row["municipality"], cache)
    if municipality is None:
        errors.append(FieldError("municipality", "unknown_municipality"))
    values["municipality"] = municipality
    group = row["group"].strip().lower()
    if group not in TargetGroupFigure.Group.values:
        errors.append(FieldError("group", "invalid_group"))
    values["group"] = group
    try:
        values["reference_date"] = dt.date.fromisoformat(row["date"].strip())
    except ValueError:
        errors.append(FieldError("date", "invalid_date"))
    count = row["count"].strip()
    if not count.isdigit() or int(count) > MAX_COUNT:
        errors.append(FieldError("count", "invalid_count"))
    else:
        values["count"] = int(count)
    return values, errors


def _shape(row: dict) -> dict:
    return {(key or "").strip().lower(): (value or "") for key, value in row.items() if key}


def import_target_groups(
    text: str, *, dry_run: bool, on_rejection: Callable[[Rejection], None] | None = None
) -> ImportReport:
    """Import `municipality,group,date,count` lines; every bad line is reported with its number
    and nothing of it is saved. A dry run checks the whole file and saves nothing."""
    report = ImportReport(dry_run=dry_run)
    cache: dict = {}
    with transaction.atomic():
        for number, row, problem in rows_from_csv(text.lstrip("\ufeff"), _shape):
            report.lines += 1
            if problem is not None:
                errors = [problem]
            else:
                values, errors = _check(row, cache)
            if errors:
                problems = [(error.field, error.code, _message(error)) for error in errors]
                report.reject(number, problems, on_rejection)
                continue
            current = TargetGroupFigure.objects.filter(
                municipality=values["municipality"],
                group=values["group"],
                reference_date=values["reference_date"],
            ).first()
            if current is None:
                report.created += 1
                if not dry_run:
                    TargetGroupFigure.objects.create(**values)
            elif current.count == values["count"]:
                report.unchanged += 1
            else:
                report.updated += 1
                if not dry_run:
                    current.count = values["count"]
                    current.save(update_fields=["count", "updated_at"])
    return report


def latest_figures(nis_codes=None) -> dict[str, dict[str, int]]:
    """{nis: {group: count}} from each municipality's most recent figure per group."""
    figures = TargetGroupFigure.objects.order_by("municipality_id", "group", "-reference_date")
    if nis_codes is not None:
        figures = figures.filter(municipality_id__in=list(nis_codes))
    found: dict[str, dict[str, int]] = {}
    for nis, group, count in figures.values_list("municipality_id", "group", "count"):
        found.setdefault(nis, {}).setdefault(group, count)
    return found
