"""The one typed view of the environment that every settings module reads from."""

from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent

# Non-security values default to the least permissive option. Security values
# (secret key, database URL, hosts) have no default, so a missing one stops boot.
env = environ.Env(
    DJANGO_DEBUG=(bool, False),
    DJANGO_ALLOWED_HOSTS=(list, []),
    DJANGO_CSRF_TRUSTED_ORIGINS=(list, []),
    DJANGO_SECURE_SSL_REDIRECT=(bool, True),
    # Only for `make run-full` (plain HTTP on loopback); never tied to the redirect setting.
    DJANGO_INSECURE_COOKIES_FOR_LOCAL_HTTP=(bool, False),
    DJANGO_SECURE_HSTS_SECONDS=(int, 60 * 60 * 24 * 365),
    DJANGO_LOG_LEVEL=(str, "INFO"),
    DJANGO_LOG_FORMAT=(str, "json"),  # "json" (one object a line) or "plain"
    METRICS_TOKEN=(str, ""),  # no token: /metrics only answers direct loopback requests
    DJANGO_ADMIN_2FA_REQUIRED=(bool, True),
    DJANGO_RATELIMIT_IP_META_KEY=(str, ""),
    DJANGO_TRUSTED_PROXIES=(list, []),  # reverse proxies (IPs or CIDRs); empty: trust none
    DJANGO_SPAM_PROOF_OF_WORK=(bool, False),
    RATE_LIMIT_SEARCH=(str, "300/m"),
    RATE_LIMIT_SUGGEST=(str, "900/m"),
    RATE_LIMIT_LINK_OPEN=(str, "30/m"),
    RATE_LIMIT_FEED=(str, "30/m"),  # feed readers poll every few minutes at most
    RATE_LIMIT_API=(str, "120/m"),  # a full harvest is a few dozen pages of 200
    WAGTAILADMIN_BASE_URL=(str, "http://127.0.0.1:8000"),
    CELERY_BROKER_URL=(str, ""),
    CELERY_TASK_ALWAYS_EAGER=(bool, False),
    CELERY_RESULT_BACKEND=(str, ""),  # the site never reads task results
    CACHE_URL=(str, "locmemcache://"),
    SEARCH_URL=(str, ""),
    SEARCH_ENGINE=(str, "opensearch"),
    SEARCH_INDEX_PREFIX=(str, "wegwijs"),
    SEARCH_TIMEOUT=(float, 2.0),
    DEFAULT_FROM_EMAIL=(str, "Wegwijs <noreply@localhost>"),
    EMAIL_URL=(str, "consolemail://"),
    MEDIA_ROOT=(str, str(BASE_DIR / "media")),
    STATIC_ROOT=(str, str(BASE_DIR / "staticfiles")),
)
