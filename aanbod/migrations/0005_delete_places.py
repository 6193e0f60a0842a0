"""Municipality and Postcode leave aanbod's state once every relation points to portal's models;
the tables stay (portal's models use them)."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('aanbod', '0004_places_to_portal'),
        ('buddy', '0002_places_to_portal'),
        ('vreemdelingenrecht', '0002_places_to_portal'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name='Postcode'),
                migrations.DeleteModel(name='Municipality'),
            ],
        ),
    ]
