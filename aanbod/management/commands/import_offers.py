"""`manage.py import_offers FILE [--dry-run] [--language xx]`: load offers from JSON Lines."""

from django.utils.translation import gettext as _

from aanbod.interchange.format import MAX_LINE_BYTES
from aanbod.interchange.importing import offers_import
from portal.importing import ImportCommand, lines_from_stream


class Command(ImportCommand):
    help = _(
        "Import offers from a JSON Lines file in the offer format (docs/offer-format.md). "
        "Lines with errors are skipped and reported as 'line N: field: message (code)'. "
        "Exit code 0: all lines fine; 1: some lines rejected; 2: the import could not run."
    )

    def run_import(self, stream, path, *, dry_run, progress, on_rejection):
        return offers_import(
            lines_from_stream(stream, MAX_LINE_BYTES),
            dry_run=dry_run,
            progress=progress,
            on_rejection=on_rejection,
        )
