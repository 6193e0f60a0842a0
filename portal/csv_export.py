"""The one CSV writer of every export: no cell can run as a formula in a spreadsheet."""

from __future__ import annotations

import csv

from wagtail.admin.views.mixins import Echo, SpreadsheetExportMixin

# A spreadsheet runs a cell that starts with one of these as a formula (OWASP, CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """The value, with an apostrophe in front when it is text that starts a formula: the
    spreadsheet shows it as text. Numbers and empty cells stay as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class _SafeWriter:
    """csv.writer with every cell made safe and quoted. Quoted, because Dutch and French
    spreadsheets split on ";", and an unquoted "Jan;=1+1" would become two cells."""

    def __init__(self, file, **options):
        options.setdefault("quoting", csv.QUOTE_ALL)
        self._writer = csv.writer(file, **options)
        self.dialect = self._writer.dialect

    def writerow(self, row):
        return self._writer.writerow([safe_cell(value) for value in row])

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(file, **options) -> _SafeWriter:
    """Like csv.writer(file), for exports that people open in a spreadsheet."""
    return _SafeWriter(file, **options)


class DictWriter(csv.DictWriter):
    """Like csv.DictWriter, with every cell made safe and quoted."""

    def __init__(self, file, fieldnames, **options):
        options.setdefault("quoting", csv.QUOTE_ALL)
        super().__init__(file, fieldnames, **options)

    def writerow(self, rowdict):
        return super().writerow({key: safe_cell(value) for key, value in rowdict.items()})

    def writerows(self, rowdicts):
        # csv.DictWriter.writerows skips writerow: each row goes through ours.
        for rowdict in rowdicts:
            self.writerow(rowdict)


def protect_wagtail_exports() -> None:
    """Wagtail's own CSV exports (reports such as site history and aging pages, form
    submissions, redirects) write with csv.DictWriter: make them use ours. Wagtail offers no
    setting for this, so its one CSV method is replaced once, when the portal app is ready."""
    if getattr(SpreadsheetExportMixin.stream_csv, "safe_cells", False):
        return

    def stream_csv(self, queryset):
        # Wagtail's stream_csv (wagtail/admin/views/mixins.py), with our DictWriter.
        out = DictWriter(Echo(), fieldnames=self.list_export)
        yield out.writerow({field: self.get_heading(queryset, field) for field in self.list_export})
        for item in queryset:
            yield self.write_csv_row(out, self.to_row_dict(item))

    stream_csv.safe_cells = True
    SpreadsheetExportMixin.stream_csv = stream_csv
