"""Language helpers: the six site languages, translated weekdays, and which language a translated
field shows."""

from django.conf import settings
from django.utils import translation
from django.utils.translation import get_language_info, gettext_lazy
from modeltranslation.translator import NotRegistered, translator

from portal.vocabulary import WEEKDAY_NAMES

# (number, translated name) per weekday, 0 = Monday: the choices of every weekday field.
WEEKDAYS = [(number, gettext_lazy(name)) for number, name in enumerate(WEEKDAY_NAMES)]


def site_languages():
    """The site languages in order, each with its own name and writing direction."""
    languages = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        languages.append({"code": code, "name": info["name_local"], "bidi": info["bidi"]})
    return languages


def is_empty(value) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    try:
        return len(value) == 0
    except TypeError:
        return False


def shown_language(obj, field: str, language: str | None = None) -> str:
    """The language whose text `obj.<field>` shows in `language`, after Dutch fallback."""
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    try:
        fields = translator.get_options_for_model(type(obj)).all_fields
    except NotRegistered:
        return language
    if field not in fields:
        return language
    if not is_empty(getattr(obj, f"{field}_{language}", None)):
        return language
    for fallback in settings.MODELTRANSLATION_FALLBACK_LANGUAGES:
        if not is_empty(getattr(obj, f"{field}_{fallback}", None)):
            return fallback
    return language


def api_message_language(request) -> str:
    """The language of API messages: English for clients that ask for none, else the one
    LocaleMiddleware chose from Accept-Language."""
    return translation.get_language() if request.META.get("HTTP_ACCEPT_LANGUAGE") else "en"
