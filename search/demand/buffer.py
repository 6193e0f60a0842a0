"""A bounded in-process buffer of search events, written to the database in bulk off the request.

A search only appends to a deque (microseconds). A daemon thread per process writes what is
waiting every few seconds, or sooner when a batch is full. When the buffer is full the event is
dropped and counted: the log never slows or fails a search (bench/demand_log.py measures it)."""

from __future__ import annotations

import logging
import os
import threading
from collections import deque

from django.conf import settings
from django.db import close_old_connections

logger = logging.getLogger(__name__)

DEFAULTS = {
    "ENABLED": True,
    "BUFFER_SIZE": 10_000,  # events waiting at most; more are dropped and counted
    "BATCH": 500,  # a full batch wakes the writer at once
    "FLUSH_SECONDS": 5.0,
    "FLUSH": "thread",  # "thread": the writer thread; "manual": flush() is called (tests, bench)
}

_queue: deque = deque()
_wake = threading.Event()
_start = threading.Lock()
_state = {"dropped": 0, "written": 0, "thread": None, "pid": None, "write": None}


def set_writer(write) -> None:
    """The function that stores a batch (services.write_events), set by the app's wiring."""
    _state["write"] = write


def config() -> dict:
    return {**DEFAULTS, **getattr(settings, "SEARCH_DEMAND", {})}


def offer(item) -> bool:
    """Queue one event; False when the log is off or the buffer is full (then it is dropped)."""
    options = config()
    if not options["ENABLED"]:
        return False
    if len(_queue) >= options["BUFFER_SIZE"]:
        _state["dropped"] += 1
        return False
    _queue.append(item)
    if options["FLUSH"] == "thread":
        _writer_running()
        if len(_queue) >= options["BATCH"]:
            _wake.set()
    return True


def drain(limit: int | None = None) -> list:
    items = []
    while _queue and (limit is None or len(items) < limit):
        try:
            items.append(_queue.popleft())
        except IndexError:  # another thread took the last one
            break
    return items


def flush() -> int:
    """Write what is waiting, in batches; returns how many events were written."""
    write = _state["write"]
    if write is None:
        return 0
    written = 0
    while batch := drain(config()["BATCH"]):
        write(batch)
        written += len(batch)
    _state["written"] += written
    return written


def stats() -> dict:
    return {"waiting": len(_queue), "dropped": _state["dropped"], "written": _state["written"]}


def clear() -> None:
    """For tests: forget what is waiting and the counts."""
    _queue.clear()
    _state.update(dropped=0, written=0)


def _writer_running() -> None:
    thread = _state["thread"]
    if thread is not None and thread.is_alive() and _state["pid"] == os.getpid():
        return
    with _start:
        thread = _state["thread"]
        if thread is not None and thread.is_alive() and _state["pid"] == os.getpid():
            return
        thread = threading.Thread(target=_write_forever, name="search-demand-log", daemon=True)
        _state.update(thread=thread, pid=os.getpid())
        thread.start()


def _write_forever() -> None:
    # Stops when the setting leaves thread mode (tests switch it on and off again).
    while config()["FLUSH"] == "thread":
        _wake.wait(config()["FLUSH_SECONDS"])
        _wake.clear()
        try:
            flush()
        except Exception:  # the log must never stop: drop this batch, keep the next
            logger.exception("search demand log: a batch could not be written")
        finally:
            close_old_connections()
