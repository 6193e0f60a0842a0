"""App config of the volunteer pool (label `taalhulpen`)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TaalhulpenConfig(AppConfig):
    name = "taalhulp.pool"
    label = "taalhulpen"
    verbose_name = _("Language helpers")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # In a function: the registrations use the app's models, loaded only by now.
        from taalhulp.pool import wiring

        wiring.connect(self)
