"""Django app config for search: the site search, the offer finder and the case-law index."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "search"
    verbose_name = _("Search")

    def ready(self):
        # Imported here: the wiring reaches models, which exist only once the registry is ready.
        from search import wiring

        wiring.connect()
