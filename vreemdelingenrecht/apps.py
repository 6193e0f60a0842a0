"""Django app config for vreemdelingenrecht: legal information."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VreemdelingenrechtConfig(AppConfig):
    name = "vreemdelingenrecht"
    label = "vreemdelingenrecht"
    verbose_name = _("Foreigners law")

    def ready(self):
        from search import rulings  # noqa: F401  registers the case-law index definition
        from vreemdelingenrecht import signals

        signals.connect()
