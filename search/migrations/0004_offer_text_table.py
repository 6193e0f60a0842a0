"""The database search's text table and vocabulary (FTS5 trigram on SQLite, pg_trgm on
PostgreSQL), filled from the offers already there."""

from django.db import migrations

from search.offers import text_table
from search.offers.editorial import DEFAULT_SYNONYMS
from search.text import expansion_table


def create(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        for statement in text_table.ddl(schema_editor.connection.vendor):
            cursor.execute(statement)
    offers = apps.get_model("aanbod", "OfferPage").objects.all()
    synonyms = apps.get_model("search", "OfferSynonym").objects.filter(
        active=True, source="glossary"
    )
    pairs = [pair for pair in DEFAULT_SYNONYMS["*"] if pair[1]]
    pairs += list(synonyms.values_list("terms", "replacement"))
    text_table.rebuild(offers, glossary=expansion_table(pairs))


def drop(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        for statement in text_table.drop_ddl(schema_editor.connection.vendor):
            cursor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0003_offer_synonym_glossary_source"),
        ("aanbod", "0005_delete_places"),
    ]

    operations = [migrations.RunPython(create, drop)]
