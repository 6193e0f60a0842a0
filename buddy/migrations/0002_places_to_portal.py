"""Candidates and initiatives point to portal's Municipality (moved in state only; same table)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('buddy', '0001_initial'),
        ('portal', '0003_places'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='candidate',
                    name='municipality',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='portal.municipality'),
                ),
                migrations.AlterField(
                    model_name='initiativepage',
                    name='municipality',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='buddy_initiatives', to='portal.municipality', verbose_name='municipality'),
                ),
            ],
        ),
    ]
