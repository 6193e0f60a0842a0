"""The volunteer's own page: links by e-mail, see and change data, pause, stop, download, erase,
and training sign-up."""

import datetime as dt
import json

import pytest
from django.core.cache import cache
from django.utils import timezone

from portal.models import AuditEvent
from portal.selfservice_forms import LinkRequestForm
from taalhulp.pool.factories import TrainingSessionFactory, VolunteerFactory
from taalhulp.pool.models import TrainingSignup, Volunteer
from taalhulp.pool.services import links
from taalhulp.pool.views.session import KEY
from tests.taalhulp.pool.volunteer_data import (
    fresh_limits,  # noqa: F401 (a fixture)
    link_in,
    outbox,
    registration,
    url,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_limits")]


def _ask(client, email, lang="nl"):
    data = {"website": "", "form_started": LinkRequestForm.new_timer_token(), "email": email}
    return client.post(url("link_request", lang), data)


def _open(client, volunteer):
    path = links.magic_url(volunteer)
    assert client.get(path).status_code == 200  # the continue page uses nothing
    response = client.post(path)
    assert response.status_code == 302, response
    return response


@pytest.fixture
def olena(places):
    return VolunteerFactory(
        name="Olena Koval", email="olena@example.org", phone="0470 00 00 00", language="en"
    )


def test_asking_for_a_link_reveals_nobody(client, olena):
    known = _ask(client, "olena@example.org")
    unknown = _ask(client, "nobody@example.org")
    assert known.status_code == unknown.status_code == 200
    assert known.content.decode() == unknown.content.decode().replace(
        'name="csrfmiddlewaretoken"', 'name="csrfmiddlewaretoken"'
    )
    [mail] = outbox("taalhulpen-volunteer-link")
    assert mail.to == "olena@example.org" and "/en/language-helpers/link/" in mail.body_text


def test_a_magic_link_works_once_and_opens_the_page(client, olena):
    _ask(client, "olena@example.org")
    path = link_in(outbox("taalhulpen-volunteer-link")[0])
    assert client.post(path).url == url("me", "en")
    page = client.get(url("me", "en"))
    html = page.content.decode()
    assert "Olena Koval" in html and "olena@example.org" in html and "0470 00 00 00" in html
    assert page["Cache-Control"].startswith("max-age=0") or "no-store" in page["Cache-Control"]
    again = client.post(path)
    assert again.status_code == 400 and again.context["code"] == "used"


def test_an_old_link_has_expired(client, olena, settings):
    path = links.magic_url(olena)
    settings.TAALHULP_LINK_HOURS = 0
    response = client.post(path)
    assert response.status_code == 400 and response.context["code"] in ("expired", "used")


def test_a_broken_link_is_refused(client):
    response = client.get(url("link_open", token="not-a-token"))
    assert response.status_code == 400 and response.context["code"] == "invalid"


def test_without_a_session_the_page_asks_for_a_link(client):
    response = client.get(url("me"))
    assert response.status_code == 302 and response.url == url("link_request")


def test_the_volunteer_changes_their_data(client, olena):
    _open(client, olena)
    assert client.get(url("edit")).status_code == 200
    data = registration(name="Olena K.", max_per_week="4", modes=["phone"], language_1="ar")
    response = client.post(url("edit"), data)
    assert response.status_code == 302
    olena.refresh_from_db()
    assert olena.name == "Olena K." and olena.max_per_week == 4 and olena.modes == ["phone"]
    assert olena.languages[0] == {"code": "ar", "level": "native"}
    assert olena.slots.count() == 2 and olena.unavailabilities.count() == 1
    assert olena.email == "olena@example.org"  # the address is not in the edit form


def test_pause_resume_withdraw(client, olena):
    _open(client, olena)
    until = timezone.localdate() + dt.timedelta(days=30)
    client.post(url("pause"), {"until": until.isoformat()})
    olena.refresh_from_db()
    assert olena.status == "paused" and olena.pause_until == until
    client.post(url("resume"))
    olena.refresh_from_db()
    assert olena.status == "active" and olena.pause_until is None
    assert client.post(url("withdraw"), {}).status_code == 200  # the box is not ticked
    client.post(url("withdraw"), {"confirm": "on"})
    olena.refresh_from_db()
    assert olena.status == "withdrawn"


def test_the_download_holds_all_data_and_is_audited(client, olena):
    _open(client, olena)
    response = client.get(url("download"))
    assert response["Content-Disposition"].startswith("attachment;")
    data = json.loads(response.content)
    assert data["email"] == "olena@example.org" and data["languages"] == olena.languages
    assert "weekly_slots" in data and "consent_version" in data and "proposals" in data
    assert AuditEvent.objects.filter(action="taalhulpen.volunteer_download").exists()


def test_erasure_anonymises_and_ends_the_session(client, olena):
    _open(client, olena)
    response = client.post(url("erase"), {"confirm": "on"})
    assert response.status_code == 200
    olena.refresh_from_db()
    assert olena.status == "anonymised" and olena.anonymised_at
    assert (olena.name, olena.phone, olena.postcode) == ("", "", "")
    assert olena.email.endswith("@invalid")  # a placeholder: the field is required
    assert not olena.slots.exists()
    assert KEY not in client.session
    assert client.get(url("me")).status_code == 302


def test_training_sign_up_and_cancel(client, olena):
    session = TrainingSessionFactory(places=1)
    other_kind = TrainingSessionFactory(kind="crisistolk", title="Crisis training")
    _open(client, olena)
    html = client.get(url("me")).content.decode()
    assert session.title in html and "Crisis training" not in html
    client.post(url("training"), {"session": session.pk})
    assert TrainingSignup.objects.filter(session=session, volunteer=olena).exists()
    client.post(url("training"), {"session": other_kind.pk})
    assert not TrainingSignup.objects.filter(session=other_kind).exists()
    client.post(url("training"), {"session": session.pk, "action": "cancel"})
    assert not TrainingSignup.objects.exists()


def test_a_full_training_takes_nobody_more(client, olena, places):
    session = TrainingSessionFactory(places=1)
    TrainingSignup.objects.create(session=session, volunteer=VolunteerFactory())
    _open(client, olena)
    response = client.post(url("training", "en"), {"session": session.pk}, follow=True)
    assert "full" in response.content.decode()
    assert session.signups.count() == 1


def test_an_unconfirmed_volunteer_asking_for_a_link_gets_a_confirmation_link(client, places):
    client.post(url("register"), registration())
    cache.clear()
    _ask(client, "olena@example.org")
    mails = outbox("taalhulpen-volunteer-confirm")
    assert len(mails) == 2 and Volunteer.objects.get().status == "unconfirmed"
