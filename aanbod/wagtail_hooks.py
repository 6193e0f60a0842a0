"""Admin registration for the offer catalogue's reference data."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
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


@hooks.register("before_move_page")
def refuse_move_confirmation_without_rights(request, page, destination):
    """Wagtail's move confirmation page checks rights only when the move is posted; until then it
    showed any page's title to any editor. Now it needs the right to move there
    (docs/permissions.md)."""
    if not page.permissions_for_user(request.user).can_move_to(destination):
        raise PermissionDenied
