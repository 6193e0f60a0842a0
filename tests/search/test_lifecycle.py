"""Rebuilds swap a read alias atomically: searches during a rebuild never fail or go empty."""

import io
import threading

import pytest
from django.core.management import call_command

from search import lifecycle
from search.models import PendingIndexUpdate
from search.pages.documents import PAGES
from search.pages.query_body import page_query_body

pytestmark = [pytest.mark.engine, pytest.mark.django_db]


def test_rebuild_serves_every_live_page_behind_the_alias(engine, demo_site):
    report = lifecycle.rebuild(engine, PAGES)
    assert report.failures == []
    assert report.documents == 8
    alias = lifecycle.alias_name(engine, PAGES)
    assert engine.alias_targets(alias) == [report.index]
    assert engine.count(alias) == 8


def test_searches_never_fail_or_come_back_empty_during_rebuilds(engine, demo_site):
    lifecycle.rebuild(engine, PAGES)
    alias = lifecycle.alias_name(engine, PAGES)
    body = page_query_body("buddy", "en")
    stop = threading.Event()
    outcomes = {"ok": 0, "empty": 0, "failed": 0}

    def keep_searching():
        while not stop.is_set():
            try:
                hits = engine.search(alias, body)["hits"]["hits"]
                outcomes["ok" if hits else "empty"] += 1
            except Exception:
                outcomes["failed"] += 1

    searcher = threading.Thread(target=keep_searching)
    searcher.start()
    try:
        for _ in range(5):
            lifecycle.rebuild(engine, PAGES)
    finally:
        stop.set()
        searcher.join(timeout=30)
    assert outcomes["failed"] == 0 and outcomes["empty"] == 0, outcomes
    assert outcomes["ok"] >= 20, outcomes
    assert len(lifecycle.stale_indices(engine, PAGES)) == 5


def test_drop_stale_keeps_the_serving_index(engine, demo_site):
    first = lifecycle.rebuild(engine, PAGES).index
    second = lifecycle.rebuild(engine, PAGES).index
    assert lifecycle.drop_stale(engine, PAGES) == [first]
    assert list(lifecycle.versioned_indices(engine, PAGES)) == [second]


def test_search_index_command_shows_progress_and_summary(engine, demo_site):
    out = io.StringIO()
    call_command("search_index", "rebuild", stdout=out)
    assert "documents indexed" in out.getvalue()
    assert "8 documents, 0 failures" in out.getvalue()
    out = io.StringIO()
    call_command("search_index", "status", stdout=out)
    pending = PendingIndexUpdate.objects.count()  # seeding queued them; no worker ran here
    assert "documents: 8" in out.getvalue()
    assert f"pending:   {pending} updates" in out.getvalue()
    out = io.StringIO()
    call_command("search_index", "drop-stale", stdout=out)
    assert "dropped 0 stale indices" in out.getvalue()


def test_search_index_command_explains_a_missing_engine(settings):
    from django.core.management import CommandError

    settings.SEARCH = {**settings.SEARCH, "URL": ""}
    with pytest.raises(CommandError, match="Set SEARCH_URL"):
        call_command("search_index", "status")
    settings.SEARCH = {**settings.SEARCH, "URL": "http://127.0.0.1:9"}
    with pytest.raises(CommandError, match="does not answer"):
        call_command("search_index", "status")
