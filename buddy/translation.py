"""Fields of buddy pages that are translated into every site language."""

from modeltranslation.translator import TranslationOptions, register

from buddy.models import InitiativeIndexPage, InitiativePage


@register(InitiativeIndexPage)
class InitiativeIndexPageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(InitiativePage)
class InitiativePageTranslation(TranslationOptions):
    fields = ("intro", "body")
