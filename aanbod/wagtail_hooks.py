"""Admin registration for the offer catalogue's reference data."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from aanbod.models import TargetGroup, Theme


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "group"
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]


class OfferTaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Offer lists")
    menu_icon = "list-ul"
    menu_order = 250
    items = (ThemeViewSet, TargetGroupViewSet)


register_snippet(OfferTaxonomyGroup)
