"""Local buddy initiatives as Wagtail pages, under one index page, with their matching fields."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from buddy import choices
from buddy.models.fields import ChoiceListField
from portal.models import BasePage


class InitiativeIndexPage(BasePage):
    parent_page_types = ["portal.HomePage", "portal.StandardPage"]
    subpage_types = ["buddy.InitiativePage"]
    max_count = 1

    class Meta:
        verbose_name = _("buddy initiatives overview")
        verbose_name_plural = _("buddy initiatives overviews")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["initiatives"] = (
            InitiativePage.objects.child_of(self).live().public().select_related("municipality")
        )
        return context


class InitiativePage(BasePage):
    """A local buddy project. The public text is translated; matching fields are not."""

    organisation = models.ForeignKey(
        "aanbod.OrganisationPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="buddy_initiatives",
        verbose_name=_("published by"),
    )
    municipality = models.ForeignKey(
        "portal.Municipality",
        on_delete=models.PROTECT,
        related_name="buddy_initiatives",
        verbose_name=_("municipality"),
    )
    reach_km = models.PositiveSmallIntegerField(
        _("reach (km)"),
        null=True,
        blank=True,
        help_text=_("Leave empty when volunteers may come from anywhere."),
    )
    capacity = models.PositiveSmallIntegerField(
        _("places for buddies"), default=5, help_text=_("How many buddies you can take now.")
    )
    buddy_kind = models.CharField(_("kind of buddy"), max_length=20, choices=choices.BuddyKind)
    preferred_languages = ChoiceListField(
        _("preferred languages"), item_choices=choices.LANGUAGES, blank=True
    )
    themes = ChoiceListField(_("themes"), item_choices=choices.Interest.choices, blank=True)
    availability = ChoiceListField(_("when buddies meet"), item_choices=choices.SLOTS)
    coordinator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="buddy_initiatives",
        verbose_name=_("local coordinator"),
        help_text=_("This person sees the proposals for this initiative."),
    )
    requires_conduct_certificate = models.BooleanField(
        _("certificate of good conduct needed"),
        default=False,
        help_text=_(
            "Tick when buddies have structural contact with minors (model 596.2). We only "
            "record the date and result of the check, never the document."
        ),
    )
    accepting = models.BooleanField(_("open for new buddies"), default=True)

    parent_page_types = ["buddy.InitiativeIndexPage"]
    subpage_types: list[str] = []
    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("organisation"),
                FieldRowPanel([FieldPanel("municipality"), FieldPanel("reach_km")]),
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("accepting")]),
                FieldPanel("buddy_kind"),
                FieldPanel("themes"),
                FieldPanel("availability"),
                InlinePanel("required_languages", label=_("required languages")),
                FieldPanel("preferred_languages"),
                FieldPanel("coordinator"),
                FieldPanel("requires_conduct_certificate"),
            ],
            heading=_("Matching"),
        ),
    ]

    class Meta:
        verbose_name = _("buddy initiative")
        verbose_name_plural = _("buddy initiatives")


class InitiativeLanguage(Orderable):
    initiative = ParentalKey(InitiativePage, related_name="required_languages")
    language = models.CharField(_("language"), max_length=5, choices=choices.LANGUAGES)
    min_level = models.CharField(_("minimum level"), max_length=6, choices=choices.Level)

    panels = [FieldRowPanel([FieldPanel("language"), FieldPanel("min_level")])]

    class Meta(Orderable.Meta):
        verbose_name = _("required language")
        verbose_name_plural = _("required languages")
