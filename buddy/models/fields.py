"""A JSON list of choice values, edited as a group of checkboxes in forms and the admin."""

from django import forms
from django.db import models


class ChoiceListField(models.JSONField):
    def __init__(self, *args, item_choices=None, **kwargs):
        self.item_choices = item_choices or []
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        # Choices are presentation; migrations do not need them.
        name, path, args, kwargs = super().deconstruct()
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=self.item_choices,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )
