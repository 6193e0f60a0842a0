"""Django app config for the newsletter of vreemdelingenrecht."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _ensure_group(sender, **kwargs):
    from vreemdelingenrecht.nieuwsbrief.permissions import managers_ensure

    managers_ensure()


class NieuwsbriefConfig(AppConfig):
    name = "vreemdelingenrecht.nieuwsbrief"
    label = "nieuwsbrief"
    verbose_name = _("Newsletter")

    def ready(self):
        # After migrate (and after a test flush) the managers group exists with its permissions.
        post_migrate.connect(_ensure_group, sender=self)
