"""Django app config for inburgering: the way into Flemish society, starting with Dutch courses."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from portal import demo_steps, registries


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
        demo_steps.register(
            "inburgering.planner",
            demo_steps.DemoStep(
                label="inburgering: the My 40 hours planner page",
                position=68,
                builder="inburgering.demo.planner.generate",
            ),
        )
        registries.offer_actions.register("planner", "inburgering.planner_button.render_button")
