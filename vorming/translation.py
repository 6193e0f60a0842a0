"""Fields of the calendar's pages that are translated into every site language."""

from modeltranslation.translator import TranslationOptions, register

from vorming.models import EventIndexPage, EventPage


@register(EventIndexPage)
class EventIndexPageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(EventPage)
class EventPageTranslation(TranslationOptions):
    fields = ("intro", "body")
