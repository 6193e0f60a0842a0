"""Django app config for search: offer search."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "search"
    verbose_name = _("Search")

    def ready(self):
        # In a function: these modules use the app's models, loaded only by now.
        from search import (
            health,
            rulings,  # noqa: F401  registers the case-law index definition
            signals,
        )
        from search.offers import facet_cache

        signals.connect()
        facet_cache.connect_signals()
        health.register()
