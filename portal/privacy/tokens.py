"""Opaque tokens for e-mailed links: random, stored only as a hash, with a purpose and an expiry."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from django.db import transaction
from django.utils import timezone

from portal.privacy.models import MailedLink


class LinkError(Exception):
    """`code` is "invalid", "expired" or "used"."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue(purpose: str, subject: str, lifetime: dt.timedelta) -> str:
    """A new token for `purpose` acting on `subject`; only its hash is stored."""
    token = secrets.token_urlsafe(32)
    MailedLink.objects.create(
        digest=_digest(token),
        purpose=purpose,
        subject=str(subject),
        expires_at=timezone.now() + lifetime,
    )
    return token


def find(purpose: str, token: str) -> MailedLink:
    """The stored link of a valid, unused token (the link stays usable)."""
    link = MailedLink.objects.filter(digest=_digest(token), purpose=purpose).first()
    if link is None:
        raise LinkError("invalid")
    if link.used_at is not None:
        raise LinkError("used")
    if link.expires_at <= timezone.now():
        raise LinkError("expired")
    return link


@transaction.atomic
def use(purpose: str, token: str, *, forget_subject: bool = False) -> str:
    """Use a single-use link; returns its subject. `forget_subject` clears it from the row."""
    link = find(purpose, token)
    changes = {"used_at": timezone.now(), **({"subject": ""} if forget_subject else {})}
    if not MailedLink.objects.filter(pk=link.pk, used_at__isnull=True).update(**changes):
        raise LinkError("used")  # a parallel request used it first
    return link.subject


def prune(before: dt.datetime) -> int:
    """Delete links that expired before `before`."""
    count, _details = MailedLink.objects.filter(expires_at__lt=before).delete()
    return count
