"""The weekly saved-search e-mail through a real Celery worker on Redis."""

import datetime as dt
import time

import pytest
from django.utils import timezone

from portal.models import OutboxEmail
from search.alerts.models import SavedSearch
from search.alerts.tasks import send_weekly_alerts
from tests.search import finder_fixtures
from tests.search.finder_fixtures import EVENING, add_offer

finder_offers = finder_fixtures.finder_offers  # the fixture, shared with the other tests

pytestmark = pytest.mark.celery


def test_worker_sends_the_weekly_email(celery_worker, finder_offers):
    from aanbod.models import OfferPage

    week_ago = timezone.now() - dt.timedelta(days=7)
    OfferPage.objects.update(first_published_at=week_ago - dt.timedelta(days=1))
    SavedSearch.objects.create(
        email="worker@example.org",
        query="postcode=9000",
        language="nl",
        confirmed_at=week_ago,
        last_sent_at=week_ago,
    )
    organisation = finder_offers["Praattafel Gent"].get_parent()
    add_offer(organisation, "Babbelbox Gent", {"postcode": "9000"}, 3, EVENING, [])
    counts = send_weekly_alerts.delay().get(timeout=60)
    assert counts["emailed"] == 1
    message = OutboxEmail.objects.get(to="worker@example.org")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and message.status != OutboxEmail.Status.SENT:
        time.sleep(0.2)
        message.refresh_from_db()
    assert message.status == OutboxEmail.Status.SENT
    assert "Babbelbox Gent" in message.body_text
