"""Publishing, unpublishing and moving pages reach the engine through a real Celery worker;
a stale update never wins, and an update the engine could not take is kept until it can."""

import time

import pytest
from django.utils import timezone

from portal.factories import StandardPageFactory
from portal.models import StandardPage
from search import lifecycle
from search.client import Document
from search.index_queue import index_update_enqueue
from search.indexes import event_version
from search.models import PendingIndexUpdate
from search.pages.documents import PAGES
from search.services import index_update_apply
from search.tasks import pending_updates_retry

pytestmark = [pytest.mark.engine, pytest.mark.celery]


def wait_until(condition, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


def indexed_title(engine, page_id):
    alias = lifecycle.alias_name(engine, PAGES)
    engine.refresh(alias)
    hits = engine.search(alias, {"query": {"ids": {"values": [str(page_id)]}}})["hits"]["hits"]
    return hits[0]["_source"]["title_nl"] if hits else None


def test_publish_unpublish_and_move_follow_the_content(engine, celery_worker, demo_site):
    lifecycle.rebuild(engine, PAGES)
    page = StandardPageFactory(parent=demo_site, title="Taalcafé Mechelen", slug="taalcafe")
    assert wait_until(lambda: indexed_title(engine, page.pk) == "Taalcafé Mechelen")

    page.title_nl = "Taalcafé Mechelen (nieuw)"
    page.save_revision().publish()
    assert wait_until(lambda: indexed_title(engine, page.pk) == "Taalcafé Mechelen (nieuw)")

    target = StandardPage.objects.get(slug_nl="meedoen")
    page.move(target, pos="last-child")
    alias = lifecycle.alias_name(engine, PAGES)
    assert wait_until(
        lambda: (
            engine.search(alias, {"query": {"ids": {"values": [str(page.pk)]}}})["hits"]["hits"][0][
                "_source"
            ]["url_nl"]
            == "/nl/meedoen/taalcafe/"
        )
    )

    page.unpublish()
    assert wait_until(lambda: indexed_title(engine, page.pk) is None)
    assert wait_until(lambda: not PendingIndexUpdate.objects.exists())


def test_a_stale_update_never_overwrites_a_newer_one(engine, demo_site, django_db_blocker):
    lifecycle.rebuild(engine, PAGES)
    page = StandardPage.objects.get(slug_nl="buddy-worden")
    alias = lifecycle.alias_name(engine, PAGES)
    newer = event_version(timezone.now()) + 10_000_000
    engine.put(alias, Document(str(page.pk), newer, {"title_nl": "Nieuwste versie"}), refresh=True)

    index_update_enqueue(index_name="pages", object_id=page.pk, version=event_version())
    assert index_update_apply(index_name="pages", object_id=page.pk) == "stale"
    assert indexed_title(engine, page.pk) == "Nieuwste versie"


def test_an_update_the_engine_cannot_take_is_kept_and_retried(
    engine, celery_worker, demo_site, settings
):
    lifecycle.rebuild(engine, PAGES)
    working_url = settings.SEARCH["URL"]
    page = StandardPage.objects.get(slug_nl="privacy")
    page.title_nl = "Privacyverklaring"

    settings.SEARCH = {**settings.SEARCH, "URL": "http://127.0.0.1:9", "TIMEOUT": 0.5}
    page.save_revision().publish()  # the worker tries, fails and schedules retries
    assert wait_until(
        lambda: PendingIndexUpdate.objects.filter(object_id=page.pk, attempts__gte=1).exists()
    )
    pending = PendingIndexUpdate.objects.get(object_id=page.pk)
    assert "9" in pending.last_error or pending.last_error

    settings.SEARCH = {**settings.SEARCH, "URL": working_url, "TIMEOUT": 2.0}
    assert pending_updates_retry() >= 1
    assert wait_until(lambda: indexed_title(engine, page.pk) == "Privacyverklaring")
    assert wait_until(lambda: not PendingIndexUpdate.objects.filter(object_id=page.pk).exists())
