"""Ends a Locust run at its first failed request (non-2xx, connection error, failed check).

scripts/bench-load.sh sets BENCH_FAILURE_FILE; the first failure is written there, the run
stops with exit status 1, and the script prints the failure instead of a report, so figures
are never computed over error answers. A GET on a connection the server had just closed is
sent once more first (locustfile.SourceAddressAdapter), as browsers do.
"""

from __future__ import annotations

import os

import gevent
from locust import events

_state: dict = {"environment": None, "failed": False}


@events.init.add_listener
def _remember(environment, **_kwargs):
    _state["environment"] = environment


@events.request.add_listener
def _stop_at_first_failure(
    request_type, name, response=None, exception=None, context=None, **kwargs
):
    status = getattr(response, "status_code", None)
    if exception is None and status is not None and 200 <= status < 300:
        return
    if _state["failed"]:
        return
    _state["failed"] = True
    sent = getattr(response, "request", None)
    url = getattr(sent, "url", None) or getattr(response, "url", None) or name
    message = f"{request_type} {name} ({url}) answered {status or 'nothing'}: {exception or ''}"
    target = os.environ.get("BENCH_FAILURE_FILE")
    if target:
        with open(target, "w") as handle:
            handle.write(message.strip() + "\n")
    environment = _state["environment"]
    if environment is not None and environment.runner is not None:
        environment.process_exit_code = 1
        gevent.spawn(environment.runner.quit)  # not from this user's own greenlet
