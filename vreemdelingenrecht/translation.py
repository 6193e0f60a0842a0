"""Fields of vreemdelingenrecht models that are translated into every site language."""

from modeltranslation.translator import TranslationOptions, register

from vreemdelingenrecht.models import (
    CaseLawIndexPage,
    FrontLineService,
    LegalIndexPage,
    LegalTopicPage,
    NewsIndexPage,
    NewsPage,
    RulingPage,
    Topic,
)


@register(Topic)
class TopicTranslation(TranslationOptions):
    fields = ("name",)


@register(FrontLineService)
class FrontLineServiceTranslation(TranslationOptions):
    fields = ("description", "opening_hours")


@register(LegalIndexPage)
class LegalIndexPageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(LegalTopicPage)
class LegalTopicPageTranslation(TranslationOptions):
    fields = ("intro", "body", "reviewed_by")


@register(NewsIndexPage)
class NewsIndexPageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(NewsPage)
class NewsPageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(CaseLawIndexPage)
class CaseLawIndexPageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(RulingPage)
class RulingPageTranslation(TranslationOptions):
    fields = ("intro", "body")
