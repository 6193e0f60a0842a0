"""Registration: fields and errors in the visitor's language, consent, double opt-in, limits."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from buddy.forms import RegistrationForm
from buddy.models import Candidate, Tombstone, Transition
from buddy.services import candidates as candidate_services
from tests.buddy.conftest import outbox
from tests.buddy.forms_data import register_in_steps, registration

pytestmark = pytest.mark.django_db


def _url(name, lang="nl", **kwargs):
    with translation.override(lang):
        return reverse(name, kwargs=kwargs or None)


def test_registration_stores_an_unconfirmed_candidate_and_mails_a_link(client, places):
    response = register_in_steps(client, _url("buddy:register"), registration())
    assert response.status_code == 302
    candidate = Candidate.objects.get(email="sara.peeters@example.org")
    assert candidate.status == "unconfirmed"
    assert candidate.languages == {"nl": "native", "ar": "B1"}
    assert candidate.availability == ["1-evening", "5-morning"]
    assert candidate.municipality.name_nl == "Gent"
    assert candidate.consent_version == "2026-11" and candidate.consent_at
    assert candidate.adult_confirmed
    [mail] = outbox("buddy-confirm")
    assert mail.to == "sara.peeters@example.org" and mail.language == "nl"
    assert "/nl/buddy/confirm/" in mail.body_text


def test_the_confirmation_link_confirms_once_and_opens_the_page(client, places):
    register_in_steps(client, _url("buddy:register", "ar"), registration())
    [mail] = outbox("buddy-confirm")
    assert mail.language == "ar" and "/ar/buddy/confirm/" in mail.body_text
    path = re.search(r"https?://[^/]+(/\S+)", mail.body_text).group(1)
    assert client.get(path).status_code == 200  # a page with a button; nothing is used yet
    assert Candidate.objects.get().status == "unconfirmed"
    response = client.post(path)
    assert response.status_code == 302 and response.url == "/ar/buddy/me/"
    candidate = Candidate.objects.get()
    assert candidate.status == "available" and candidate.confirmed_at
    assert Transition.objects.filter(entity="candidate", name="confirm").exists()
    again = client.post(path)
    assert again.status_code == 400
    assert "مرة واحدة" in again.content.decode() or again.context["code"] == "used"


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"name": ""}, "name", "Enter your name."),
        ({"email": "sara@"}, "email", "Enter an e-mail address like name@example.be."),
        ({"postcode": "90"}, "postcode", "A postcode has four digits, for example 9000."),
        ({"postcode": "0999"}, "postcode", "We do not know postcode 0999."),
        ({"adult": None}, "adult", "Buddies must be 18 or older."),
        ({"consent": None}, "consent", "Tick the box to agree with the privacy notice."),
        ({"availability": []}, "availability", "Choose at least one moment"),
        ({"buddy_kinds": []}, "buddy_kinds", "Choose at least one kind of buddy."),
        ({"level_2": ""}, "level_2", "Choose how well you speak this language."),
        (
            {"language_1": "", "level_1": "", "language_2": "", "level_2": ""},
            "language_1",
            "Choose at least one language you speak.",
        ),
        ({"language_2": "nl"}, "language_2", "You chose this language twice."),
    ],
)
def test_each_error_names_the_field_and_how_to_fix_it(places, changes, field, message):
    with translation.override("en"):
        form = RegistrationForm(registration(**changes))
        assert not form.is_valid()
        assert any(message in error for error in form.errors[field]), form.errors


def test_errors_are_in_the_visitors_language(client, places):
    response = register_in_steps(client, _url("buddy:register", "fr"), registration(name=""))
    assert response.status_code == 200
    body = response.content.decode()
    assert 'class="error-summary"' in body
    assert "Indiquez votre nom." in body
    assert not Candidate.objects.exists()


def test_honeypot_refuses_bots(client, places):
    response = register_in_steps(
        client, _url("buddy:register"), registration(website="http://spam.example")
    )
    assert response.status_code == 200
    assert not Candidate.objects.exists()


def test_too_fast_is_refused(client, places, settings):
    settings.SPAM_MIN_SECONDS = 60
    register_in_steps(client, _url("buddy:register"), registration())
    assert not Candidate.objects.exists()


def test_rate_limit_answers_429_with_a_friendly_message(client, places):
    for number in range(5):
        register_in_steps(
            client, _url("buddy:register"), registration(email=f"p{number}@example.org")
        )
    response = register_in_steps(
        client, _url("buddy:register"), registration(email="p9@example.org")
    )
    assert response.status_code == 429
    assert "rate_limited" in response.context and response.context["rate_limited"]
    assert Candidate.objects.count() == 5


def test_a_known_address_gets_a_link_not_a_second_registration(client, places, gent_candidate):
    response = register_in_steps(
        client, _url("buddy:register"), registration(email="SARA@example.org")
    )
    assert response.status_code == 302  # same answer as a new registration
    assert Candidate.objects.filter(email="sara@example.org").count() == 1
    assert [m.category for m in outbox(to="sara@example.org")] == ["buddy-already_registered"]


def test_an_erased_address_cannot_be_imported_but_may_register_again(
    client, places, gent_candidate
):
    candidate_services.anonymise(gent_candidate, reason="test")
    assert Tombstone.objects.count() == 1
    with pytest.raises(candidate_services.Refused):
        candidate_services.import_candidate({"email": "Sara@Example.org", "name": "Sara"})
    register_in_steps(client, _url("buddy:register"), registration(email="sara@example.org"))
    assert Candidate.objects.filter(email="sara@example.org", status="unconfirmed").exists()
    assert not Tombstone.objects.exists()


def test_registration_page_is_translated_and_labelled(client, places):
    response = client.get(_url("buddy:register", "ar"))
    body = response.content.decode()
    assert response.status_code == 200
    assert 'lang="ar" dir="rtl"' in body
    assert 'for="id_name"' in body and 'name="website"' in body
    assert 'aria-current="step"' in body


def test_steps_keep_answers_and_cannot_be_skipped(client, places):
    url = _url("buddy:register")
    skipped = client.get(url + "?step=5")
    assert skipped.context["step"] == 1
    register_in_steps(client, url, registration(), stop_at=2)
    back = client.get(url + "?step=1")
    assert back.context["form"]["name"].value() == "Sara Peeters"
    assert client.get(url + "?step=3").context["step"] == 3
    assert not Candidate.objects.exists()  # nothing stored before the last step
