"""Optional proof of work for public forms (ALTCHA challenges): the browser spends a moment of
computing, which is nothing for a person and costly for a bot sending thousands of forms."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json

import altcha
from django.conf import settings
from django.core.cache import cache

EXPIRES_MINUTES = 30  # as long as a person may take to fill in a form


def _key() -> str:
    # Derived from SECRET_KEY, so there is no extra secret to manage.
    return hashlib.sha256(f"proof-of-work:{settings.SECRET_KEY}".encode()).hexdigest()


def enabled() -> bool:
    return bool(getattr(settings, "SPAM_PROOF_OF_WORK", False))


def new_challenge() -> str:
    """A signed challenge as JSON, for the form's data-pow-challenge attribute."""
    challenge = altcha.create_challenge_v1(
        hmac_key=_key(),
        max_number=settings.SPAM_PROOF_OF_WORK_MAX_NUMBER,
        expires=dt.datetime.now(dt.UTC) + dt.timedelta(minutes=EXPIRES_MINUTES),
    )
    return json.dumps(
        {
            "algorithm": challenge.algorithm,
            "challenge": challenge.challenge,
            "maxnumber": challenge.max_number,
            "salt": challenge.salt,
            "signature": challenge.signature,
        }
    )


def solution_is_valid(payload: str) -> bool:
    """True once for a correct, unexpired solution (base64 JSON); a replay is refused."""
    if not payload or len(payload) > 2000:
        return False
    try:
        decoded = json.loads(base64.b64decode(payload, validate=True))
        ok, _error = altcha.verify_solution_v1(decoded, _key(), check_expires=True)
    except (ValueError, TypeError, KeyError, AttributeError):
        return False
    if not ok:
        return False
    # Each solved challenge counts once: add() fails when the signature was seen before.
    return cache.add(f"pow:{decoded['signature']}", 1, timeout=EXPIRES_MINUTES * 60)
