"""Offer index rebuilds on the real engine: after a synonym is saved or deleted, and nightly."""

# ruff: noqa: F811 (pytest fixtures come from offer_fixtures)
import datetime as dt
import threading
import time

import pytest
from django.conf import settings
from django.utils import timezone

from aanbod.models import OfferPage
from aanbod.selectors import offer_list_public
from search import lifecycle
from search.models import OfferSynonym
from search.offers.documents import OFFERS
from search.offers.params import parse_params
from search.offers.service import search_offers
from tests.search.judged_offers import PRAATTAFEL, ids
from tests.search.offer_fixtures import (  # noqa: F401
    demo_offers_rolled_back,
    module_engine,
    on_engine,
)

pytestmark = pytest.mark.engine

OFFER_COUNT = 24  # demo-000, -011 and -022 are praattafels


@pytest.fixture(scope="module")
def module_offers(django_db_setup, django_db_blocker):
    """A few demo offers of this module's own (its rebuilds change the module's index)."""
    with demo_offers_rolled_back(django_db_blocker, OFFER_COUNT) as home:
        yield home


def _search(words: str):
    params, errors = parse_params({"q": [words]})
    assert not errors
    return search_offers(params, language="nl")


def _hit_ids(engine, alias: str, words: str) -> list[str]:
    body = {"query": {"match": {"all_text": words}}, "size": 50}
    return [hit["_id"] for hit in engine.search(alias, body)["hits"]["hits"]]


class Searcher:
    """Searches the alias without pause in a thread of its own while the test changes things."""

    def __init__(self, engine, alias: str):
        self.engine, self.alias = engine, alias
        self.outcomes = {"ok": 0, "empty": 0, "failed": 0}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run)

    def _run(self):
        while not self._stop.is_set():
            try:
                found = _hit_ids(self.engine, self.alias, "praattafel")
                self.outcomes["ok" if found else "empty"] += 1
            except Exception:
                self.outcomes["failed"] += 1

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join(timeout=30)


def test_saving_a_synonym_rebuilds_the_offer_index_while_searches_go_on(
    on_engine, django_capture_on_commit_callbacks
):
    alias = lifecycle.alias_name(on_engine, OFFERS)
    (old_index,) = on_engine.alias_targets(alias)
    assert _search("kletskring").relaxed  # an unknown word: only the relaxation finds something
    with Searcher(on_engine, alias) as searcher:
        deadline = time.monotonic() + 10
        while searcher.outcomes["ok"] < 3 and time.monotonic() < deadline:
            time.sleep(0.01)  # until the searcher is under way
        before = dict(searcher.outcomes)
        # The save hands the rebuild over on commit; tasks run in-process here.
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            OfferSynonym.objects.create(language="nl", terms="kletskring, praattafel")
        during = searcher.outcomes["ok"] - before["ok"]
    assert len(callbacks) == 1
    assert searcher.outcomes["failed"] == 0 and searcher.outcomes["empty"] == 0
    assert during >= 1, searcher.outcomes  # searches were answered while the index was rebuilt
    (new_index,) = on_engine.alias_targets(alias)
    assert new_index != old_index
    assert list(lifecycle.versioned_indices(on_engine, OFFERS)) == [new_index]  # old one dropped
    after = _search("kletskring")
    assert after.relaxed is None
    praattafels = set(ids(t=PRAATTAFEL))
    assert after.hits and {hit.external_id for hit in after.hits} <= praattafels

    with django_capture_on_commit_callbacks(execute=True):
        OfferSynonym.objects.get(terms="kletskring, praattafel").delete()
    assert on_engine.alias_targets(alias) != [new_index]
    assert _search("kletskring").relaxed  # the word means nothing again


def test_the_nightly_beat_task_builds_a_fresh_index_from_the_database(on_engine):
    from portal.celery import app

    entry = settings.CELERY_BEAT_SCHEDULE["search-rebuild-offer-index"]
    task = app.tasks[entry["task"]]
    alias = lifecycle.alias_name(on_engine, OFFERS)
    (old_index,) = on_engine.alias_targets(alias)
    # Changes without a publish event, as the night brings them: an offer's last day passed,
    # another's title changed straight in the database. Only a rebuild sees them.
    expiring, renamed = offer_list_public().order_by("pk")[:2]
    yesterday = timezone.localdate() - dt.timedelta(days=1)
    OfferPage.objects.filter(pk=expiring.pk).update(valid_until=yesterday)
    OfferPage.objects.filter(pk=renamed.pk).update(title_nl="Zwaluwstaartkoffie")
    assert str(expiring.pk) in _hit_ids(on_engine, alias, expiring.title_nl)
    assert not _hit_ids(on_engine, alias, "zwaluwstaartkoffie")

    outcome = task.apply().get()

    (new_index,) = on_engine.alias_targets(alias)
    assert new_index != old_index
    public = offer_list_public().count()
    assert outcome == f"{new_index}: {public} offers, 1 old indices dropped"
    assert on_engine.count(alias) == public
    assert old_index not in lifecycle.versioned_indices(on_engine, OFFERS)
    assert str(expiring.pk) not in _hit_ids(on_engine, alias, expiring.title_nl)
    assert _hit_ids(on_engine, alias, "zwaluwstaartkoffie") == [str(renamed.pk)]
