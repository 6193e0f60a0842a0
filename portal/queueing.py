"""Hand a task to the broker without ever failing the request: when the broker is down the work
waits in the database (outbox, pending index updates, sending issues) for a beat job to replay."""

from __future__ import annotations

import logging

from kombu.exceptions import OperationalError

logger = logging.getLogger(__name__)

BROKER_DOWN = (OperationalError, ConnectionError, OSError)


def enqueue(task, *args, **kwargs) -> bool:
    """`task.delay(*args, **kwargs)`; False (and a warning) when the broker cannot take it."""
    try:
        task.delay(*args, **kwargs)
    except BROKER_DOWN as error:
        logger.warning(
            "broker unavailable; %s waits in the database for a replay: %s", task.name, error
        )
        return False
    return True
