"""Test settings: PostgreSQL and Redis started by scripts/test.sh, fast hashing, no real mail."""

import os
import tempfile

from portal.env import env

# Parallel runs on one PostgreSQL (and pytest-xdist's workers, gw0, gw1...) each take their own
# test database, Celery queue, search index prefix and media folder.
_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
_DATABASE = os.environ.get("WEGWIJS_TEST_DATABASE", "test_wegwijs")
TEST_RUN_NAME = "_".join(filter(None, [_DATABASE, _WORKER]))

env.ENVIRON.setdefault("DJANGO_SECRET_KEY", "test-only-insecure-key")
env.ENVIRON.setdefault("DATABASE_URL", "postgres://wegwijs@127.0.0.1:55432/wegwijs")
env.ENVIRON.setdefault("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
env.ENVIRON.setdefault("SEARCH_INDEX_PREFIX", "-".join(filter(None, ["wegwijs-test", _WORKER])))
env.ENVIRON.setdefault("MEDIA_ROOT", os.path.join(tempfile.gettempdir(), f"media-{TEST_RUN_NAME}"))
# Tests sign editors in with force_login; tests/portal/test_admin_security.py turns 2FA on.
env.ENVIRON.setdefault("DJANGO_ADMIN_2FA_REQUIRED", "false")
# Pages render afresh on every request; tests/portal/test_page_cache.py turns the cache on.
env.ENVIRON.setdefault("PAGE_CACHE_SECONDS", "0")
env.ENVIRON.setdefault("SEARCH_DEMAND_HASH_KEY", "test-only-demand-log-key")
# Tests write the demand log themselves (buffer.flush()), inside their own transaction.
env.ENVIRON.setdefault("SEARCH_DEMAND_FLUSH", "manual")
# Hundreds of test searches from one address; tests/portal/test_rate_limits.py sets real limits.
env.ENVIRON.setdefault("RATE_LIMIT_SEARCH", "100000/m")
env.ENVIRON.setdefault("RATE_LIMIT_SUGGEST", "100000/m")
env.ENVIRON.setdefault("RATE_LIMIT_LINK_OPEN", "100000/m")
env.ENVIRON.setdefault("RATE_LIMIT_FEED", "100000/m")
env.ENVIRON.setdefault("RATE_LIMIT_API", "100000/m")

from .base import *  # noqa: E402

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Unit tests run tasks in-process; tests marked `celery` start a real worker.
CELERY_TASK_ALWAYS_EAGER = True
# Tests read task results (`.delay().get()`); the site itself runs without a result backend.
# A setting, not the environment: Celery lets a CELERY_RESULT_BACKEND variable override settings.
CELERY_RESULT_BACKEND = env("CELERY_RESULT_BACKEND") or env("CELERY_BROKER_URL") or None
# Wagtail's own index stays on the database in tests; the engine tests use search/ directly.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# A dead Redis shows within seconds (tests/conftest.py pings it before starting a worker).
CELERY_BROKER_CONNECTION_TIMEOUT = 2
CELERY_REDIS_SOCKET_CONNECT_TIMEOUT = 2
DATABASES["default"]["TEST"] = {"NAME": _DATABASE}  # pytest-django appends the worker
# ...and their own Celery queue, so one run's worker never takes another run's tasks.
CELERY_TASK_DEFAULT_QUEUE = f"wegwijs-{TEST_RUN_NAME}"
# Facet metadata of the finder is read afresh; tests/search/test_facet_cache.py turns it on.
FINDER_FACET_CACHE_SECONDS = 0

# The cache is Redis, as in production, so rate limits and purges are shared between processes
# (gunicorn workers of the browser tests, subprocesses). Default: the broker's Redis, database 1.
_broker = env("CELERY_BROKER_URL") or "redis://127.0.0.1:6379/0"
CACHES = {
    "default": {
        **env.cache_url_config(env.ENVIRON.get("CACHE_URL") or _broker.rsplit("/", 1)[0] + "/1"),
        "BACKEND": "portal.cache.TolerantRedisCache",
        # One prefix per run and xdist worker: tests/cache_isolation.py clears only these keys.
        "KEY_PREFIX": TEST_RUN_NAME,
    }
}
# Tests mail the same addresses again and again; tests/portal/test_mail_abuse.py sets the hour.
UNCONFIRMED_MAIL_SECONDS = 0
