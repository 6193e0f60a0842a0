"""The guide's two GET forms: the variant (region and status) and the postcode for the office."""

from django import forms
from django.utils.translation import gettext_lazy as _

from inburgering import choices, guide

POSTCODE_MISSING = _("Fill in your postcode: four digits, for example 9000.")
POSTCODE_INVALID = _("A Belgian postcode has four digits, for example 9000. Check your postcode.")
POSTCODE_UNKNOWN = _(
    "We do not know the postcode %(code)s in Flanders or Brussels. Check the four digits on a "
    "letter from your municipality, for example 9000 for Gent or 1000 for Brussels."
)


class VariantForm(forms.Form):
    """Where the visitor lives and whether they must or may: both optional, nothing stored."""

    region = forms.ChoiceField(
        label=_("Where do you live?"),
        choices=choices.GUIDE_REGIONS,
        widget=forms.RadioSelect,
        required=False,
    )
    status = forms.ChoiceField(
        label=_("Must you follow the path, or may you?"),
        choices=choices.GUIDE_STATUSES,
        widget=forms.RadioSelect,
        required=False,
    )


class PostcodeForm(forms.Form):
    postcode = forms.CharField(
        label=_("Your postcode"),
        max_length=12,
        strip=True,
        widget=forms.TextInput(
            attrs={"inputmode": "numeric", "autocomplete": "postal-code", "size": 6}
        ),
        error_messages={"required": POSTCODE_MISSING, "max_length": POSTCODE_INVALID},
    )

    def clean_postcode(self) -> str:
        code = guide.clean_postcode(self.cleaned_data["postcode"])
        if code is None:
            raise forms.ValidationError(POSTCODE_INVALID, code="invalid")
        return code

    @classmethod
    def was_sent(cls, query) -> bool:
        return "postcode" in query
