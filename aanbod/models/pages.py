"""The offer tree: OfferIndexPage > OrganisationPage > OfferPage, with schedule rows."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from aanbod import choices
from aanbod.models.derived import (
    offer_findability_gaps,
    offer_plan_facts,
    offer_refresh_derived,
    offer_schedule,
)
from aanbod.panels import OfferChecklistPanel
from aanbod.permissions import offers_moderation_ensure, organisation_editors_ensure
from aanbod.sharing import offer_share_context
from portal.models import BasePage
from portal.models.base import TranslatedSitemapMixin


class OfferIndexPage(BasePage):
    parent_page_types = ["portal.HomePage", "portal.StandardPage"]
    subpage_types = ["aanbod.OrganisationPage"]
    max_count = 1

    class Meta:
        verbose_name = _("offer overview")
        verbose_name_plural = _("offer overviews")

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        offers_moderation_ensure(self)
        return result

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["offers"] = OfferPage.objects.listed()[:50]
        return context


class OrganisationPage(BasePage):
    """A local authority, organisation or agency that publishes offers; its editors' group gets
    rights on this page and everything below it."""

    kind = models.CharField(_("kind"), max_length=20, choices=choices.OrganisationKind.choices)
    municipalities = ParentalManyToManyField(
        "portal.Municipality", blank=True, verbose_name=_("municipalities served")
    )
    contact_email = models.EmailField(
        _("e-mail for reminders"),
        blank=True,
        help_text=_("We send reminders here when an offer is about to expire."),
    )
    editors_group = models.ForeignKey(
        "auth.Group", null=True, editable=False, on_delete=models.SET_NULL, related_name="+"
    )

    parent_page_types = ["aanbod.OfferIndexPage"]
    subpage_types = ["aanbod.OfferPage"]
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("kind"),
        FieldPanel("municipalities"),
        FieldPanel("contact_email"),
    ]

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        if self.editors_group_id is None and self.pk:
            self.editors_group = organisation_editors_ensure(self)
            super().save(clean=False, update_fields=["editors_group"])
        return result

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["offers"] = OfferPage.objects.listed().filter(organisation=self)
        return context


class OfferQuerySet(PageQuerySet):
    def listed(self, *, today: dt.date | None = None) -> OfferQuerySet:
        """Live, public offers that have not expired, soonest first."""
        today = today or timezone.localdate()
        return (
            self.live()
            .public()
            .filter(valid_until__gte=today)
            .select_related("municipality", "organisation")
            .prefetch_related("dutch_levels")
            .order_by("next_occurrence", "title")
        )


class OfferPage(RoutablePageMixin, TranslatedSitemapMixin, Page):
    objects = PageManager.from_queryset(OfferQuerySet)()

    # --- what -----------------------------------------------------------------------
    summary = models.TextField(
        _("summary"),
        max_length=500,
        blank=True,
        help_text=_("One or two sentences, plain language."),
    )
    description = models.TextField(_("description"), max_length=10_000, blank=True)
    offer_type = models.CharField(_("type"), max_length=20, choices=choices.OfferType.choices)
    themes = ParentalManyToManyField("aanbod.Theme", blank=True, verbose_name=_("themes"))
    target_groups = ParentalManyToManyField(
        "aanbod.TargetGroup", blank=True, verbose_name=_("target groups")
    )
    dutch_levels = ParentalManyToManyField(
        "aanbod.DutchLevel",
        blank=True,
        verbose_name=_("Dutch levels"),
        help_text=_("Leave empty when the offer is for all levels."),
    )
    low_literacy_friendly = models.BooleanField(_("suits people who read little"), default=False)
    support_languages = models.CharField(
        _("other languages spoken"),
        max_length=200,
        blank=True,
        help_text=_("Two-letter codes, separated by commas, for example: en, uk, ar."),
    )
    # --- where ----------------------------------------------------------------------
    format = models.CharField(_("format"), max_length=20, choices=choices.Format.choices)
    location_name = models.CharField(_("place name"), max_length=200, blank=True)
    street = models.CharField(_("street and number"), max_length=200, blank=True)
    postcode = models.CharField(_("postcode"), max_length=4, blank=True)
    municipality = models.ForeignKey(
        "portal.Municipality",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="offers",
        verbose_name=_("municipality"),
    )
    latitude = models.FloatField(_("latitude"), null=True, blank=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)
    # --- when -----------------------------------------------------------------------
    start_date = models.DateField(_("first day"), null=True, blank=True)
    end_date = models.DateField(_("last day"), null=True, blank=True)
    hours_total = models.DecimalField(
        _("total hours"),
        max_digits=6,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    counts_for_participation = models.BooleanField(
        _("counts for the 40-hour participation trajectory"), default=False
    )
    # --- cost, access, contact --------------------------------------------------------
    cost_free = models.BooleanField(_("free"), default=True)
    cost_amount = models.DecimalField(
        _("price in euro"),
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    cost_note = models.TextField(_("about the price"), max_length=500, blank=True)
    childcare = models.BooleanField(_("childcare"), default=False)
    wheelchair_accessible = models.BooleanField(_("wheelchair accessible"), default=False)
    language_friendly_label = models.BooleanField(_("language icon (taalicoon)"), default=False)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=30, blank=True)
    contact_url = models.URLField(_("website"), max_length=2000, blank=True)
    registration_required = models.BooleanField(_("registration needed"), default=False)
    registration_url = models.URLField(_("registration link"), max_length=2000, blank=True)
    # --- trust and exchange ------------------------------------------------------------
    valid_until = models.DateField(
        _("valid until"), help_text=_("After this day the offer leaves the website.")
    )
    last_checked = models.DateField(_("last checked by the publisher"), default=timezone.localdate)
    source = models.SlugField(_("source"), max_length=50, default="wegwijs")
    external_id = models.CharField(_("ID in the source"), max_length=200, blank=True)
    # --- derived from the schedule (see aanbod.schedule) ------------------------------------
    weekdays = models.JSONField(default=list, editable=False)
    day_parts = models.JSONField(default=list, editable=False)
    next_occurrence = models.DateTimeField(null=True, editable=False)
    organisation = models.ForeignKey(
        "aanbod.OrganisationPage",
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="offers",
    )
    reminders_sent = models.JSONField(default=dict, editable=False)

    parent_page_types = ["aanbod.OrganisationPage"]
    subpage_types = []
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("description"),
        index.FilterField("offer_type"),
        index.FilterField("valid_until"),
    ]
    content_panels = [
        OfferChecklistPanel(gaps=offer_findability_gaps),
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("offer_type"), FieldPanel("format")]),
        FieldPanel("dutch_levels", widget=choices.checkbox_widget()),
        FieldPanel("low_literacy_friendly"),
        FieldPanel("themes", widget=choices.checkbox_widget()),
        FieldPanel("target_groups", widget=choices.checkbox_widget()),
        FieldPanel("support_languages"),
    ]
    place_panels = [
        FieldPanel("location_name"),
        FieldPanel("street"),
        FieldRowPanel([FieldPanel("postcode"), FieldPanel("municipality")]),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
    ]
    schedule_panels = [
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        InlinePanel("weekly_slots", label=_("Every week")),
        InlinePanel("single_dates", label=_("Single dates")),
        FieldRowPanel([FieldPanel("hours_total"), FieldPanel("counts_for_participation")]),
    ]
    practical_panels = [
        MultiFieldPanel(
            [FieldPanel("cost_free"), FieldPanel("cost_amount"), FieldPanel("cost_note")],
            heading=_("Price"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("childcare"),
                FieldPanel("wheelchair_accessible"),
                FieldPanel("language_friendly_label"),
            ],
            heading=_("Access"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("contact_url"),
                FieldPanel("registration_required"),
                FieldPanel("registration_url"),
            ],
            heading=_("Contact and registration"),
        ),
        FieldRowPanel([FieldPanel("valid_until"), FieldPanel("last_checked")]),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Offer")),
            ObjectList(place_panels, heading=_("Place")),
            ObjectList(schedule_panels, heading=_("When")),
            ObjectList(practical_panels, heading=_("Practical")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    class Meta:
        verbose_name = _("offer")
        verbose_name_plural = _("offers")
        constraints = [
            models.UniqueConstraint(
                fields=["source", "external_id"],
                condition=~models.Q(external_id=""),
                name="unique_offer_per_source",
            )
        ]

    def clean(self):
        super().clean()
        errors = {}
        if self.format in (choices.Format.IN_PERSON, choices.Format.BLENDED) and not (
            self.postcode or self.municipality_id
        ):
            errors["postcode"] = _("Give the postcode of the place, so people can find it nearby.")
        if self.end_date and self.start_date and self.end_date < self.start_date:
            errors["end_date"] = _("The last day is before the first day. Check both dates.")
        if not self.cost_free and self.cost_amount is None:
            errors["cost_amount"] = _("Give the price, or tick 'free'.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        offer_refresh_derived(self)
        return super().save(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(offer_share_context(self, request, offer_schedule(self)))
        context["plan_facts"] = offer_plan_facts(self)  # "Add to My 40 hours" (offer_actions)
        return context

    @path("")
    def detail(self, request):
        status = 410 if self.is_expired else 200  # shared links explain, not just vanish
        response = self.render(request)
        response.status_code = status
        return response

    @path("print/")
    def print_view(self, request):
        return self.render(request, template="aanbod/offer_page_print.html")

    @property
    def support_language_codes(self) -> list[str]:
        return [code.strip() for code in self.support_languages.split(",") if code.strip()]

    @property
    def is_expired(self) -> bool:
        return self.valid_until < timezone.localdate()


class OfferWeeklySlot(Orderable):
    offer = ParentalKey(OfferPage, on_delete=models.CASCADE, related_name="weekly_slots")
    weekday = models.PositiveSmallIntegerField(_("day"), choices=choices.WEEKDAYS)
    start = models.TimeField(_("from"))
    end = models.TimeField(_("until"))

    panels = [FieldRowPanel([FieldPanel("weekday"), FieldPanel("start"), FieldPanel("end")])]

    class Meta(Orderable.Meta):
        verbose_name = _("weekly time")

    def clean(self):
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("The end time must be after the start time.")})


class OfferDate(Orderable):
    offer = ParentalKey(OfferPage, on_delete=models.CASCADE, related_name="single_dates")
    date = models.DateField(_("date"))

    panels = [FieldPanel("date")]

    class Meta(Orderable.Meta):
        verbose_name = _("single date")
