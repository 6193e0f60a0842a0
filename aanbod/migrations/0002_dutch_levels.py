"""Create the Dutch levels A0 (no Dutch yet) to C1."""

from django.db import migrations

LEVELS = ["A0", "A1", "A2", "B1", "B2", "C1"]


def create_levels(apps, schema_editor):
    DutchLevel = apps.get_model("aanbod", "DutchLevel")
    for position, code in enumerate(LEVELS):
        DutchLevel.objects.update_or_create(code=code, defaults={"position": position})


class Migration(migrations.Migration):
    dependencies = [("aanbod", "0001_initial")]

    operations = [migrations.RunPython(create_levels, migrations.RunPython.noop)]
