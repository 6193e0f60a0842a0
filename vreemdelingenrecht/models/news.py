"""News about foreigners' law: an index and dated news pages tagged with topics."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from portal.models import BasePage
from vreemdelingenrecht.blocks import LegalStreamBlock
from vreemdelingenrecht.models.pages import LocalHelpMixin


class NewsIndexPage(LocalHelpMixin, BasePage):
    parent_page_types = ["vreemdelingenrecht.LegalIndexPage"]
    subpage_types = ["vreemdelingenrecht.NewsPage"]
    max_count = 1

    class Meta:
        verbose_name = _("news overview")
        verbose_name_plural = _("news overviews")

    def get_context(self, request, *args, **kwargs):
        from vreemdelingenrecht import selectors

        context = super().get_context(request, *args, **kwargs)
        topic = selectors.topic_by_slug(request.GET.get("topic", ""))
        context["topic"] = topic
        context["all_topics"] = selectors.topic_list()
        context["news"] = selectors.news_list(topic=topic)[:50]
        return context


class NewsPage(LocalHelpMixin, BasePage):
    date = models.DateField(_("date"), default=timezone.localdate)
    body = StreamField(LegalStreamBlock(), blank=True, verbose_name=_("content"))
    topics = ParentalManyToManyField(
        "vreemdelingenrecht.Topic", blank=True, related_name="news", verbose_name=_("topics")
    )
    related_topics = ParentalManyToManyField(
        "vreemdelingenrecht.LegalTopicPage",
        blank=True,
        related_name="news",
        verbose_name=_("related legal topics"),
    )
    is_demo = models.BooleanField(_("demo content"), default=False, editable=False)

    parent_page_types = ["vreemdelingenrecht.NewsIndexPage"]
    subpage_types = []
    content_panels = [
        *BasePage.content_panels[:-1],
        FieldPanel("date"),
        FieldPanel("body"),
        FieldPanel("topics"),
        FieldPanel("related_topics"),
    ]
    search_fields = [*BasePage.search_fields, index.FilterField("date")]

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")
        ordering = ["-date"]
