"""The optional proof of work on public forms: solved challenges pass once, anything else fails."""

import base64
import datetime as dt
import json

import altcha
import pytest
from django import forms
from django.core.cache import cache
from django.utils import translation

from portal import proof_of_work
from portal.forms import SpamProtectedForm
from tests.portal.test_public_form_protection import _token


class ContactForm(SpamProtectedForm):
    email = forms.EmailField()


@pytest.fixture
def pow_on(settings):
    settings.SPAM_PROOF_OF_WORK = True
    settings.SPAM_PROOF_OF_WORK_MAX_NUMBER = 2000  # quick to solve in a test
    cache.clear()
    yield
    cache.clear()


def _solve(challenge_json: str, number: int | None = None) -> str:
    """What static/js/proof-of-work.js sends: base64 JSON with the number found."""
    challenge = json.loads(challenge_json)
    if number is None:
        number = altcha.solve_challenge_v1(
            challenge["challenge"],
            challenge["salt"],
            challenge["algorithm"],
            challenge["maxnumber"],
        ).number
    answer = {key: challenge[key] for key in ("algorithm", "challenge", "salt", "signature")}
    return base64.b64encode(json.dumps({**answer, "number": number}).encode()).decode()


def _post(form_class, solution: str):
    return form_class(
        data={
            "email": "a@example.org",
            "form_started": _token(10, form_class),
            "proof_of_work": solution,
        }
    )


def _challenge() -> str:
    return ContactForm().fields["proof_of_work"].widget.attrs["data-pow-challenge"]


def test_off_by_default_no_challenge_and_no_check(settings):
    assert settings.SPAM_PROOF_OF_WORK is False
    form = ContactForm()
    assert not form.proof_of_work_required
    assert _post(ContactForm, "").is_valid()


def test_a_solved_challenge_passes_once(pow_on):
    form = ContactForm()
    assert form.proof_of_work_required
    solution = _solve(_challenge())
    assert _post(ContactForm, solution).is_valid()
    replay = _post(ContactForm, solution)
    assert not replay.is_valid()
    assert replay.non_field_errors().as_data()[0].code == "proof_of_work"


@pytest.mark.parametrize(
    "bad",
    [
        "",  # JavaScript off, or the browser was too slow
        "not base64 at all",
        base64.b64encode(b"[1, 2]").decode(),
        base64.b64encode(b"{}").decode(),
    ],
)
def test_missing_or_broken_answers_are_refused(pow_on, bad):
    form = _post(ContactForm, bad)
    assert not form.is_valid()
    assert form.non_field_errors().as_data()[0].code == "proof_of_work"


def test_a_wrong_number_or_a_forged_challenge_is_refused(pow_on):
    challenge = _challenge()
    right = json.loads(base64.b64decode(_solve(challenge)))["number"]
    assert not _post(ContactForm, _solve(challenge, number=right + 1)).is_valid()
    forged = json.loads(challenge)
    forged["signature"] = "0" * 64
    assert not _post(ContactForm, _solve(json.dumps(forged))).is_valid()


def test_an_expired_challenge_is_refused(pow_on, settings):
    old = altcha.create_challenge_v1(
        hmac_key=proof_of_work._key(),
        max_number=2000,
        expires=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1),
    )
    challenge = json.dumps(
        {
            "algorithm": old.algorithm,
            "challenge": old.challenge,
            "maxnumber": old.max_number,
            "salt": old.salt,
            "signature": old.signature,
        }
    )
    assert not _post(ContactForm, _solve(challenge)).is_valid()


def test_the_message_says_what_to_do_in_dutch(pow_on):
    with translation.override("nl"):
        form = _post(ContactForm, "")
        form.is_valid()
        message = form.non_field_errors()[0]
    assert "JavaScript" in message and "opnieuw" in message


def test_the_newsletter_form_loads_the_solver_only_when_on(client, db, pow_on, settings):
    from django.urls import reverse

    html = client.get(reverse("newsletter_subscribe")).content.decode()
    assert "data-pow-challenge" in html and "js/proof-of-work.js" in html
    settings.SPAM_PROOF_OF_WORK = False
    html = client.get(reverse("newsletter_subscribe")).content.decode()
    assert "data-pow-challenge" not in html and "js/proof-of-work.js" not in html


def test_a_multi_step_form_asks_for_the_proof_only_at_the_step_that_sends(db, pow_on):
    from buddy.forms import REGISTRATION_STEPS, RegistrationForm, registration_step_form

    last = len(REGISTRATION_STEPS) - 1
    assert not any(registration_step_form(step).proof_of_work_required for step in range(last))
    assert registration_step_form(last).proof_of_work_required
    # An earlier step without the field is not refused for the missing proof.
    first = registration_step_form(0, {"form_started": _token(10, RegistrationForm)})
    first.is_valid()
    assert "proof_of_work" not in {error.code for error in first.non_field_errors().as_data()}
