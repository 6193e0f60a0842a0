"""Django app config for vreemdelingenrecht: legal information."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VreemdelingenrechtConfig(AppConfig):
    name = "vreemdelingenrecht"
    label = "vreemdelingenrecht"
    verbose_name = _("Foreigners law")
