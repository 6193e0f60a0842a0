"""Admin of the newsletter: issues with preview/test/send actions, subscribers and the export."""

from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import HeaderButton, ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import (
    EditView,
    IndexView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from portal.privacy.access_log import ListAccessLogged, ObjectAccessLogged
from portal.private_choosers import PrivateSnippetChooserViewSet
from vreemdelingenrecht.nieuwsbrief import admin_views
from vreemdelingenrecht.nieuwsbrief.models import NewsletterIssue, Subscriber
from vreemdelingenrecht.nieuwsbrief.permissions import EXPORT_PERMISSION, SEND_PERMISSION


class NewsletterIssueViewSet(SnippetViewSet):
    model = NewsletterIssue
    icon = "mail"
    list_display = ["subject", "status", "created_at", "sent_at"]
    list_filter = ["status"]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("preview-mail/<int:pk>/", admin_views.preview, name="preview"),
            path("send-test/<int:pk>/", admin_views.send_test, name="send_test"),
            path("send/<int:pk>/", admin_views.send, name="send"),
        ]


class SubscriberIndexView(ListAccessLogged, IndexView):
    access_action = "newsletter.subscribers.list"

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.request.user.has_perm(EXPORT_PERMISSION):
            buttons.append(
                HeaderButton(
                    _("Export as CSV"),
                    url=reverse("nieuwsbrief_export_subscribers"),
                    icon_name="download",
                )
            )
        return buttons


class SubscriberEditView(ObjectAccessLogged, EditView):
    access_action = "newsletter.subscriber.view"


class SubscriberViewSet(SnippetViewSet):
    model = Subscriber
    icon = "user"
    index_view_class = SubscriberIndexView
    edit_view_class = SubscriberEditView
    # Wagtail's chooser would list addresses to every admin user (docs/permissions.md).
    chooser_viewset_class = PrivateSnippetChooserViewSet
    list_display = ["email", "language", "status", "confirmed_at"]
    list_filter = ["status", "language"]
    search_fields = ["email"]
    form_fields = ["email", "language", "topics"]


class NewsletterGroup(SnippetViewSetGroup):
    menu_label = _("Newsletter")
    menu_icon = "mail"
    menu_order = 260
    items = (NewsletterIssueViewSet, SubscriberViewSet)


register_snippet(NewsletterGroup)


@hooks.register("register_admin_urls")
def register_export_url():
    return [
        path(
            "newsletter/subscribers/export/",
            admin_views.export_subscribers,
            name="nieuwsbrief_export_subscribers",
        )
    ]


@hooks.register("register_snippet_listing_buttons")
def issue_listing_buttons(snippet, user, next_url=None):
    if not isinstance(snippet, NewsletterIssue):
        return
    yield ListingButton(
        _("Preview and test"), admin_views.issue_url("preview", snippet), priority=10
    )
    if snippet.status != NewsletterIssue.Status.SENT and user.has_perm(SEND_PERMISSION):
        label = _("Send") if snippet.is_draft else _("Resume sending")
        yield ListingButton(label, admin_views.issue_url("send", snippet), priority=20)
