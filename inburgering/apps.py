"""Django app config for inburgering: the way into Flemish society, starting with Dutch courses."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from portal import demo_steps


class InburgeringConfig(AppConfig):
    name = "inburgering"
    label = "inburgering"
    verbose_name = _("Civic integration")

    def ready(self):
        demo_steps.register(
            "inburgering",
            demo_steps.DemoStep(
                label="inburgering: the Dutch course orientation and the guide step by step",
                position=67,
                builder="inburgering.factories.generate",
            ),
        )
