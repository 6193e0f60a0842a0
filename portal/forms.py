"""Spam protection for public forms without third-party services: a honeypot plus a signed timer."""

from __future__ import annotations

import time

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.translation import gettext_lazy as _

from portal import proof_of_work

SIGNING_SALT = "portal.forms.started"
MAX_AGE_SECONDS = 24 * 60 * 60


def _signed_at(token: str) -> int:
    """The Unix time stored in a valid TimestampSigner token ("value:timestamp:signature")."""
    return signing.b62_decode(token.rsplit(":", 2)[1])


def _min_seconds() -> float:
    return float(getattr(settings, "SPAM_MIN_SECONDS", 3))


class SpamProtectedForm(forms.Form):
    """Base for public forms; also works as a first base next to `forms.ModelForm`.

    Bots fill in every field and post at once. People leave the hidden `website` field empty
    and need more than a few seconds. The start time is signed, so it cannot be faked.
    """

    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    form_started = forms.CharField(required=False, widget=forms.HiddenInput)
    # Filled in by static/js/proof-of-work.js when settings.SPAM_PROOF_OF_WORK is on.
    proof_of_work = forms.CharField(required=False, widget=forms.HiddenInput)

    spam_messages = {
        "honeypot": _("We could not accept this form. Please try again."),
        "too_fast": _(
            "You sent the form very quickly. Please check your answers and send it again."
        ),
        "expired": _(
            "This form was open for too long. Please check your answers and send it again."
        ),
        "proof_of_work": _(
            "Your browser did not finish the safety check. Wait a few seconds and send the form "
            "again. If this keeps happening, turn on JavaScript or use another browser."
        ),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["form_started"].initial = signing.TimestampSigner(salt=SIGNING_SALT).sign(
            "form"
        )
        # Steps of a multi-step form may leave the field out (buddy registration).
        field = self.fields.get("proof_of_work")
        if field is not None and proof_of_work.enabled():
            field.widget.attrs["data-pow-challenge"] = proof_of_work.new_challenge()

    @property
    def proof_of_work_required(self) -> bool:
        field = self.fields.get("proof_of_work")
        return field is not None and "data-pow-challenge" in field.widget.attrs

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("website"):
            raise forms.ValidationError(self.spam_messages["honeypot"], code="honeypot")
        token = cleaned.get("form_started") or ""
        signer = signing.TimestampSigner(salt=SIGNING_SALT)
        try:
            signer.unsign(token, max_age=MAX_AGE_SECONDS)
        except signing.SignatureExpired:
            self._refresh_token()
            raise forms.ValidationError(self.spam_messages["expired"], code="expired") from None
        except signing.BadSignature:
            self._refresh_token()
            raise forms.ValidationError(self.spam_messages["honeypot"], code="honeypot") from None
        # unsign() checks the maximum age; the minimum we check ourselves.
        if time.time() - _signed_at(token) < _min_seconds():
            raise forms.ValidationError(self.spam_messages["too_fast"], code="too_fast")
        # A step of a multi-step form without the field is checked at the step that has it.
        if self.proof_of_work_required and not proof_of_work.solution_is_valid(
            cleaned.get("proof_of_work") or ""
        ):
            raise forms.ValidationError(self.spam_messages["proof_of_work"], code="proof_of_work")
        return cleaned

    def _refresh_token(self):
        # A bound form re-renders what was posted; give the visitor a fresh, valid timer.
        if self.is_bound:
            data = self.data.copy()
            data[self.add_prefix("form_started")] = self.fields["form_started"].initial
            self.data = data
