"""Rebuild the database search's text table and vocabulary from the offers and the glossary."""

import time

from django.core.management.base import BaseCommand

from aanbod.models import OfferPage
from search.offers import text_table
from search.offers.editorial import glossary_expansions


class Command(BaseCommand):
    help = (
        "Rebuild the text table the database search uses (the engine has its own index: "
        "`search_index rebuild`)."
    )

    def handle(self, *args, **options):
        started = time.monotonic()

        def progress(done):
            self.stdout.write(f"  {done} offers written", ending="\r")
            self.stdout.flush()

        count = text_table.rebuild(
            OfferPage.objects.all(), glossary=glossary_expansions(), progress=progress
        )
        self.stdout.write("")
        self.stdout.write(
            self.style.SUCCESS(
                f"Summary: {count} offers in the database search's text table, "
                f"{time.monotonic() - started:.1f} s."
            )
        )
