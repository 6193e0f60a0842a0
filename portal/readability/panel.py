"""The plain-language side panel in the page editor. Wagtail has no hook for side panels, so a
page viewset for every page type swaps in an edit view that adds one; it advises and never
blocks publishing."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.side_panels import BaseSidePanel
from wagtail.admin.views.pages.edit import EditView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page

from portal.readability import scoring
from portal.readability.advice import check_page


class PlainLanguageSidePanel(BaseSidePanel):
    class SidePanelToggle(BaseSidePanel.SidePanelToggle):
        aria_label = _("Toggle plain-language check")
        icon_name = "pilcrow"

        def get_context_data(self, parent_context):
            context = super().get_context_data(parent_context)
            context["count"] = self.panel.finding_count
            return context

    name = "plain-language"
    title = _("Plain language")
    template_name = "portal/admin/plain_language_panel.html"
    order = 360

    def __init__(self, object, request):
        super().__init__(object, request)
        self.checks = check_page(object)

    @property
    def finding_count(self) -> int:
        return sum(len(check.score.findings) for check in self.checks)

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context.update(
            checks=self.checks,
            dutch_target=int(scoring.DUTCH_TARGET),
            sentence_target=int(scoring.TARGET_AVERAGE_SENTENCE_WORDS),
        )
        return context


class PlainLanguageEditView(EditView):
    def get_side_panels(self):
        side_panels = super().get_side_panels()
        if not self.expects_json_response:
            side_panels.append(PlainLanguageSidePanel(self.page, self.request))
            side_panels.sort(key=lambda panel: panel.order)
        return side_panels


class PlainLanguagePageViewSet(PageViewSet):
    """Wagtail's page views for every page type, with the plain-language panel when editing."""

    model = Page
    edit_view_class = PlainLanguageEditView
