"""Admin registration for the legal section: topics and front-line services as snippets."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from vreemdelingenrecht.models import FrontLineService, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]


class FrontLineServiceViewSet(SnippetViewSet):
    model = FrontLineService
    icon = "group"
    list_display = ["name", "kind", "phone"]
    list_filter = ["kind"]
    search_fields = ["name"]


class LegalSnippetGroup(SnippetViewSetGroup):
    menu_label = _("Foreigners law")
    menu_icon = "doc-full-inverse"
    menu_order = 260
    items = (TopicViewSet, FrontLineServiceViewSet)


register_snippet(LegalSnippetGroup)
