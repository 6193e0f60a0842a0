"""Django app config for kerncijfers: the public key figures page and /api/v1/stats/."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KerncijfersConfig(AppConfig):
    name = "kerncijfers"
    label = "kerncijfers"
    verbose_name = _("Key figures")

    def ready(self):
        # In a function: the router is mounted on the open data API, whose module uses models.
        from kerncijfers import wiring

        wiring.connect()
