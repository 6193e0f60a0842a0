"""App config of the saved searches (label `search_alerts`)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchAlertsConfig(AppConfig):
    name = "search.alerts"
    label = "search_alerts"
    verbose_name = _("Saved searches")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # In a function: the app's registrations use its models, loaded only by now.
        from search.alerts import privacy

        privacy.register()
