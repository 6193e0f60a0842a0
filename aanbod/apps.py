"""Django app config for aanbod: the offer catalogue."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from aanbod import key_figures
from portal import demo_steps, registries


class AanbodConfig(AppConfig):
    name = "aanbod"
    label = "aanbod"
    verbose_name = _("Offers")

    def ready(self):
        key_figures.register()
        demo_steps.register(
            "aanbod.places",
            demo_steps.DemoStep(
                label="aanbod: places of Flanders and Brussels", position=20, command="load_places"
            ),
        )
        demo_steps.register(
            "aanbod.offers",
            demo_steps.DemoStep(
                label="aanbod: offers index, organisations, 150 offers",
                position=30,
                builder="aanbod.demo.catalogue.generate",
            ),
        )
        registries.offer_plan_facts.register("aanbod", "aanbod.selectors.offers_plan_facts")
