"""App config of the privacy tools (label "privacy")."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    name = "portal.privacy"
    label = "privacy"
    verbose_name = _("Privacy")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # In a function: these modules use models, which load only after the app registry.
        from portal.privacy import holders, retention

        holders.register_emails()
        retention.register_portal_jobs()
