"""A list of choices stored as JSON (SQLite in development, PostgreSQL elsewhere), edited as
checkboxes, and the one way to ask which rows hold a value (every app that keeps such lists)."""

import json

from django import forms
from django.db import models
from django.db.models import Q


class ChoiceListField(models.JSONField):
    """A JSON list of values from `item_choices`; the admin shows one checkbox per choice.

    The choices only shape the admin form, so they stay out of migrations."""

    def __init__(self, *args, item_choices=(), **kwargs):
        self.item_choices = list(item_choices)
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        defaults = {
            "form_class": forms.TypedMultipleChoiceField,
            "choices": self.item_choices,
            "widget": forms.CheckboxSelectMultiple,
            "required": not self.blank,
        }
        defaults.update(kwargs)
        # Skip JSONField.formfield: it would build a JSON text area.
        return models.Field.formfield(self, **defaults)


def holds(field: str, value: str) -> Q:
    """Rows whose JSON list `field` has `value` as an element, on SQLite and PostgreSQL alike.

    JSON `contains` does not exist on SQLite, so this matches the element with its quotes in the
    stored text: "ar" finds ["ar", "uk"] but not ["ar-eg"]. Values are plain codes."""
    return Q(**{f"{field}__icontains": json.dumps(value)})


def holds_entry(field: str, key: str, value: str) -> Q:
    """Rows whose JSON list of objects `field` has an object with `key` equal to `value`
    (both databases write objects as {"key": "value", ...})."""
    return Q(**{f"{field}__icontains": f"{json.dumps(key)}: {json.dumps(value)}"})
