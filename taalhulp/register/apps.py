"""App config of the interpreter register (label `tolkenregister`)."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _

from portal import demo_steps


class TolkenregisterConfig(AppConfig):
    name = "taalhulp.register"
    label = "tolkenregister"
    verbose_name = _("Interpreter register")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # In a function: the app's registrations use its models, loaded only by now.
        from taalhulp.register import permissions, privacy

        # After migrate (and after a test flush) the managers group exists with its permissions.
        post_migrate.connect(permissions.ensure_after_migrate, sender=self)
        privacy.register()
        demo_steps.register(
            "tolkenregister",
            demo_steps.DemoStep(
                label="tolkenregister: demo interpreters for the 41 named register languages",
                position=75,
                builder="taalhulp.register.demo.generate",
                with_home=False,
            ),
        )
