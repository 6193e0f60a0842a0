"""The "My 40 hours" planner page: a plan of participation offers kept on the visitor's device."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from inburgering.planner_context import planner_context
from portal.models import BasePage


class ParticipationPlannerPage(BasePage):
    """Collects offers that count for the 40-hour participation trajectory. With JavaScript the
    plan lives in the browser (localStorage, shared in the URL fragment); without it the page
    lists the offers named in the query string (`?offer=1&offer=2`)."""

    is_demo = models.BooleanField(_("demo content"), default=False, editable=False)

    parent_page_types = ["portal.HomePage", "portal.StandardPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("participation planner page (My 40 hours)")
        verbose_name_plural = _("participation planner pages (My 40 hours)")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(planner_context(self, request))
        return context
