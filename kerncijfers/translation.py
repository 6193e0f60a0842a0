"""Fields of kerncijfers models that are translated into every site language."""

from modeltranslation.translator import TranslationOptions, register

from kerncijfers.models import FigureNote, KeyFiguresPage


@register(KeyFiguresPage)
class KeyFiguresPageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(FigureNote)
class FigureNoteTranslation(TranslationOptions):
    fields = ("text",)
