"""Rate limits for public forms, searches and links: per IP address and, when given, per
identifier (an e-mail or a user name)."""

from __future__ import annotations

import functools
import hashlib
import secrets

from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest, JsonResponse
from django.shortcuts import render
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext
from django_ratelimit import ALL
from django_ratelimit.core import is_ratelimited

from portal.client_ip import client_ip

RETRY_AFTER_SECONDS = 60  # every rate here is per minute
GENERATION_SECONDS = 24 * 60 * 60  # far longer than any window, so a reset never comes undone


def client_address(group, request) -> str:
    """The visitor's address (portal.client_ip): forwarding headers count only when a trusted
    proxy sent them, so a script cannot claim a fresh address on every request."""
    return client_ip(request)


def identifier_digest(identifier: str) -> str:
    """A keyed hash of an e-mail address or user name (HMAC-SHA256, key derived from
    SECRET_KEY): the cache never holds the address, and nobody can hash a list of addresses
    to find out which of them were used."""
    normal = identifier.strip().lower()
    return salted_hmac("portal.ratelimit.identifier", normal, algorithm="sha256").hexdigest()


def _identifier_key(identifier: str):
    digest = identifier_digest(identifier)

    def key(group, request):
        return digest

    return key


def rate_limited(
    request: HttpRequest, group: str, rate: str = "5/m", identifier: str | None = None
) -> bool:
    """Count this request against `group` and say whether it is over `rate` (e.g. "5/m").

    Only POST requests count, so showing a form never uses up the limit.
    """
    over_ip = is_ratelimited(
        request, group=f"{group}:ip", key=client_address, rate=rate, method="POST", increment=True
    )
    over_identifier = bool(identifier) and is_ratelimited(
        request,
        group=f"{group}:id",
        key=_identifier_key(identifier),
        rate=rate,
        method="POST",
        increment=True,
    )
    return over_ip or over_identifier


def _generation_key(group: str, scope: str) -> str:
    return f"ratelimit-generation:{group}:{hashlib.sha256(scope.encode()).hexdigest()}"


def _generation(group: str, scope: str) -> str:
    # Part of the counter's key: a new generation is a fresh counter (see reset_login_limits).
    return caches[settings.RATELIMIT_USE_CACHE].get(_generation_key(group, scope), "0")


def login_rate_limited(
    request: HttpRequest, group: str, identifier: str, rate: str, identifier_rate: str
) -> bool:
    """Count a sign-in attempt: per IP and per IP and user name at `rate`, and per user name
    from anywhere at the looser `identifier_rate`. So a stranger who guesses passwords locks
    their own address, not the account for everyone."""
    digest = identifier_digest(identifier)
    pair = f"{client_address(group, request)}|{digest}"
    checks = [
        (f"{group}:ip", client_address, rate),
        (f"{group}:ip-id", lambda g, r: f"{pair}:{_generation(group, pair)}", rate),
        (f"{group}:id", lambda g, r: f"{digest}:{_generation(group, digest)}", identifier_rate),
    ]
    over = False
    for name, key, limit in checks:  # every counter counts, also once one is over
        hit = is_ratelimited(
            request, group=name, key=key, rate=limit, method="POST", increment=True
        )
        over = over or hit
    return over


def reset_login_limits(request: HttpRequest, group: str, identifier: str) -> None:
    """Start the user name's counters afresh: the one from anywhere and the one of this address.
    Call it only once the person proved who they are (a code from their linked app)."""
    digest = identifier_digest(identifier)
    pair = f"{client_address(group, request)}|{digest}"
    cache = caches[settings.RATELIMIT_USE_CACHE]
    for scope in (digest, pair):
        cache.set(_generation_key(group, scope), secrets.token_hex(8), GENERATION_SECONDS)


def over_request_limit(request: HttpRequest, group: str) -> bool:
    """Count this request, whatever its method, against `settings.RATE_LIMITS[group]` per IP."""
    rate = settings.RATE_LIMITS[group]
    return is_ratelimited(
        request, group=f"{group}:ip", key=client_address, rate=rate, method=ALL, increment=True
    )


def too_many_requests(request: HttpRequest) -> JsonResponse | object:
    """429 with Retry-After: JSON under /api/, else a page in the visitor's language."""
    if request.path_info.startswith("/api/"):
        message = gettext("Too many requests from your address. Wait one minute and try again.")
        response = JsonResponse({"detail": message, "errors": []}, status=429)
    else:
        response = render(request, "rate_limited.html", status=429)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def throttle(group: str):
    """Decorator for views that anyone may call often (search, links): a friendly 429 when one
    address calls more often than `settings.RATE_LIMITS[group]`."""

    def decorate(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            if over_request_limit(request, group):
                return too_many_requests(request)
            return view(request, *args, **kwargs)

        return wrapped

    return decorate
