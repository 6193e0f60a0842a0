"""Translated fields for demo pages: how every app's demo writes one text per language."""

from __future__ import annotations


def translated(field: str, texts: dict) -> dict:
    """{"nl": "Hallo", "en": "Hello"} -> {"field_nl": "Hallo", "field_en": "Hello"}."""
    return {f"{field}_{code}": value for code, value in texts.items()}


def demo_note(texts: dict) -> dict:
    """The page body of each language: one info callout that says the page is a demo."""
    return {
        f"body_{code}": [
            {"type": "callout", "value": {"kind": "info", "heading": "", "text": f"<p>{text}</p>"}}
        ]
        for code, text in texts.items()
    }


def page_fields(spec: dict, names: tuple[str, ...], *, note: bool = True) -> dict:
    """The translated fields `names` (with "slug" and "title") of a demo page spec, its demo note
    as the body, and the plain slug and title in Dutch, the default language."""
    fields = {}
    for name in names:
        fields.update(translated(name, spec[name]))
    if note:
        fields.update(demo_note(spec["demo_note"]))
    fields["slug"], fields["title"] = fields["slug_nl"], fields["title_nl"]
    return fields
