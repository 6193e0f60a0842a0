"""Django app config for vorming: the training and event calendar."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from portal import demo_steps
from portal.registries import page_context_providers


class VormingConfig(AppConfig):
    name = "vorming"
    label = "vorming"
    verbose_name = _("Training and event calendar")

    def ready(self):
        # In a function: the selectors reach the app's models, which exist only once apps are ready.
        from vorming.selectors import webinars_for_page

        # The crisis hub lists the events that chose it, without importing this app; the key's
        # "+vorming" lets the hub also keep the taalhulp pool's provider.
        page_context_providers.register("crisis.CrisisHubPage+vorming", webinars_for_page)
        demo_steps.register(
            "vorming",
            demo_steps.DemoStep(
                label="vorming: training and event calendar, the crisis webinars included",
                position=62,
                builder="vorming.factories.generate",
            ),
        )
