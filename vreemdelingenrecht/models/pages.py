"""The legal information tree: LegalIndexPage > LegalTopicPage (nested) with review data."""

import datetime as dt

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from portal.models import BasePage
from vreemdelingenrecht.blocks import LegalStreamBlock, faq_jsonld
from vreemdelingenrecht.models.mixins import LocalHelpMixin
from vreemdelingenrecht.models.news import NewsPage
from vreemdelingenrecht.models.rulings import RulingPage
from vreemdelingenrecht.permissions import legal_moderation_ensure

DEFAULT_REVIEWER = "Juridische helpdesk vreemdelingenrecht (VIF)"


class LegalIndexPage(LocalHelpMixin, BasePage):
    """The root of the legal section; its moderation workflow covers everything below."""

    parent_page_types = ["portal.HomePage", "portal.StandardPage"]
    subpage_types = [
        "vreemdelingenrecht.LegalTopicPage",
        "vreemdelingenrecht.NewsIndexPage",
        "vreemdelingenrecht.CaseLawIndexPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("legal information overview")
        verbose_name_plural = _("legal information overviews")

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        legal_moderation_ensure(self)
        return result

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topics"] = self.get_children().live().public().type(LegalTopicPage).specific()
        context["latest_news"] = NewsPage.objects.listed()[:3]
        context["latest_rulings"] = RulingPage.objects.listed()[:3]
        return context


class LegalTopicPage(LocalHelpMixin, BasePage):
    """A thematic page (residence, family reunification, ...); topic pages nest."""

    body = StreamField(LegalStreamBlock(), blank=True, verbose_name=_("content"))
    topics = ParentalManyToManyField(
        "vreemdelingenrecht.Topic",
        blank=True,
        related_name="topic_pages",
        verbose_name=_("topics"),
    )
    last_reviewed = models.DateField(
        _("last reviewed"),
        default=timezone.localdate,
        help_text=_("The day a legal expert last checked that the whole page is correct."),
    )
    reviewed_by = models.CharField(
        _("reviewed by (service)"),
        max_length=150,
        default=DEFAULT_REVIEWER,
        help_text=_("The service that checked the page, shown to visitors."),
    )
    is_demo = models.BooleanField(_("demo content"), default=False, editable=False)

    parent_page_types = ["vreemdelingenrecht.LegalIndexPage", "vreemdelingenrecht.LegalTopicPage"]
    subpage_types = ["vreemdelingenrecht.LegalTopicPage"]
    content_panels = [
        *BasePage.content_panels[:-1],
        FieldPanel("body"),
        FieldPanel("topics"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("last_reviewed"), FieldPanel("reviewed_by")])],
            heading=_("Review"),
        ),
    ]
    search_fields = [*BasePage.search_fields, index.FilterField("last_reviewed")]

    class Meta:
        verbose_name = _("legal topic page")
        verbose_name_plural = _("legal topic pages")

    def review_due(self, *, after_days: int, today: dt.date | None = None) -> bool:
        today = today or timezone.localdate()
        return self.last_reviewed <= today - dt.timedelta(days=after_days)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["subpages"] = self.get_children().live().public().specific()
        context["faq_jsonld"] = faq_jsonld(self.body)
        context["related_news"] = NewsPage.objects.for_topic_page(self)[:5]
        context["related_rulings"] = RulingPage.objects.for_topic_page(self)[:5]
        return context
