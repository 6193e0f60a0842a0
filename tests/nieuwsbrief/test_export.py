"""The subscriber export: only for the newsletter managers, and every export is audited."""

import csv
import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from portal.models import AuditEvent
from vreemdelingenrecht.nieuwsbrief.models import Subscriber
from vreemdelingenrecht.nieuwsbrief.permissions import MANAGERS_GROUP, managers_ensure

pytestmark = pytest.mark.django_db

EXPORT = "nieuwsbrief_export_subscribers"


@pytest.fixture
def people(django_user_model, topics, subscriber_with):
    subscriber_with("a@example.org", [topics["family"], topics["work"]], language="uk")
    subscriber_with("b@example.org", [topics["asylum"]])
    Subscriber.objects.create(email="pending@example.org", language="nl")
    managers_ensure()
    editor = django_user_model.objects.create_user("editor", "editor@example.org", "x" * 12)
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    manager = django_user_model.objects.create_user("manager", "manager@example.org", "x" * 12)
    manager.groups.add(Group.objects.get(name=MANAGERS_GROUP))
    return {"editor": editor, "manager": manager}


def test_anonymous_visitors_are_sent_to_the_login(client, people):
    response = client.get(reverse(EXPORT))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert not AuditEvent.objects.exists()


def test_editors_without_the_permission_are_refused(client, people):
    client.force_login(people["editor"])
    refused = client.get(reverse(EXPORT))
    # Wagtail's admin turns a refusal into a redirect to the dashboard with a message.
    assert refused.status_code == 302 and refused["Location"] == "/admin/"
    assert not AuditEvent.objects.exists()


def test_managers_export_confirmed_subscribers_and_the_export_is_audited(client, people):
    client.force_login(people["manager"])
    response = client.get(reverse(EXPORT))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == ["email", "language", "topics", "confirmed_at"]
    assert [row[:3] for row in rows[1:]] == [
        ["a@example.org", "uk", "gezinshereniging werk"],
        ["b@example.org", "nl", "asiel"],
    ]
    event = AuditEvent.objects.get()
    assert event.user == people["manager"]
    assert event.action == "newsletter.subscribers.export"
    assert "2 subscribers" in event.detail


def test_export_button_only_for_managers(client, people):
    listing = reverse("wagtailsnippets_nieuwsbrief_subscriber:list")
    client.force_login(people["manager"])
    assert reverse(EXPORT) in client.get(listing).content.decode()
    superuser_less = people["editor"]
    superuser_less.user_permissions.add(Permission.objects.get(codename="view_subscriber"))
    client.force_login(superuser_less)
    page = client.get(listing)
    assert page.status_code == 200
    assert reverse(EXPORT) not in page.content.decode()


def test_managers_group_is_complete():
    group = managers_ensure()
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"export_subscriber", "send_newsletterissue", "access_admin"} <= codenames
    assert managers_ensure().pk == group.pk


def test_export_neutralises_addresses_that_look_like_formulas(client, people, topics):
    """An address may start with =, + or - (RFC 5322); a spreadsheet must show it as text."""
    for email in ("=2+5@example.org", "-1+1@example.org", "+cmd@example.org"):
        Subscriber.objects.create(email=email, language="nl", status=Subscriber.Status.ACTIVE)
    client.force_login(people["manager"])
    rows = list(csv.reader(io.StringIO(client.get(reverse(EXPORT)).content.decode())))
    emails = {row[0] for row in rows[1:]}
    assert {"'=2+5@example.org", "'-1+1@example.org", "'+cmd@example.org"} <= emails
    assert "a@example.org" in emails
