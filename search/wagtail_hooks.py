"""Admin screens for the offer search: synonyms and best bets, as Wagtail snippets."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from search.models import OfferBestBet, OfferSynonym


class OfferSynonymViewSet(SnippetViewSet):
    model = OfferSynonym
    icon = "list-ul"
    list_display = ["terms", "replacement", "language", "source", "active"]
    list_filter = ["language", "source", "active"]
    search_fields = ["terms", "replacement", "concept"]


class OfferBestBetViewSet(SnippetViewSet):
    model = OfferBestBet
    icon = "pick"
    list_display = ["query", "offer", "active"]
    list_filter = ["active"]
    search_fields = ["query"]


class OfferSearchGroup(SnippetViewSetGroup):
    menu_label = _("Offer search")
    menu_icon = "search"
    menu_order = 260
    items = (OfferSynonymViewSet, OfferBestBetViewSet)


register_snippet(OfferSearchGroup)
