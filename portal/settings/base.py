"""Every setting of the portal; the environment is read only through portal.env."""

import ipaddress

from celery.schedules import crontab
from django.utils.translation import gettext_lazy as _

from portal.env import BASE_DIR, env
from portal.vocabulary import SITE_LANGUAGES

SECRET_KEY = env("DJANGO_SECRET_KEY")
DEBUG = env("DJANGO_DEBUG")
ALLOWED_HOSTS = env("DJANGO_ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # wagtail-modeltranslation must come before the apps whose models it translates.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "portal",
    "aanbod",
    "buddy",
    "vreemdelingenrecht",
    "crisis",
    "taalhulp",
    "inburgering",
    "vorming",
    "vreemdelingenrecht.nieuwsbrief",
    "search",
    "search.alerts",  # saved searches of the aanbodzoeker (label search_alerts)
    "search.demand",  # the privacy-safe search demand log and gap insight (label search_demand)
    "taalhulp.register",  # the register of certified interpreters (label tolkenregister)
    "taalhulp.pool",  # volunteer language helpers, requests and matching (label taalhulpen)
    "kerncijfers",  # the public key figures page and /api/v1/stats/
    "portal.privacy",  # GDPR: data page, erasure ledger, retention jobs (label privacy)
    "django_otp",  # two-factor authentication for everyone who can open the admin
    "django_otp.plugins.otp_totp",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "ninja",  # serves its Swagger UI assets locally, so /api/v1/docs works under our CSP
    "modelcluster",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
]

MIDDLEWARE = [
    "portal.observability.RequestIdMiddleware",  # first: every log line of a request has its id
    "portal.metrics.MetricsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "portal.middleware.RetryAfterMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "portal.page_cache.PageCacheMiddleware",  # anonymous page responses; see portal/page_cache.py
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.PortalLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "portal.two_factor.AdminTwoFactorMiddleware",  # admin users must pass a one-time code
    "django.contrib.messages.middleware.MessageMiddleware",
    "portal.storage.StorageErrorMiddleware",  # disk full on upload: a message, not a 500
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "portal.middleware.ContentSecurityPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {"default": env.db("DATABASE_URL")}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"]["CONN_MAX_AGE"] = 60
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": env.cache("CACHE_URL")}
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
    # Redis down: each process uses its own memory until Redis is back (no 500s, limits count).
    CACHES["default"]["BACKEND"] = "portal.cache.TolerantRedisCache"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages -------------------------------------------------------------
