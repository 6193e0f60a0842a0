"""Django app config for search: the site search, the offer finder and the case-law index."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "search"
    verbose_name = _("Search")

    def ready(self):
        # Imported here: these modules use models, which exist only once the registry is ready.
        from portal.registries import engine_searches
        from search import signals
        from search.indexes import index_definitions
        from search.offers import facet_cache
        from search.offers.documents import OFFERS
        from search.pages.documents import PAGES
        from search.rulings.documents import RULINGS
        from search.rulings.engine import rulings_engine_search

        for definition in (PAGES, OFFERS, RULINGS):
            index_definitions.register(definition.name, definition)
        engine_searches.register(RULINGS.name, rulings_engine_search)
        signals.connect()
        facet_cache.connect_signals()
