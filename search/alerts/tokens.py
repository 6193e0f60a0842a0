"""Tokens for the links in alert e-mails: confirm (signed, a week) and stop (opaque, a year)."""

from __future__ import annotations

import datetime as dt

from django.core import signing

from portal.privacy import tokens

CONFIRM_SALT = "search_alerts.confirm"
UNSUBSCRIBE_SALT = "search_alerts.unsubscribe"  # signed stop links of older mails
UNSUBSCRIBE_PURPOSE = "search_alerts.unsubscribe"
CONFIRM_MAX_AGE = 7 * 24 * 60 * 60
# Saved searches end after a year, so their stop links need not live longer.
UNSUBSCRIBE_MAX_AGE = dt.timedelta(days=365)

LinkError = tokens.LinkError


def confirm_token(pk: int) -> str:
    return signing.dumps(pk, salt=CONFIRM_SALT)


def unsubscribe_token(pk: int) -> str:
    return tokens.issue(UNSUBSCRIBE_PURPOSE, pk, UNSUBSCRIBE_MAX_AGE)


def read_confirm_token(token: str) -> int | None:
    try:
        return int(signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRM_MAX_AGE))
    except (signing.BadSignature, TypeError, ValueError):
        return None


def read_unsubscribe_token(token: str) -> int:
    """The saved search's id; raises LinkError ("invalid" or "expired")."""
    try:
        return int(tokens.find(UNSUBSCRIBE_PURPOSE, token).subject)
    except tokens.LinkError as error:
        if error.code == "expired":
            raise
    # Signed stop links of mails sent before the opaque tokens: honoured for a year after
    # they were made, like the new ones. Drop this after December 2027.
    try:
        return int(signing.loads(token, salt=UNSUBSCRIBE_SALT, max_age=UNSUBSCRIBE_MAX_AGE))
    except signing.SignatureExpired:
        raise LinkError("expired") from None
    except (signing.BadSignature, TypeError, ValueError):
        raise LinkError("invalid") from None
