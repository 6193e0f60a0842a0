"""Wagtail admin: the coordinator's matching cockpit (URLs and menu item, coordinators only)."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from taalhulp.pool.permissions import is_coordinator


@hooks.register("register_admin_urls")
def register_cockpit_urls():
    return [
        path(
            "language-help/matching/",
            include("taalhulp.pool.admin.cockpit_urls", namespace="taalhulpen_cockpit"),
        )
    ]


class CockpitMenuItem(MenuItem):
    def is_shown(self, request):
        return is_coordinator(request.user)


@hooks.register("register_admin_menu_item")
def register_cockpit_menu_item():
    return CockpitMenuItem(
        _("Language help: matching"),
        reverse("taalhulpen_cockpit:overview"),
        icon_name="group",
        order=270,
    )
