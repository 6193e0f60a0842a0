"""Rate limits for public forms, searches and links: per IP address and, when given, per
identifier (an e-mail or a user name)."""

from __future__ import annotations

import functools
import hashlib

from django.conf import settings
from django.http import HttpRequest, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext
from django_ratelimit import ALL
from django_ratelimit.core import is_ratelimited

from portal.client_ip import client_ip

RETRY_AFTER_SECONDS = 60  # every rate here is per minute


def client_address(group, request) -> str:
    """The visitor's address (portal.client_ip): forwarding headers count only when a trusted
    proxy sent them, so a script cannot claim a fresh address on every request."""
    return client_ip(request)


def _identifier_key(identifier: str):
    # Hashed, so the cache never holds an e-mail address in clear text.
    digest = hashlib.sha256(identifier.strip().lower().encode()).hexdigest()

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
