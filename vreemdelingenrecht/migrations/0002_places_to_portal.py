"""Front-line services point to portal's Municipality (moved in state only; same table)."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('portal', '0003_places'),
        ('vreemdelingenrecht', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='frontlineservice',
                    name='municipalities',
                    field=models.ManyToManyField(related_name='front_line_services', to='portal.municipality', verbose_name='municipalities served'),
                ),
            ],
        ),
    ]
