"""Scheduled publishing runs as a Celery task on a real worker over Redis."""

from datetime import timedelta

import pytest
from django.utils import timezone

from portal.factories import StandardPageFactory
from portal.tasks import publish_scheduled_pages


@pytest.mark.celery
def test_worker_publishes_a_page_whose_time_has_come(celery_worker, demo_site):
    page = StandardPageFactory.build(title="Taalcafé in Leuven", slug="taalcafe-leuven")
    page.live = False
    demo_site.add_child(instance=page)
    page.save_revision(approved_go_live_at=timezone.now() - timedelta(minutes=1))
    page.refresh_from_db()
    assert page.live is False

    result = publish_scheduled_pages.delay().get(timeout=60)

    page.refresh_from_db()
    assert page.live is True
    assert result["live_after"] == result["live_before"] + 1


@pytest.mark.celery
def test_worker_unpublishes_an_expired_page(celery_worker, demo_site):
    page = StandardPageFactory(parent=demo_site, title="Zomerkamp 2026", slug="zomerkamp")
    page.expire_at = timezone.now() - timedelta(minutes=1)
    page.save()

    publish_scheduled_pages.delay().get(timeout=60)

    page.refresh_from_db()
    assert page.live is False
    assert page.expired is True
