"""Django app config for buddy: buddy registration and matching."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BuddyConfig(AppConfig):
    name = "buddy"
    label = "buddy"
    verbose_name = _("Buddies")
