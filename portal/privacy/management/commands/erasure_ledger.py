"""Export the erasure ledger, or import a ledger file and erase everyone in it again."""

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from portal.privacy import holders, ledger


class Command(BaseCommand):
    help = (
        "export: write the ledger as JSON lines (to a file or stdout). apply: after restoring a "
        "backup, import a ledger file (optional) and erase again everyone it names."
    )

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["export", "apply"])
        parser.add_argument("path", nargs="?", default="")

    def handle(self, *args, action, path, **options):
        if action == "export":
            out = Path(path).open("w", encoding="utf-8") if path else sys.stdout  # noqa: SIM115
            try:
                for line in ledger.export_lines():
                    out.write(line + "\n")
            finally:
                if path:
                    out.close()
            return
        added = 0
        if path:
            try:
                with Path(path).open(encoding="utf-8") as handle:
                    added = ledger.import_lines(handle)
            except (OSError, ValueError) as error:
                raise CommandError(str(error)) from error
        counts = holders.reapply_ledger()
        summary = ", ".join(f"{scope}={count}" for scope, count in counts.items())
        self.stdout.write(f"{added} records imported; erased again: {summary}")
