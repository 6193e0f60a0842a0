"""Admin registration for portal snippets, the read-only audit log and outbox, and the
editors' checks: the plain-language panel and report, and the missing-translations report."""

from django.urls import path, re_path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal import regions_admin
from portal.models import AuditEvent, NavigationMenu, OutboxEmail
from portal.privacy.access_log import AuditEventFilterSet
from portal.readability.panel import PlainLanguagePageViewSet
from portal.readability.report import HardTextReportView
from portal.translation_copy import copy_translation_content
from portal.translation_gaps import TranslationGapsReportView


class NavigationMenuViewSet(SnippetViewSet):
    model = NavigationMenu
    icon = "list-ul"
    menu_label = _("Menus")
    menu_order = 300
    add_to_settings_menu = True
    list_display = ["__str__"]


register_snippet(NavigationMenuViewSet)


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Records that nobody may add, change or delete in the admin; viewing needs "view"."""

    def user_has_permission(self, user, action):
        return action in ("view", "inspect") and super().user_has_permission(user, "view")

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class AuditEventViewSet(ModelViewSet):
    model = AuditEvent
    icon = "history"
    menu_label = _("Audit log")
    menu_order = 910
    add_to_settings_menu = True
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = ["at", "username", "action", "object_type", "object_repr"]
    # Filter by who (user name, kept when the account goes), what, which kind of record, when.
    filterset_class = AuditEventFilterSet
    search_fields = ["username", "object_id", "object_repr", "detail"]
    form_fields = []


class OutboxEmailViewSet(ModelViewSet):
    model = OutboxEmail
    icon = "mail"
    menu_label = _("Outgoing e-mail")
    menu_order = 920
    add_to_settings_menu = True
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = ["created_at", "category", "status", "attempts", "sent_at"]
    list_filter = ["status", "category"]
    # No search on addresses: the list is for following delivery, not for finding people.
    inspect_view_fields = ["category", "status", "attempts", "last_error", "created_at", "sent_at"]
    form_fields = []


ACCESS_LOG_PERMISSION = "portal.view_access_log"


class AuditLogPermissionPolicy(ReadOnlyPermissionPolicy):
    """The access log is for those with the access-log permission (the agency) and superusers,
    and only with the "view" permission too."""

    def user_has_permission(self, user, action):
        if not (user.is_superuser or user.has_perm(ACCESS_LOG_PERMISSION)):
            return False
        return super().user_has_permission(user, action)


register_permission_policy(AuditEvent, AuditLogPermissionPolicy(AuditEvent))
register_permission_policy(OutboxEmail, ReadOnlyPermissionPolicy(OutboxEmail))


@hooks.register("register_admin_viewset")
def register_record_viewsets():
    return [
        AuditEventViewSet("audit_log"),
        OutboxEmailViewSet("outbox"),
        # After Wagtail's own page viewset (order -1): every page type edits with the panel.
        PlainLanguagePageViewSet("plain_language_pages"),
    ]


@hooks.register("register_admin_urls", order=-1)  # before wagtail-modeltranslation's own URL
def guard_translation_copy():
    return [
        re_path(
            r"^pages/(?P<page_id>\d+)/edit/copy_translation_content/$",
            copy_translation_content,
            name="copy_translation_content",
        )
    ]


def _report_urls(prefix: str, name: str, view_class):
    return [
        path(f"reports/{prefix}/", view_class.as_view(), name=name),
        path(
            f"reports/{prefix}/results/",
            view_class.as_view(results_only=True),
            name=f"{name}_results",
        ),
    ]


@hooks.register("register_admin_urls")
def register_editorial_reports():
    return [
        *_report_urls("plain-language", "plain_language_report", HardTextReportView),
        *_report_urls("translations", "translation_gaps_report", TranslationGapsReportView),
    ]


@hooks.register("register_reports_menu_item")
def plain_language_report_menu_item():
    return MenuItem(
        _("Plain language"),
        reverse("plain_language_report"),
        name="plain-language",
        icon_name="pilcrow",
        order=800,
    )


@hooks.register("register_reports_menu_item")
def translation_gaps_report_menu_item():
    return MenuItem(
        _("Missing translations"),
        reverse("translation_gaps_report"),
        name="missing-translations",
        icon_name="globe",
        order=810,
    )


# The target-group upload registers its own hooks (portal/regions_admin.py) on import.
__all__ = ["regions_admin"]
