"""The public register's search form (GET, works without JavaScript)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from taalhulp.register.models import AREA_CHOICES, LANGUAGE_CHOICES

MODE_CHOICES = [
    ("", _("Remote or on site")),
    ("remote", _("Remote (phone or video)")),
    ("on_site", _("On site")),
]


class RegisterSearchForm(forms.Form):
    language = forms.ChoiceField(
        label=_("Language (with Dutch)"),
        choices=[("", _("All languages"))],
        required=False,
    )
    area = forms.ChoiceField(
        label=_("Area"),
        choices=[("", _("All areas"))],
        required=False,
        help_text=_("Where the interpreter comes to you."),
    )
    mode = forms.ChoiceField(label=_("How"), choices=MODE_CHOICES, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Sorted in the visitor's language, so the list reads alphabetically in every language.
        languages = sorted(((code, str(label)) for code, label in LANGUAGE_CHOICES), key=_key)
        self.fields["language"].choices = [("", _("All languages")), *languages]
        self.fields["area"].choices = [("", _("All areas")), *AREA_CHOICES]


def _key(choice):
    return choice[1].casefold()
