"""The access log: views and exports of personal data are logged, and only the agency reads it."""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone

from buddy.permissions import groups_ensure
from portal.audit import audit
from portal.models import AuditEvent
from tests.portal.gdpr_world import EMAIL, NAME, person

pytestmark = pytest.mark.django_db

LOG = "/admin/audit_log/"


@pytest.fixture
def agency_client(client):
    agency, _local = groups_ensure()
    user = get_user_model().objects.create_user("agnes", "agnes@agency.example", "x" * 16)
    user.groups.add(agency)
    client.force_login(user)
    return client


@pytest.fixture
def events():
    alice = get_user_model().objects.create_user("alice", "alice@agency.example", "x" * 16)
    old = audit(alice, "buddy.candidate_view", detail="old")
    AuditEvent.objects.filter(pk=old.pk).update(at=timezone.now() - dt.timedelta(days=40))
    return {
        "old": old,
        "view": audit(alice, "buddy.candidate_view", detail="today"),
        "export": audit(None, "buddy.export", detail="12 proposals"),
    }


def _listed(client, **params) -> set[int]:
    response = client.get(LOG, params)
    assert response.status_code == 200
    return {event.pk for event in response.context["object_list"]}


def test_the_agency_filters_by_actor_action_type_and_date(agency_client, events):
    assert _listed(agency_client) >= {e.pk for e in events.values()}
    assert _listed(agency_client, username="alice") == {events["old"].pk, events["view"].pk}
    assert _listed(agency_client, action="buddy.export") == {events["export"].pk}
    since = (timezone.localdate() - dt.timedelta(days=1)).isoformat()
    dated = _listed(agency_client, at_from=since, at_to=timezone.localdate().isoformat())
    assert events["view"].pk in dated and events["old"].pk not in dated


def test_the_log_cannot_be_changed(agency_client, events):
    pk = events["view"].pk
    for url in (f"{LOG}new/", f"{LOG}edit/{pk}/", f"{LOG}delete/{pk}/"):
        assert agency_client.get(url).status_code in (302, 403, 404), url
        agency_client.post(url, {"action": "changed"})
    assert AuditEvent.objects.get(pk=pk).action == "buddy.candidate_view"


def test_other_staff_cannot_read_the_log_even_with_the_view_permission(client, events):
    user = get_user_model().objects.create_user("ed", "ed@example.org", "x" * 16)
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_auditevent"),
    )
    client.force_login(user)
    assert client.get(LOG).status_code in (302, 403)
    assert client.get(f"{LOG}inspect/{events['view'].pk}/").status_code in (302, 403)


def test_the_log_names_the_record_by_reference_not_by_name():
    someone = person()
    event = audit(None, "buddy.candidate_view", someone.candidate)
    assert event.object_repr == someone.candidate.reference
    assert NAME not in event.object_repr
    assert audit(None, "x", someone.subscriber).object_repr.endswith(f"#{someone.subscriber.pk}")


def test_viewing_subscribers_in_the_admin_is_logged(client):
    someone = person()
    admin = get_user_model().objects.create_superuser("root", "root@example.org", "x" * 16)
    client.force_login(admin)
    listing = reverse("wagtailsnippets_nieuwsbrief_subscriber:list")
    assert client.get(listing, {"q": EMAIL}).status_code == 200
    edit = reverse("wagtailsnippets_nieuwsbrief_subscriber:edit", args=[someone.subscriber.pk])
    assert client.get(edit).status_code == 200
    listed = AuditEvent.objects.get(action="newsletter.subscribers.list")
    assert listed.user == admin and "searched: yes" in listed.detail
    assert EMAIL not in listed.detail
    viewed = AuditEvent.objects.get(action="newsletter.subscriber.view")
    assert viewed.object_id == str(someone.subscriber.pk) and EMAIL not in viewed.object_repr


def test_erasure_rewrites_earlier_entries_without_the_person(client):
    from buddy.services import candidates as candidate_services

    someone = person()
    old_style = AuditEvent.objects.create(
        action="buddy.candidate_download",
        object_type="buddy.Candidate",
        object_id=str(someone.candidate.pk),
        object_repr=NAME,
        ip_address="198.51.100.7",
    )
    candidate_services.anonymise(someone.candidate, reason="test")
    old_style.refresh_from_db()
    assert old_style.object_repr != NAME and old_style.ip_address is None
    assert old_style.action == "buddy.candidate_download"
