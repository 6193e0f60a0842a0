"""Fields of portal models that are translated into every site language."""

from modeltranslation.translator import TranslationOptions, register

from portal.models import HomePage, NavigationMenuItem, SiteSettings, StandardPage


@register(HomePage)
class HomePageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(StandardPage)
class StandardPageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(NavigationMenuItem)
class NavigationMenuItemTranslation(TranslationOptions):
    fields = ("label",)


@register(SiteSettings)
class SiteSettingsTranslation(TranslationOptions):
    fields = ("helpdesk_hours", "helpdesk_audience", "footer_text")
