"""News about foreigners' law: an index and dated news pages tagged with topics."""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from portal.models import BasePage
from vreemdelingenrecht.blocks import LegalStreamBlock
from vreemdelingenrecht.models.mixins import LocalHelpMixin
from vreemdelingenrecht.models.taxonomy import Topic


class NewsIndexPage(LocalHelpMixin, BasePage):
    parent_page_types = ["vreemdelingenrecht.LegalIndexPage"]
    subpage_types = ["vreemdelingenrecht.NewsPage"]
    max_count = 1

    class Meta:
        verbose_name = _("news overview")
        verbose_name_plural = _("news overviews")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        topic = Topic.objects.by_slug(request.GET.get("topic", ""))
        context["topic"] = topic
        context["all_topics"] = Topic.objects.all()
        context["news"] = NewsPage.objects.listed(topic=topic)[:50]
        return context


class NewsPageQuerySet(PageQuerySet):
    def listed(self, topic=None):
        """Live, public news, newest first; only that topic's when one is given."""
        news = self.live().public().order_by("-date", "-pk")
        if topic is not None:
            news = news.filter(topics=topic)
        return news.prefetch_related("topics")

    def for_topic_page(self, page):
        """News that chose the topic page, or shares one of its topics."""
        return (
            self.listed()
            .filter(Q(related_topics=page) | Q(topics__in=page.topics.all()))
            .distinct()
            .order_by("-date", "-pk")
        )


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

    objects = PageManager.from_queryset(NewsPageQuerySet)()

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
