"""The translated text of a page (or any translated record), per language, for the editors'
checks: the plain-language score and the list of missing translations."""

from __future__ import annotations

from django.conf import settings
from django.utils.html import strip_tags
from modeltranslation.translator import NotRegistered, translator
from wagtail.blocks import StreamValue

# Not text a visitor reads as such: addresses are made from the slug.
NOT_TEXT_FIELDS = frozenset({"slug", "url_path"})


def translated_fields(model) -> list[str]:
    """Names of the model's translated text fields, title first."""
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return []
    names = [name for name in options.all_fields if name not in NOT_TEXT_FIELDS]
    return sorted(names, key=lambda name: (name != "title", name))


def site_languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def _strings(value) -> list[str]:
    """The visitor-facing strings in a StreamField's raw data: values with a space in them
    (block types, ids, heading levels and "info" are single tokens)."""
    if isinstance(value, str):
        text = strip_tags(value).strip()
        return [text] if " " in text else []
    if isinstance(value, dict):
        return [
            s for key, item in value.items() if key not in ("id", "type") for s in _strings(item)
        ]
    if isinstance(value, (list, tuple)):
        return [s for item in value for s in _strings(item)]
    return []


def field_text(record, name: str, language: str) -> str:
    """The stored value of one translated field in one language (no fallback), as plain text."""
    value = getattr(record, f"{name}_{language.replace('-', '_')}", None)
    if value is None:
        return ""
    if isinstance(value, StreamValue):
        return "\n".join(_strings(value.get_prep_value()))
    return strip_tags(str(value)).strip()


def record_text(record, language: str) -> str:
    """All translated text of a record in one language, a paragraph per field."""
    parts = (field_text(record, name, language) for name in translated_fields(type(record)))
    return "\n".join(part for part in parts if part)


def missing_translations(record) -> dict[str, list[str]]:
    """Per language other than Dutch: the fields that have Dutch text and none of their own,
    so the visitor sees the Dutch fallback."""
    default = settings.LANGUAGE_CODE
    fields = translated_fields(type(record))
    with_dutch = [name for name in fields if field_text(record, name, default)]
    missing: dict[str, list[str]] = {}
    for language in site_languages():
        if language == default:
            continue
        gaps = [name for name in with_dutch if not field_text(record, name, language)]
        if gaps:
            missing[language] = gaps
    return missing
