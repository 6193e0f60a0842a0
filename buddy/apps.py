"""Django app config for buddy: buddy registration and matching."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from portal import demo_steps


class BuddyConfig(AppConfig):
    name = "buddy"
    label = "buddy"
    verbose_name = _("Buddies")

    def ready(self):
        # In a function: the app's registration modules use its models, loaded only by now.
        from buddy import key_figures, privacy

        privacy.register()
        key_figures.register()
        demo_steps.register(
            "buddy",
            demo_steps.DemoStep(
                label="buddy: 30 initiatives, 200 candidates, a matching run",
                position=40,
                builder="buddy.factories.generate",
            ),
        )
