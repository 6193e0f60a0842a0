"""Production settings: HTTPS only, hardened cookies and headers; secrets from the environment."""

from django.core.exceptions import ImproperlyConfigured

from .base import *

DEBUG = False
SECURE_SSL_REDIRECT = env("DJANGO_SECURE_SSL_REDIRECT")
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env("DJANGO_SECURE_HSTS_SECONDS")
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# The key of the search demand log's word hashes (docs/privacy.md): a secret, no default.
SEARCH_DEMAND_HASH_KEY = env.str("SEARCH_DEMAND_HASH_KEY")
SECURE_HSTS_PRELOAD = True
# Secure cookies whether or not Django redirects: TLS may end at the load balancer. Only
# `make run-full` (plain HTTP on loopback) turns them off, and only for loopback hosts.
_INSECURE_LOCAL = env("DJANGO_INSECURE_COOKIES_FOR_LOCAL_HTTP")
if _INSECURE_LOCAL and not set(ALLOWED_HOSTS) <= {"127.0.0.1", "localhost", "[::1]", "::1"}:
    raise ImproperlyConfigured(
        "DJANGO_INSECURE_COOKIES_FOR_LOCAL_HTTP is for plain HTTP on 127.0.0.1 or localhost only; "
        "remove it, or set DJANGO_ALLOWED_HOSTS to loopback names only."
    )
SESSION_COOKIE_SECURE = not _INSECURE_LOCAL
CSRF_COOKIE_SECURE = not _INSECURE_LOCAL
