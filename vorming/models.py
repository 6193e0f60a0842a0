"""The calendar's pages: the listing (with its iCalendar and RSS feeds) and one page per event."""

from __future__ import annotations

from functools import cached_property

from django.db import models
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from portal.json_fields import ChoiceListField
from portal.models import BasePage
from vorming import calendar_format, feeds, listing
from vorming.choices import Audience, Format, Kind, Region, Status, Theme


class EventDocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(
        label=_("title"), required=False, help_text=_("Leave empty to use the document title.")
    )

    class Meta:
        icon = "doc-full"


class EventIndexPage(RoutablePageMixin, BasePage):
    """The calendar: every event below it, filtered by a GET form, with feeds per filter."""

    parent_page_types = ["portal.HomePage", "portal.StandardPage"]
    subpage_types = ["vorming.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("training and event calendar")
        verbose_name_plural = _("training and event calendars")

    def events(self):
        return EventPage.objects.child_of(self).live().public()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(listing.listing_context(self, request))
        return context

    @path("ical/", name="ical")
    def ical_feed(self, request):
        return feeds.ical_response(self, request)

    @path("rss/", name="rss")
    def rss_feed(self, request):
        return feeds.EventFeed()(request, index=self)


class EventPage(BasePage):
    """One training, webinar, information session or e-learning."""

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.TRAINING)
    audiences = ChoiceListField(
        _("for whom"), item_choices=Audience.choices, blank=False, default=list
    )
    theme = models.CharField(_("theme"), max_length=30, choices=Theme.choices)
    format = models.CharField(
        _("format"), max_length=20, choices=Format.choices, default=Format.ON_SITE
    )
    region = models.CharField(
        _("region"), max_length=20, choices=Region.choices, default=Region.EVERYWHERE
    )
    location = models.CharField(
        _("place"), max_length=200, blank=True, help_text=_("Address or building, for on site.")
    )
    spoken_language = models.CharField(
        _("spoken language"),
        max_length=8,
        default="nl",
        help_text=_("Two-letter code of the language spoken, for example: nl."),
    )
    status = models.CharField(
        _("registration"), max_length=20, choices=Status.choices, default=Status.OPEN
    )
    registration_url = models.URLField(_("registration link"), blank=True)
    recording_url = models.URLField(
        _("recording link"), blank=True, help_text=_("Add it once the event has taken place.")
    )
    documents = StreamField(
        [("document", EventDocumentBlock())], blank=True, verbose_name=_("documents")
    )
    shown_on = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("also show on this page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("For example the crisis hub: it lists this event with its webinars."),
    )
    # The first start and last end of the sessions, kept on save so the listing can filter.
    starts_at = models.DateTimeField(_("first start"), null=True, blank=True, editable=False)
    ends_at = models.DateTimeField(_("last end"), null=True, blank=True, editable=False)

    parent_page_types = ["vorming.EventIndexPage"]
    subpage_types = []

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("audiences"),
                FieldPanel("theme"),
                FieldPanel("format"),
                FieldPanel("region"),
                FieldPanel("location"),
                FieldPanel("spoken_language"),
            ],
            heading=_("What and for whom"),
        ),
        InlinePanel("sessions", heading=_("Dates"), label=_("session")),
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("registration_url")], heading=_("Registration")
        ),
        MultiFieldPanel(
            [FieldPanel("recording_url"), FieldPanel("documents")], heading=_("After the event")
        ),
        PageChooserPanel("shown_on"),
    ]
    search_fields = [*BasePage.search_fields, index.FilterField("starts_at")]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def save(self, *args, **kwargs):
        sessions = [s for s in self.sessions.all() if s.starts_at and s.ends_at]
        self.starts_at = min((s.starts_at for s in sessions), default=None)
        self.ends_at = max((s.ends_at for s in sessions), default=None)
        return super().save(*args, **kwargs)

    def state(self, now=None) -> str:
        return calendar_format.event_state(
            self.starts_at, self.ends_at, now or timezone.now(), bool(self.recording_url)
        )

    @cached_property
    def current_state(self) -> str:
        return self.state()

    @property
    def is_past(self) -> bool:
        return self.current_state != calendar_format.UPCOMING

    @property
    def duration_minutes(self) -> int:
        """Of the first session (the crisis hub shows it)."""
        first = self.ordered_sessions[:1]
        if not first:
            return 0
        return int((first[0].ends_at - first[0].starts_at).total_seconds() // 60)

    @property
    def ordered_sessions(self) -> list:
        return sorted(self.sessions.all(), key=lambda s: s.starts_at)

    @property
    def spoken_language_name(self) -> str:
        try:
            return translation.get_language_info(self.spoken_language)["name_translated"]
        except KeyError:
            return self.spoken_language

    def audience_labels(self) -> list[str]:
        labels = dict(Audience.choices)
        return [str(labels[a]) for a in self.audiences if a in labels]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(listing.event_context(self, request))
        return context


class EventSession(Orderable):
    """One date of an event; a training may have several."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="sessions")
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))

    panels = [FieldPanel("starts_at"), FieldPanel("ends_at")]

    class Meta(Orderable.Meta):
        verbose_name = _("session")
        verbose_name_plural = _("sessions")

    def __str__(self):
        return f"{self.starts_at:%Y-%m-%d %H:%M}"
