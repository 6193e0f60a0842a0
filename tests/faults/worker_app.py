"""The Celery app of fault-run workers: the portal's app; FAULTS_SLOW_REBUILD makes index
rebuilds slow enough to kill the worker in the middle of one."""

import os

from celery import signals

from portal.celery import app

__all__ = ["app"]


@signals.task_prerun.connect
def _slow_rebuilds(**kwargs):
    seconds = float(os.environ.get("FAULTS_SLOW_REBUILD", "0"))
    if not seconds:
        return
    from search import lifecycle
    from search.client import SearchClient

    if getattr(SearchClient.bulk, "slowed", False):
        return
    real_bulk = SearchClient.bulk

    def slow_bulk(self, index, documents):
        import time

        result = real_bulk(self, index, documents)
        time.sleep(seconds)  # after each batch: a kill leaves a half-filled index
        return result

    slow_bulk.slowed = True
    lifecycle.BATCH_SIZE = 2
    SearchClient.bulk = slow_bulk
