"""Wagtail admin: the buddy cockpit's URLs and menu, shown to the agency and local coordinators."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from buddy.permissions import can_use_cockpit


@hooks.register("register_admin_urls")
def register_cockpit_urls():
    return [path("buddy/", include("buddy.cockpit.urls", namespace="buddy_admin"))]


class CockpitMenuItem(MenuItem):
    def is_shown(self, request):
        return can_use_cockpit(request.user)


@hooks.register("register_admin_menu_item")
def register_cockpit_menu_item():
    return CockpitMenuItem(
        _("Buddies"), reverse("buddy_admin:overview"), icon_name="group", order=260
    )
