"""Django app config for aanbod: the offer catalogue."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AanbodConfig(AppConfig):
    name = "aanbod"
    label = "aanbod"
    verbose_name = _("Offers")
