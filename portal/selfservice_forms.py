"""Forms every self-service area shares: ask for a link by e-mail, pause until a date, confirm."""

import datetime as dt

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.forms import SpamProtectedForm

EMAIL_ERRORS = {
    "required": _("Enter your e-mail address."),
    "invalid": _("Enter an e-mail address like name@example.be."),
}
DATE_ERRORS = {"invalid": _("Enter a date like 2027-03-31.")}
LONGEST_PAUSE = dt.timedelta(days=366)


class LinkRequestForm(SpamProtectedForm):
    """The address a magic link goes to; the page never says whether it is known."""

    email = forms.EmailField(
        label=_("E-mail address"),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages=EMAIL_ERRORS,
    )


class PauseForm(forms.Form):
    """A pause until a date in the coming year. An app says what a pause stops in `pause_help`."""

    pause_help = _("We send you nothing until this date.")
    until = forms.DateField(
        label=_("Pause until"),
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={
            "required": _("Enter the date until which you want a pause."),
            **DATE_ERRORS,
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["until"].help_text = self.pause_help

    def clean_until(self):
        until = self.cleaned_data["until"]
        today = timezone.localdate()
        if until <= today:
            raise forms.ValidationError(_("Choose a date in the future."))
        if until > today + LONGEST_PAUSE:
            raise forms.ValidationError(_("A pause can last one year at most."))
        return until


class ConfirmForm(forms.Form):
    """A tick that says "yes, I am sure" before withdrawing or erasing."""

    confirm = forms.BooleanField(
        label=_("Yes, I am sure."),
        error_messages={"required": _("Tick the box to confirm.")},
    )
