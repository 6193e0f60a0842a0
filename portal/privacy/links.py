"""Single-use, expiring links to the data page: an opaque token, the address stays server-side."""

from __future__ import annotations

import datetime as dt

from django.conf import settings

from portal.privacy import tokens
from portal.privacy.ledger import normalise
from portal.privacy.tokens import LinkError

PURPOSE = "privacy.data-page"

__all__ = ["LinkError", "check", "make_token", "max_age", "redeem"]


def max_age() -> dt.timedelta:
    return dt.timedelta(minutes=getattr(settings, "PRIVACY_LINK_MINUTES", 60))


def make_token(email: str) -> str:
    return tokens.issue(PURPOSE, normalise(email), max_age())


def check(token: str) -> None:
    """Raises LinkError unless the link is valid and unused (the link stays usable)."""
    tokens.find(PURPOSE, token)


def redeem(token: str) -> str:
    """Use the link once; returns the e-mail address it was sent to (then cleared from the row)."""
    return tokens.use(PURPOSE, token, forget_subject=True)
