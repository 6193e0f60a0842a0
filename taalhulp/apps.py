"""Django app config for taalhulp: language help for public services."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from portal import demo_steps


class TaalhulpConfig(AppConfig):
    name = "taalhulp"
    label = "taalhulp"
    verbose_name = _("Language help")

    def ready(self):
        demo_steps.register(
            "taalhulp",
            demo_steps.DemoStep(
                label="taalhulp: decision aid with its rules and the communication fan",
                position=65,
                builder="taalhulp.factories.generate",
            ),
        )
