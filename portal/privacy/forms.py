"""Forms of the data page: ask for a link, and confirm an erasure."""

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.forms import SpamProtectedForm


class LinkRequestForm(SpamProtectedForm):
    email = forms.EmailField(label=_("E-mail address"), max_length=254)


class EraseForm(forms.Form):
    kinds = forms.MultipleChoiceField(
        label=_("What do you want to erase?"), widget=forms.CheckboxSelectMultiple
    )
    confirm = forms.BooleanField(
        label=_("Yes, erase this. I know it cannot be undone."),
        error_messages={"required": _("Tick the box to confirm.")},
    )

    def __init__(self, *args, kinds=(), **kwargs):
        """`kinds`: the (kind, label) pairs the address has records of."""
        super().__init__(*args, **kwargs)
        self.fields["kinds"].choices = list(kinds)
        self.fields["kinds"].initial = [kind for kind, _label in kinds]
