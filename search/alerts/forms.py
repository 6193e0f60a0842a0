"""The subscribe form: an e-mail address for the current search, protected against spam."""

from urllib.parse import parse_qs

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.forms import SpamProtectedForm
from search.offers.params import parse_params, to_query_string


class AlertForm(SpamProtectedForm):
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        error_messages={
            "required": _("Fill in your e-mail address."),
            "invalid": _("Fill in an e-mail address like name@example.be."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    query = forms.CharField(required=False, max_length=2000, widget=forms.HiddenInput)

    def clean_query(self):
        params, errors = parse_params(parse_qs(self.cleaned_data["query"] or ""))
        if errors:
            raise forms.ValidationError(
                _("This search could not be saved. Go back to the search and try again."),
                code="invalid_query",
            )
        # Stored canonically, so the same search saved twice is one subscription.
        return to_query_string(params.with_changes(lang="nl", page=1, page_size=20))
