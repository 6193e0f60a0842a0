"""The pool's retention jobs: registered in the portal's nightly run, each doing one thing."""

import datetime as dt

import pytest
from django.utils import timezone

from portal.models import AuditEvent
from portal.privacy import retention as portal_retention
from taalhulp.pool.factories import HelpRequestFactory, VolunteerFactory
from taalhulp.pool.models import HelpRequest, Proposal, Volunteer, WeeklySlot
from taalhulp.pool.retention_conf import DEFAULTS, days
from taalhulp.pool.services import retention
from tests.taalhulp.pool.pool_world import NAME, distinctive_request, distinctive_volunteer

pytestmark = pytest.mark.django_db

NOW = timezone.now()
JOBS = [
    "taalhulpen_unconfirmed",
    "taalhulpen_withdrawn",
    "taalhulpen_inactive",
    "taalhulpen_request_texts",
    "taalhulpen_requests",
]


def _ago(days_ago: int) -> dt.datetime:
    return NOW - dt.timedelta(days=days_ago)


def _set(obj, **fields):
    type(obj).objects.filter(pk=obj.pk).update(**fields)


def test_the_jobs_are_registered_between_the_newsletter_and_the_links():
    names = [job.name for job in portal_retention.jobs()]
    assert names[names.index("newsletter_deliveries") + 1 : names.index("links_prune")] == JOBS


def test_settings_override_the_defaults(settings):
    assert days("INACTIVE_DAYS") == DEFAULTS["INACTIVE_DAYS"] == 730
    settings.TAALHULP_POOL_RETENTION = {"INACTIVE_DAYS": 10}
    assert days("INACTIVE_DAYS") == 10


def test_unconfirmed_volunteers_are_deleted_after_the_limit():
    old = VolunteerFactory(status="unconfirmed", confirmed_at=None)
    young = VolunteerFactory(status="unconfirmed", confirmed_at=None)
    _set(old, created_at=_ago(DEFAULTS["UNCONFIRMED_DAYS"] + 1))
    assert retention.unconfirmed_delete(NOW) == 1
    assert list(Volunteer.objects.values_list("pk", flat=True)) == [young.pk]
    assert not WeeklySlot.objects.filter(volunteer_id=old.pk).exists()
    assert AuditEvent.objects.get(action="taalhulpen.unconfirmed_deleted").detail.startswith("1 ")


def test_withdrawn_volunteers_are_anonymised_after_the_limit():
    gone = distinctive_volunteer(status="withdrawn")
    recent = VolunteerFactory(status="withdrawn", last_activity_at=NOW)
    _set(gone, last_activity_at=_ago(DEFAULTS["WITHDRAWN_DAYS"] + 1))
    assert retention.withdrawn_anonymise(NOW) == 1
    gone.refresh_from_db()
    recent.refresh_from_db()
    assert gone.status == "anonymised" and gone.name == "" and gone.phone == ""
    assert NAME not in gone.email and not gone.slots.exists()
    assert recent.status == "withdrawn"


def test_volunteers_quiet_for_24_months_are_anonymised_unless_a_conversation_is_coming():
    quiet = VolunteerFactory()
    booked = VolunteerFactory()
    active = VolunteerFactory(last_activity_at=NOW)
    for volunteer in (quiet, booked):
        _set(volunteer, last_activity_at=_ago(731), confirmed_at=_ago(800))
    Proposal.objects.create(request=HelpRequestFactory(), volunteer=booked, status="accepted")
    assert retention.inactive_anonymise(NOW) == 1
    statuses = dict(Volunteer.objects.values_list("pk", "status"))
    assert statuses == {quiet.pk: "anonymised", booked.pk: "active", active.pk: "active"}


def test_request_texts_are_cleared_and_old_requests_deleted():
    old_text = distinctive_request(status="completed")
    _set(old_text, starts_at=_ago(DEFAULTS["REQUEST_TEXT_DAYS"] + 1))
    fresh = HelpRequestFactory(feedback_text="goed")
    ancient = HelpRequestFactory(status="completed")
    _set(ancient, starts_at=_ago(800), created_at=_ago(810))
    Proposal.objects.create(request=ancient, volunteer=VolunteerFactory())
    assert retention.request_texts_clear(NOW) == 2  # old_text and ancient
    old_text.refresh_from_db()
    assert (old_text.description, old_text.feedback_text) == ("", "")
    assert old_text.status == "completed"  # the figures keep it
    assert HelpRequest.objects.get(pk=fresh.pk).feedback_text == "goed"
    assert retention.requests_delete(NOW) == 1
    assert not HelpRequest.objects.filter(pk=ancient.pk).exists()
    assert not Proposal.objects.filter(request_id=ancient.pk).exists()


def test_run_all_runs_the_pool_jobs():
    stale = VolunteerFactory(status="unconfirmed", confirmed_at=None)
    _set(stale, created_at=_ago(30))
    counts = portal_retention.run_all(NOW)
    assert counts["taalhulpen_unconfirmed"] == 1
    assert set(JOBS) <= set(counts)
