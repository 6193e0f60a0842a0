"""`manage.py import_rulings FILE [--dry-run] [--language xx]`: load rulings (JSON Lines, CSV)."""

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal.importing import ImportCannotRun, ImportCommand
from vreemdelingenrecht.importing import rows_for, rulings_import


class Command(ImportCommand):
    help = _(
        "Import rulings from a JSON Lines (.jsonl) or CSV (.csv) file (docs/rulings-format.md). "
        "A ruling is found again by its ECLI, else by court and role number. Lines with errors "
        "are skipped and reported as 'line N: field: message (code)'."
    )
    file_help = gettext_lazy('The file to import, or "-" for JSON Lines on stdin.')

    def check_file(self, path):
        rows_for(path, "")  # an unknown file type raises RulingImportError

    def run_import(self, stream, path, *, dry_run, progress, on_rejection):
        try:
            text = stream.read().decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise ImportCannotRun(
                _('The file "%(path)s" is not UTF-8 text. Save it as UTF-8 and try again.')
                % {"path": path}
            ) from error
        with transaction.atomic():
            return rulings_import(
                rows_for(path, text),
                dry_run=dry_run,
                progress=progress,
                on_rejection=on_rejection,
            )
