"""A crisis wave's short registration, its closed page, and its call on the crisis hub."""

import pytest

from taalhulp.pool.factories import WaveFactory
from taalhulp.pool.forms.volunteers import WaveRegistrationForm
from taalhulp.pool.models import TrainingSession, Volunteer
from tests.crisis.conftest import build_hub, hub_url
from tests.taalhulp.pool.volunteer_data import fresh_limits, outbox, url  # noqa: F401

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_limits")]


@pytest.fixture
def hub(demo_site):
    return build_hub(demo_site)


def _data(**changes):
    data = {
        "name": "Iryna",
        "email": "iryna@example.org",
        "phone": "",
        "postcode": "1000",
        "level": "native",
        "dutch_level": "B1",
        "modes": ["remote"],
        "adult": "on",
        "consent": "on",
        "website": "",
        "form_started": WaveRegistrationForm.new_timer_token(),
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def test_the_short_registration_makes_a_remote_crisis_interpreter_signed_up_for_training(
    client, places
):
    wave = WaveFactory()
    page = client.get(url("register_wave", "uk", wave_id=wave.pk))
    assert page.status_code == 200 and wave.call in page.content.decode()
    response = client.post(url("register_wave", "uk", wave_id=wave.pk), _data())
    assert response.status_code == 302
    volunteer = Volunteer.objects.get()
    assert volunteer.kind == "crisistolk" and volunteer.remote_only and volunteer.wave == wave
    assert volunteer.languages == [{"code": "uk", "level": "native"}]
    assert volunteer.status == "unconfirmed" and volunteer.language == "uk"
    session = TrainingSession.objects.get(wave=wave)
    assert session.starts_at == wave.training_starts_at and session.kind == "crisistolk"
    assert session.signups.get().volunteer == volunteer
    assert outbox("taalhulpen-volunteer-confirm")


def test_a_second_sign_up_uses_the_same_training(client, places):
    wave = WaveFactory()
    client.post(url("register_wave", wave_id=wave.pk), _data())
    client.post(url("register_wave", wave_id=wave.pk), _data(email="petro@example.org"))
    assert TrainingSession.objects.get().signups.count() == 2


def test_onsite_is_not_offered(client, places):
    wave = WaveFactory()
    response = client.post(url("register_wave", wave_id=wave.pk), _data(modes=["onsite"]))
    assert response.status_code == 200 and "modes" in response.context["form"].errors


def test_a_closed_wave_says_so(client):
    from django.utils import timezone

    wave = WaveFactory(closed_at=timezone.now())
    response = client.get(url("register_wave", "en", wave_id=wave.pk))
    assert response.status_code == 410
    assert "This call is closed" in response.content.decode()
    assert client.post(url("register_wave", wave_id=wave.pk), _data()).status_code == 410
    assert not Volunteer.objects.exists()


def test_an_unknown_wave_is_not_found(client):
    assert client.get(url("register_wave", wave_id=999999)).status_code == 404


def test_the_crisis_hub_shows_a_call_for_each_open_wave(client, hub):
    open_wave = WaveFactory(title="Crisistolken gezocht")
    WaveFactory(title="Oude oproep", closed_at=open_wave.opened_at)
    html = client.get(hub_url(hub, "nl")).content.decode()
    assert "Crisistolken gezocht" in html and "Oude oproep" not in html
    assert url("register_wave", wave_id=open_wave.pk) in html
    assert 'id="calls-to-action"' in html


def test_the_crisis_hub_without_waves_has_no_call(client, hub):
    assert 'id="calls-to-action"' not in client.get(hub_url(hub, "nl")).content.decode()
