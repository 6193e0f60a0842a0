"""Rate limits for public forms: per IP address and, when given, per identifier (an e-mail)."""

from __future__ import annotations

import hashlib

from django.http import HttpRequest
from django_ratelimit.core import is_ratelimited


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
        request, group=f"{group}:ip", key="ip", rate=rate, method="POST", increment=True
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
