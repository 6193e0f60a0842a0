"""The quarter picker of the key figures page: a GET form that works without JavaScript."""

from django import forms
from django.utils.translation import gettext_lazy as _

from kerncijfers.quarters import Quarter


class QuarterForm(forms.Form):
    quarter = forms.ChoiceField(
        label=_("Quarter"),
        error_messages={
            "required": _("Choose a quarter from the list."),
            "invalid_choice": _("We have no figures for this quarter. Choose one from the list."),
        },
    )

    def __init__(self, *args, quarters: list[Quarter], current: Quarter, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["quarter"].choices = [
            (quarter.code, quarter_label(quarter, current)) for quarter in quarters
        ]


def quarter_label(quarter: Quarter, current: Quarter) -> str:
    if quarter == current:
        return _("%(quarter)s (so far)") % {"quarter": quarter.code}
    return quarter.code
