"""The case-law database: rulings as pages under one CaseLawIndexPage with a filterable list."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from portal.models import BasePage
from portal.ratelimit import over_request_limit, too_many_requests
from vreemdelingenrecht import choices
from vreemdelingenrecht.models.mixins import LocalHelpMixin
from vreemdelingenrecht.validators import clean_ecli


class CaseLawIndexPage(LocalHelpMixin, BasePage):
    parent_page_types = ["vreemdelingenrecht.LegalIndexPage"]
    subpage_types = ["vreemdelingenrecht.RulingPage"]
    max_count = 1

    class Meta:
        verbose_name = _("case-law database")
        verbose_name_plural = _("case-law databases")

    def serve(self, request, *args, **kwargs):
        # Every view searches (the database turns each word into many LIKE conditions).
        if over_request_limit(request, "search"):
            return too_many_requests(request)
        return super().serve(request, *args, **kwargs)

    # The listing's context (filters, one page of rulings) comes from vreemdelingenrecht.case_law,
    # registered as this page type's context provider in the app's ready().


class RulingPageQuerySet(PageQuerySet):
    def listed(self):
        """Live, public rulings, newest first."""
        return self.live().public().order_by("-decision_date", "-pk").prefetch_related("topics")

    def for_topic_page(self, page):
        """Rulings that chose the topic page as related."""
        return self.listed().filter(related_pages=page).order_by("-decision_date", "-pk")

    def years(self) -> list[int]:
        """The years that have live, public rulings, newest first."""
        dates = self.live().public().dates("decision_date", "year", order="DESC")
        return [day.year for day in dates]


class RulingPage(LocalHelpMixin, BasePage):
    """One ruling; `intro` holds its summary in plain language. Identified by ECLI, else by
    court and role number."""

    court = models.CharField(_("court"), max_length=20, choices=choices.Court.choices)
    decision_date = models.DateField(_("date of the ruling"))
    ecli = models.CharField(
        _("ECLI"),
        max_length=64,
        blank=True,
        help_text=_("For example: ECLI:BE:RVV:2023:ARR.290123. Leave empty if there is none."),
    )
    role_number = models.CharField(
        _("role number"),
        max_length=64,
        blank=True,
        help_text=_("The case number of the court, when there is no ECLI."),
    )
    outcome = models.CharField(_("outcome"), max_length=20, choices=choices.Outcome.choices)
    topics = ParentalManyToManyField(
        "vreemdelingenrecht.Topic", blank=True, related_name="rulings", verbose_name=_("topics")
    )
    related_pages = ParentalManyToManyField(
        "vreemdelingenrecht.LegalTopicPage",
        blank=True,
        related_name="rulings",
        verbose_name=_("related topic pages"),
    )
    source_url = models.URLField(_("link to the full text"), max_length=500, blank=True)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("full text (document)"),
    )
    is_demo = models.BooleanField(_("demo content"), default=False, editable=False)

    objects = PageManager.from_queryset(RulingPageQuerySet)()

    parent_page_types = ["vreemdelingenrecht.CaseLawIndexPage"]
    subpage_types = []
    content_panels = [
        *BasePage.content_panels[:-2],
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("court"), FieldPanel("decision_date")]),
                FieldRowPanel([FieldPanel("ecli"), FieldPanel("role_number")]),
                FieldPanel("outcome"),
            ],
            heading=_("The ruling"),
        ),
        FieldPanel("intro", heading=_("summary")),
        FieldPanel("body"),
        FieldPanel("topics"),
        FieldPanel("related_pages"),
        MultiFieldPanel([FieldPanel("source_url"), FieldPanel("document")], heading=_("Source")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("ecli"),
        index.SearchField("role_number"),
        index.FilterField("court"),
        index.FilterField("decision_date"),
    ]

    class Meta:
        verbose_name = _("ruling")
        verbose_name_plural = _("rulings")
        constraints = [
            models.UniqueConstraint(
                fields=["ecli"], condition=~models.Q(ecli=""), name="unique_ruling_ecli"
            ),
        ]

    @property
    def reference(self) -> str:
        return self.ecli or self.role_number

    def clean(self):
        super().clean()
        errors = {}
        if self.ecli:
            try:
                self.ecli = clean_ecli(self.ecli)
            except ValidationError as error:
                errors["ecli"] = error
        if not self.ecli and not self.role_number.strip():
            errors["role_number"] = _("Enter the ECLI or the role number of the ruling.")
        if self.decision_date and self.decision_date > timezone.localdate():
            errors["decision_date"] = _("The date of the ruling cannot be in the future.")
        if errors:
            raise ValidationError(errors)
