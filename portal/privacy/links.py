"""Single-use, expiring links to the data page; the address travels signed, never stored here."""

from __future__ import annotations

import datetime as dt
import secrets

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.utils import timezone

from portal.privacy.ledger import normalise
from portal.privacy.models import PrivacyLink

SALT = "privacy.data-page"


def max_age() -> dt.timedelta:
    return dt.timedelta(minutes=getattr(settings, "PRIVACY_LINK_MINUTES", 60))


class LinkError(Exception):
    """`code` is "invalid", "expired" or "used"."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def make_token(email: str) -> str:
    link = PrivacyLink.objects.create(nonce=secrets.token_urlsafe(16))
    return signing.dumps({"e": normalise(email), "n": link.nonce}, salt=SALT, compress=True)


def check(token: str) -> dict:
    """The payload of a valid, unused link (the link stays usable)."""
    try:
        data = signing.loads(token, salt=SALT, max_age=max_age())
    except signing.SignatureExpired:
        raise LinkError("expired") from None
    except signing.BadSignature:
        raise LinkError("invalid") from None
    link = PrivacyLink.objects.filter(nonce=str(data.get("n", ""))).first()
    if link is None:
        raise LinkError("invalid")
    if link.used_at is not None:
        raise LinkError("used")
    return data


@transaction.atomic
def redeem(token: str) -> str:
    """Use the link once; returns the e-mail address it was sent to."""
    data = check(token)
    used = PrivacyLink.objects.filter(nonce=data["n"], used_at__isnull=True).update(
        used_at=timezone.now()
    )
    if not used:  # a parallel request used it first
        raise LinkError("used")
    return data["e"]