LANGUAGE_CODE = "nl"
_LANGUAGE_NAMES = {
    "nl": _("Dutch"),
    "en": _("English"),
    "fr": _("French"),
    "uk": _("Ukrainian"),
    "ru": _("Russian"),
    "ar": _("Arabic"),
}
LANGUAGES = [(code, _LANGUAGE_NAMES[code]) for code in SITE_LANGUAGES]
LANGUAGES_BIDI = ["ar"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Brussels"
MODELTRANSLATION_DEFAULT_LANGUAGE = "nl"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("nl",)
WAGTAIL_I18N_ENABLED = False  # one page tree; fields are translated by modeltranslation

# --- Static and media ----------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = env("STATIC_ROOT")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env("MEDIA_ROOT")
STORAGES = {
    # Removes a half-written upload when the disk is full (portal/storage.py).
    "default": {"BACKEND": "portal.storage.SafeFileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_MAX_AGE = 60 * 60  # unhashed files; hashed ones get a far-future header

# --- Page cache -----------------------------------------------------------------
# Anonymous Wagtail page responses are kept this long in CACHES["default"] (0 = off) and
# purged on every publish; browsers and proxies may keep them PAGE_CACHE_MAX_AGE seconds.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=600)
PAGE_CACHE_MAX_AGE = env.int("PAGE_CACHE_MAX_AGE", default=60)
# The offer finder's facet metadata (term labels, place points), never its results.
FINDER_FACET_CACHE_SECONDS = 300

# --- Wagtail ---------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Wegwijs"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL")
WAGTAILIMAGES_IMAGE_MODEL = "portal.PortalImage"
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]  # no SVG uploads
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "ods", "pptx", "txt", "csv"]
# Uploads (tests/portal/test_uploads.py): Wagtail refuses larger files and images with more
# pixels before anything is stored; portal.apps sets Pillow's decompression-bomb limit to match.
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "portal.document_forms.CheckedDocumentForm"  # content sniffing
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nl", "Nederlands"), ("en", "English"), ("fr", "Français")]
# --- Search -------------------------------------------------------------------------
# SEARCH_URL empty: everything searches the database. Set it to an OpenSearch 2/3 or
# Elasticsearch 8/9 node and the site search, the offer search and the admin use the engine;
# the database index is kept too, as the fallback when the engine is down.
SEARCH = {
    "URL": env("SEARCH_URL"),
    "ENGINE": env("SEARCH_ENGINE"),  # "opensearch" or "elasticsearch"
    "INDEX_PREFIX": env("SEARCH_INDEX_PREFIX"),
    "TIMEOUT": env("SEARCH_TIMEOUT"),
}
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
if SEARCH["URL"]:
    # The database index stays as the fallback; without an engine "default" is that index.
    WAGTAILSEARCH_BACKENDS["database"] = {"BACKEND": "wagtail.search.backends.database"}
    WAGTAILSEARCH_BACKENDS["default"] = {
        "BACKEND": "wagtail.search.backends."
        + ("opensearch3" if SEARCH["ENGINE"] == "opensearch" else "elasticsearch9"),
        "URLS": [SEARCH["URL"]],
        "INDEX_PREFIX": f"{SEARCH['INDEX_PREFIX']}-wagtail-",
        "TIMEOUT": SEARCH["TIMEOUT"],
        "ATOMIC_REBUILD": True,
    }

# --- Tasks ------------------------------------------------------------------------
CELERY_BROKER_URL = env("CELERY_BROKER_URL") or "memory://"
# No result backend: the site never reads task results, and Celery's Redis result backend blocks
# every .delay() for ~20 s and then fails for good once Redis has been down (tests set one).
CELERY_RESULT_BACKEND = env("CELERY_RESULT_BACKEND") or None
# Broker down: give up publishing after ~0.4 s; the work waits in the database (portal.queueing).
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 2,
    "interval_start": 0,
    "interval_step": 0.2,
    "interval_max": 0.2,
}
CELERY_TASK_ALWAYS_EAGER = env("CELERY_TASK_ALWAYS_EAGER")
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True  # a task whose worker dies is delivered again
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULE = {
    "publish-scheduled-pages": {
        "task": "portal.tasks.publish_scheduled_pages",
        "schedule": 300.0,
    },
    "send-offer-reminders": {
        "task": "aanbod.tasks.send_offer_reminders",
        "schedule": crontab(hour=7, minute=0),
    },
    "outbox-flush": {
        "task": "portal.tasks.outbox_flush",
        "schedule": 60.0,
    },
    "buddy-proposal-reminders": {
        "task": "buddy.tasks.proposal_reminders",
        "schedule": crontab(minute=15),
    },
    "buddy-retention": {
        "task": "buddy.tasks.retention_daily",
        "schedule": crontab(hour=2, minute=45),
    },
    "taalhulp-proposals": {
        "task": "taalhulp.pool.tasks.proposals_periodic",
        "schedule": crontab(minute=20),
    },
    "retry-pending-index-updates": {
        "task": "search.tasks.retry_pending_index_updates",
        "schedule": 300.0,
    },
    "search_alerts-weekly": {
        "task": "search_alerts.tasks.send_weekly_alerts",
        "schedule": crontab(day_of_week="monday", hour=8, minute=0),
    },
    "search-rebuild-offer-index": {
        "task": "search.tasks.rebuild_offer_index",
        "schedule": crontab(hour=3, minute=30),
    },
    "vreemdelingenrecht-review-reminders": {
        "task": "vreemdelingenrecht.tasks.send_review_reminders",
        "schedule": crontab(hour=7, minute=15),
    },
    "nieuwsbrief-resume-stalled-sends": {
        "task": "vreemdelingenrecht.nieuwsbrief.tasks.resume_stalled_sends",
        "schedule": 600.0,
    },
    "nieuwsbrief-purge-unconfirmed": {
        "task": "vreemdelingenrecht.nieuwsbrief.tasks.purge_unconfirmed",
        "schedule": crontab(hour=3, minute=30),
    },
    "search_demand-rollup": {
        "task": "search_demand.tasks.rollup_nightly",
        "schedule": crontab(hour=2, minute=30),  # before the retention jobs at 02:55
    },
    "search_demand-gap-digest": {
        "task": "search_demand.tasks.send_gap_digest",
        "schedule": crontab(day_of_week="monday", hour=7, minute=30),
    },
    "privacy-retention": {
        "task": "portal.privacy.tasks.retention_daily",
        "schedule": crontab(hour=2, minute=55),
    },
}

# --- Admin sign-in ---------------------------------------------------------------
# Everyone who can open the admin needs a one-time code from an authenticator app (TOTP).
ADMIN_2FA_REQUIRED = env("DJANGO_ADMIN_2FA_REQUIRED")
OTP_TOTP_ISSUER = "Wegwijs"
ADMIN_LOGIN_RATE = "5/m"  # failed and successful sign-ins per IP, and per IP and user name
# Per user name from any address: looser, so guessing from many addresses cannot lock an account
# for long. A code from the user's linked app lifts the lock (portal.two_factor.verify).
ADMIN_LOGIN_USERNAME_RATE = "20/m"
# Admin password reset requests per IP and per address (a rate, not a secret).
ADMIN_PASSWORD_RESET_RATE = "5/m"  # noqa: S105
OTP_TOTP_THROTTLE_FACTOR = 1  # django-otp doubles the wait after every wrong code

