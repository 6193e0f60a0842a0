"""Django app config for vreemdelingenrecht: legal information."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from portal import demo_steps, local_services
from portal.registries import page_context_providers
from vreemdelingenrecht.local_services import DIRECTORY


class VreemdelingenrechtConfig(AppConfig):
    name = "vreemdelingenrecht"
    label = "vreemdelingenrecht"
    verbose_name = _("Foreigners law")

    def ready(self):
        # In a function: case_law reaches the app's models, which exist only once apps are ready.
        from vreemdelingenrecht.case_law import case_law_context

        page_context_providers.register("vreemdelingenrecht.CaseLawIndexPage", case_law_context)
        local_services.register(DIRECTORY)
        demo_steps.register(
            "vreemdelingenrecht",
            demo_steps.DemoStep(
                label="vreemdelingenrecht: 13 topic pages, 20 rulings, 10 news items, "
                "local services",
                position=50,
                builder="vreemdelingenrecht.factories.generate",
            ),
        )
