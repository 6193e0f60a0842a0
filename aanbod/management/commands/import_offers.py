"""`manage.py import_offers FILE [--dry-run]`: load partner offers from a JSON Lines file."""

import os
import sys
import time

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from aanbod.interchange.importing import OfferImportError, offers_import
from aanbod.interchange.lines import lines_from_stream

# Exit codes: 0 every line was fine; 1 one or more lines were rejected (also in a dry run, so a
# partner can check a file in a script); 2 the command could not run (bad arguments, unreadable
# file, no site to put the offers under).
EXIT_REJECTED = 1
EXIT_USAGE = 2


class Command(BaseCommand):
    help = _(
        "Import offers from a JSON Lines file in the offer format (docs/offer-format.md). "
        "Lines with errors are skipped and reported as 'line N: field: message (code)'. "
        "Exit code 0: all lines fine; 1: some lines rejected; 2: the import could not run."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help=_('The file to import, or "-" for standard input.'))
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help=_("Check every line and report what would change, but save nothing."),
        )

    def handle(self, *args, file, dry_run, verbosity, **options):
        stream = self._open(file)
        self.show_progress = verbosity >= 1 and self.stderr.isatty()
        self.started = time.monotonic()
        self.stream = stream
        try:
            report = offers_import(
                lines_from_stream(stream),
                dry_run=dry_run,
                progress=self._progress if self.show_progress or verbosity >= 2 else None,
                on_rejection=self._rejection,
            )
        except OfferImportError as exc:
            raise CommandError(str(exc), returncode=EXIT_USAGE) from exc
        finally:
            if stream is not sys.stdin.buffer:
                stream.close()
        self._clear_progress()
        if dry_run:
            self.stdout.write(_("Dry run: nothing was saved."))
        self.stdout.write(
            _(
                "%(lines)d lines: %(created)d created, %(updated)d updated, "
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

    def _open(self, path: str):
        if path == "-":
            return sys.stdin.buffer
        try:
            return open(path, "rb")  # noqa: SIM115 - closed in handle()
        except OSError as exc:
            raise CommandError(
                _(
                    'Cannot read the file "%(path)s": %(reason)s. Check the path and that you '
                    'may read the file, or use "-" to read from standard input.'
                )
                % {"path": path, "reason": exc.strerror or exc},
                returncode=EXIT_USAGE,
            ) from exc

    def _progress(self, report):
        seconds = max(time.monotonic() - self.started, 1e-9)
        text = _(
            "%(lines)d lines (%(rate)d/s): %(created)d created, %(updated)d updated, "
            "%(unchanged)d unchanged, %(rejected)d rejected"
        ) % {**vars(report), "rate": report.lines / seconds}
        if self.show_progress:
            self.stderr.write(f"\r{self._percent()}{text}\x1b[K", ending="")
        else:
            self.stderr.write(text)

    def _percent(self) -> str:
        try:
            size = os.fstat(self.stream.fileno()).st_size
            return f"{100 * self.stream.tell() / size:3.0f}% " if size else ""
        except (OSError, ValueError):  # a pipe has no size or position
            return ""

    def _clear_progress(self):
        if self.show_progress:
            self.stderr.write("\r\x1b[K", ending="")

    def _rejection(self, rejection):
        self._clear_progress()
        self.stdout.write(str(rejection))
