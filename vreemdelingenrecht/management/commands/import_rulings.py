"""`manage.py import_rulings FILE [--dry-run]`: load rulings from JSON Lines or CSV."""

import sys

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from vreemdelingenrecht.importing import RulingImportError, rows_for, rulings_import

# Exit codes: 0 every line was fine; 1 some lines were rejected; 2 the import could not run.
EXIT_REJECTED = 1
EXIT_USAGE = 2
BAR_WIDTH = 30


class Command(BaseCommand):
    help = _(
        "Import rulings from a JSON Lines (.jsonl) or CSV (.csv) file (docs/rulings-format.md). "
        "A ruling is found again by its ECLI, else by court and role number. Lines with errors "
        "are skipped and reported as 'line N: field: message'."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help=_('The file to import, or "-" for JSON Lines on stdin.'))
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help=_("Check every line and report what would change, but save nothing."),
        )

    def handle(self, *args, file, dry_run, verbosity, **options):
        text = self._read(file)
        rows = list(rows_for(file, text)) if self._known(file) else None
        self.total = len(rows)
        self.show_progress = verbosity >= 1 and self.total > 0
        try:
            with transaction.atomic():
                report = rulings_import(
                    rows, dry_run=dry_run, progress=self._progress if self.show_progress else None
                )
        except RulingImportError as error:
            raise CommandError(str(error), returncode=EXIT_USAGE) from error
        if self.show_progress:
            self.stderr.write("")
        for rejection in report.rejections:
            self.stdout.write(str(rejection))
        if dry_run:
            self.stdout.write(_("Dry run: nothing was saved."))
        self.stdout.write(
            _(
                "Summary: %(lines)d lines: %(created)d created, %(updated)d updated, "
                "%(unchanged)d unchanged, %(rejected)d rejected."
            )
            % vars(report)
        )
        if report.rejected:
            raise CommandError(
                ngettext(
                    "%(count)d line was rejected. Fix it and import the file again.",
                    "%(count)d lines were rejected. Fix them and import the file again.",
                    report.rejected,
                )
                % {"count": report.rejected},
                returncode=EXIT_REJECTED,
            )

    def _known(self, file: str) -> bool:
        try:
            rows_for(file, "")
        except RulingImportError as error:
            raise CommandError(str(error), returncode=EXIT_USAGE) from error
        return True

    def _read(self, path: str) -> str:
        try:
            if path == "-":
                return sys.stdin.read()
            with open(path, encoding="utf-8-sig") as stream:
                return stream.read()
        except OSError as error:
            raise CommandError(
                _('Cannot read the file "%(path)s": %(reason)s. Check the path and your rights.')
                % {"path": path, "reason": error.strerror or error},
                returncode=EXIT_USAGE,
            ) from error
        except UnicodeDecodeError as error:
            raise CommandError(
                _('The file "%(path)s" is not UTF-8 text. Save it as UTF-8 and try again.')
                % {"path": path},
                returncode=EXIT_USAGE,
            ) from error

    def _progress(self, report):
        done = min(report.lines, self.total)
        filled = BAR_WIDTH * done // self.total
        bar = "#" * filled + "." * (BAR_WIDTH - filled)
        self.stderr.write(f"\r[{bar}] {done}/{self.total}", ending="")
