"""Signed links in e-mails: the confirmation link and single-use, expiring magic links."""

from __future__ import annotations

import secrets

from django.core import signing
from django.urls import reverse
from django.utils import translation

from buddy import conf
from buddy.models import Candidate

SALT = "buddy.links"


def _token(candidate: Candidate, purpose: str) -> str:
    return signing.dumps({"c": candidate.pk, "n": candidate.link_nonce, "p": purpose}, salt=SALT)


def confirm_url(candidate: Candidate) -> str:
    with translation.override(candidate.language):
        return reverse("buddy:confirm", kwargs={"token": _token(candidate, "confirm")})


def magic_url(candidate: Candidate, next_name: str = "buddy:me") -> str:
    token = _token(candidate, next_name.split(":")[-1])
    with translation.override(candidate.language):
        return reverse("buddy:link_open", kwargs={"token": token})


class LinkError(Exception):
    """The link is broken, expired or already used; `code` says which."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def check(token: str, *, purpose: str | None = None) -> tuple[Candidate, str]:
    """The candidate and purpose of a valid link, without using it up (for the page that
    asks the visitor to continue: mail scanners open links too)."""
    max_age = conf.get("BUDDY_UNCONFIRMED_DAYS") * 86400 if purpose == "confirm" else None
    try:
        data = signing.loads(
            token, salt=SALT, max_age=max_age or conf.get("BUDDY_LINK_HOURS") * 3600
        )
    except signing.SignatureExpired:
        raise LinkError("expired") from None
    except signing.BadSignature:
        raise LinkError("invalid") from None
    if purpose is not None and data.get("p") != purpose:
        raise LinkError("invalid")
    candidate = Candidate.objects.filter(pk=data.get("c")).first()
    if candidate is None or candidate.status == Candidate.Status.ANONYMISED:
        raise LinkError("invalid")
    if not secrets.compare_digest(candidate.link_nonce, str(data.get("n"))):
        raise LinkError("used")
    return candidate, data["p"]


def redeem(token: str, *, purpose: str | None = None) -> tuple[Candidate, str]:
    """The candidate and purpose of a valid link. The link works once: the nonce rotates."""
    candidate, found = check(token, purpose=purpose)
    candidate.link_nonce = secrets.token_urlsafe(12)
    candidate.save(update_fields=["link_nonce"])
    return candidate, found
