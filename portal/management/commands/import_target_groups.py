"""Import target-group figures per municipality from a CSV (municipality,group,date,count)."""

from django.utils.translation import gettext_lazy as _

from portal.importing import ImportCommand
from portal.regions import import_target_groups


class Command(ImportCommand):
    help = _(
        "Import target-group figures per municipality from a CSV file with the columns "
        "municipality, group, date and count. Bad lines are reported with their number."
    )

    def run_import(self, stream, path, *, dry_run, progress, on_rejection):
        text = stream.read().decode("utf-8", errors="replace")
        return import_target_groups(text, dry_run=dry_run, on_rejection=on_rejection)
