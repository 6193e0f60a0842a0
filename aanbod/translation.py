"""Fields of aanbod models that are translated into every site language."""

from modeltranslation.translator import TranslationOptions, register

from aanbod.models import OfferIndexPage, OfferPage, OrganisationPage, TargetGroup, Theme


@register(OfferIndexPage)
class OfferIndexPageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(OrganisationPage)
class OrganisationPageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(OfferPage)
class OfferPageTranslation(TranslationOptions):
    fields = ("summary", "description", "cost_note")


@register(Theme)
class ThemeTranslation(TranslationOptions):
    fields = ("name",)


@register(TargetGroup)
class TargetGroupTranslation(TranslationOptions):
    fields = ("name",)
