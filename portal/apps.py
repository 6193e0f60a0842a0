"""Django app config for the site-wide portal app."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from portal import metrics, observability, page_cache

        metrics.connect()
        observability.connect_celery_signals()
        page_cache.connect_signals()
