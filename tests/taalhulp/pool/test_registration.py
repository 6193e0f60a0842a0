"""Volunteer registration: fields and errors, consent, double opt-in, no enumeration, limits."""

import datetime as dt

import pytest

from taalhulp.pool.models import Volunteer
from tests.taalhulp.pool.volunteer_data import (
    fresh_limits,  # noqa: F401 (a fixture)
    link_in,
    outbox,
    registration,
    url,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_limits")]


@pytest.mark.parametrize("lang", ["nl", "en", "fr", "uk", "ru", "ar"])
def test_the_form_explains_the_role_in_every_language(client, lang):
    response = client.get(url("register", lang))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="language_1"' in html and 'name="day_5"' in html and 'name="consent"' in html
    assert response.context["form"]["name"].label != "Your name" or lang == "en"


def test_the_form_says_what_a_language_helper_does_not_do(client):
    html = client.get(url("register", "en")).content.decode()
    assert "never help in medical, psychological or legal conversations" in html
    assert "Crisis interpreters always work from a distance" in html


def test_registration_stores_an_unconfirmed_volunteer_and_mails_a_link(client, places):
    response = client.post(url("register"), registration())
    assert response.status_code == 302 and response.url == url("register_done")
    volunteer = Volunteer.objects.get(email="olena@example.org")
    assert volunteer.status == "unconfirmed" and volunteer.kind == "taalhulp"
    assert volunteer.languages == [
        {"code": "uk", "level": "native"},
        {"code": "ru", "level": "C1"},
    ]
    assert volunteer.dutch_level == "B2" and volunteer.modes == ["onsite", "remote"]
    assert volunteer.max_km == 20 and volunteer.max_per_week == 2
    assert volunteer.municipality.name_nl == "Gent" and volunteer.latitude
    assert volunteer.consent_version == "2026-12" and volunteer.consent_at
    assert volunteer.adult_confirmed and not volunteer.remote_only
    assert [(s.weekday, s.starts, s.ends) for s in volunteer.slots.all()] == [
        (1, dt.time(18), dt.time(21)),
        (5, dt.time(9), dt.time(12)),
    ]
    [off] = volunteer.unavailabilities.all()
    assert (off.first_day, off.last_day) == (dt.date(2027, 7, 1), dt.date(2027, 7, 15))
    [mail] = outbox("taalhulpen-volunteer-confirm")
    assert mail.to == "olena@example.org" and mail.language == "nl"
    assert "/nl/language-helpers/confirm/" in mail.body_text
    assert "Olena" not in mail.body_text  # no name before the address is confirmed


def test_a_crisis_interpreter_works_remotely_only(client, places):
    client.post(url("register", "uk"), registration(kind="crisistolk"))
    volunteer = Volunteer.objects.get()
    assert volunteer.kind == "crisistolk" and volunteer.remote_only
    assert volunteer.language == "uk"


def test_the_confirmation_link_confirms_once_after_a_post(client, places):
    client.post(url("register", "ar"), registration())
    [mail] = outbox("taalhulpen-volunteer-confirm")
    path = link_in(mail)
    assert path.startswith("/ar/language-helpers/confirm/")
    assert client.get(path).status_code == 200  # a mail scanner's visit uses nothing
    assert Volunteer.objects.get().status == "unconfirmed"
    response = client.post(path)
    assert response.status_code == 302 and response.url == "/ar/language-helpers/me/"
    volunteer = Volunteer.objects.get()
    assert volunteer.status == "active" and volunteer.confirmed_at
    again = client.post(path)
    assert again.status_code == 400 and again.context["code"] == "used"


def test_a_second_registration_reveals_nothing_and_mails_the_owner(client, places):
    first = client.post(url("register"), registration())
    volunteer = Volunteer.objects.get()
    volunteer.status = "active"
    volunteer.save()
    from django.core.cache import cache

    cache.clear()  # the first mail's hourly slot
    second = client.post(url("register"), registration(name="Someone Else"))
    assert second.status_code == first.status_code == 302 and second.url == first.url
    assert Volunteer.objects.count() == 1 and Volunteer.objects.get().name == "Olena Koval"
    [mail] = outbox("taalhulpen-volunteer-already_registered")
    assert mail.to == "olena@example.org" and "/nl/language-helpers/link/" in mail.body_text


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"name": ""}, "name", "Enter your name."),
        ({"email": "olena@"}, "email", "Enter an e-mail address like name@example.be."),
        ({"postcode": "90"}, "postcode", "A postcode has four digits, for example 9000."),
        ({"postcode": "0001"}, "postcode", "We do not know postcode 0001."),
        (
            {"language_1": "", "level_1": "", "language_2": "", "level_2": ""},
            "language_1",
            "Choose at least one language you speak besides Dutch.",
        ),
        ({"language_2": "uk"}, "language_2", "You chose this language twice."),
        ({"language_2": "xx"}, "language_2", "Select a valid choice."),
        ({"level_2": ""}, "level_2", "Choose how well you speak this language."),
        ({"modes": []}, "modes", "Choose at least one way to help."),
        ({"until_1": "17:00"}, "until_1", "The end time must be later than the start."),
        ({"day_1": "", "day_2": ""}, "day_1", "Choose the day for these times."),
        (
            dict.fromkeys(("day_1", "from_1", "until_1", "day_2", "from_2", "until_2"), ""),
            "day_1",
            "Enter at least one day and time when you are free.",
        ),
        ({"off_last_1": "2027-06-01"}, "off_last_1", "The last day cannot be before the first."),
        ({"adult": None}, "adult", "Volunteers must be 18 or older."),
        ({"consent": None}, "consent", "Tick the box to agree with the privacy notice."),
    ],
)
def test_errors_name_the_field_and_say_how_to_fix_it(client, places, changes, field, message):
    response = client.post(url("register", "en"), registration(**changes))
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert any(message in error for error in errors[field]), errors
    html = response.content.decode()
    assert 'class="error-summary"' in html and f'href="#id_{field}' in html
    assert not Volunteer.objects.exists()


def test_errors_are_translated(client, places):
    response = client.post(url("register", "uk"), registration(name=""))
    [error] = response.context["form"].errors["name"]
    assert error != "Enter your name." and error


def test_the_honeypot_and_the_rate_limit_protect_the_form(client, places):
    response = client.post(url("register"), registration(website="http://spam.example"))
    assert response.status_code == 200 and not Volunteer.objects.exists()
    statuses = [
        client.post(url("register"), registration(email=f"p{n}@example.org")).status_code
        for n in range(7)
    ]
    assert 429 in statuses


def test_the_privacy_notice_shows_its_version(client):
    response = client.get(url("privacy", "fr"))
    assert response.status_code == 200 and "2026-12" in response.content.decode()
