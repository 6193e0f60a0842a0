"""The guide page "Inburgering step by step": ordered steps, each for some variants of the path."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from inburgering import choices
from inburgering.guide_context import guide_context
from portal.json_fields import ChoiceListField
from portal.models import BasePage


class IntegrationGuidePage(BasePage):
    """The civic integration path in plain steps; the visitor picks Flanders or Brussels and
    obliged or entitled, and finds the office for a postcode."""

    obliged_text = models.TextField(
        _("who must follow the path"),
        blank=True,
        help_text=_("Who is obliged (verplicht), in two or three plain sentences."),
    )
    entitled_text = models.TextField(
        _("who may follow the path"),
        blank=True,
        help_text=_("Who is entitled (rechthebbend), in two or three plain sentences."),
    )
    office_flanders = models.TextField(
        _("office in Flanders"),
        blank=True,
        help_text=_("Shown for a place in Flanders when no integration office is known for it."),
    )
    office_brussels = models.TextField(
        _("office in Brussels"),
        blank=True,
        help_text=_("Shown for a place in Brussels when no integration office is known for it."),
    )
    is_demo = models.BooleanField(_("demo content"), default=False, editable=False)

    parent_page_types = ["portal.HomePage", "portal.StandardPage"]
    subpage_types = ["portal.StandardPage"]
    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("obliged_text"), FieldPanel("entitled_text")],
            heading=_("Must or may"),
        ),
        MultiFieldPanel(
            [FieldPanel("office_flanders"), FieldPanel("office_brussels")],
            heading=_("Where to go when we know no office for the place"),
        ),
        InlinePanel("steps", heading=_("Steps, in order"), label=_("step"), min_num=1),
    ]

    class Meta:
        verbose_name = _("civic integration guide page")
        verbose_name_plural = _("civic integration guide pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(guide_context(self, request))
        return context


class GuideStep(Orderable):
    """One step of the path: what it is, what to do, what it costs and where to go."""

    page = ParentalKey(IntegrationGuidePage, on_delete=models.CASCADE, related_name="steps")
    heading = models.CharField(_("heading"), max_length=120)
    summary = models.TextField(_("short summary"), help_text=_("One or two plain sentences."))
    what_to_do = models.TextField(_("what to do"), blank=True)
    cost = models.TextField(
        _("what it costs"),
        blank=True,
        help_text=_("Only amounts you can source; otherwise: ask the office."),
    )
    where_to_go = models.TextField(_("where to go"), blank=True)
    links_to_office = models.BooleanField(
        _("link to the office finder"),
        default=False,
        help_text=_("Adds a link to “Find your office” below the step."),
    )
    regions = ChoiceListField(
        item_choices=choices.GUIDE_REGIONS,
        verbose_name=_("for these regions"),
        help_text=_("None ticked: for every region."),
    )
    statuses = ChoiceListField(
        item_choices=choices.GUIDE_STATUSES,
        verbose_name=_("for these newcomers"),
        help_text=_("None ticked: for obliged and entitled newcomers."),
    )

    panels = [
        FieldPanel("heading"),
        FieldPanel("summary"),
        FieldPanel("what_to_do"),
        FieldPanel("cost"),
        FieldPanel("where_to_go"),
        FieldPanel("links_to_office"),
        FieldPanel("regions"),
        FieldPanel("statuses"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("step")
        verbose_name_plural = _("steps")

    def __str__(self):
        return self.heading
