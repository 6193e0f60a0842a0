"""Municipality and Postcode move from aanbod to portal in Django's state only: their tables keep
their names (aanbod_municipality, aanbod_postcode), so no row moves. Their content types follow."""

import django.db.models.deletion
from django.db import migrations, models

MOVED = ["municipality", "postcode"]


def content_types_to_portal(apps, schema_editor):
    """Keep the content types (and any permissions on them): relabel rather than make new ones."""
    content_type = apps.get_model("contenttypes", "ContentType")
    taken = set(content_type.objects.filter(app_label="portal", model__in=MOVED).values_list("model", flat=True))
    content_type.objects.filter(app_label="aanbod", model__in=set(MOVED) - taken).update(app_label="portal")


def content_types_to_aanbod(apps, schema_editor):
    content_type = apps.get_model("contenttypes", "ContentType")
    taken = set(content_type.objects.filter(app_label="aanbod", model__in=MOVED).values_list("model", flat=True))
    content_type.objects.filter(app_label="portal", model__in=set(MOVED) - taken).update(app_label="aanbod")


class Migration(migrations.Migration):

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('portal', '0002_outbox_audit'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Municipality',
                    fields=[
                        ('nis', models.CharField(max_length=5, primary_key=True, serialize=False, verbose_name='NIS code')),
                        ('name_nl', models.CharField(db_index=True, max_length=100, verbose_name='name in Dutch')),
                        ('name_fr', models.CharField(db_index=True, max_length=100, verbose_name='name in French')),
                        ('region', models.CharField(choices=[('flanders', 'Flanders'), ('brussels', 'Brussels')], max_length=10, verbose_name='region')),
                        ('province', models.CharField(blank=True, max_length=50, verbose_name='province')),
                        ('latitude', models.FloatField(verbose_name='latitude')),
                        ('longitude', models.FloatField(verbose_name='longitude')),
                    ],
                    options={
                        'verbose_name': 'municipality',
                        'verbose_name_plural': 'municipalities',
                        'db_table': 'aanbod_municipality',
                        'ordering': ['name_nl'],
                    },
                ),
                migrations.CreateModel(
                    name='Postcode',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('code', models.CharField(db_index=True, max_length=4, verbose_name='postcode')),
                        ('latitude', models.FloatField(verbose_name='latitude')),
                        ('longitude', models.FloatField(verbose_name='longitude')),
                        ('municipality', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='postcodes', to='portal.municipality')),
                    ],
                    options={
                        'verbose_name': 'postcode',
                        'verbose_name_plural': 'postcodes',
                        'db_table': 'aanbod_postcode',
                        'constraints': [models.UniqueConstraint(fields=('code', 'municipality'), name='unique_postcode_place')],
                    },
                ),
            ],
        ),
        migrations.RunPython(content_types_to_portal, content_types_to_aanbod),
    ]
