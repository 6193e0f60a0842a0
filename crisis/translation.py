"""Fields of crisis models that are translated into every site language."""

from modeltranslation.translator import TranslationOptions, register

from crisis.models import CrisisHubPage, HubFaqItem, Publication


@register(CrisisHubPage)
class CrisisHubPageTranslation(TranslationOptions):
    fields = ("intro", "body", "offer_intro")


@register(HubFaqItem)
class HubFaqItemTranslation(TranslationOptions):
    fields = ("question", "answer")


@register(Publication)
class PublicationTranslation(TranslationOptions):
    fields = ("title", "description")
