"""Django app config for crisis: the crisis hub."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from portal import demo_steps


class CrisisConfig(AppConfig):
    name = "crisis"
    label = "crisis"
    verbose_name = _("Crisis hub")

    def ready(self):
        demo_steps.register(
            "crisis",
            demo_steps.DemoStep(
                label="crisis: Ukraine hub with FAQ, 3 publications, pictograms",
                position=60,
                builder="crisis.factories.generate",
            ),
        )