# --- Privacy (docs/privacy.md) ----------------------------------------------------
# The erasure ledger is also appended to this file, kept outside the database backups.
PRIVACY_LEDGER_PATH = env.str("PRIVACY_LEDGER_PATH", default="")
PRIVACY_LEDGER_KEY = env.str("PRIVACY_LEDGER_KEY", default="")  # empty: SECRET_KEY

# The search demand log (search/demand, docs/privacy.md). The key of the words' hash: production
# requires it (production.py); without one the log keeps no words at all, only glossary concepts.
SEARCH_DEMAND_HASH_KEY = env.str("SEARCH_DEMAND_HASH_KEY", default="")
SEARCH_DEMAND = {
    "ENABLED": env.bool("SEARCH_DEMAND_LOG", default=True),
    "FLUSH": env.str("SEARCH_DEMAND_FLUSH", default="thread"),  # "manual" in tests
}

# --- Public forms ---------------------------------------------------------------
SPAM_MIN_SECONDS = 3  # a person needs at least this long to fill in a form
# Optional ALTCHA-style proof of work (portal/proof_of_work.py). Off by default: it needs
# JavaScript, which not every visitor's phone or reader runs. Turn on during a spam wave.
SPAM_PROOF_OF_WORK = env("DJANGO_SPAM_PROOF_OF_WORK")
SPAM_PROOF_OF_WORK_MAX_NUMBER = 100_000  # about a second on a cheap phone
RATELIMIT_USE_CACHE = "default"  # must be shared between processes in production (Redis)
# Behind a reverse proxy every request comes from the proxy. Its addresses (IPs or CIDRs) go
# in DJANGO_TRUSTED_PROXIES; only requests from them may name the visitor, by X-Forwarded-For
# (the right-most hop that is not a trusted proxy) or by the header of
# DJANGO_RATELIMIT_IP_META_KEY (e.g. HTTP_X_REAL_IP). Empty: REMOTE_ADDR (portal/client_ip.py).
# A wrong entry stops the boot here, not at the first request.
TRUSTED_PROXIES = [
    str(ipaddress.ip_network(proxy, strict=False)) for proxy in env("DJANGO_TRUSTED_PROXIES")
]
RATELIMIT_IP_META_KEY = env("DJANGO_RATELIMIT_IP_META_KEY") or None
# Per IP address, for requests anyone may make often (portal.ratelimit.throttle). Generous,
# because a class or a reception centre shares one address; they stop scripts, not people.
RATE_LIMITS = {
    "search": env("RATE_LIMIT_SEARCH"),  # site search, aanbodzoeker, the search API
    "suggest": env("RATE_LIMIT_SUGGEST"),  # completions while typing: one per key press
    "link-open": env("RATE_LIMIT_LINK_OPEN"),  # e-mailed links: magic, confirm, unsubscribe
    "feed": env("RATE_LIMIT_FEED"),  # the offer search feed: up to three searches each
    "api": env("RATE_LIMIT_API"),  # the offer list and detail of the open data API
}

# --- E-mail ---------------------------------------------------------------------
vars().update(env.email_url("EMAIL_URL"))
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL")

# --- Security -------------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False  # Wagtail's admin reads it from JavaScript
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
# The public site runs without inline script or style. Wagtail's admin needs both.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}
# Map tiles of the offer finder: an URL template with {z}/{x}/{y} (and optional {s}), or empty
# for a map without a background. Its host is allowed as an image source.
FINDER_MAP_TILE_URL = env.str("FINDER_MAP_TILE_URL", default="")
FINDER_MAP_ATTRIBUTION = env.str("FINDER_MAP_ATTRIBUTION", default="© OpenStreetMap")
if FINDER_MAP_TILE_URL:
    from urllib.parse import urlsplit as _urlsplit

    _tiles = _urlsplit(FINDER_MAP_TILE_URL.replace("{s}", "*"))
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"].append(f"{_tiles.scheme}://{_tiles.netloc}")
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "frame-ancestors": ["'self'"],
    }
}

# --- Observability ----------------------------------------------------------------
METRICS_TOKEN = env("METRICS_TOKEN")  # `Authorization: Bearer <token>` for /metrics from afar
CELERY_WORKER_HIJACK_ROOT_LOGGER = False  # workers log through LOGGING too, with request ids

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {"()": "portal.observability.RequestIdFilter"},
        "redact_tokens": {"()": "portal.log_redaction.RedactTokenPaths"},
    },
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s]: %(message)s"},
        "json": {"()": "portal.observability.JsonFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "json" if env("DJANGO_LOG_FORMAT") == "json" else "plain",
            "filters": ["request_id"],
        }
    },
    "root": {"handlers": ["console"], "level": env("DJANGO_LOG_LEVEL")},
    # Wagtail's task runner logs every reference-index update at INFO.
    "loggers": {
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
        # Paths of refused e-mailed links would otherwise put their tokens in the log.
        "django.request": {"filters": ["redact_tokens"]},
        "django.security.csrf": {"filters": ["redact_tokens"]},
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}
