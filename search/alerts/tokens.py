"""Signed tokens for the links in alert e-mails: confirm (a week valid) and unsubscribe."""

from __future__ import annotations

from django.core import signing

CONFIRM_SALT = "search_alerts.confirm"
UNSUBSCRIBE_SALT = "search_alerts.unsubscribe"
CONFIRM_MAX_AGE = 7 * 24 * 60 * 60


def confirm_token(pk: int) -> str:
    return signing.dumps(pk, salt=CONFIRM_SALT)


def unsubscribe_token(pk: int) -> str:
    return signing.dumps(pk, salt=UNSUBSCRIBE_SALT)


def read_confirm_token(token: str) -> int | None:
    try:
        return int(signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRM_MAX_AGE))
    except (signing.BadSignature, TypeError, ValueError):
        return None


def read_unsubscribe_token(token: str) -> int | None:
    try:
        return int(signing.loads(token, salt=UNSUBSCRIBE_SALT))
    except (signing.BadSignature, TypeError, ValueError):
        return None
