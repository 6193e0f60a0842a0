"""Hand a task to the broker without ever failing the request: when the broker is down the work
waits in the database (outbox, pending index updates, sending issues) for a beat job to replay."""

from __future__ import annotations

import logging

from celery import Task
from kombu.exceptions import OperationalError

from portal.celery import app

logger = logging.getLogger(__name__)

BROKER_DOWN = (OperationalError, ConnectionError, OSError)


def task_named(name: str) -> Task:
    """The task registered under `name`. Services name the tasks that call back into them, so
    they never import their tasks module; a web process has not imported every tasks module
    yet (a worker has), so Celery's own discovery runs when a name is still unknown."""
    if name not in app.tasks:
        app.loader.import_default_modules()
    return app.tasks[name]


def enqueue(task: Task | str, *args, **kwargs) -> bool:
    """`task.delay(*args, **kwargs)`, the task given or by name; False (and a warning) when the
    broker cannot take it."""
    if isinstance(task, str):
        task = task_named(task)
    try:
        task.delay(*args, **kwargs)
    except BROKER_DOWN as error:
        logger.warning(
            "broker unavailable; %s waits in the database for a replay: %s", task.name, error
        )
        return False
    return True
