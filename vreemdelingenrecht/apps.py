"""Django app config for vreemdelingenrecht: legal information."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from portal import demo_steps


class VreemdelingenrechtConfig(AppConfig):
    name = "vreemdelingenrecht"
    label = "vreemdelingenrecht"
    verbose_name = _("Foreigners law")

    def ready(self):
        demo_steps.register(
            "vreemdelingenrecht",
            demo_steps.DemoStep(
                label="vreemdelingenrecht: 13 topic pages, 20 rulings, 10 news items, "
                "local services",
                position=50,
                builder="vreemdelingenrecht.factories.generate",
            ),
        )
