"""Settings of the fault runs: broker, cache and mail as in production, on the run's services."""

import os

from portal.settings.test import *  # noqa: F403

CELERY_TASK_ALWAYS_EAGER = False  # tasks go through the broker, as in production
CELERY_RESULT_BACKEND = None  # as in production (a CELERY_RESULT_BACKEND variable would win)
os.environ.pop("CELERY_RESULT_BACKEND", None)
# A task of a killed worker is handed out again after 15 s (kombu's Redis transport sweeps for
# such tasks every 2 s here; by default every 100 s, after a one-hour visibility timeout).
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": 15,
    "unacked_restore_interval": 2,
    "unacked_restore_throttle": 1,
}
CACHES = {
    "default": {
        "BACKEND": "portal.cache.TolerantRedisCache",
        "LOCATION": CELERY_BROKER_URL.rsplit("/", 1)[0] + "/1",  # noqa: F405
    }
}
# Mail leaves the process: every message is a file the test can count (tests/faults/mail.py).
EMAIL_BACKEND = "tests.faults.mail.SlowFileBackend"
EMAIL_FILE_PATH = os.environ["FAULTS_MAIL_DIR"]  # scripts/test-faults.sh sets it
SPAM_MIN_SECONDS = 0
PAGE_CACHE_SECONDS = 0
# Small batches, so a killed worker stops between batches as well as inside one.
NEWSLETTER_BATCH_SIZE = int(os.environ.get("NEWSLETTER_BATCH_SIZE", "5"))
