"""What every line-based import shares: reading lines, the per-line report and the base command."""

# Apps build their import on this (aanbod's import_offers, vreemdelingenrecht's import_rulings):
# the app parses and saves, this module reads the file, keeps the report and speaks to the
# person at the terminal, in one language: the site's default or --language.

from __future__ import annotations

import dataclasses
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

# Exit codes: 0 every line was fine; 1 one or more lines were rejected (also in a dry run, so a
# partner can check a file in a script); 2 the import could not run (bad arguments, unreadable
# file, nothing to put the records under).
EXIT_REJECTED = 1
EXIT_USAGE = 2
MAX_KEPT_REJECTIONS = 10_000
PROGRESS_EVERY = 1000


class ImportCannotRun(Exception):
    """The import cannot start (e.g. there is no page to put the records under): exit code 2."""


@dataclasses.dataclass(frozen=True)
class Rejection:
    """One problem with one line; `field` is a dotted path, "" for the whole line."""

    line: int
    field: str
    code: str
    message: str

    def __str__(self) -> str:
        return _("line %(line)d: %(field)s: %(message)s (%(code)s)") % {
            "line": self.line,
            "field": self.field or "-",
            "message": self.message,
            "code": self.code,
        }


@dataclasses.dataclass
class ImportReport:
    dry_run: bool
    lines: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0  # lines, each with one or more rejections
    rejections: list[Rejection] = dataclasses.field(default_factory=list)
    rejections_not_kept: int = 0

    def reject(
        self,
        line: int,
        problems: Iterable[tuple[str, str, str]],
        callback: Callable[[Rejection], None] | None = None,
    ) -> None:
        """Count the line as rejected for these (field, code, message) problems."""
        self.rejected += 1
        for field, code, message in problems:
            rejection = Rejection(line, field, code, message)
            if callback is not None:
                callback(rejection)
            if len(self.rejections) < MAX_KEPT_REJECTIONS:
                self.rejections.append(rejection)
            else:
                self.rejections_not_kept += 1


@dataclasses.dataclass(frozen=True)
class OversizedLine:
    """Stands in for a line longer than the import's limit, which is skipped unread."""

    size: int


def lines_from_stream(
    stream: BinaryIO, max_bytes: int, chunk: int = 65_536
) -> Iterator[bytes | OversizedLine]:
    """The lines of a binary file without their line end, reading at most ~max_bytes at a time."""
    while line := stream.readline(max_bytes + 2):  # room for "\r\n"
        if line.endswith(b"\n") or len(line) <= max_bytes:
            yield line.removesuffix(b"\n").removesuffix(b"\r")
            continue
        size = len(line)
        while (rest := stream.readline(chunk)) and not rest.endswith(b"\n"):
            size += len(rest)
        size += len(rest.rstrip(b"\r\n"))
        yield OversizedLine(size)


class ImportCommand(BaseCommand):
    """`manage.py <import> FILE [--dry-run] [--language xx]`: subclasses give `help`, `records`
    (what the import counts: offers, rulings) and `run_import`."""

    file_help = gettext_lazy('The file to import, or "-" for standard input.')
    default_file: str | None = None  # a command may ship its own file: FILE is then optional

    def add_arguments(self, parser):
        if self.default_file:
            parser.add_argument("file", nargs="?", default=self.default_file, help=self.file_help)
        else:
            parser.add_argument("file", help=self.file_help)
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help=_("Check every line and report what would change, but save nothing."),
        )
        parser.add_argument(
            "--language",
            choices=[code for code, _name in settings.LANGUAGES],
            default=settings.LANGUAGE_CODE,
            help=_("The language of the report (default: the site's language)."),
        )

    def check_file(self, path: str) -> None:
        """Refuse a file the import cannot read, before opening it (raise ImportCannotRun)."""

    def run_import(self, stream: BinaryIO, path: str, *, dry_run: bool, progress, on_rejection):
        """Import from the open binary `stream`; return the ImportReport."""
        raise NotImplementedError

    def handle(self, *args, file, dry_run, language, verbosity, **options):
        with translation.override(language):
            self._handle(file, dry_run, verbosity)

    def _handle(self, file: str, dry_run: bool, verbosity: int) -> None:
        try:
            self.check_file(file)
        except ImportCannotRun as exc:
            raise CommandError(str(exc), returncode=EXIT_USAGE) from exc
        stream = self._open(file)
        self.show_progress = verbosity >= 1 and self.stderr.isatty()
        self.started = time.monotonic()
        self.stream = stream
        try:
            report = self.run_import(
                stream,
                file,
                dry_run=dry_run,
                progress=self._progress if self.show_progress or verbosity >= 2 else None,
                on_rejection=self._rejection,
            )
        except ImportCannotRun as exc:
            raise CommandError(str(exc), returncode=EXIT_USAGE) from exc
        finally:
            if stream is not sys.stdin.buffer:
                stream.close()
        self._clear_progress()
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

    def _open(self, path: str) -> BinaryIO:
        if path == "-":
            return sys.stdin.buffer
        try:
            return open(path, "rb")  # noqa: SIM115 - closed in _handle()
        except OSError as exc:
            raise CommandError(
                _(
                    'Cannot read the file "%(path)s": %(reason)s. Check the path and that you '
                    'may read the file, or use "-" to read from standard input.'
                )
                % {"path": path, "reason": exc.strerror or exc},
                returncode=EXIT_USAGE,
            ) from exc

    def _progress(self, report: ImportReport) -> None:
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

    def _clear_progress(self) -> None:
        if self.show_progress:
            self.stderr.write("\r\x1b[K", ending="")

    def _rejection(self, rejection: Rejection) -> None:
        self._clear_progress()
        self.stdout.write(str(rejection))
