"""Development settings: SQLite, database search, eager tasks, console e-mail."""

from portal.env import BASE_DIR, env

# Throw-away values so a fresh clone starts; never used outside development.
env.ENVIRON.setdefault("DJANGO_SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production")
env.ENVIRON.setdefault("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
env.ENVIRON.setdefault("DJANGO_DEBUG", "true")
env.ENVIRON.setdefault("CELERY_TASK_ALWAYS_EAGER", "true")
env.ENVIRON.setdefault("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost")
env.ENVIRON.setdefault("DJANGO_LOG_FORMAT", "plain")  # readable in a terminal; JSON elsewhere
# The demo admin signs in with a password only; production asks every editor for a one-time code.
env.ENVIRON.setdefault("DJANGO_ADMIN_2FA_REQUIRED", "false")
# Template and content changes show at once while developing.
env.ENVIRON.setdefault("PAGE_CACHE_SECONDS", "0")
env.ENVIRON.setdefault("SEARCH_DEMAND_HASH_KEY", "dev-only-demand-log-key")

from .base import *  # noqa: E402

STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
