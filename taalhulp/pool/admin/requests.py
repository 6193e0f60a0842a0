"""Admin hooks of the pool: requests of local services, and the coordinator's service screens."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from taalhulp.pool.admin import requests_services, requests_views
from taalhulp.pool.permissions import is_coordinator
from taalhulp.pool.selectors import asks_for_help

REQUEST_URLS = (
    [
        path("", requests_views.index, name="index"),
        path("new/", requests_views.create, name="add"),
        path("<int:pk>/", requests_views.detail, name="detail"),
        path("<int:pk>/cancel/", requests_views.cancel, name="cancel"),
        path("<int:pk>/feedback/", requests_views.feedback, name="feedback"),
    ],
    "taalhulpen_helprequest",
)
SERVICE_URLS = (
    [
        path("", requests_services.index, name="index"),
        path("new/", requests_services.create, name="add"),
        path("<int:pk>/", requests_services.edit, name="edit"),
    ],
    "taalhulpen_localservice",
)


@hooks.register("register_admin_urls")
def register_request_urls():
    return [
        path("language-help/requests/", include(REQUEST_URLS)),
        path("language-help/services/", include(SERVICE_URLS)),
    ]


class RequestsMenuItem(MenuItem):
    def is_shown(self, request):
        return asks_for_help(request.user)


class ServicesMenuItem(MenuItem):
    def is_shown(self, request):
        return is_coordinator(request.user)


@hooks.register("register_admin_menu_item")
def register_requests_menu_item():
    return RequestsMenuItem(
        _("Language help requests"),
        reverse("taalhulpen_helprequest:index"),
        icon_name="help",
        order=270,
    )


@hooks.register("register_admin_menu_item")
def register_services_menu_item():
    return ServicesMenuItem(
        _("Local services"), reverse("taalhulpen_localservice:index"), icon_name="home", order=271
    )
