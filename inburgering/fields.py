"""A list of choices stored as JSON and edited as checkboxes (for the rules' conditions)."""

from django import forms
from django.db import models


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
