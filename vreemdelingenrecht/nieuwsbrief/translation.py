"""Fields of newsletter models that are translated into every site language."""

from modeltranslation.translator import TranslationOptions, register

from vreemdelingenrecht.nieuwsbrief.models import NewsletterIssue


@register(NewsletterIssue)
class NewsletterIssueTranslation(TranslationOptions):
    fields = ("subject", "intro")
