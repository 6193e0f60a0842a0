"""The offer-gap insight in the Wagtail admin: its URLs and a menu item for those who may see it."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from search.demand import selectors, views

NAMESPACE = "search_demand"


class GapsMenuItem(MenuItem):
    def is_shown(self, request):
        return selectors.may_view(request.user)


@hooks.register("register_admin_urls")
def register_gap_urls():
    urls = [
        path("", views.overview, name="gaps"),
        path("gaps.csv", views.download, name="gaps_download"),
    ]
    return [path("offer-gaps/", (urls, NAMESPACE, NAMESPACE))]


@hooks.register("register_admin_menu_item")
def register_gap_menu_item():
    return GapsMenuItem(
        gettext_lazy("Offer gaps"), reverse(f"{NAMESPACE}:gaps"), icon_name="table", order=280
    )
