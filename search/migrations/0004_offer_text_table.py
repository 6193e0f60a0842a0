"""The database search's text table and vocabulary (FTS5 trigram on SQLite, pg_trgm on
PostgreSQL). The offers already there are written after `migrate` (search.signals
on_migrated): their translated titles are columns wagtail-modeltranslation adds then."""

from django.db import migrations

from search.offers import text_table


def create(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        for statement in text_table.ddl(schema_editor.connection.vendor):
            cursor.execute(statement)


def drop(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        for statement in text_table.drop_ddl(schema_editor.connection.vendor):
            cursor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("search", "0003_offer_synonym_glossary_source")]

    operations = [migrations.RunPython(create, drop)]
