"""Offers and organisations point to portal's Municipality (moved in state only; same table)."""

import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('aanbod', '0003_organisation_editors_group'),
        ('portal', '0003_places'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='offerpage',
                    name='municipality',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='offers', to='portal.municipality', verbose_name='municipality'),
                ),
                migrations.AlterField(
                    model_name='organisationpage',
                    name='municipalities',
                    field=modelcluster.fields.ParentalManyToManyField(blank=True, to='portal.municipality', verbose_name='municipalities served'),
                ),
            ],
        ),
    ]
