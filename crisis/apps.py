"""Django app config for crisis: the crisis hub."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CrisisConfig(AppConfig):
    name = "crisis"
    label = "crisis"
    verbose_name = _("Crisis hub")
