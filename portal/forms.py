"""Spam protection for public forms without third-party services: a honeypot plus a signed timer."""

from __future__ import annotations

import secrets
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
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
    and need more than a few seconds. The start time is signed, so it cannot be faked. The
    signed value names the form and carries a random id: it only works for this form, and only
    once (used ids wait in the cache until the token would expire anyway).
    """

    # Earlier steps of a multi-step form check the token but leave it for the last step.
    consume_timer_token = True

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
        "replayed": _(
            "This form was already sent. Check your answers and send it again if you want to."
        ),
    }

    @classmethod
    def timer_form_name(cls) -> str:
        return f"{cls.__module__}.{cls.__qualname__}"

    @classmethod
    def new_timer_token(cls) -> str:
        """A signed start time for this form, with a random id that can be used once."""
        value = f"{cls.timer_form_name()}:{secrets.token_urlsafe(12)}"
        return signing.TimestampSigner(salt=SIGNING_SALT).sign(value)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["form_started"].initial = self.new_timer_token()
        self._timer_token_id, self._timer_token_used = "", False
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
            value = signer.unsign(token, max_age=MAX_AGE_SECONDS)
        except signing.SignatureExpired:
            self._refresh_token()
            raise forms.ValidationError(self.spam_messages["expired"], code="expired") from None
        except signing.BadSignature:
            self._refresh_token()
            raise forms.ValidationError(self.spam_messages["honeypot"], code="honeypot") from None
        form_name, _sep, token_id = value.rpartition(":")
        if form_name != self.timer_form_name() or not token_id:  # another form's token
            self._refresh_token()
            raise forms.ValidationError(self.spam_messages["honeypot"], code="honeypot")
        self._timer_token_id = token_id
        # unsign() checks the maximum age; the minimum we check ourselves.
        if time.time() - _signed_at(token) < _min_seconds():
            raise forms.ValidationError(self.spam_messages["too_fast"], code="too_fast")
        # A step of a multi-step form without the field is checked at the step that has it.
        if self.proof_of_work_required and not proof_of_work.solution_is_valid(
            cleaned.get("proof_of_work") or ""
        ):
            raise forms.ValidationError(self.spam_messages["proof_of_work"], code="proof_of_work")
        return cleaned

    def full_clean(self):
        super().full_clean()
        # Use the token up only when everything else is right: a form with a mistake is shown
        # again with the same token, and the person must be able to send it after fixing it.
        unused = not self.is_bound or self._errors or not self.consume_timer_token
        if not unused and not self._use_timer_token():
            self._refresh_token()
            error = forms.ValidationError(self.spam_messages["replayed"], code="replayed")
            self.add_error(None, error)

    def _use_timer_token(self) -> bool:
        if self._timer_token_used:  # full_clean() called twice
            return True
        token = self.cleaned_data.get("form_started") or ""
        left = MAX_AGE_SECONDS - (time.time() - _signed_at(token)) + 60
        # add() is atomic: of two posts with the same token, only one gets True.
        self._timer_token_used = cache.add(f"spam-timer:{self._timer_token_id}", 1, int(left))
        return self._timer_token_used

    def _refresh_token(self):
        # A bound form re-renders what was posted; give the visitor a fresh, valid timer.
        if self.is_bound:
            data = self.data.copy()
            data[self.add_prefix("form_started")] = self.fields["form_started"].initial
            self.data = data
