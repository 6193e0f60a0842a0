"""The crisis hub page with its FAQ and publications (usable for any crisis); its webinars live
in the training calendar (vorming), which adds them to the hub's context."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from crisis import domain
from crisis.blocks import PictogramBlock, PublicationFilesBlock
from crisis.hub_context import hub_context
from portal.models import BasePage

ANSWER_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class CrisisHubPage(RoutablePageMixin, BasePage):
    """One page that gathers everything for people affected by a crisis and those helping them."""

    offer_intro = models.TextField(
        _("introduction to the offer"),
        blank=True,
        help_text=_("One or two sentences: what can people find in the offer?"),
    )
    offer_target_group = models.SlugField(
        _("target group in the offer search"),
        max_length=60,
        blank=True,
        help_text=_("Code of a target group, for example: newcomers. Leave empty for all."),
    )
    offer_support_language = models.CharField(
        _("support language in the offer search"),
        max_length=8,
        blank=True,
        help_text=_("Two-letter code of a language the offer supports, for example: uk."),
    )
    legal_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("legal information page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page on the legal position of these people, under foreigners law."),
    )
    pictograms = StreamField(
        [("pictogram", PictogramBlock())], blank=True, verbose_name=_("pictograms")
    )

    parent_page_types = ["portal.HomePage", "portal.StandardPage"]
    subpage_types = ["portal.StandardPage"]

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("offer_intro"),
                FieldPanel("offer_target_group"),
                FieldPanel("offer_support_language"),
            ],
            heading=_("Offer"),
        ),
        PageChooserPanel("legal_page"),
        InlinePanel("faq_items", heading=_("Frequently asked questions"), label=_("question")),
        InlinePanel("publications", heading=_("Publications"), label=_("publication")),
        FieldPanel("pictograms"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("offer_intro"),
        index.RelatedFields(
            "faq_items", [index.SearchField("question"), index.SearchField("answer")]
        ),
        index.RelatedFields("publications", [index.SearchField("title")]),
    ]

    class Meta:
        verbose_name = _("crisis hub")
        verbose_name_plural = _("crisis hubs")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(hub_context(self, request))
        return context

    @path("pictograms/", name="pictograms")
    def pictogram_sheet(self, request):
        return self.render(
            request, template="crisis/pictogram_sheet.html", context_overrides={"sheet": True}
        )


class HubFaqItem(Orderable):
    class Audience(models.TextChoices):
        CONCERNED = "concerned", _("People who fled")
        HOST_FAMILIES = "host_families", _("Host families")
        LOCAL_AUTHORITIES = "local_authorities", _("Local authorities")
        PROFESSIONALS = "professionals", _("Professionals")

    page = ParentalKey(CrisisHubPage, on_delete=models.CASCADE, related_name="faq_items")
    audience = models.CharField(_("for whom"), max_length=30, choices=Audience.choices)
    question = models.CharField(_("question"), max_length=255)
    answer = RichTextField(_("answer"), features=ANSWER_FEATURES)

    panels = [FieldPanel("audience"), FieldPanel("question"), FieldPanel("answer")]

    class Meta(Orderable.Meta):
        verbose_name = _("frequently asked question")
        verbose_name_plural = _("frequently asked questions")

    def __str__(self):
        return self.question


class Publication(Orderable):
    page = ParentalKey(CrisisHubPage, on_delete=models.CASCADE, related_name="publications")
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    files = StreamField(PublicationFilesBlock(), verbose_name=_("files per language"))

    panels = [FieldPanel("title"), FieldPanel("description"), FieldPanel("files")]

    class Meta(Orderable.Meta):
        verbose_name = _("publication")
        verbose_name_plural = _("publications")

    def __str__(self):
        return self.title

    @property
    def languages(self) -> list[str]:
        return [child.value.get("language") for child in self.files]

    def files_for(self, preferred: str):
        """The file in the preferred language (if any) and the others."""
        return domain.pick_language([child.value for child in self.files], preferred)
