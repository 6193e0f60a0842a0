"""Every Celery beat entry names a task that a worker registers and can call as beat calls it."""

import inspect
import json
import os
import subprocess
import sys

import pytest
from celery.schedules import crontab
from django.conf import settings

# What a freshly started worker knows: Django set up, the apps' tasks modules autodiscovered,
# none of the modules this test process happens to have imported.
WORKER_TASKS = """
import json
import django
django.setup()
from portal.celery import app
app.loader.import_default_modules()
print(json.dumps(sorted(name for name in app.tasks if not name.startswith("celery."))))
"""


@pytest.fixture(scope="module")
def worker_tasks() -> set[str]:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test"}
    done = subprocess.run(
        [sys.executable, "-c", WORKER_TASKS], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def test_the_schedule_is_not_empty_and_every_entry_is_timed():
    schedule = settings.CELERY_BEAT_SCHEDULE
    assert len(schedule) >= 10
    for name, entry in schedule.items():
        assert isinstance(entry["schedule"], crontab | float | int), name
        if not isinstance(entry["schedule"], crontab):
            assert entry["schedule"] >= 60, name  # nothing hammers the database


@pytest.mark.parametrize("entry_name", sorted(settings.CELERY_BEAT_SCHEDULE))
def test_each_entry_names_a_task_the_worker_registers(worker_tasks, entry_name):
    entry = settings.CELERY_BEAT_SCHEDULE[entry_name]
    assert entry["task"] in worker_tasks, (entry_name, entry["task"], sorted(worker_tasks))


@pytest.mark.parametrize("entry_name", sorted(settings.CELERY_BEAT_SCHEDULE))
def test_each_task_takes_the_arguments_beat_gives_it(entry_name):
    from portal.celery import app

    app.loader.import_default_modules()
    entry = settings.CELERY_BEAT_SCHEDULE[entry_name]
    task = app.tasks[entry["task"]]
    # Beat sends only the entry's own args and kwargs; bind() raises if the task needs more.
    inspect.signature(task.run).bind(*entry.get("args", ()), **entry.get("kwargs", {}))
