"""`manage.py import_interpreters FILE [--dry-run] [--language xx]`: load the register."""

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal.importing import ImportCommand
from taalhulp.register.importing import interpreters_import, rows_for


class Command(ImportCommand):
    help = _(
        "Import certified interpreters from a CSV (.csv) or JSON Lines (.jsonl) file "
        "(docs/interpreter-register-format.md). An entry is found again by its certificate "
        "number. Lines with errors are skipped and reported as 'line N: field: message (code)'."
    )
    file_help = gettext_lazy('The file to import, or "-" for standard input.')

    def run_import(self, stream, path, *, dry_run, progress, on_rejection):
        with transaction.atomic():
            return interpreters_import(
                rows_for(stream, path),
                dry_run=dry_run,
                progress=progress,
                on_rejection=on_rejection,
            )
