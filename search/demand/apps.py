"""App config of the search demand log and gap insight (label `search_demand`)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchDemandConfig(AppConfig):
    name = "search.demand"
    label = "search_demand"
    verbose_name = _("Search demand")
    default_auto_field = "django.db.models.BigAutoField"
    # No ready() of its own: search.wiring connects search.demand.wiring, once every model is
    # loaded (an import inside ready() would add a function-level import; docs/architecture.md).
