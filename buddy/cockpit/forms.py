"""Cockpit forms: decisions with a reason, the certificate check, the end of a pair."""

from django import forms
from django.utils.translation import gettext_lazy as _

from buddy import choices


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": _("Say why, so we can propose someone better.")},
    )


class ConductForm(forms.Form):
    checked_on = forms.DateField(
        label=_("Certificate checked on"),
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": _("Enter a date like 2026-11-28.")},
    )
    result = forms.ChoiceField(label=_("Result"), choices=choices.ConductResult.choices)


class EndForm(forms.Form):
    reason = forms.ChoiceField(label=_("Why did it end?"), choices=choices.EndReason.choices)
    note = forms.CharField(label=_("Note (optional)"), max_length=500, required=False)
