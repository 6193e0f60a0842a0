"""Django app config for the newsletter of vreemdelingenrecht."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _

from portal import demo_steps


class NieuwsbriefConfig(AppConfig):
    name = "vreemdelingenrecht.nieuwsbrief"
    label = "nieuwsbrief"
    verbose_name = _("Newsletter")

    def ready(self):
        # In a function: the app's registrations use its models, loaded only by now.
        from vreemdelingenrecht.nieuwsbrief import key_figures, permissions, privacy

        # After migrate (and after a test flush) the managers group exists with its permissions.
        post_migrate.connect(permissions.ensure_after_migrate, sender=self)
        privacy.register()
        key_figures.register()
        demo_steps.register(
            "nieuwsbrief",
            demo_steps.DemoStep(
                label="nieuwsbrief: one newsletter issue, 12 example.org subscribers",
                position=70,
                builder="vreemdelingenrecht.nieuwsbrief.factories.generate",
                with_home=False,
            ),
        )
