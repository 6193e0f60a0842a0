"""The pool's admin: coordinators only, every look at a volunteer audited, attendance trains."""

import pytest
from django.urls import reverse

from portal.models import AuditEvent
from taalhulp.pool.factories import TrainingSessionFactory, VolunteerFactory, WaveFactory
from taalhulp.pool.models import CoachingSession, TrainingSignup
from tests.taalhulp.pool.pool_world import NAME, coordinator, distinctive_volunteer, other_staff

pytestmark = pytest.mark.django_db

URLS = [
    "taalhulpen_volunteers:index",
    "taalhulpen_trainings:index",
    "taalhulpen_coaching:index",
    "taalhulpen_coaching:add",
    "taalhulpen_waves:index",
]


@pytest.fixture
def coordinator_client(client):
    client.force_login(coordinator())
    return client


def test_a_coordinator_sees_the_volunteers_and_each_look_is_audited(coordinator_client):
    volunteer = distinctive_volunteer()
    response = coordinator_client.get(reverse("taalhulpen_volunteers:index"))
    assert response.status_code == 200
    assert NAME in response.content.decode()
    assert AuditEvent.objects.filter(action="taalhulpen.volunteer_list").count() == 1
    edit = reverse("taalhulpen_volunteers:edit", args=[volunteer.pk])
    assert coordinator_client.get(edit).status_code == 200
    inspect = reverse("taalhulpen_volunteers:inspect", args=[volunteer.pk])
    assert coordinator_client.get(inspect).status_code == 200
    views = AuditEvent.objects.filter(action="taalhulpen.volunteer_view", object_id=volunteer.pk)
    assert views.count() == 2
    # The log names the record by its reference, never by the person's name.
    assert set(views.values_list("object_repr", flat=True)) == {volunteer.reference}


def test_the_list_filters_by_language_kind_and_training(coordinator_client):
    distinctive_volunteer(languages=[{"code": "ti", "level": "native"}])
    VolunteerFactory(name="Andere Persoon", trained_at=None)
    index = reverse("taalhulpen_volunteers:index")
    html = coordinator_client.get(index, {"language": "ti"}).content.decode()
    assert NAME in html and "Andere Persoon" not in html
    html = coordinator_client.get(index, {"trained": "false"}).content.decode()
    assert "Andere Persoon" in html and NAME not in html
    html = coordinator_client.get(index, {"kind": "crisistolk"}).content.decode()
    assert NAME not in html


def test_editing_a_volunteer_is_audited_with_the_changed_fields(coordinator_client):
    volunteer = distinctive_volunteer(kind="crisistolk", remote_only=True)
    edit = reverse("taalhulpen_volunteers:edit", args=[volunteer.pk])
    form = coordinator_client.get(edit).context["form"]
    data = {name: value for name, value in form.initial.items() if value is not None}
    data.update(
        remote_only="",
        languages='[{"code": "uk", "level": "native"}]',
        modes=["remote", "onsite"],
        wave="",
        trained_at="2026-01-05 10:00",
        pause_until="",
    )
    response = coordinator_client.post(edit, data)
    assert response.status_code == 302, response.context["form"].errors
    volunteer.refresh_from_db()
    assert volunteer.remote_only is False
    event = AuditEvent.objects.get(action="taalhulpen.volunteer_changed")
    assert "remote_only" in event.detail and NAME not in event.detail


@pytest.mark.parametrize("name", URLS)
def test_others_are_refused_and_see_no_menu(client, name):
    client.force_login(other_staff())
    response = client.get(reverse(name))
    assert response.status_code in (302, 403)
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("taalhulpen_volunteers:index") not in home
    assert reverse("taalhulpen_figures:overview") not in home


def test_the_coordinator_gets_the_menu(coordinator_client):
    home = coordinator_client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("taalhulpen_volunteers:index") in home
    assert reverse("taalhulpen_figures:overview") in home


def test_attendance_sets_trained_at_once_and_records_who(coordinator_client):
    session = TrainingSessionFactory(wave=WaveFactory())
    fresh = distinctive_volunteer(trained_at=None)
    veteran = VolunteerFactory()
    trained_before = veteran.trained_at
    signups = [
        TrainingSignup.objects.create(session=session, volunteer=fresh),
        TrainingSignup.objects.create(session=session, volunteer=veteran),
    ]
    url = reverse("taalhulpen_trainingsession:attendance", args=[session.pk])
    page = coordinator_client.get(url)
    assert page.status_code == 200 and NAME in page.content.decode()
    assert AuditEvent.objects.filter(action="taalhulpen.attendance_view").exists()
    response = coordinator_client.post(
        url, {f"attended-{signups[0].pk}": "yes", f"attended-{signups[1].pk}": "yes"}
    )
    assert response.status_code == 302
    fresh.refresh_from_db()
    veteran.refresh_from_db()
    assert fresh.trained_at == session.starts_at
    assert veteran.trained_at == trained_before
    signup = TrainingSignup.objects.get(pk=signups[0].pk)
    assert signup.attended is True
    assert signup.recorded_by.username == "coco"
    coordinator_client.post(url, {f"attended-{signups[0].pk}": "no"})
    assert TrainingSignup.objects.get(pk=signups[0].pk).attended is False


def test_attendance_is_refused_to_others(client):
    session = TrainingSessionFactory()
    client.force_login(other_staff())
    url = reverse("taalhulpen_trainingsession:attendance", args=[session.pk])
    # Wagtail turns the refusal into a redirect to the dashboard.
    assert client.get(url).status_code in (302, 403)
    assert client.post(url, {}).status_code in (302, 403)
    assert not AuditEvent.objects.filter(action__startswith="taalhulpen.attendance").exists()


def test_a_coaching_session_clears_needs_coaching(coordinator_client):
    volunteer = distinctive_volunteer(needs_coaching=True)
    response = coordinator_client.post(
        reverse("taalhulpen_coaching:add"),
        {"volunteer": volunteer.pk, "held_on": "2026-12-01", "note": "Steun na een zwaar gesprek"},
    )
    assert response.status_code == 302, response.context["form"].errors
    volunteer.refresh_from_db()
    assert volunteer.needs_coaching is False
    assert CoachingSession.objects.get().coach.username == "coco"
    assert AuditEvent.objects.filter(action="taalhulpen.coaching_recorded").exists()
    assert not AuditEvent.objects.filter(action="taalhulpen.coaching_form_view").exists()


def test_coaching_is_only_for_volunteers_still_in_the_pool(coordinator_client):
    present = VolunteerFactory()
    gone = VolunteerFactory(status="anonymised", name="")
    form = coordinator_client.get(reverse("taalhulpen_coaching:add")).context["form"]
    choices = set(form.fields["volunteer"].queryset)
    assert present in choices and gone not in choices
