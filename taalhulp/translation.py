"""Fields of taalhulp models that are translated into every site language."""

from modeltranslation.translator import TranslationOptions, register

from taalhulp.models import DecisionRule, LanguageHelpPage


@register(LanguageHelpPage)
class LanguageHelpPageTranslation(TranslationOptions):
    fields = ("intro", "body", "default_reason", "fan")


@register(DecisionRule)
class DecisionRuleTranslation(TranslationOptions):
    fields = ("reason",)
