"""BasePage: the fields, panels, search and sitemap behaviour every content page shares."""

from django.conf import settings
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.blocks import BaseStreamBlock
from portal.registries import page_context_providers


class TranslatedSitemapMixin:
    """Sitemap entries for every language version of a page, with hreflang alternates."""

    def get_sitemap_urls(self, request=None):
        alternates = []
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                alternates.append({"lang_code": code, "location": self.get_full_url(request)})
        default = next(a for a in alternates if a["lang_code"] == settings.LANGUAGE_CODE)
        alternates.append({"lang_code": "x-default", "location": default["location"]})
        lastmod = self.last_published_at or self.latest_revision_created_at
        return [
            {"location": alt["location"], "lastmod": lastmod, "alternates": alternates}
            for alt in alternates[:-1]
        ]


class BasePage(TranslatedSitemapMixin, Page):
    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two short sentences in plain language. Shown under the title."),
    )
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("content"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Apps may add a page type's context from their workflows (registered in ready()), under
        # "app.Model" or, when several apps add to one type, "app.Model+<app>".
        for key, provider in page_context_providers.items():
            if key.split("+", 1)[0] == self._meta.label:
                context.update(provider(self, request))
        return context

    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        abstract = True
