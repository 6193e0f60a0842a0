"""A local coordinator stops seeing a volunteer's contact details 30 days after a no or an end."""

import csv
import datetime as dt
import io

import pytest
from django.urls import reverse
from django.utils import timezone

from buddy.models import Proposal
from tests.buddy.test_permissions import _not_found

pytestmark = pytest.mark.django_db

DAY = dt.timedelta(days=1)


@pytest.fixture(params=[("local_declined", "local_decided_at"), ("ended", "ended_at")])
def closed(request, tree, gent_candidate, leuven_candidate):
    """Sara's proposal reached the state 31 days ago, Lars's 29 days ago; both to Gent."""
    state, field = request.param
    now = timezone.now()
    old = Proposal.objects.create(
        candidate=gent_candidate, initiative=tree["gent"], state=state, **{field: now - 31 * DAY}
    )
    recent = Proposal.objects.create(
        candidate=leuven_candidate, initiative=tree["gent"], state=state, **{field: now - 29 * DAY}
    )
    return {**tree, "old": old, "recent": recent, "sara": gent_candidate}


def _export(client) -> dict:
    body = client.get(reverse("buddy_admin:export") + "?email=1").content.decode()
    return {row["proposal"]: row for row in csv.DictReader(io.StringIO(body))}


def test_contact_details_are_hidden_after_the_period(client, closed):
    client.force_login(closed["griet"])
    old = client.get(reverse("buddy_admin:proposal", args=[closed["old"].pk])).content.decode()
    assert "Sara Gent" not in old and "sara@example.org" not in old and "0470000000" not in old
    recent = client.get(reverse("buddy_admin:proposal", args=[closed["recent"].pk]))
    assert "lars@example.org" in recent.content.decode()

    listing = client.get(reverse("buddy_admin:candidates")).content.decode()
    assert "Lars Leuven" in listing and "Sara Gent" not in listing
    detail = client.get(reverse("buddy_admin:candidate", args=[closed["sara"].pk]))
    assert _not_found(detail)

    rows = _export(client)
    hidden, shown = rows[str(closed["old"].pk)], rows[str(closed["recent"].pk)]
    assert (hidden["name"], hidden["phone"], hidden["email"]) == ("", "", "")
    assert (shown["name"], shown["email"]) == ("Lars Leuven", "lars@example.org")


def test_the_period_is_a_setting(client, closed, settings):
    settings.BUDDY_CONTACT_VISIBLE_DAYS = 60
    client.force_login(closed["griet"])
    old = client.get(reverse("buddy_admin:proposal", args=[closed["old"].pk])).content.decode()
    assert "sara@example.org" in old
    assert _export(client)[str(closed["old"].pk)]["email"] == "sara@example.org"


def test_the_agency_keeps_seeing_the_whole_pool(client, closed, agency):
    client.force_login(agency)
    old = client.get(reverse("buddy_admin:proposal", args=[closed["old"].pk])).content.decode()
    assert "sara@example.org" in old
    assert "Sara Gent" in client.get(reverse("buddy_admin:candidates")).content.decode()
