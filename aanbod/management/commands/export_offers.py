"""`manage.py export_offers [FILE]`: write live offers as JSON Lines in the offer format."""

import datetime as dt
import os
import time

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _

from aanbod.interchange.exporting import offers_export

EXIT_USAGE = 2


class Command(BaseCommand):
    help = _(
        "Export live offers that have not expired as JSON Lines (docs/offer-format.md), to FILE "
        "or standard output. Importing the file again with import_offers changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "file",
            nargs="?",
            default="-",
            help=_('The file to write, or "-" (the default) for standard output.'),
        )
        parser.add_argument(
            "--modified-since",
            metavar="ISO-DATETIME",
            help=_(
                "Only offers published at or after this moment, e.g. 2026-09-01 or "
                "2026-09-01T08:00:00+02:00. Without a time zone: Brussels time."
            ),
        )
        parser.add_argument(
            "--include-expired",
            action="store_true",
            help=_("Also export live offers whose valid_until date has passed."),
        )

    def handle(self, *args, file, modified_since, include_expired, verbosity, **options):
        since = _parse_moment(modified_since) if modified_since else None
        to_stdout = file == "-"
        # With the offers on standard output, everything else goes to standard error.
        self.report_to = self.stderr if to_stdout else self.stdout
        self.show_progress = verbosity >= 1 and self.stderr.isatty()
        self.started = time.monotonic()
        options = {"modified_since": since, "include_expired": include_expired}
        progress = self._progress if self.show_progress else None
        if to_stdout:
            count = offers_export(self.stdout, progress=progress, **options)
        else:
            count = self._export_to_file(file, progress, options)
        if self.show_progress:
            self.stderr.write("\r\x1b[K", ending="")
        if verbosity >= 1:
            self.report_to.write(
                _("Exported %(count)d offers to %(target)s.")
                % {"count": count, "target": _("standard output") if to_stdout else file}
            )

    def _export_to_file(self, path, progress, options) -> int:
        # Write next to the target and rename at the end, so readers never see half a file.
        partial = f"{path}.partial"
        try:
            with open(partial, "w", encoding="utf-8", newline="\n") as stream:
                count = offers_export(stream, progress=progress, **options)
            os.replace(partial, path)
        except OSError as exc:
            if os.path.exists(partial):
                os.unlink(partial)
            raise CommandError(
                _(
                    'Cannot write the file "%(path)s": %(reason)s. Check that the folder exists '
                    'and that you may write there, or use "-" for standard output.'
                )
                % {"path": path, "reason": exc.strerror or exc},
                returncode=EXIT_USAGE,
            ) from exc
        return count

    def _progress(self, done, total):
        seconds = max(time.monotonic() - self.started, 1e-9)
        percent = 100 * done / total if total else 100
        self.stderr.write(
            f"\r{percent:3.0f}% "
            + _("%(done)d of %(total)d offers (%(rate)d/s)")
            % {"done": done, "total": total, "rate": done / seconds}
            + "\x1b[K",
            ending="",
        )


def _parse_moment(value: str):
    try:
        moment = parse_datetime(value)
        if moment is None and (day := parse_date(value)) is not None:
            moment = dt.datetime.combine(day, dt.time.min)
    except ValueError:
        moment = None
    if moment is None:
        raise CommandError(
            _(
                '--modified-since "%(value)s" is not a date or date and time. Use ISO 8601, '
                "for example 2026-09-01 or 2026-09-01T08:00:00+02:00."
            )
            % {"value": value},
            returncode=EXIT_USAGE,
        )
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment
